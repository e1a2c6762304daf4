/* test-plan-progress.c: a plan's weeks in figures and in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Four weeks from Monday 2 November 2026, every figure worked out by hand
 * in the comments beside the plan that makes it.
 */
#include "config.h"

#include "kc-test-plan.h"
#include "plan/kc-plan-progress.h"
#include "plan/kc-plan-suggestions.h"

static void
add_record (KcPlan     *plan,
            int         offset,
            const char *exercise_id,
            int         pain,
            gboolean    spreading,
            gboolean    skipped)
{
  GDate date = kc_test_plan_day (offset);
  g_autoptr(KcExerciseRecord) record = kc_exercise_record_new (&date, exercise_id);

  record->pain = pain;
  record->spreading_down_leg = spreading;
  record->skipped = skipped;
  g_assert_true (kc_plan_add_record (plan, record));
}

static void
add_decision (KcPlan     *plan,
              int         evidence,
              int         decided,
              KcDecision  decision)
{
  g_autoptr(KcPlanChange) change = kc_plan_change_new (KC_CHANGE_LOWER_DOSE, KC_CHANGE_REASON_PAIN,
                                                       "bridge", &(KcDose) { 2, 10, 0, 0 });

  change->evidence = kc_test_plan_day (evidence);
  change->decided = kc_test_plan_day (decided);
  change->decision = decision;
  g_assert_true (kc_plan_add_change (plan, change));
}

static void
rate (KcPlan     *plan,
      const char *activity_id,
      int         offset,
      guint       score)
{
  GDate date = kc_test_plan_day (offset);

  g_assert_true (kc_plan_set_psfs_score (plan, &date, activity_id, score));
}

/* Bridges Monday, Wednesday and Friday, squats on Monday: 4 a week. */
static KcPlan *
logged_plan (void)
{
  KcPlan *plan = kc_plan_new ("progress", "Progress");
  GDate first = kc_test_plan_day (0);
  const KcPsfsActivity *stairs, *film;
  KcDose dose = { 2, 10, 0, 0 };

  for (guint day = 0; day <= 4; day += 2)
    kc_plan_add_item (plan, day, "bridge", &dose);
  kc_plan_add_item (plan, 0, "squat", &dose);

  /* Week of 2 Nov: 3 of 4 done; pain 2, 4, 3: median 3, worst 4; green 2, amber 1. */
  add_record (plan, 0, "bridge", 2, FALSE, FALSE);
  add_record (plan, 0, "squat", 4, FALSE, FALSE);
  add_record (plan, 2, "bridge", 3, FALSE, FALSE);
  /* Week of 9 Nov: 2 of 4; pain 6 and down the leg (10): median 8, worst 10; red 2. */
  add_record (plan, 7, "bridge", 6, FALSE, FALSE);
  add_record (plan, 11, "bridge", 2, TRUE, FALSE);
  /* Week of 16 Nov: nothing.  Week of 23 Nov: Monday's bridge skipped, the
   * squat done unrated: 3 of 4; pain 1 and 0: median 0.5, worst 1; green 2. */
  add_record (plan, 21, "bridge", KC_EXERCISE_RECORD_NO_PAIN, FALSE, TRUE);
  add_record (plan, 21, "squat", KC_EXERCISE_RECORD_NO_PAIN, FALSE, FALSE);
  add_record (plan, 23, "bridge", 1, FALSE, FALSE);
  add_record (plan, 25, "bridge", 0, FALSE, FALSE);

  /* Suggested from 9 Nov, accepted 10 Nov; from 20 Nov, dismissed 24 Nov. */
  add_decision (plan, 7, 8, KC_DECISION_ACCEPTED);
  add_decision (plan, 18, 22, KC_DECISION_DISMISSED);

  /* Stairs 3, then 4 (9 Nov), then 5 and 6 in the week of 23 Nov: the
   * week's last counts, 3 → 6.  Film 5 → 6.  Average 4 → 4 → 6. */
  stairs = kc_plan_add_psfs_activity (plan, "Climbing stairs", &first);
  film = kc_plan_add_psfs_activity (plan, "Sitting through a film", &first);
  rate (plan, stairs->id, 0, 3);
  rate (plan, film->id, 0, 5);
  rate (plan, stairs->id, 8, 4);
  rate (plan, stairs->id, 22, 5);
  rate (plan, stairs->id, 24, 6);
  rate (plan, film->id, 22, 6);
  return plan;
}

