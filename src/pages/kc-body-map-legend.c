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
  gboolean when_lit;     /* only when the answer lights a place so */
} legend_items[] = {
  { KC_BODY_MAP_MODE_START, "kc-role-source", N_("Where it starts"), FALSE },
  { KC_BODY_MAP_MODE_START, "kc-role-common", N_("Often felt here"), FALSE },
  { KC_BODY_MAP_MODE_START, "kc-role-occasional", N_("Sometimes felt here"), FALSE },
  { KC_BODY_MAP_MODE_START, "kc-role-rare", N_("Rarely felt here"), FALSE },
  { KC_BODY_MAP_MODE_HURT, "kc-role-hurt", N_("Where it hurts"), FALSE },
  { KC_BODY_MAP_MODE_HURT, "kc-role-hurt-source", N_("Where it hurts, and a likely source"),
    TRUE },
  { KC_BODY_MAP_MODE_HURT, "kc-role-source", N_("Common cause"), FALSE },
  { KC_BODY_MAP_MODE_HURT, "kc-role-possible", N_("Less common cause"), FALSE },
};

/**
 * kc_body_map_legend_class_of:
 *
 * Returns: the diagram stylesheet's class for how @place lights up
 */
const char *
kc_body_map_legend_class_of (const KcLitPlace *place)
{
  switch (place->role)
    {
    case KC_REFERRAL_ROLE_SOURCE:
      return place->how == KC_COMMONNESS_COMMON ? "kc-role-source" : "kc-role-possible";
    case KC_REFERRAL_ROLE_REFERRED:
      if (place->how == KC_COMMONNESS_COMMON)
        return "kc-role-common";
      return place->how == KC_COMMONNESS_OCCASIONAL ? "kc-role-occasional" : "kc-role-rare";
    case KC_REFERRAL_ROLE_HURT:
    default:
      /* A second, dashed outline in a source's colour says "both". */
      return place->also_source ? "kc-role-hurt-source" : "kc-role-hurt";
    }
}

static gboolean
lights (KcReferralAnswer *answer,
        const char       *style_class)
{
  GPtrArray *places = answer != NULL ? kc_referral_answer_get_places (answer) : NULL;

  for (guint i = 0; places != NULL && i < places->len; i++)
    if (g_str_equal (kc_body_map_legend_class_of (g_ptr_array_index (places, i)), style_class))
      return TRUE;

  return FALSE;
}

/**
 * kc_body_map_legend_get_entry:
 * @answer: (nullable): what the map shows; some entries are only for it
 * @index: counts the entries shown in @mode only, from 0
 * @style_class: (out): the diagram stylesheet's class of the role
 * @label: (out): its words, translated
 *
 * Returns: %FALSE when @mode has no entry @index
 */
gboolean
kc_body_map_legend_get_entry (KcBodyMapMode     mode,
                              KcReferralAnswer *answer,
                              guint             index,
                              const char      **style_class,
                              const char      **label)
{
  for (guint i = 0; i < G_N_ELEMENTS (legend_items); i++)
    {
      if (legend_items[i].mode != mode)
        continue;
      if (legend_items[i].when_lit && !lights (answer, legend_items[i].style_class))
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
