/* kc-plan-log.c: the record of doing a plan, and the week's figures from it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each date of the log holds the exercises ticked that day and a pain
 * score; the planner's week summary and the handout count from it.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "kc-plan-private.h"

/* "YYYY-MM-DD", always four digits of year: what plan files (xsd:date) need.
 * (strftime's %Y writes year 226 as "226", which no file would read back.) */
static char *
date_key (GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", (guint)g_date_get_year (date),
                          (guint)g_date_get_month (date), (guint)g_date_get_day (date));
}

/**
 * kc_plan_parse_date:
 * @text: "YYYY-MM-DD"
 *
 * Returns: %TRUE if @text is a valid date, set into @date
 */
gboolean
kc_plan_parse_date (const char *text,
                    GDate      *date)
{
  guint year, month, day;
  char end;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      !g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
  return TRUE;
}

/* The record of @date, new if need be; %NULL if the log already holds
 * KC_PLAN_MAX_LOG_DAYS days. */
static KcPlanDayLog *
ensure_log (KcPlan *self,
            GDate  *date)
{
  g_autofree char *key = date_key (date);
  KcPlanDayLog *log = g_hash_table_lookup (self->log, key);

  if (log == NULL && g_hash_table_size (self->log) >= KC_PLAN_MAX_LOG_DAYS)
    return NULL;
  if (log == NULL)
    {
      log = g_new0 (KcPlanDayLog, 1);
      log->done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      log->pain = -1;
      g_hash_table_insert (self->log, g_steal_pointer (&key), log);
    }

  return log;
}

static KcPlanDayLog *
lookup_log (KcPlan *self,
            GDate  *date)
{
  g_autofree char *key = date_key (date);
  return g_hash_table_lookup (self->log, key);
}

/* Every day of @self's log into @copy's, which is empty. */
void
_kc_plan_copy_log (KcPlan *self,
                   KcPlan *copy)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->log);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      KcPlanDayLog *log = value;
      KcPlanDayLog *log_copy = g_new0 (KcPlanDayLog, 1);
      GHashTableIter done;
      gpointer id;

      log_copy->pain = log->pain;
      log_copy->done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_iter_init (&done, log->done);
      while (g_hash_table_iter_next (&done, &id, NULL))
        g_hash_table_add (log_copy->done, g_strdup (id));
      g_hash_table_insert (copy->log, g_strdup (key), log_copy);
    }

  for (guint i = 0; i < self->records->len; i++)
    g_ptr_array_add (copy->records, kc_exercise_record_copy (g_ptr_array_index (self->records, i)));
  for (guint i = 0; i < self->changes->len; i++)
    g_ptr_array_add (copy->changes, kc_plan_change_copy (g_ptr_array_index (self->changes, i)));
  _kc_plan_copy_psfs (self, copy);
}

static int
compare_record_dates (gconstpointer a,
                      gconstpointer b)
{
  const KcExerciseRecord *one = *(KcExerciseRecord * const *)a;
  const KcExerciseRecord *other = *(KcExerciseRecord * const *)b;

  return g_date_compare (&one->date, &other->date);
}

static int
compare_change_dates (gconstpointer a,
                      gconstpointer b)
{
  const KcPlanChange *one = *(KcPlanChange * const *)a;
  const KcPlanChange *other = *(KcPlanChange * const *)b;

  return g_date_compare (&one->decided, &other->decided);
}

#define SWAP_POINTERS(a, b) G_STMT_START { gpointer tmp_ = (a); (a) = (b); (b) = tmp_; } G_STMT_END

/* @from's log, records, decisions and scale become @self's, in one
 * change: @from, a snapshot of @self with more added (a progress file
 * merged), gets @self's.  The days, names and notes stay as they are.
 * Whatever was appended goes where its date belongs (the sort is stable);
 * the last accepted change, no longer the last decision, is not undone. */
void
_kc_plan_take_log (KcPlan *self,
                   KcPlan *from)
{
  if (from->changes->len != self->changes->len)
    g_ptr_array_set_size (self->undo, 0);
  SWAP_POINTERS (self->log, from->log);
  SWAP_POINTERS (self->records, from->records);
  SWAP_POINTERS (self->changes, from->changes);
  SWAP_POINTERS (self->psfs_activities, from->psfs_activities);
  SWAP_POINTERS (self->psfs_ratings, from->psfs_ratings);
  g_ptr_array_sort (self->records, compare_record_dates);
  g_ptr_array_sort (self->changes, compare_change_dates);
  _kc_plan_emit_changed (self);
}

/**
 * kc_plan_add_record:
 * @record: what a session did of one exercise; copied
 *
 * Appends @record to the plan's log of sessions.
 *
 * Returns: %FALSE, and nothing changes, if the log already holds
 *   KC_PLAN_MAX_RECORDS records
 */
