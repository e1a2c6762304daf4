/* kc-plan-progress.c: a plan's weeks in figures, for the progress view and report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Between visits the question is: did the patient do the plan, did it
 * hurt, can they do more of what they could not?  Week by week: the share
 * of planned exercises done, the pain rated during exercise (median,
 * worst and how many ratings fell in each band of the traffic light), the
 * Functional Scale's scores, and the suggestions made and decided.
 * Computed once here, read by the charts, their descriptions and the
 * printed report alike.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <string.h>

#include "kc-plan-progress.h"
#include "kc-plan-suggestions.h"

struct _KcPlanProgress
{
  guint n_weeks;
  KcProgressWeek *weeks;                              /* oldest first */
  GPtrArray *activities;                              /* (element-type KcPsfsActivity) */
  KcPsfsTrend trends[KC_PSFS_MAX_ACTIVITIES + 1];     /* by activity, then the average */
};

static GDate
monday_of (const GDate *date)
{
  GDate monday = *date;

  g_date_subtract_days (&monday, kc_weekday_of (&monday));
  return monday;
}

static gboolean
in_week (const GDate *date,
         const GDate *monday)
{
  int days;

  if (!g_date_valid (date))
    return FALSE;
  days = g_date_days_between (monday, date);
  return days >= 0 && days < 7;
}

static void
count_bands (KcPlan         *plan,
             KcProgressWeek *week)
{
  GPtrArray *records = kc_plan_get_records (plan);

  for (guint i = 0; i < records->len; i++)
    {
      const KcExerciseRecord *record = g_ptr_array_index (records, i);
      KcPainBand band;

      if (in_week (&record->date, &week->monday) && kc_exercise_record_get_band (record, &band))
        week->bands[band]++;
    }
}

static void
count_changes (KcPlan         *plan,
               KcProgressWeek *week)
{
  GPtrArray *changes = kc_plan_get_changes (plan);

  for (guint i = 0; i < changes->len; i++)
    {
      const KcPlanChange *change = g_ptr_array_index (changes, i);

      week->suggested += in_week (&change->evidence, &week->monday);
      if (in_week (&change->decided, &week->monday))
        {
          week->accepted += change->decision == KC_DECISION_ACCEPTED;
          week->dismissed += change->decision == KC_DECISION_DISMISSED;
        }
    }
}

static void
fill_week (KcPlanProgress *self,
           KcPlan         *plan,
           KcProgressWeek *week)
{
  double mean_pain;

  kc_plan_get_week_figures (plan, &week->monday, &week->done, &week->planned, &mean_pain);
  kc_plan_get_week_pain (plan, &week->monday, &week->median, &week->worst);
  count_bands (plan, week);
  count_changes (plan, week);

  for (guint i = 0; i < KC_PSFS_MAX_ACTIVITIES; i++)
    {
      const KcPsfsActivity *activity = i < self->activities->len
                                       ? g_ptr_array_index (self->activities, i) : NULL;

      week->psfs[i] = KC_PROGRESS_NONE;
      if (activity != NULL)
        kc_plan_get_psfs_week (plan, &week->monday, activity->id, &week->psfs[i]);
    }
  week->psfs_average = KC_PROGRESS_NONE;
  kc_plan_get_psfs_week (plan, &week->monday, NULL, &week->psfs_average);
}

/* The first and latest score over every week rated, not only those shown:
 * the change since the scale was first used. */
static void
fill_trend (KcPsfsTrend *trend,
            KcPlan      *plan,
            const char  *activity_id)
{
  GDate first, latest;

  trend->first = trend->latest = KC_PROGRESS_NONE;
  g_date_clear (&trend->first_week, 1);
  g_date_clear (&trend->latest_week, 1);
  if (!kc_plan_get_psfs_span (plan, &first, &latest))
    return;

  for (GDate monday = first; g_date_compare (&monday, &latest) <= 0; g_date_add_days (&monday, 7))
    {
      double value;

      if (!kc_plan_get_psfs_week (plan, &monday, activity_id, &value))
        continue;
      if (trend->first < 0)
        {
          trend->first = value;
          trend->first_week = monday;
        }
      trend->latest = value;
      trend->latest_week = monday;
    }
}

/**
 * kc_plan_progress_new:
 * @first_monday: any day of the first week; weeks run Monday to Sunday
 * @n_weeks: how many weeks, at most KC_PROGRESS_MAX_WEEKS
 *
 * Returns: (transfer full): @plan's figures as they are now
 */
