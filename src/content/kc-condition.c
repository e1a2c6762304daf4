/* kc-condition.c: a condition or biomechanical cause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-condition-private.h"

struct _KcCondition
{
  GObject parent_instance;

  char *id;
  char *name;
  char *summary;
  GPtrArray *sections[KC_CONDITION_N_SECTIONS];  /* of KcTextBlock */
  GStrv exercise_ids;
  KcConditionKind kind;
};

G_DEFINE_FINAL_TYPE (KcCondition, kc_condition, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_condition_finalize (GObject *object)
{
  KcCondition *self = (KcCondition *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->exercise_ids, g_strfreev);
  for (guint i = 0; i < KC_CONDITION_N_SECTIONS; i++)
    g_clear_pointer (&self->sections[i], g_ptr_array_unref);

  G_OBJECT_CLASS (kc_condition_parent_class)->finalize (object);
}

static void
kc_condition_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KcCondition *self = KC_CONDITION (object);

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
kc_condition_class_init (KcConditionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kc_condition_finalize;
  object_class->get_property = kc_condition_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kc_condition_init (KcCondition *self)
{
  for (guint i = 0; i < KC_CONDITION_N_SECTIONS; i++)
    self->sections[i] = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_text_block_free);
}

KcCondition *
_kc_condition_new (const char      *id,
                   KcConditionKind  kind,
                   const char      *name,
                   const char      *summary)
{
  KcCondition *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (KC_TYPE_CONDITION, NULL);
  self->id = g_strdup (id);
  self->kind = kind;
  self->name = g_strdup (name);
  self->summary = g_strdup (summary);

  return self;
}

/* Takes ownership of @blocks. */
void
_kc_condition_set_section (KcCondition        *self,
                           KcConditionSection  section,
                           GPtrArray          *blocks)
{
  g_return_if_fail (KC_IS_CONDITION (self));
  g_return_if_fail (section < KC_CONDITION_N_SECTIONS);

  g_clear_pointer (&self->sections[section], g_ptr_array_unref);
  self->sections[section] = blocks;
}

const char *
kc_condition_get_id (KcCondition *self)
{
  g_return_val_if_fail (KC_IS_CONDITION (self), NULL);
  return self->id;
}

KcConditionKind
kc_condition_get_kind (KcCondition *self)
{
  g_return_val_if_fail (KC_IS_CONDITION (self), 0);
  return self->kind;
}

const char *
kc_condition_get_name (KcCondition *self)
{
  g_return_val_if_fail (KC_IS_CONDITION (self), NULL);
  return self->name;
}

const char *
kc_condition_get_summary (KcCondition *self)
{
  g_return_val_if_fail (KC_IS_CONDITION (self), NULL);
  return self->summary;
}

/* Returns: (transfer none): the ids of exercises that may help, most
 *   useful first; never %NULL */
const char * const *
kc_condition_get_exercise_ids (KcCondition *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (KC_IS_CONDITION (self), none);
  return self->exercise_ids != NULL ? (const char * const *)self->exercise_ids : none;
}

void
_kc_condition_set_exercise_ids (KcCondition        *self,
                                const char * const *exercise_ids)
{
  g_return_if_fail (KC_IS_CONDITION (self));

  g_strfreev (self->exercise_ids);
  self->exercise_ids = g_strdupv ((char **)exercise_ids);
}

/**
 * kc_condition_get_section:
 *
 * Returns: (transfer none) (element-type KcTextBlock): the section's blocks
 */
GPtrArray *
kc_condition_get_section (KcCondition        *self,
                          KcConditionSection  section)
{
  g_return_val_if_fail (KC_IS_CONDITION (self), NULL);
  g_return_val_if_fail (section < KC_CONDITION_N_SECTIONS, NULL);

  return self->sections[section];
}
