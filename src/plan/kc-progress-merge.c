/* kc-progress-merge.c: a patient's progress merged into the physiotherapist's plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only what the patient did and said is taken: records, ratings,
 * activities of the scale, decisions and the old log's ticks and pain.
 * What the plan holds already is not added again, so a file merged twice
 * adds nothing the second time; the plan's own days, doses, name, notes
 * and patient are never read from the file.  The merge runs on a
 * snapshot first: if the plan would hold more than a plan may, nothing
 * changes; otherwise the snapshot's log becomes the plan's in one change.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "content/kc-vocabulary.h"
#include "kc-plan-file.h"
#include "kc-plan-limits.h"
#include "kc-plan-private.h"
#include "kc-progress-file.h"

typedef struct
{
  KcPlan *copy;             /* the snapshot being merged into */
  KcPlan *progress;
  KcProgressAdded *added;
  GHashTable *session_days; /* "YYYY-MM-DD" of records added */
} Merge;

static void
note_date (Merge       *merge,
           const GDate *date)
{
  GDate *newest = &merge->added->newest_week;

  if (!g_date_valid (newest) || g_date_compare (date, newest) > 0)
    *newest = *date;
}

static char *
date_key (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", (guint)g_date_get_year (date),
                          (guint)g_date_get_month (date), (guint)g_date_get_day (date));
}

static gboolean
refuse_full (const char  *what,
             guint        most,
             GError     **error)
{
  /* Translators: the first %s is e.g. "session records", the number the most a plan keeps */
  g_set_error (error, KC_PROGRESS_ERROR, KC_PROGRESS_ERROR_FULL,
               _("The plan would hold more %s than the %u a plan may keep, so nothing was "
                 "imported. Export the older weeks to a file and start a new plan for the "
                 "patient, then import the progress into that."), what, most);
  return FALSE;
}

/* ---- Counted lists ------------------------------------------------------- */

/* How many times each key is in a list: what is there already. */
static void
count_key (GHashTable *counts,
           char       *key)
{
  g_hash_table_insert (counts, key,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + 1));
}

/* Takes @key; whether it was not there (or there fewer times). */
static gboolean
take_key (GHashTable *counts,
          char       *key)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

  if (count > 0)
    {
      g_hash_table_insert (counts, key, GUINT_TO_POINTER (count - 1));
      return FALSE;
    }
  g_free (key);
  return TRUE;
}

/* All but "settled", which a later export may have answered. */
static char *
record_key (const KcExerciseRecord *record)
{
  g_autofree char *day = date_key (&record->date);

  return g_strdup_printf ("%s %s %u %u %u %d %d %d", day, record->exercise_id,
                          record->sets_done, record->reps_done, record->hold_seconds_done,
                          record->pain, record->spreading_down_leg, record->skipped);
}

static gboolean
merge_records (Merge   *merge,
               GError **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *records = kc_plan_get_records (merge->copy);
  GPtrArray *incoming = kc_plan_get_records (merge->progress);

  for (guint i = 0; i < records->len; i++)
    count_key (counts, record_key (g_ptr_array_index (records, i)));

  for (guint i = 0; i < incoming->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (incoming, i);

      if (!take_key (counts, record_key (record)))
        {
          /* Known already; the patient may have answered "settled?" since. */
          if (record->settled != KC_SETTLED_UNKNOWN)
            kc_plan_set_settled (merge->copy, &record->date, record->exercise_id, record->settled);
          continue;
        }
      if (!kc_plan_add_record (merge->copy, record))
        return refuse_full (_("session records"), KC_PLAN_MAX_RECORDS, error);
      merge->added->records++;
      g_hash_table_add (merge->session_days, date_key (&record->date));
      note_date (merge, &record->date);
    }

  return TRUE;
}

static char *
change_key (const KcPlanChange *change)
{
  g_autofree char *day = date_key (&change->decided);
  g_autofree char *evidence = date_key (&change->evidence);

  return g_strdup_printf ("%s %s %d %d %d %s %u %u %u %u %s %u %u %u %u", day, evidence,
                          change->kind, change->reason, change->decision,
                          change->exercise_id ? change->exercise_id : "",
                          change->dose.sets, change->dose.reps, change->dose.hold,
                          change->dose.minutes,
                          change->new_exercise_id ? change->new_exercise_id : "",
                          change->new_dose.sets, change->new_dose.reps, change->new_dose.hold,
                          change->new_dose.minutes);
}

static gboolean
merge_changes (Merge   *merge,
               GError **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *changes = kc_plan_get_changes (merge->copy);
  GPtrArray *incoming = kc_plan_get_changes (merge->progress);

  for (guint i = 0; i < changes->len; i++)
    count_key (counts, change_key (g_ptr_array_index (changes, i)));

  for (guint i = 0; i < incoming->len; i++)
    {
      KcPlanChange *change = g_ptr_array_index (incoming, i);

      if (!take_key (counts, change_key (change)))
        continue;
      if (!kc_plan_add_change (merge->copy, change))
        return refuse_full (_("decisions"), KC_PLAN_MAX_CHANGES, error);
      merge->added->changes++;
      note_date (merge, &change->decided);
    }

  return TRUE;
}

