/* kc-plan-item.c: one exercise on one day of a plan, with its dose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include "kc-plan-item.h"
#include "kc-plan-limits.h"

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
  /* One number of the dose each, so that a spin button can be bound to it. */
  PROP_SETS,
  PROP_REPS,
  PROP_HOLD,
  PROP_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The dose as a plan file can hold it: what the model keeps is saved. */
static KcDose
fit_dose (const KcDose *dose)
{
  KcDose fitted = *dose;

  fitted.sets = MIN (fitted.sets, KC_PLAN_MAX_DOSE);
  fitted.reps = MIN (fitted.reps, KC_PLAN_MAX_DOSE);
  fitted.hold = MIN (fitted.hold, KC_PLAN_MAX_DOSE);
  fitted.minutes = MIN (fitted.minutes, KC_PLAN_MAX_DOSE);
  return fitted;
}

static void
kc_plan_item_finalize (GObject *object)
{
  KcPlanItem *self = (KcPlanItem *)object;

  g_clear_pointer (&self->exercise_id, g_free);

  G_OBJECT_CLASS (kc_plan_item_parent_class)->finalize (object);
}

/* The dose's field that a number property stands for. */
static guint *
dose_field (KcDose *dose,
            guint   prop_id)
{
  switch (prop_id)
    {
    case PROP_SETS:
      return &dose->sets;
    case PROP_REPS:
      return &dose->reps;
    case PROP_HOLD:
      return &dose->hold;
    case PROP_MINUTES:
      return &dose->minutes;
    default:
      return NULL;
    }
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

    case PROP_SETS:
    case PROP_REPS:
    case PROP_HOLD:
    case PROP_MINUTES:
      g_value_set_uint (value, *dose_field (&self->dose, prop_id));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_plan_item_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KcPlanItem *self = KC_PLAN_ITEM (object);
  KcDose dose = self->dose;

  switch (prop_id)
    {
    case PROP_SETS:
    case PROP_REPS:
    case PROP_HOLD:
    case PROP_MINUTES:
      *dose_field (&dose, prop_id) = g_value_get_uint (value);
      kc_plan_item_set_dose (self, &dose);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
dose_field_param (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, KC_PLAN_MAX_DOSE, 0,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                            G_PARAM_STATIC_STRINGS);
}

static void
kc_plan_item_class_init (KcPlanItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kc_plan_item_finalize;
  object_class->get_property = kc_plan_item_get_property;
  object_class->set_property = kc_plan_item_set_property;

  properties[PROP_EXERCISE_ID] =
    g_param_spec_string ("exercise-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSE] =
    g_param_spec_pointer ("dose", NULL, NULL,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETS] = dose_field_param ("sets");
  properties[PROP_REPS] = dose_field_param ("reps");
  properties[PROP_HOLD] = dose_field_param ("hold");
  properties[PROP_MINUTES] = dose_field_param ("minutes");
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
  self->dose = fit_dose (dose);

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
  KcDose old;
  KcDose fitted;

  g_return_if_fail (KC_IS_PLAN_ITEM (self));
  g_return_if_fail (dose != NULL);

  fitted = fit_dose (dose);
  if (kc_dose_equal (&self->dose, &fitted))
    return;

  old = self->dose;
  self->dose = fitted;

  g_object_freeze_notify (G_OBJECT (self));
  for (guint prop_id = PROP_SETS; prop_id <= PROP_MINUTES; prop_id++)
    if (*dose_field (&old, prop_id) != *dose_field (&self->dose, prop_id))
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSE]);
  g_object_thaw_notify (G_OBJECT (self));
}
