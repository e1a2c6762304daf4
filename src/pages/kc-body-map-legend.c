/* kc-body-map-legend.c: the words and colours of the body map's roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table for the legend under the map and the one on the printed
 * sheet: a colour alone means nothing, on paper least of all.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kc-body-map-legend.h"
#include "widgets/kc-diagram-view-private.h"

static const struct {
  KcBodyMapMode mode;
  const char *style_class;
  const char *label;
} legend_items[] = {
  { KC_BODY_MAP_MODE_START, "kc-role-source", N_("Where it starts") },
  { KC_BODY_MAP_MODE_START, "kc-role-common", N_("Often felt here") },
  { KC_BODY_MAP_MODE_START, "kc-role-occasional", N_("Sometimes felt here") },
  { KC_BODY_MAP_MODE_START, "kc-role-rare", N_("Rarely felt here") },
  { KC_BODY_MAP_MODE_HURT, "kc-role-hurt", N_("Where it hurts") },
  { KC_BODY_MAP_MODE_HURT, "kc-role-source", N_("Common cause") },
  { KC_BODY_MAP_MODE_HURT, "kc-role-possible", N_("Less common cause") },
};

/**
 * kc_body_map_legend_get_entry:
 * @index: counts the entries of @mode only, from 0
 * @style_class: (out): the diagram stylesheet's class of the role
 * @label: (out): its words, translated
 *
 * Returns: %FALSE when @mode has no entry @index
 */
gboolean
kc_body_map_legend_get_entry (KcBodyMapMode   mode,
                              guint           index,
                              const char    **style_class,
                              const char    **label)
{
  for (guint i = 0; i < G_N_ELEMENTS (legend_items); i++)
    {
      if (legend_items[i].mode != mode)
        continue;
      if (index-- > 0)
        continue;
      *style_class = legend_items[i].style_class;
      *label = _(legend_items[i].label);
      return TRUE;
    }

  return FALSE;
}

/**
 * kc_body_map_legend_get_fill:
 * @fill: (out): the fill the light diagram stylesheet gives @style_class,
 *   the one paper shows
 *
 * Returns: %FALSE if the stylesheet has no fill for it
 */
gboolean
kc_body_map_legend_get_fill (const char *style_class,
                             GdkRGBA    *fill)
{
  g_autoptr(GBytes) css = g_resources_lookup_data (RESOURCE_PREFIX "/diagrams/diagram-light.css",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *rule = NULL;
  g_autofree char *value = NULL;
  const char *start;

  if (css == NULL)
    return FALSE;

  /* The stylesheet is NUL-terminated as every GResource is. */
  rule = _kc_diagram_style_dup_class_rule (g_bytes_get_data (css, NULL), style_class);
  start = rule != NULL ? strstr (rule, "fill:") : NULL;
  if (start == NULL)
    return FALSE;

  start += strlen ("fill:");
  value = g_strstrip (g_strndup (start, strcspn (start, ";")));

  return gdk_rgba_parse (fill, value);
}