/* ---- The functional scale ------------------------------------------------ */

/* An activity of the same id is the same activity: ids are never reused
 * within a plan (kc_plan_add_psfs_activity), and the patient's copy
 * shares the plan's. */
static gboolean
merge_psfs (Merge   *merge,
            GError **error)
{
  GPtrArray *activities = kc_plan_get_psfs_activities (merge->progress);
  GPtrArray *ratings = kc_plan_get_psfs_ratings (merge->progress);

  for (guint i = 0; i < activities->len; i++)
    {
      KcPsfsActivity *activity = g_ptr_array_index (activities, i);

      if (kc_plan_find_psfs_activity (merge->copy, activity->id) != NULL)
        continue;
      if (!kc_plan_insert_psfs_activity (merge->copy, activity))
        return refuse_full (_("activities of the functional scale"), KC_PSFS_MAX_ACTIVITIES,
                            error);
      merge->added->activities++;
    }

  /* A day's rating in the plan is kept as it is. */
  for (guint i = 0; i < ratings->len; i++)
    {
      KcPsfsRating *rating = g_ptr_array_index (ratings, i);

      if (kc_plan_get_psfs_score (merge->copy, &rating->date, rating->activity_id) !=
          KC_PSFS_NO_SCORE)
        continue;
      if (!kc_plan_set_psfs_score (merge->copy, &rating->date, rating->activity_id,
                                   rating->score))
        return refuse_full (_("ratings of the functional scale"), KC_PLAN_MAX_PSFS_RATINGS,
                            error);
      merge->added->ratings++;
      note_date (merge, &rating->date);
    }

  return TRUE;
}

/* ---- The old log --------------------------------------------------------- */

/* Ticks of exercises the plan has on its days (a plan file keeps no
 * others), and a day's pain the plan does not know. */
static gboolean
merge_day (Merge   *merge,
           GDate   *date,
           GError **error)
{
  gboolean added = FALSE;
  int pain = kc_plan_get_pain (merge->progress, date);

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (merge->copy, day);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);
          const char *id = kc_plan_item_get_exercise_id (item);

          if (!kc_plan_get_done (merge->progress, date, id) ||
              kc_plan_get_done (merge->copy, date, id))
            continue;
          if (!kc_plan_set_done (merge->copy, date, id, TRUE))
            return refuse_full (_("days in the log"), KC_PLAN_MAX_LOG_DAYS, error);
          added = TRUE;
        }
    }

  if (pain >= 0 && kc_plan_get_pain (merge->copy, date) < 0)
    {
      if (!kc_plan_set_pain (merge->copy, date, pain))
        return refuse_full (_("days in the log"), KC_PLAN_MAX_LOG_DAYS, error);
      added = TRUE;
    }

  if (added)
    {
      merge->added->log_days++;
      note_date (merge, date);
    }
  return TRUE;
}

static gboolean
merge_log (Merge   *merge,
           GError **error)
{
  g_auto(GStrv) dates = kc_plan_dup_log_dates (merge->progress);

  for (guint i = 0; dates[i] != NULL; i++)
    {
      GDate date;

      if (kc_plan_parse_date (dates[i], &date) && !merge_day (merge, &date, error))
        return FALSE;
    }
  return TRUE;
}

static void
count_change_cb (guint *changes)
{
  (*changes)++;
}

/**
 * kc_progress_merge:
 * @plan: the physiotherapist's plan, of the same id
 * @progress: the plan as the patient has it (kc_progress_load_file())
 * @added: (out caller-allocates): what was added
 *
 * Adds to @plan what @progress holds and @plan does not yet.
 *
 * Returns: %FALSE, with @plan as it was, if @plan would hold more than a
 *   plan may
 */
gboolean
kc_progress_merge (KcPlan           *plan,
                   KcPlan           *progress,
                   KcProgressAdded  *added,
                   GError          **error)
{
  g_autoptr(KcPlan) copy = NULL;
  g_autoptr(GHashTable) session_days = NULL;
  guint changes = 0;
  Merge merge;

  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (KC_IS_PLAN (progress), FALSE);
  g_return_val_if_fail (added != NULL, FALSE);

  memset (added, 0, sizeof *added);
  g_date_clear (&added->newest_week, 1);
  copy = kc_plan_snapshot (plan);
  session_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  merge = (Merge) { copy, progress, added, session_days };
  /* The snapshot is ours alone: its every change is the merge's. */
  g_signal_connect_swapped (copy, "changed", G_CALLBACK (count_change_cb), &changes);

  if (!merge_psfs (&merge, error) || !merge_records (&merge, error) ||
      !merge_changes (&merge, error) || !merge_log (&merge, error))
    {
      memset (added, 0, sizeof *added);
      g_date_clear (&added->newest_week, 1);
      return FALSE;
    }

  added->sessions = g_hash_table_size (session_days);
  if (g_date_valid (&added->newest_week))
    g_date_subtract_days (&added->newest_week, kc_weekday_of (&added->newest_week));

  /* Nothing new leaves the plan, and its file, untouched; settled
   * answers alone change records without adding any. */
  if (changes > 0)
    _kc_plan_take_log (plan, copy);
  return TRUE;
}