gboolean
kc_plan_add_record (KcPlan                 *self,
                    const KcExerciseRecord *record)
{
  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (record != NULL && g_date_valid (&record->date), FALSE);

  if (self->records->len >= KC_PLAN_MAX_RECORDS)
    return FALSE;

  g_ptr_array_add (self->records, kc_exercise_record_copy (record));
  _kc_plan_emit_changed (self);
  return TRUE;
}

/**
 * kc_plan_get_records:
 *
 * Returns: (transfer none) (element-type KcExerciseRecord): the records of
 *   every session, oldest first
 */
GPtrArray *
kc_plan_get_records (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);

  return self->records;
}

/**
 * kc_plan_set_done:
 *
 * Ticks (or unticks) @exercise_id as done on @date.
 *
 * Returns: %FALSE if @date is a new day and the log is full
 */
gboolean
kc_plan_set_done (KcPlan     *self,
                  GDate      *date,
                  const char *exercise_id,
                  gboolean    done)
{
  KcPlanDayLog *log;
  gboolean changed;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  log = done ? ensure_log (self, date) : lookup_log (self, date);
  if (log == NULL)
    return !done;

  changed = done ? g_hash_table_add (log->done, g_strdup (exercise_id))
                 : g_hash_table_remove (log->done, exercise_id);
  if (changed)
    _kc_plan_emit_changed (self);
  return TRUE;
}

gboolean
kc_plan_get_done (KcPlan     *self,
                  GDate      *date,
                  const char *exercise_id)
{
  KcPlanDayLog *log;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);

  log = lookup_log (self, date);
  return log != NULL && g_hash_table_contains (log->done, exercise_id);
}

/**
 * kc_plan_set_pain:
 * @pain: 0–10, or -1 to clear
 *
 * Returns: %FALSE if @date is a new day and the log is full
 */
gboolean
kc_plan_set_pain (KcPlan *self,
                  GDate  *date,
                  int     pain)
{
  KcPlanDayLog *log;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (pain >= -1 && pain <= 10, FALSE);

  log = pain >= 0 ? ensure_log (self, date) : lookup_log (self, date);
  if (log == NULL)
    return pain < 0;
  if (log->pain == pain)
    return TRUE;

  log->pain = pain;
  _kc_plan_emit_changed (self);
  return TRUE;
}

/* Returns: 0–10, or -1 when not recorded */
int
kc_plan_get_pain (KcPlan *self,
                  GDate  *date)
{
  KcPlanDayLog *log;

  g_return_val_if_fail (KC_IS_PLAN (self), -1);

  log = lookup_log (self, date);
  return log ? log->pain : -1;
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/**
 * kc_plan_dup_log_dates:
 *
 * Returns: (transfer full): the dates with a record, sorted, as "YYYY-MM-DD"
 */
char **
kc_plan_dup_log_dates (KcPlan *self)
{
  g_autofree const char **keys = (const char **)g_hash_table_get_keys_as_array (self->log, NULL);
  char **dates = g_strdupv ((char **)keys);

  qsort (dates, g_strv_length (dates), sizeof (char *), compare_strings);
  return dates;
}

/* Monday (0) … Sunday (6) for @date. */
guint
kc_weekday_of (GDate *date)
{
  return (guint)g_date_get_weekday (date) - G_DATE_MONDAY;
}

/* The calendar day of @time, in @time's own time zone. */
GDate
kc_plan_date_of (GDateTime *time)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay)g_date_time_get_day_of_month (time),
                  (GDateMonth)g_date_time_get_month (time),
                  (GDateYear)g_date_time_get_year (time));
  return date;
}

/* Today here: the local calendar day a session or a tick belongs to. */
GDate
kc_plan_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return kc_plan_date_of (now);
}

/* The library's exercise for @item, if it is of @kind. */
static KcExercise *
lookup_of_kind (KcLibrary      *library,
                KcPlanItem     *item,
                KcExerciseKind  kind)
{
  KcExercise *exercise = kc_library_lookup_exercise (library, kc_plan_item_get_exercise_id (item));

  return exercise != NULL && kc_exercise_get_kind (exercise) == kind ? exercise : NULL;
}

/* The minutes planned on @day for exercises of @kind; %FALSE if none is. */
static gboolean
day_has_kind (KcPlan         *self,
              KcLibrary      *library,
              guint           day,
              KcExerciseKind  kind,
              guint          *minutes)
{
  GListModel *items = G_LIST_MODEL (self->days[day]);
  gboolean found = FALSE;

  *minutes = 0;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);

      if (lookup_of_kind (library, item, kind) != NULL)
        {
          *minutes += kc_plan_item_get_dose (item)->minutes;
          found = TRUE;
        }
    }

  return found;
}

/**
 * kc_plan_get_minutes_of_kind:
 *
 * Returns: the minutes a week planned for exercises of @kind (for
 *   aerobic activity, to set beside %KC_WEEKLY_AEROBIC_MINUTES)
 */
guint
kc_plan_get_minutes_of_kind (KcPlan         *self,
                             KcLibrary      *library,
                             KcExerciseKind  kind)
{
  guint minutes = 0;

  g_return_val_if_fail (KC_IS_PLAN (self), 0);
  g_return_val_if_fail (KC_IS_LIBRARY (library), 0);

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      guint on_day;

      day_has_kind (self, library, day, kind, &on_day);
      minutes += on_day;
    }

  return minutes;
}

