/* kc-body-region.c: an area of the body map where pain can start or be felt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-body-region-private.h"
#include "kc-referrals.h"

struct _KcBodyRegion
{
  KcItem parent_instance;

  char *group;
  char **views;
};

G_DEFINE_FINAL_TYPE (KcBodyRegion, kc_body_region, KC_TYPE_ITEM)

static void
kc_body_region_finalize (GObject *object)
{
  KcBodyRegion *self = (KcBodyRegion *)object;

  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->views, g_strfreev);

  G_OBJECT_CLASS (kc_body_region_parent_class)->finalize (object);
}

/* A region's text says where pain felt there can start. */
static char *
kc_body_region_dup_search_text (KcItem    *item,
                                KcLibrary *library)
{
  const char *areas[] = { kc_item_get_id (item), NULL };
  g_autoptr(GPtrArray) matches = kc_referrals_sources_for (library, areas);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (matches->len == 0)
    return g_strdup ("");

  for (guint i = 0; i < matches->len; i++)
    {
      const KcSourceMatch *match = g_ptr_array_index (matches, i);
      const char *name = kc_item_get_name (KC_ITEM (match->source));

      if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer)name);
    }
  g_ptr_array_add (names, NULL);
  list = g_strjoinv (", ", (char **)names->pdata);

  /* Translators: %s is a list of places, e.g. "Lower back, Left hip" */
  return g_strdup_printf (_("Pain felt here can start in: %s"), list);
}

static void
kc_body_region_class_init (KcBodyRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  object_class->finalize = kc_body_region_finalize;

  item_class->kind = KC_ITEM_KIND_BODY_REGION;
  item_class->page = "bodymap";
  item_class->dup_search_text = kc_body_region_dup_search_text;
}

static void
kc_body_region_init (KcBodyRegion *self)
{
}

KcBodyRegion *
_kc_body_region_new (const char         *id,
                     const char         *name,
                     const char         *group,
                     const char * const *views)
{
  KcBodyRegion *self = g_object_new (KC_TYPE_BODY_REGION, "id", id, "name", name, NULL);

  self->group = g_strdup (group);
  self->views = g_strdupv ((char **)views);

  return self;
}

/* One of "back", "hip", "thigh", "knee", "lower-leg". */
const char *
kc_body_region_get_group (KcBodyRegion *self)
{
  g_return_val_if_fail (KC_IS_BODY_REGION (self), NULL);
  return self->group;
}

/* The ids of the views (front, back) the region is drawn on. */
const char * const *
kc_body_region_get_views (KcBodyRegion *self)
{
  g_return_val_if_fail (KC_IS_BODY_REGION (self), NULL);
  return (const char * const *)self->views;
}

/**
 * kc_region_id_get_side:
 *
 * Regions that come in pairs end in "-left" or "-right".
 *
 * Returns: (nullable): "left", "right", or %NULL for a region in the middle
 */
const char *
kc_region_id_get_side (const char *region_id)
{
  if (g_str_has_suffix (region_id, "-left"))
    return "left";
  if (g_str_has_suffix (region_id, "-right"))
    return "right";
  return NULL;
}

const char *
kc_body_region_get_side (KcBodyRegion *self)
{
  g_return_val_if_fail (KC_IS_BODY_REGION (self), NULL);
  return kc_region_id_get_side (kc_item_get_id (KC_ITEM (self)));
}
