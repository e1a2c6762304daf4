/* kc-body-region.c: an area of the body map where pain can start or be felt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-body-region.h"

struct _KcBodyRegion
{
  GObject parent_instance;

  char *id;
  char *name;
  char *group;
  char **views;
};

G_DEFINE_FINAL_TYPE (KcBodyRegion, kc_body_region, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_body_region_finalize (GObject *object)
{
  KcBodyRegion *self = (KcBodyRegion *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->views, g_strfreev);

  G_OBJECT_CLASS (kc_body_region_parent_class)->finalize (object);
}

static void
kc_body_region_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KcBodyRegion *self = KC_BODY_REGION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_body_region_class_init (KcBodyRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kc_body_region_finalize;
  object_class->get_property = kc_body_region_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kc_body_region_init (KcBodyRegion *self)
{
}

/* For the loader only. */
KcBodyRegion *
_kc_body_region_new (const char         *id,
                     const char         *name,
                     const char         *group,
                     const char * const *views)
{
  KcBodyRegion *self = g_object_new (KC_TYPE_BODY_REGION, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->group = g_strdup (group);
  self->views = g_strdupv ((char **)views);

  return self;
}

const char *
kc_body_region_get_id (KcBodyRegion *self)
{
  g_return_val_if_fail (KC_IS_BODY_REGION (self), NULL);
  return self->id;
}

const char *
kc_body_region_get_name (KcBodyRegion *self)
{
  g_return_val_if_fail (KC_IS_BODY_REGION (self), NULL);
  return self->name;
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
  return kc_region_id_get_side (self->id);
}