static void
test_weeks (void)
{
  g_autoptr(KcPlan) plan = logged_plan ();
  GDate wednesday = kc_test_plan_day (2);
  g_autoptr(KcPlanProgress) progress = kc_plan_progress_new (plan, &wednesday, 4);
  static const guint done[] = { 3, 2, 0, 3 };
  static const double median[] = { 3, 8, KC_PROGRESS_NONE, 0.5 };
  static const int worst[] = { 4, 10, -1, 1 };
  static const guint bands[][KC_N_PAIN_BANDS] = { { 2, 1, 0 }, { 0, 0, 2 }, { 0 }, { 2, 0, 0 } };
  static const double stairs[] = { 3, 4, KC_PROGRESS_NONE, 6 };
  static const double film[] = { 5, KC_PROGRESS_NONE, KC_PROGRESS_NONE, 6 };
  static const double average[] = { 4, 4, KC_PROGRESS_NONE, 6 };
  static const guint suggested[] = { 0, 1, 1, 0 }, accepted[] = { 0, 1, 0, 0 },
                     dismissed[] = { 0, 0, 0, 1 };
  guint total_done, total_planned, total_bands[KC_N_PAIN_BANDS];

  g_assert_false (kc_plan_progress_is_empty (progress));
  g_assert_cmpuint (kc_plan_progress_get_n_weeks (progress), ==, 4);
  g_assert_cmpuint (kc_plan_progress_get_n_activities (progress), ==, 2);
  g_assert_cmpstr (kc_plan_progress_get_activity (progress, 1)->name, ==, "Sitting through a film");

  for (guint i = 0; i < 4; i++)
    {
      const KcProgressWeek *week = kc_plan_progress_get_week (progress, i);
      GDate monday = kc_test_plan_day ((int)i * 7);

      g_assert_cmpint (g_date_compare (&week->monday, &monday), ==, 0);
      g_assert_cmpuint (week->planned, ==, 4);
      g_assert_cmpuint (week->done, ==, done[i]);
      g_assert_cmpfloat (kc_plan_progress_get_value (progress, KC_PROGRESS_ADHERENCE, 0, i), ==,
                         done[i] / 4.0);
      g_assert_cmpfloat (week->median, ==, median[i]);
      g_assert_cmpint (week->worst, ==, worst[i]);
      for (guint b = 0; b < KC_N_PAIN_BANDS; b++)
        g_assert_cmpuint (week->bands[b], ==, bands[i][b]);
      g_assert_cmpfloat (kc_plan_progress_get_value (progress, KC_PROGRESS_PSFS_ACTIVITY, 0, i),
                         ==, stairs[i]);
      g_assert_cmpfloat (kc_plan_progress_get_value (progress, KC_PROGRESS_PSFS_ACTIVITY, 1, i),
                         ==, film[i]);
      g_assert_cmpfloat (kc_plan_progress_get_value (progress, KC_PROGRESS_PSFS_AVERAGE, 0, i),
                         ==, average[i]);
      g_assert_cmpuint (week->suggested, ==, suggested[i]);
      g_assert_cmpuint (week->accepted, ==, accepted[i]);
      g_assert_cmpuint (week->dismissed, ==, dismissed[i]);
    }

  kc_plan_progress_get_totals (progress, &total_done, &total_planned, total_bands);
  g_assert_cmpuint (total_done, ==, 8);
  g_assert_cmpuint (total_planned, ==, 16);
  g_assert_cmpuint (total_bands[KC_PAIN_BAND_FINE], ==, 4);
  g_assert_cmpuint (total_bands[KC_PAIN_BAND_ACCEPTABLE], ==, 1);
  g_assert_cmpuint (total_bands[KC_PAIN_BAND_STOP], ==, 2);
}