KcPlanProgress *
kc_plan_progress_new (KcPlan      *plan,
                      const GDate *first_monday,
                      guint        n_weeks)
{
  KcPlanProgress *self;
  GPtrArray *activities;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (first_monday != NULL && g_date_valid (first_monday), NULL);
  g_return_val_if_fail (n_weeks > 0 && n_weeks <= KC_PROGRESS_MAX_WEEKS, NULL);

  self = g_rc_box_new0 (KcPlanProgress);
  self->n_weeks = n_weeks;
  self->weeks = g_new0 (KcProgressWeek, n_weeks);
  self->activities = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_psfs_activity_free);

  activities = kc_plan_get_psfs_activities (plan);
  for (guint i = 0; i < activities->len && i < KC_PSFS_MAX_ACTIVITIES; i++)
    {
      KcPsfsActivity *activity = g_ptr_array_index (activities, i);

      g_ptr_array_add (self->activities, kc_psfs_activity_copy (activity));
      fill_trend (&self->trends[i], plan, activity->id);
    }
  fill_trend (&self->trends[KC_PSFS_MAX_ACTIVITIES], plan, NULL);

  for (guint i = 0; i < n_weeks; i++)
    {
      self->weeks[i].monday = monday_of (first_monday);
      g_date_add_days (&self->weeks[i].monday, 7 * i);
      fill_week (self, plan, &self->weeks[i]);
    }

  return self;
}

static void
keep_earliest (GDate       *earliest,
               const GDate *date)
{
  if (g_date_valid (date) && g_date_compare (date, earliest) < 0)
    *earliest = *date;
}

/**
 * kc_plan_progress_new_to_date:
 * @today: the last week shown is the week of @today
 *
 * Returns: (transfer full): the weeks since anything was first noted in
 *   @plan — a session, a score, a decision — up to this one; at least
 *   KC_PROGRESS_MIN_WEEKS, at most the latest KC_PROGRESS_MAX_WEEKS
 */
KcPlanProgress *
kc_plan_progress_new_to_date (KcPlan      *plan,
                              const GDate *today)
{
  GPtrArray *records, *changes;
  GDate earliest, last, first_rated, latest_rated, first, earliest_monday;
  guint n_weeks;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  last = earliest = monday_of (today);
  records = kc_plan_get_records (plan);
  changes = kc_plan_get_changes (plan);
  for (guint i = 0; i < records->len; i++)
    keep_earliest (&earliest, &((KcExerciseRecord *)g_ptr_array_index (records, i))->date);
  for (guint i = 0; i < changes->len; i++)
    keep_earliest (&earliest, &((KcPlanChange *)g_ptr_array_index (changes, i))->decided);
  if (kc_plan_get_psfs_span (plan, &first_rated, &latest_rated))
    keep_earliest (&earliest, &first_rated);

  earliest_monday = monday_of (&earliest);
  n_weeks = (guint)g_date_days_between (&earliest_monday, &last) / 7 + 1;
  n_weeks = CLAMP (n_weeks, KC_PROGRESS_MIN_WEEKS, KC_PROGRESS_MAX_WEEKS);
  first = last;
  g_date_subtract_days (&first, 7 * (n_weeks - 1));
  return kc_plan_progress_new (plan, &first, n_weeks);
}

/**
 * kc_plan_progress_count_waiting:
 * @library: (nullable): where the easier and harder versions are found
 * @today: the day the suggestions are made on
 *
 * Counts the suggestions the log makes on @today (kc-plan-suggestions.c)
 * in the week of the sessions each rests on.  Only decisions are kept in
 * the plan; a suggestion not decided yet is made afresh from the log, so
 * the weeks show every suggestion made: accepted, dismissed or waiting.
 */
void
kc_plan_progress_count_waiting (KcPlanProgress *self,
                                KcPlan         *plan,
                                KcLibrary      *library,
                                const GDate    *today)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  GDate day;

  g_return_if_fail (self != NULL);
  g_return_if_fail (KC_IS_PLAN (plan));
  g_return_if_fail (today != NULL && g_date_valid (today));

  day = *today;
  suggestions = kc_plan_dup_suggestions (plan, library, &day);
  for (guint i = 0; i < suggestions->len; i++)
    {
      const KcPlanChange *suggestion = g_ptr_array_index (suggestions, i);

      for (guint w = 0; w < self->n_weeks; w++)
        {
          if (in_week (&suggestion->evidence, &self->weeks[w].monday))
            {
              self->weeks[w].waiting++;
              self->weeks[w].suggested++;
            }
        }
    }
}

G_DEFINE_BOXED_TYPE (KcPlanProgress, kc_plan_progress, kc_plan_progress_ref,
                     kc_plan_progress_unref)

KcPlanProgress *
kc_plan_progress_ref (KcPlanProgress *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_rc_box_acquire (self);
}

static void
progress_clear (KcPlanProgress *self)
{
  g_clear_pointer (&self->weeks, g_free);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
}

