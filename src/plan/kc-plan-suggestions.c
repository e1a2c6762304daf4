/* kc-plan-suggestions.c: changes to a plan suggested from its log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The log of sessions says how each exercise went; these rules turn it
 * into suggestions, which the patient or the physiotherapist accepts or
 * dismisses.  Nothing here changes a plan unless a suggestion is accepted.
 *
 * Easier (or a lower dose): an exercise was red — pain 6 or more, or pain
 * spreading down the leg — or its pain had not settled by the next
 * morning, in two separate sessions: two different days within the last
 * two weeks.  The pain-monitoring model asks for less load when pain
 * during exercise is high or lasts into the next day; once can be the day
 * (a bad night, a long drive, a cold), twice in a fortnight on the same
 * exercise points to the exercise's load.  The days need not follow each
 * other: a patient who trains every other day meets the exercise only
 * every other day.
 *
 * Harder (or one more set): green — pain 0–3, not spreading, not
 * unsettled — at the full planned dose, not skipped, in every session of
 * the last two weeks, and at least as many sessions as the plan puts in
 * those fourteen days.  Tissues adapt to a load that no longer provokes
 * them; two weeks is the time the plan's weekly rhythm is seen twice.
 *
 * A decision, accepted or dismissed, uses up its evidence: the rules for
 * that exercise look only at sessions after the newest one it rested on,
 * so a dismissed suggestion is not shown again for the same sessions.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include "kc-plan-private.h"

/* The first day the rules look at for @id: the window's start, or the
 * day after the newest session a decision on @id rested on (for an
 * exercise a change brought in, the day after the change). */
static GDate
first_day (KcPlan     *self,
           const char *id,
           GDate      *today)
{
  GDate first = *today;

  g_date_subtract_days (&first, KC_PLAN_SUGGESTION_DAYS - 1);
  for (guint i = 0; i < self->changes->len; i++)
    {
      KcPlanChange *change = g_ptr_array_index (self->changes, i);
      GDate after;

      if (g_strcmp0 (change->exercise_id, id) == 0 && g_date_valid (&change->evidence))
        after = change->evidence;
      else if (g_strcmp0 (change->new_exercise_id, id) == 0 && g_date_valid (&change->decided))
        after = change->decided;
      else
        continue;

      g_date_add_days (&after, 1);
      if (g_date_compare (&after, &first) > 0)
        first = after;
    }

  return first;
}

static gboolean
in_window (const KcExerciseRecord *record,
           const char             *id,
           GDate                  *first,
           GDate                  *today)
{
  return g_strcmp0 (record->exercise_id, id) == 0 &&
         g_date_compare (&record->date, first) >= 0 && g_date_compare (&record->date, today) <= 0;
}

static gboolean
hurt (const KcExerciseRecord *record)
{
  KcPainBand band;

  return record->settled == KC_SETTLED_NO ||
         (kc_exercise_record_get_band (record, &band) && band == KC_PAIN_BAND_STOP);
}

/* Two different days that hurt: the newest into @evidence. */
static gboolean
hurt_twice (KcPlan     *self,
            const char *id,
            GDate      *first,
            GDate      *today,
            GDate      *evidence)
{
  g_autoptr(GHashTable) days = g_hash_table_new (g_direct_hash, g_direct_equal);

  g_date_clear (evidence, 1);
  for (guint i = 0; i < self->records->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (self->records, i);

      if (!in_window (record, id, first, today) || !hurt (record))
        continue;

      g_hash_table_add (days, GUINT_TO_POINTER (g_date_get_julian (&record->date)));
      if (!g_date_valid (evidence) || g_date_compare (&record->date, evidence) > 0)
        *evidence = record->date;
    }

  return g_hash_table_size (days) >= 2;
}

/* @id's dose on @date's weekday, or its first item's. */
static const KcDose *
dose_on (KcPlan     *self,
         const char *id,
         GDate      *date)
{
  GListModel *day = G_LIST_MODEL (self->days[kc_weekday_of (date)]);

  for (guint i = 0; i < g_list_model_get_n_items (day); i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (day, i);

      if (g_str_equal (kc_plan_item_get_exercise_id (item), id))
        return kc_plan_item_get_dose (item);
    }

  return NULL;
}

/* Sets, repetitions over all sets, and seconds held over all sets. */
static gboolean
at_full_dose (const KcExerciseRecord *record,
              const KcDose           *dose)
{
  guint sets = MAX (dose->sets, 1);

  return record->sets_done >= dose->sets &&
         record->reps_done >= sets * dose->reps &&
         record->hold_seconds_done >= sets * dose->hold;
}

static gboolean
green_at_full_dose (KcPlan                 *self,
                    const KcExerciseRecord *record,
                    const KcDose           *first_dose)
{
  const KcDose *dose = dose_on (self, record->exercise_id, (GDate *)&record->date);
  KcPainBand band;

  return !record->skipped && record->settled != KC_SETTLED_NO &&
         kc_exercise_record_get_band (record, &band) && band == KC_PAIN_BAND_FINE &&
         at_full_dose (record, dose ? dose : first_dose);
}