static void
test_trends (void)
{
  g_autoptr(KcPlan) plan = logged_plan ();
  GDate last_week = kc_test_plan_day (21);
  /* One week shown: the trends still run from the first score. */
  g_autoptr(KcPlanProgress) progress = kc_plan_progress_new (plan, &last_week, 1);
  const KcPsfsTrend *stairs = kc_plan_progress_get_trend (progress, KC_PROGRESS_PSFS_ACTIVITY, 0);
  const KcPsfsTrend *film = kc_plan_progress_get_trend (progress, KC_PROGRESS_PSFS_ACTIVITY, 1);
  const KcPsfsTrend *average = kc_plan_progress_get_trend (progress, KC_PROGRESS_PSFS_AVERAGE, 0);
  GDate first = kc_test_plan_day (0);

  g_assert_cmpfloat (stairs->first, ==, 3);
  g_assert_cmpfloat (stairs->latest, ==, 6);
  g_assert_cmpint (g_date_compare (&stairs->first_week, &first), ==, 0);
  g_assert_cmpint (g_date_compare (&stairs->latest_week, &last_week), ==, 0);
  g_assert_true (kc_plan_progress_trend_matters (stairs, KC_PROGRESS_PSFS_ACTIVITY));
  g_assert_cmpfloat (film->first, ==, 5);
  g_assert_cmpfloat (film->latest, ==, 6);
  g_assert_false (kc_plan_progress_trend_matters (film, KC_PROGRESS_PSFS_ACTIVITY));
  /* 4 → 6 is 2 points: enough on the average, not on one activity. */
  g_assert_cmpfloat (average->first, ==, 4);
  g_assert_cmpfloat (average->latest, ==, 6);
  g_assert_true (kc_plan_progress_trend_matters (average, KC_PROGRESS_PSFS_AVERAGE));
  g_assert_false (kc_plan_progress_trend_matters (average, KC_PROGRESS_PSFS_ACTIVITY));
}

