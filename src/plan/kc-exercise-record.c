/* kc-exercise-record.c: what was done of one exercise in one session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include "kc-exercise-record.h"

G_DEFINE_BOXED_TYPE (KcExerciseRecord, kc_exercise_record,
                     kc_exercise_record_copy, kc_exercise_record_free)

/**
 * kc_exercise_record_new:
 *
 * Returns: (transfer full): an empty record of @exercise_id on @date:
 *   nothing done, pain not rated, settling not asked
 */
KcExerciseRecord *
kc_exercise_record_new (GDate      *date,
                        const char *exercise_id)
{
  KcExerciseRecord *self;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (exercise_id != NULL, NULL);

  self = g_new0 (KcExerciseRecord, 1);
  self->date = *date;
  self->exercise_id = g_strdup (exercise_id);
  self->pain = KC_EXERCISE_RECORD_NO_PAIN;
  self->settled = KC_SETTLED_UNKNOWN;
  return self;
}

KcExerciseRecord *
kc_exercise_record_copy (const KcExerciseRecord *self)
{
  KcExerciseRecord *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->exercise_id = g_strdup (self->exercise_id);
  return copy;
}

void
kc_exercise_record_free (KcExerciseRecord *self)
{
  if (self == NULL)
    return;
  g_free (self->exercise_id);
  g_free (self);
}

/**
 * kc_exercise_record_get_band:
 * @band: (out): the pain rule's band for the record's rating
 *
 * Returns: %FALSE if the pain was not rated; pain spreading down the leg
 *   is a rating, red, even without a number
 */
gboolean
kc_exercise_record_get_band (const KcExerciseRecord *self,
                             KcPainBand             *band)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->pain < 0 && !self->spreading_down_leg)
    return FALSE;

  *band = kc_pain_rule_classify ((guint)MAX (self->pain, 0), self->spreading_down_leg);
  return TRUE;
}
