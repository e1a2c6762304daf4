/* kc-anatomy-part.c: one structure of an anatomy diagram
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-anatomy-part-private.h"

struct _KcAnatomyPart
{
  GObject parent_instance;

  char *id;
  KcAnatomyPartKind kind;
  char *name;
  char *function;
  char *back_knee;
  char **condition_ids;
};

G_DEFINE_FINAL_TYPE (KcAnatomyPart, kc_anatomy_part, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_anatomy_part_finalize (GObject *object)
{
  KcAnatomyPart *self = (KcAnatomyPart *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->function, g_free);
  g_clear_pointer (&self->back_knee, g_free);
  g_clear_pointer (&self->condition_ids, g_strfreev);

  G_OBJECT_CLASS (kc_anatomy_part_parent_class)->finalize (object);
}

static void
kc_anatomy_part_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KcAnatomyPart *self = KC_ANATOMY_PART (object);

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
kc_anatomy_part_class_init (KcAnatomyPartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kc_anatomy_part_finalize;
  object_class->get_property = kc_anatomy_part_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kc_anatomy_part_init (KcAnatomyPart *self)
{
}

KcAnatomyPart *
_kc_anatomy_part_new (const char         *id,
                      KcAnatomyPartKind   kind,
                      const char         *name,
                      const char         *function,
                      const char         *back_knee,
                      const char * const *condition_ids)
{
  KcAnatomyPart *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (KC_TYPE_ANATOMY_PART, NULL);
  self->id = g_strdup (id);
  self->kind = kind;
  self->name = g_strdup (name);
  self->function = g_strdup (function);
  self->back_knee = g_strdup (back_knee);
  self->condition_ids = g_strdupv ((char **)condition_ids);

  return self;
}

const char *
kc_anatomy_part_get_id (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return self->id;
}

KcAnatomyPartKind
kc_anatomy_part_get_kind (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), 0);
  return self->kind;
}

const char *
kc_anatomy_part_get_name (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return self->name;
}

const char *
kc_anatomy_part_get_function (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return self->function;
}

const char *
kc_anatomy_part_get_back_knee (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return self->back_knee;
}

const char * const *
kc_anatomy_part_get_condition_ids (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return (const char * const *)self->condition_ids;
}