static void
assert_description (KcPlanProgress   *progress,
                    KcProgressSeries  series,
                    guint             activity,
                    const char       *expected)
{
  g_autofree char *text = kc_plan_progress_dup_description (progress, series, activity);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_words (void)
{
  g_autoptr(KcPlan) plan = logged_plan ();
  GDate monday = kc_test_plan_day (0);
  g_autoptr(KcPlanProgress) progress = kc_plan_progress_new (plan, &monday, 4);
  g_autofree char *decisions = kc_plan_progress_dup_decisions (progress);
  g_autofree char *title = kc_plan_progress_dup_title (progress, KC_PROGRESS_PSFS_ACTIVITY, 0);

  g_assert_cmpstr (title, ==, "Climbing stairs");
  assert_description (progress, KC_PROGRESS_ADHERENCE, 0,
                      "Adherence: 3 of 4 planned exercises done in the week of 23 Nov; "
                      "8 of 16 over 4 weeks.");
  assert_description (progress, KC_PROGRESS_PAIN, 0,
                      "Pain during exercise in the week of 23 Nov: median 0.5, worst 1. "
                      "Over 4 weeks, ratings: 4 green, 1 amber, 2 red.");
  assert_description (progress, KC_PROGRESS_PSFS_ACTIVITY, 0,
                      "Climbing stairs: 3 → 6 in 3 weeks, a change that matters.");
  assert_description (progress, KC_PROGRESS_PSFS_ACTIVITY, 1,
                      "Sitting through a film: 5 → 6 in 3 weeks, less than the 3 points that "
                      "matter.");
  assert_description (progress, KC_PROGRESS_PSFS_AVERAGE, 0,
                      "Functional Scale average: 4 → 6 in 3 weeks, a change that matters.");
  g_assert_cmpstr (decisions, ==, "Suggestions decided: week of 9 Nov: 1 accepted, 0 dismissed; "
                                  "week of 23 Nov: 0 accepted, 1 dismissed.");
}

static void
test_to_date (void)
{
  g_autoptr(KcPlan) plan = logged_plan ();
  g_autoptr(KcPlan) empty = kc_plan_new ("empty", "Empty");
  GDate today = kc_test_plan_day (24), later = kc_test_plan_day (7 * 8 + 3);
  GDate much_later = kc_test_plan_day (7 * 40);
  g_autoptr(KcPlanProgress) now = kc_plan_progress_new_to_date (plan, &today);
  g_autoptr(KcPlanProgress) then = kc_plan_progress_new_to_date (plan, &later);
  g_autoptr(KcPlanProgress) capped = kc_plan_progress_new_to_date (plan, &much_later);
  g_autoptr(KcPlanProgress) nothing = kc_plan_progress_new_to_date (empty, &today);
  g_autofree char *adherence = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *psfs = NULL;
  GDate first = kc_test_plan_day (0);

  /* From the first session's week to today's. */
  g_assert_cmpuint (kc_plan_progress_get_n_weeks (now), ==, 4);
  g_assert_cmpint (g_date_compare (&kc_plan_progress_get_week (now, 0)->monday, &first), ==, 0);
  g_assert_cmpuint (kc_plan_progress_get_n_weeks (then), ==, 9);
  g_assert_cmpuint (kc_plan_progress_get_n_weeks (capped), ==, KC_PROGRESS_MAX_WEEKS);
  g_assert_false (kc_plan_progress_is_empty (now));
  /* The latest 26 weeks hold nothing of November. */
  g_assert_true (kc_plan_progress_is_empty (capped));

  g_assert_cmpuint (kc_plan_progress_get_n_weeks (nothing), ==, KC_PROGRESS_MIN_WEEKS);
  g_assert_true (kc_plan_progress_is_empty (nothing));
  g_assert_cmpuint (kc_plan_progress_get_n_activities (nothing), ==, 0);
  adherence = kc_plan_progress_dup_description (nothing, KC_PROGRESS_ADHERENCE, 0);
  pain = kc_plan_progress_dup_description (nothing, KC_PROGRESS_PAIN, 0);
  psfs = kc_plan_progress_dup_description (nothing, KC_PROGRESS_PSFS_AVERAGE, 0);
  g_assert_cmpstr (adherence, ==, "Adherence: no exercises planned in these weeks.");
  g_assert_cmpstr (pain, ==, "Pain during exercise: not rated in these weeks.");
  g_assert_cmpstr (psfs, ==, "Functional Scale average: not rated yet.");
}

/* A suggestion the log makes now, not decided yet, is marked in the week
 * of the sessions it rests on; once decided, it is a decision there. */
static void
test_waiting (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("waiting", "Waiting");
  GDate today = kc_test_plan_day (24);
  g_autoptr(KcPlanProgress) before = NULL;
  g_autoptr(KcPlanProgress) after = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autofree char *waiting = NULL, *decided = NULL;
  KcDose dose = { 2, 10, 0, 0 };

  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 2, "bridge", &dose);
  /* Two days of the week of 23 Nov that hurt: one suggestion, from 25 Nov. */
  add_record (plan, 21, "bridge", 7, FALSE, FALSE);
  add_record (plan, 23, "bridge", 8, FALSE, FALSE);

  before = kc_plan_progress_new_to_date (plan, &today);
  kc_plan_progress_count_waiting (before, plan, NULL, &today);
  g_assert_cmpuint (kc_plan_progress_get_week (before, 3)->waiting, ==, 1);
  g_assert_cmpuint (kc_plan_progress_get_week (before, 3)->suggested, ==, 1);
  g_assert_cmpuint (kc_plan_progress_get_week (before, 2)->waiting, ==, 0);
  waiting = kc_plan_progress_dup_decisions (before);
  g_assert_cmpstr (waiting, ==, "Waiting for a decision: 1 (week of 23 Nov).");

  suggestions = kc_plan_dup_suggestions (plan, NULL, &today);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_true (kc_plan_decide (plan, g_ptr_array_index (suggestions, 0), KC_DECISION_ACCEPTED,
                                 &today));
  after = kc_plan_progress_new_to_date (plan, &today);
  kc_plan_progress_count_waiting (after, plan, NULL, &today);
  g_assert_cmpuint (kc_plan_progress_get_week (after, 3)->waiting, ==, 0);
  g_assert_cmpuint (kc_plan_progress_get_week (after, 3)->accepted, ==, 1);
  decided = kc_plan_progress_dup_decisions (after);
  g_assert_cmpstr (decided, ==, "Suggestions decided: week of 23 Nov: 1 accepted, 0 dismissed.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-progress/weeks", test_weeks);
  g_test_add_func ("/plan-progress/trends", test_trends);
  g_test_add_func ("/plan-progress/words", test_words);
  g_test_add_func ("/plan-progress/to-date", test_to_date);
  g_test_add_func ("/plan-progress/waiting", test_waiting);

  return g_test_run ();
}