/* Every session of the window green at full dose, and as many as planned. */
static gboolean
easy_for_two_weeks (KcPlan       *self,
                    const char   *id,
                    const KcDose *dose,
                    GDate        *first,
                    GDate        *today,
                    GDate        *evidence)
{
  g_autoptr(GHashTable) days = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint planned = 0;
  GDate start = *today;

  g_date_subtract_days (&start, KC_PLAN_SUGGESTION_DAYS - 1);
  if (g_date_compare (first, &start) > 0)
    return FALSE;

  for (GDate day = start; g_date_compare (&day, today) <= 0; g_date_add_days (&day, 1))
    planned += dose_on (self, id, &day) != NULL;

  g_date_clear (evidence, 1);
  for (guint i = 0; i < self->records->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (self->records, i);

      if (!in_window (record, id, &start, today))
        continue;
      if (!green_at_full_dose (self, record, dose))
        return FALSE;

      g_hash_table_add (days, GUINT_TO_POINTER (g_date_get_julian (&record->date)));
      if (!g_date_valid (evidence) || g_date_compare (&record->date, evidence) > 0)
        *evidence = record->date;
    }

  return planned > 0 && g_hash_table_size (days) >= planned;
}

/**
 * kc_dose_lower:
 * @lower: (out): one set fewer; with one set, a fifth fewer repetitions
 *   (at least one), or else a fifth less hold or time
 *
 * Returns: %FALSE if @dose is as low as it goes
 */
gboolean
kc_dose_lower (const KcDose *dose,
               KcDose       *lower)
{
  *lower = *dose;
  if (dose->sets > 1)
    lower->sets--;
  else if (dose->reps > 1)
    lower->reps -= MAX (1, dose->reps / 5);
  else if (dose->hold > 1)
    lower->hold -= MAX (1, dose->hold / 5);
  else if (dose->minutes > 1)
    lower->minutes -= MAX (1, dose->minutes / 5);
  else
    return FALSE;
  return TRUE;
}

static gboolean
dose_higher (const KcDose *dose,
             KcDose       *higher)
{
  *higher = *dose;
  if (dose->sets == 0 || dose->sets >= KC_PLAN_MAX_DOSE)
    return FALSE;
  higher->sets++;
  return TRUE;
}

/* @id's other version, if the library has it. */
static const char *
version_of (KcLibrary  *library,
            const char *id,
            gboolean    easier)
{
  KcExercise *exercise = library ? kc_library_lookup_exercise (library, id) : NULL;
  const char *other;

  if (exercise == NULL)
    return NULL;
  other = easier ? kc_exercise_get_easier_id (exercise) : kc_exercise_get_harder_id (exercise);
  return other && kc_library_lookup_exercise (library, other) ? other : NULL;
}

static KcPlanChange *
suggest_for (KcPlan       *self,
             KcLibrary    *library,
             const char   *id,
             const KcDose *dose,
             GDate        *today)
{
  GDate first = first_day (self, id, today);
  g_autoptr(KcPlanChange) change = NULL;
  GDate evidence;
  gboolean easier;
  const char *other;

  if (hurt_twice (self, id, &first, today, &evidence))
    easier = TRUE;
  else if (easy_for_two_weeks (self, id, dose, &first, today, &evidence))
    easier = FALSE;
  else
    return NULL;

  change = kc_plan_change_new (KC_CHANGE_EASIER,
                               easier ? KC_CHANGE_REASON_PAIN : KC_CHANGE_REASON_EASY, id, dose);
  change->evidence = evidence;
  if ((other = version_of (library, id, easier)) != NULL)
    {
      change->kind = easier ? KC_CHANGE_EASIER : KC_CHANGE_HARDER;
      g_free (change->new_exercise_id);
      change->new_exercise_id = g_strdup (other);
      return g_steal_pointer (&change);
    }

  change->kind = easier ? KC_CHANGE_LOWER_DOSE : KC_CHANGE_HIGHER_DOSE;
  if (easier ? kc_dose_lower (dose, &change->new_dose) : dose_higher (dose, &change->new_dose))
    return g_steal_pointer (&change);
  return NULL;
}

/**
 * kc_plan_dup_suggestions:
 * @library: (nullable): where the easier and harder versions are found
 * @today: the last day the rules look at
 *
 * Returns: (transfer full) (element-type KcPlanChange): at most one
 *   suggestion per exercise of the plan, in the plan's order
 */
