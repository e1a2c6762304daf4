/* kc-plan-change.c: a change to a plan suggested from its log, and what was decided
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plan-change.h"

G_DEFINE_ENUM_TYPE (KcChangeKind, kc_change_kind,
  G_DEFINE_ENUM_VALUE (KC_CHANGE_EASIER, "easier"),
  G_DEFINE_ENUM_VALUE (KC_CHANGE_LOWER_DOSE, "lower-dose"),
  G_DEFINE_ENUM_VALUE (KC_CHANGE_HARDER, "harder"),
  G_DEFINE_ENUM_VALUE (KC_CHANGE_HIGHER_DOSE, "higher-dose"))

G_DEFINE_ENUM_TYPE (KcChangeReason, kc_change_reason,
  G_DEFINE_ENUM_VALUE (KC_CHANGE_REASON_PAIN, "pain"),
  G_DEFINE_ENUM_VALUE (KC_CHANGE_REASON_EASY, "easy"))

G_DEFINE_ENUM_TYPE (KcDecision, kc_decision,
  G_DEFINE_ENUM_VALUE (KC_DECISION_NONE, "none"),
  G_DEFINE_ENUM_VALUE (KC_DECISION_ACCEPTED, "accepted"),
  G_DEFINE_ENUM_VALUE (KC_DECISION_DISMISSED, "dismissed"))

G_DEFINE_BOXED_TYPE (KcPlanChange, kc_plan_change, kc_plan_change_copy, kc_plan_change_free)

/**
 * kc_plan_change_new:
 *
 * Returns: (transfer full): a suggestion, not decided, that leaves
 *   @exercise_id at @dose until its new exercise and dose are set
 */
KcPlanChange *
kc_plan_change_new (KcChangeKind    kind,
                    KcChangeReason  reason,
                    const char     *exercise_id,
                    const KcDose   *dose)
{
  KcPlanChange *self;

  g_return_val_if_fail (exercise_id != NULL && dose != NULL, NULL);

  self = g_new0 (KcPlanChange, 1);
  self->kind = kind;
  self->reason = reason;
  self->decision = KC_DECISION_NONE;
  g_date_clear (&self->decided, 1);
  g_date_clear (&self->evidence, 1);
  self->exercise_id = g_strdup (exercise_id);
  self->dose = *dose;
  self->new_exercise_id = g_strdup (exercise_id);
  self->new_dose = *dose;
  return self;
}

KcPlanChange *
kc_plan_change_copy (const KcPlanChange *self)
{
  KcPlanChange *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->exercise_id = g_strdup (self->exercise_id);
  copy->new_exercise_id = g_strdup (self->new_exercise_id);
  return copy;
}

void
kc_plan_change_free (KcPlanChange *self)
{
  if (self == NULL)
    return;
  g_free (self->exercise_id);
  g_free (self->new_exercise_id);
  g_free (self);
}

/**
 * kc_plan_change_dup_title:
 * @name: the exercise's name
 * @new_name: the name of the exercise suggested instead (easier, harder)
 *
 * Returns: (transfer full): what the change does, as a sentence
 */
char *
kc_plan_change_dup_title (const KcPlanChange *self,
                          const char         *name,
                          const char         *new_name)
{
  g_autofree char *dose = NULL;
  g_autofree char *new_dose = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  dose = kc_dose_to_string (&self->dose);
  new_dose = kc_dose_to_string (&self->new_dose);
  switch (self->kind)
    {
    case KC_CHANGE_EASIER:
      /* Translators: a suggestion, e.g. "Do “Heel slides” instead of “Bridge”" */
      return g_strdup_printf (_("Do the easier “%s” instead of “%s”"), new_name, name);
    case KC_CHANGE_HARDER:
      return g_strdup_printf (_("Move on from “%s” to the harder “%s”"), name, new_name);
    case KC_CHANGE_LOWER_DOSE:
      /* Translators: a suggestion, e.g. "Do less of “Bridge”: 2 sets × 10
       * instead of 3 sets × 10" */
      return g_strdup_printf (_("Do less of “%s”: %s instead of %s"), name, new_dose, dose);
    case KC_CHANGE_HIGHER_DOSE:
      return g_strdup_printf (_("Do one more set of “%s”: %s instead of %s"), name, new_dose,
                              dose);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Why the change was suggested, in the patient's words. */
const char *
kc_plan_change_get_why (const KcPlanChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->reason == KC_CHANGE_REASON_PAIN)
    return _("In two sessions it hurt too much, or the pain had not settled by the next "
             "morning.");
  return _("Two weeks at the full dose, every session, with little or no pain.");
}