void
kc_plan_progress_unref (KcPlanProgress *self)
{
  g_return_if_fail (self != NULL);
  g_rc_box_release_full (self, (GDestroyNotify)progress_clear);
}

/* Returns: whether no week holds anything done, rated or decided */
gboolean
kc_plan_progress_is_empty (KcPlanProgress *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  for (guint i = 0; i < self->n_weeks; i++)
    {
      const KcProgressWeek *week = &self->weeks[i];

      if (week->done > 0 || week->median >= 0 || week->psfs_average >= 0 ||
          week->accepted + week->dismissed > 0)
        return FALSE;
    }
  return TRUE;
}

guint
kc_plan_progress_get_n_weeks (KcPlanProgress *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_weeks;
}

const KcProgressWeek *
kc_plan_progress_get_week (KcPlanProgress *self,
                           guint           week)
{
  g_return_val_if_fail (self != NULL && week < self->n_weeks, NULL);
  return &self->weeks[week];
}

guint
kc_plan_progress_get_n_activities (KcPlanProgress *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->activities->len;
}

const KcPsfsActivity *
kc_plan_progress_get_activity (KcPlanProgress *self,
                               guint           activity)
{
  g_return_val_if_fail (self != NULL && activity < self->activities->len, NULL);
  return g_ptr_array_index (self->activities, activity);
}

/**
 * kc_plan_progress_get_value:
 * @activity: for KC_PROGRESS_PSFS_ACTIVITY, which one
 *
 * Returns: the week's one figure of @series: adherence as a share (0–1,
 *   KC_PROGRESS_NONE when nothing was planned), the median pain, or the
 *   score; KC_PROGRESS_NONE where there is none
 */
double
kc_plan_progress_get_value (KcPlanProgress   *self,
                            KcProgressSeries  series,
                            guint             activity,
                            guint             week)
{
  const KcProgressWeek *figures;

  g_return_val_if_fail (self != NULL && week < self->n_weeks, KC_PROGRESS_NONE);

  figures = &self->weeks[week];
  switch (series)
    {
    case KC_PROGRESS_ADHERENCE:
      return figures->planned > 0 ? (double)figures->done / figures->planned : KC_PROGRESS_NONE;
    case KC_PROGRESS_PAIN:
      return figures->median;
    case KC_PROGRESS_PSFS_AVERAGE:
      return figures->psfs_average;
    case KC_PROGRESS_PSFS_ACTIVITY:
      return activity < KC_PSFS_MAX_ACTIVITIES ? figures->psfs[activity] : KC_PROGRESS_NONE;
    default:
      g_return_val_if_reached (KC_PROGRESS_NONE);
    }
}

/**
 * kc_plan_progress_get_trend:
 * @series: KC_PROGRESS_PSFS_AVERAGE or KC_PROGRESS_PSFS_ACTIVITY
 *
 * Returns: (transfer none): the first and latest score
 */
const KcPsfsTrend *
kc_plan_progress_get_trend (KcPlanProgress   *self,
                            KcProgressSeries  series,
                            guint             activity)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (series == KC_PROGRESS_PSFS_AVERAGE ||
                        (series == KC_PROGRESS_PSFS_ACTIVITY && activity < self->activities->len),
                        NULL);

  return &self->trends[series == KC_PROGRESS_PSFS_AVERAGE ? KC_PSFS_MAX_ACTIVITIES : activity];
}

/* Returns: whether @trend spans two weeks or more and changed by as much
 * as matters, either way */
gboolean
kc_plan_progress_trend_matters (const KcPsfsTrend *trend,
                                KcProgressSeries   series)
{
  g_return_val_if_fail (trend != NULL, FALSE);

  return trend->first >= 0 && g_date_compare (&trend->first_week, &trend->latest_week) < 0 &&
         kc_psfs_change_matters (trend->first, trend->latest, series == KC_PROGRESS_PSFS_AVERAGE);
}

/**
 * kc_plan_progress_get_totals:
 * @bands: (out) (array fixed-size=3) (nullable): ratings in each band
 *
 * Sums over every week shown.
 */
void
kc_plan_progress_get_totals (KcPlanProgress *self,
                             guint          *done,
                             guint          *planned,
                             guint           bands[KC_N_PAIN_BANDS])
{
  g_return_if_fail (self != NULL);

  *done = *planned = 0;
  if (bands != NULL)
    memset (bands, 0, sizeof (guint) * KC_N_PAIN_BANDS);
  for (guint i = 0; i < self->n_weeks; i++)
    {
      *done += self->weeks[i].done;
      *planned += self->weeks[i].planned;
      for (guint b = 0; bands != NULL && b < KC_N_PAIN_BANDS; b++)
        bands[b] += self->weeks[i].bands[b];
    }
}