GPtrArray *
kc_plan_dup_suggestions (KcPlan    *self,
                         KcLibrary *library,
                         GDate     *today)
{
  GPtrArray *suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_plan_change_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (KC_IS_PLAN (self), suggestions);
  g_return_val_if_fail (today != NULL && g_date_valid (today), suggestions);

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->days[day])); i++)
      {
        g_autoptr(KcPlanItem) item = g_list_model_get_item (G_LIST_MODEL (self->days[day]), i);
        const char *id = kc_plan_item_get_exercise_id (item);
        KcPlanChange *change;

        if (!g_hash_table_add (seen, (char *)id))
          continue;
        if ((change = suggest_for (self, library, id, kc_plan_item_get_dose (item), today)))
          g_ptr_array_add (suggestions, change);
      }

  return suggestions;
}

/* @item as @change makes it: another exercise, or another dose. */
static KcPlanItem *
changed_item (const KcPlanChange *change,
              KcPlanItem         *item)
{
  const KcDose *dose = kc_plan_item_get_dose (item);
  KcDose new_dose = *dose;

  if (change->kind == KC_CHANGE_LOWER_DOSE)
    kc_dose_lower (dose, &new_dose);
  else if (change->kind == KC_CHANGE_HIGHER_DOSE)
    dose_higher (dose, &new_dose);

  return kc_plan_item_new (change->new_exercise_id, &new_dose);
}

/* Every item of the exercise changes: one exercise is one prescription,
 * on however many days.  The items before and after go to the undo list. */
static void
apply_change (KcPlan             *self,
              const KcPlanChange *change)
{
  g_ptr_array_set_size (self->undo, 0);
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->days[day])); i++)
      {
        g_autoptr(KcPlanItem) item = g_list_model_get_item (G_LIST_MODEL (self->days[day]), i);
        KcPlanItem *new_item;

        if (!g_str_equal (kc_plan_item_get_exercise_id (item), change->exercise_id))
          continue;

        new_item = changed_item (change, item);
        g_list_store_splice (self->days[day], i, 1, (gpointer *)&new_item, 1);
        g_ptr_array_add (self->undo, g_object_ref (item));
        g_ptr_array_add (self->undo, new_item);
      }
}

/**
 * kc_plan_decide:
 * @suggestion: from kc_plan_dup_suggestions()
 * @decision: accepted (the plan changes) or dismissed (it does not)
 * @today: the day of the decision
 *
 * Records the decision, and with it what changed, when and why.
 *
 * Returns: %FALSE, and nothing changes, if the plan holds
 *   KC_PLAN_MAX_CHANGES decisions already
 */
gboolean
kc_plan_decide (KcPlan             *self,
                const KcPlanChange *suggestion,
                KcDecision          decision,
                GDate              *today)
{
  g_autoptr(KcPlanChange) change = NULL;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (suggestion != NULL, FALSE);
  g_return_val_if_fail (decision != KC_DECISION_NONE, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (self->changes->len >= KC_PLAN_MAX_CHANGES)
    return FALSE;

  change = kc_plan_change_copy (suggestion);
  change->decision = decision;
  change->decided = *today;
  if (decision == KC_DECISION_ACCEPTED)
    apply_change (self, change);
  else
    g_ptr_array_set_size (self->undo, 0);

  g_ptr_array_add (self->changes, g_steal_pointer (&change));
  _kc_plan_emit_changed (self);
  return TRUE;
}

/* Whether the last decision was an accepted change that can be undone. */
gboolean
kc_plan_can_undo_change (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  return self->undo->len > 0;
}

/**
 * kc_plan_undo_change:
 *
 * Puts back the items the last accepted change replaced (those still in
 * the plan) and forgets the decision, so the suggestion is shown again.
 *
 * Returns: %FALSE if there was nothing to undo
 */
gboolean
kc_plan_undo_change (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);

  if (self->undo->len == 0)
    return FALSE;

  for (guint i = 0; i + 1 < self->undo->len; i += 2)
    {
      KcPlanItem *old_item = g_ptr_array_index (self->undo, i);
      KcPlanItem *new_item = g_ptr_array_index (self->undo, i + 1);
      guint day, position;

      if (kc_plan_find_item (self, new_item, &day, &position))
        g_list_store_splice (self->days[day], position, 1, (gpointer *)&old_item, 1);
    }

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_remove_index (self->changes, self->changes->len - 1);
  _kc_plan_emit_changed (self);
  return TRUE;
}

/**
 * kc_plan_add_change:
 * @change: a decided change, as read from a file; copied
 *
 * Returns: %FALSE if the plan holds KC_PLAN_MAX_CHANGES decisions already
 */
gboolean
kc_plan_add_change (KcPlan             *self,
                    const KcPlanChange *change)
{
  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (change != NULL && change->decision != KC_DECISION_NONE, FALSE);

  if (self->changes->len >= KC_PLAN_MAX_CHANGES)
    return FALSE;

  g_ptr_array_add (self->changes, kc_plan_change_copy (change));
  _kc_plan_emit_changed (self);
  return TRUE;
}

/**
 * kc_plan_get_changes:
 *
 * Returns: (transfer none) (element-type KcPlanChange): every decision,
 *   oldest first
 */
GPtrArray *
kc_plan_get_changes (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  return self->changes;
}