/**
 * kc_plan_count_days_of_kind:
 *
 * Returns: on how many days of the week an exercise of @kind is planned
 *   (for strengthening, to set beside %KC_WEEKLY_STRENGTHENING_DAYS)
 */
guint
kc_plan_count_days_of_kind (KcPlan         *self,
                            KcLibrary      *library,
                            KcExerciseKind  kind)
{
  guint days = 0;

  g_return_val_if_fail (KC_IS_PLAN (self), 0);
  g_return_val_if_fail (KC_IS_LIBRARY (library), 0);

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      guint unused_minutes;

      days += day_has_kind (self, library, day, kind, &unused_minutes);
    }

  return days;
}

/**
 * kc_plan_get_week_figures:
 * @monday: the first day of the week
 * @done: (out): planned exercises ticked, or gone through in a session
 *   (kc_plan_add_record()), that week; each once, however it was noted
 * @planned: (out): exercises planned that week
 * @pain: (out): the mean pain score of the days recorded, or -1 if none
 */
void
kc_plan_get_week_figures (KcPlan *self,
                          GDate  *monday,
                          guint  *done,
                          guint  *planned,
                          double *pain)
{
  g_autoptr(GHashTable) recorded = NULL;
  guint n_pain = 0;
  double pain_sum = 0;

  g_return_if_fail (KC_IS_PLAN (self));
  g_return_if_fail (kc_weekday_of (monday) == 0);

  recorded = _kc_plan_week_dup_recorded (self, monday);

  *done = *planned = 0;
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GDate date = *monday;
      GListModel *items = G_LIST_MODEL (self->days[day]);
      KcPlanDayLog *log;

      g_date_add_days (&date, day);
      log = lookup_log (self, &date);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);

          const char *id = kc_plan_item_get_exercise_id (item);

          (*planned)++;
          if ((log != NULL && g_hash_table_contains (log->done, id)) ||
              _kc_plan_week_has_record (recorded, &date, id))
            (*done)++;
        }

      if (log != NULL && log->pain >= 0)
        {
          pain_sum += log->pain;
          n_pain++;
        }
    }

  *pain = n_pain > 0 ? pain_sum / n_pain : -1;
}

/**
 * kc_plan_set_settled:
 *
 * Answers "Did the pain settle by the next morning?" for @exercise_id's
 * records of @date.
 *
 * Returns: %TRUE if a record of @exercise_id on @date was there to answer
 */
gboolean
kc_plan_set_settled (KcPlan     *self,
                     GDate      *date,
                     const char *exercise_id,
                     KcSettled   settled)
{
  gboolean found = FALSE, changed = FALSE;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  for (guint i = 0; i < self->records->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (self->records, i);

      if (g_date_compare (&record->date, date) != 0 ||
          g_strcmp0 (record->exercise_id, exercise_id) != 0)
        continue;

      found = TRUE;
      changed |= record->settled != settled;
      record->settled = settled;
    }

  if (changed)
    _kc_plan_emit_changed (self);
  return found;
}

/* Amber or red: the rule asks whether it settled by the next morning. */
static gboolean
waits_for_settling (const KcExerciseRecord *record)
{
  KcPainBand band;

  return record->settled == KC_SETTLED_UNKNOWN && !record->skipped &&
         kc_exercise_record_get_band (record, &band) && band >= KC_PAIN_BAND_ACCEPTABLE;
}

/**
 * kc_plan_dup_unsettled:
 * @today: the day the question is asked on
 * @session_day: (out): the day of the records returned
 *
 * The records still waiting for "Did the pain settle by this morning?":
 * those of the last session day before @today that hurt (amber or red)
 * and are not answered.  Only the last session day is asked about: the
 * morning after an older one is long gone.
 *
 * Returns: (transfer full) (element-type KcExerciseRecord): copies, oldest
 *   first; empty if none waits
 */
GPtrArray *
kc_plan_dup_unsettled (KcPlan *self,
                       GDate  *today,
                       GDate  *session_day)
{
  GPtrArray *waiting = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_exercise_record_free);

  g_return_val_if_fail (KC_IS_PLAN (self), waiting);
  g_return_val_if_fail (today != NULL && g_date_valid (today), waiting);

  g_date_clear (session_day, 1);
  for (guint i = 0; i < self->records->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (self->records, i);

      if (g_date_compare (&record->date, today) < 0 &&
          (!g_date_valid (session_day) || g_date_compare (&record->date, session_day) > 0))
        *session_day = record->date;
    }

  for (guint i = 0; g_date_valid (session_day) && i < self->records->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (self->records, i);

      if (g_date_compare (&record->date, session_day) == 0 && waits_for_settling (record))
        g_ptr_array_add (waiting, kc_exercise_record_copy (record));
    }

  return waiting;
}
