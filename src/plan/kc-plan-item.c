/* kc-plan-item.c: one exercise on one day of a plan, with its dose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include "kc-plan-item.h"

struct _KcPlanItem
{
  GObject parent_instance;

  char *exercise_id;
  KcDose dose;
};

G_DEFINE_FINAL_TYPE (KcPlanItem, kc_plan_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EXERCISE_ID,
  PROP_DOSE,          /* notified when the dose changes; read with the getter */
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_plan_item_finalize (GObject *object)
{
  KcPlanItem *self = (KcPlanItem *)object;

  g_clear_pointer (&self->exercise_id, g_free);

  G_OBJECT_CLASS (kc_plan_item_parent_class)->finalize (object);
}

static void
kc_plan_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KcPlanItem *self = KC_PLAN_ITEM (object);

  switch (prop_id)
    {
    case PROP_EXERCISE_ID:
      g_value_set_string (value, self->exercise_id);
      break;

    case PROP_DOSE:
      g_value_set_pointer (value, &self->dose);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_plan_item_class_init (KcPlanItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kc_plan_item_finalize;
  object_class->get_property = kc_plan_item_get_property;

  properties[PROP_EXERCISE_ID] =
    g_param_spec_string ("exercise-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSE] =
    g_param_spec_pointer ("dose", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kc_plan_item_init (KcPlanItem *self)
{
}

KcPlanItem *
kc_plan_item_new (const char   *exercise_id,
                  const KcDose *dose)
{
  KcPlanItem *self;

  g_return_val_if_fail (exercise_id != NULL, NULL);
  g_return_val_if_fail (dose != NULL, NULL);

  self = g_object_new (KC_TYPE_PLAN_ITEM, NULL);
  self->exercise_id = g_strdup (exercise_id);
  self->dose = *dose;

  return self;
}

KcPlanItem *
kc_plan_item_copy (KcPlanItem *self)
{
  g_return_val_if_fail (KC_IS_PLAN_ITEM (self), NULL);
  return kc_plan_item_new (self->exercise_id, &self->dose);
}

const char *
kc_plan_item_get_exercise_id (KcPlanItem *self)
{
  g_return_val_if_fail (KC_IS_PLAN_ITEM (self), NULL);
  return self->exercise_id;
}

const KcDose *
kc_plan_item_get_dose (KcPlanItem *self)
{
  g_return_val_if_fail (KC_IS_PLAN_ITEM (self), NULL);
  return &self->dose;
}

void
kc_plan_item_set_dose (KcPlanItem   *self,
                       const KcDose *dose)
{
  g_return_if_fail (KC_IS_PLAN_ITEM (self));
  g_return_if_fail (dose != NULL);

  if (kc_dose_equal (&self->dose, dose))
    return;

  self->dose = *dose;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSE]);
}
