/* test-session.c: a guided session, driven by a made-up clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kc-test-library.h"
#include "plan/kc-session.h"

#define S ((gint64)G_USEC_PER_SEC)
#define T0 ((gint64)1000 * S)   /* any monotonic time: the runner reads none itself */

/* Bridge's steps and a 2 × 3 dose at the figure's tempo: 5.5 s a rep. */
#define REP_US ((gint64)5500 * 1000)

static KcLibrary *library;

static GDate
a_monday (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 7, G_DATE_DECEMBER, 2026);
  g_assert_cmpuint (kc_weekday_of (&date), ==, 0);
  return date;
}

/* Monday: bridge 2 × 3 reps, plank 2 × a 10 s hold, clamshell 1 × 2 reps. */
static KcPlan *
new_plan (void)
{
  KcDose bridge = { 2, 3, 0, 0 };
  KcDose plank = { 2, 0, 10, 0 };
  KcDose clamshell = { 1, 2, 0, 0 };
  KcPlan *plan = kc_plan_new (NULL, "Session");

  kc_plan_add_item (plan, 0, "bridge", &bridge);
  kc_plan_add_item (plan, 0, "plank", &plank);
  kc_plan_add_item (plan, 0, "clamshell", &clamshell);
  return plan;
}

static KcSession *
new_session (KcPlan *plan)
{
  GDate date = a_monday ();

  return kc_session_new (plan, library, &date);
}

static gint64
intro_us (KcSession *session)
{
  const char * const *steps = kc_exercise_get_steps (kc_session_get_exercise (session));

  return (gint64)g_strv_length ((char **)steps) * KC_SESSION_INTRO_STEP_S * S;
}

static void
test_counts_and_rest (void)
{
  g_autoptr(KcPlan) plan = new_plan ();
  g_autoptr(KcSession) session = new_session (plan);
  gint64 t = T0;

  kc_session_start (session, t);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_INTRO);
  g_assert_cmpstr (kc_session_get_exercise_id (session), ==, "bridge");
  g_assert_cmpstr (kc_session_get_step (session), ==,
                   kc_exercise_get_steps (kc_session_get_exercise (session))[0]);
  g_assert_cmpstr (kc_session_get_next_name (session), ==, "Plank");

  /* The intro reads each step in turn. */
  kc_session_advance_to (session, t + KC_SESSION_INTRO_STEP_S * S);
  g_assert_cmpstr (kc_session_get_step (session), ==,
                   kc_exercise_get_steps (kc_session_get_exercise (session))[1]);

  t += intro_us (session);
  kc_session_advance_to (session, t);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_REPS);
  g_assert_cmpuint (kc_session_get_set (session), ==, 1);
  g_assert_cmpuint (kc_session_get_n_sets (session), ==, 2);
  g_assert_cmpuint (kc_session_get_rep (session), ==, 1);
  g_assert_cmpuint (kc_session_get_n_reps (session), ==, 3);

  kc_session_advance_to (session, t + REP_US - 1);
  g_assert_cmpuint (kc_session_get_rep (session), ==, 1);
  kc_session_advance_to (session, t + REP_US);
  g_assert_cmpuint (kc_session_get_rep (session), ==, 2);
  kc_session_advance_to (session, t + 2 * REP_US + S);
  g_assert_cmpuint (kc_session_get_rep (session), ==, 3);

  /* The set ends: a minute's rest, counting down. */
  t += 3 * REP_US;
  kc_session_advance_to (session, t);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_REST);
  g_assert_cmpuint (kc_session_get_seconds_left (session), ==, KC_SESSION_REST_S);
  g_assert_cmpuint (kc_session_get_record (session)->sets_done, ==, 1);
  g_assert_cmpuint (kc_session_get_record (session)->reps_done, ==, 3);
  kc_session_advance_to (session, t + 20 * S + S / 2);
  g_assert_cmpuint (kc_session_get_seconds_left (session), ==, KC_SESSION_REST_S - 20);
  g_assert_cmpfloat_with_epsilon (kc_session_get_phase_fraction (session), 20.5 / 60, 1e-9);

  t += KC_SESSION_REST_S * S;
  kc_session_advance_to (session, t);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_REPS);
  g_assert_cmpuint (kc_session_get_set (session), ==, 2);
  g_assert_cmpuint (kc_session_get_rep (session), ==, 1);

  /* The last set ends in the rating, which waits however long it takes. */
  kc_session_advance_to (session, t + 3 * REP_US + 3600 * S);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_RATING);
  g_assert_cmpuint (kc_session_get_record (session)->sets_done, ==, 2);
  g_assert_cmpuint (kc_session_get_record (session)->reps_done, ==, 6);
  g_assert_cmpuint (kc_plan_get_records (plan)->len, ==, 0);
}

/* Goes on to plank's first hold. */
static gint64
reach_plank_hold (KcSession *session,
                  KcPlan    *plan)
{
  gint64 t = T0;

  kc_session_start (session, t);
  kc_session_skip (session);
  g_assert_cmpstr (kc_session_get_exercise_id (session), ==, "plank");
  t += intro_us (session);
  kc_session_advance_to (session, t);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_HOLD);
  return t;
}

/* A view wakes only when the session says something may change: at each
 * whole second of the phase, at each rep, at the phase's end; never while
 * paused or waiting for a rating.  Woken only then, it misses no second. */
static void
test_next_change (void)
{
  g_autoptr(KcPlan) plan = new_plan ();
  g_autoptr(KcSession) session = new_session (plan);
  gint64 t = T0;
  guint wakes = 0;

  g_assert_cmpint (kc_session_get_next_change (session), ==, G_MAXINT64);
  kc_session_start (session, t);
  g_assert_cmpint (kc_session_get_next_change (session), ==, t + S);
  kc_session_advance_to (session, t + 2 * S + S / 3);
  g_assert_cmpint (kc_session_get_next_change (session), ==, t + 3 * S);

  /* Reps of 5.5 s: the rep, when it comes before the next second. */
  t += intro_us (session);
  kc_session_advance_to (session, t);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_REPS);
  g_assert_cmpint (kc_session_get_next_change (session), ==, t + S);
  kc_session_advance_to (session, t + 5 * S + S / 5);
  g_assert_cmpint (kc_session_get_next_change (session), ==, t + REP_US);
  kc_session_advance_to (session, t + 3 * REP_US - S / 5);
  g_assert_cmpint (kc_session_get_next_change (session), ==, t + 3 * REP_US);

  kc_session_pause (session);
  g_assert_cmpint (kc_session_get_next_change (session), ==, G_MAXINT64);
  kc_session_advance_to (session, t + 3 * REP_US + 60 * S);
  kc_session_resume (session);
  g_assert_cmpint (kc_session_get_next_change (session), ==, t + 3 * REP_US + 60 * S + S / 5);

  /* A rest woken only when told: each second shown, and the rest's end. */
  kc_session_advance_to (session, kc_session_get_next_change (session));
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_REST);
  while (kc_session_get_phase (session) == KC_SESSION_PHASE_REST)
    {
      guint left = kc_session_get_seconds_left (session);

      kc_session_advance_to (session, kc_session_get_next_change (session));
      if (kc_session_get_phase (session) == KC_SESSION_PHASE_REST)
        g_assert_cmpuint (kc_session_get_seconds_left (session), ==, left - 1);
      wakes++;
    }
  g_assert_cmpuint (wakes, ==, KC_SESSION_REST_S);

  kc_session_skip (session);
  kc_session_skip (session);
  kc_session_skip (session);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_DONE);
  g_assert_cmpint (kc_session_get_next_change (session), ==, G_MAXINT64);
}

static void
test_pause_freezes_countdown (void)
{
  g_autoptr(KcPlan) plan = new_plan ();
  g_autoptr(KcSession) session = new_session (plan);
  gint64 t = reach_plank_hold (session, plan);

  g_assert_cmpuint (kc_session_get_seconds_left (session), ==, 10);
  g_assert_cmpuint (kc_session_get_phase_seconds (session), ==, 10);
  kc_session_advance_to (session, t + 3 * S);
  g_assert_cmpuint (kc_session_get_seconds_left (session), ==, 7);

  kc_session_pause (session);
  g_assert_true (kc_session_is_paused (session));
  kc_session_advance_to (session, t + 300 * S);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_HOLD);
  g_assert_cmpuint (kc_session_get_seconds_left (session), ==, 7);

  /* Resumed, it goes on from 7 and keeps to the clock from there. */
  kc_session_resume (session);
  g_assert_false (kc_session_is_paused (session));
  g_assert_cmpuint (kc_session_get_seconds_left (session), ==, 7);
  kc_session_advance_to (session, t + 301 * S);
  g_assert_cmpuint (kc_session_get_seconds_left (session), ==, 6);
  kc_session_advance_to (session, t + 307 * S - 1);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_HOLD);
  kc_session_advance_to (session, t + 307 * S);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_REST);
  g_assert_cmpuint (kc_session_get_record (session)->hold_seconds_done, ==, 10);
}

static void
test_skip_and_back (void)
{
  g_autoptr(KcPlan) plan = new_plan ();
  g_autoptr(KcSession) session = new_session (plan);
  gint64 t = T0;

  kc_session_start (session, t);
  g_assert_false (kc_session_can_go_back (session));
  t += intro_us (session) + 3 * REP_US + KC_SESSION_REST_S * S + REP_US;
  kc_session_advance_to (session, t);
  g_assert_cmpuint (kc_session_get_set (session), ==, 2);
  g_assert_cmpuint (kc_session_get_rep (session), ==, 2);

  /* Back starts the set again… */
  kc_session_back (session);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_REPS);
  g_assert_cmpuint (kc_session_get_set (session), ==, 2);
  g_assert_cmpuint (kc_session_get_rep (session), ==, 1);
  g_assert_cmpuint (kc_session_get_record (session)->sets_done, ==, 1);

  /* …and once more at its start goes to the set before, undone. */
  kc_session_back (session);
  g_assert_cmpuint (kc_session_get_set (session), ==, 1);
  g_assert_cmpuint (kc_session_get_record (session)->sets_done, ==, 0);
  kc_session_back (session);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_INTRO);

  /* Skip leaves bridge skipped; Back at plank's intro returns to it. */
  kc_session_advance_to (session, t + intro_us (session) + REP_US);
  kc_session_skip (session);
  g_assert_cmpstr (kc_session_get_exercise_id (session), ==, "plank");
  g_assert_true (kc_session_can_go_back (session));
  kc_session_back (session);
  g_assert_cmpstr (kc_session_get_exercise_id (session), ==, "bridge");
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_INTRO);
  g_assert_false (kc_session_get_record (session)->skipped);
  g_assert_cmpuint (kc_session_get_record (session)->reps_done, ==, 0);

  /* Skipped for good: in the plan once the session ends, with the one rep done. */
  t += intro_us (session) + REP_US;   /* when Back returned to it */
  kc_session_advance_to (session, t + intro_us (session) + REP_US);
  kc_session_skip (session);
  kc_session_finish (session, FALSE);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_DONE);
  g_assert_cmpuint (kc_plan_get_records (plan)->len, ==, 1);
  {
    KcExerciseRecord *record = g_ptr_array_index (kc_plan_get_records (plan), 0);

    g_assert_cmpstr (record->exercise_id, ==, "bridge");
    g_assert_true (record->skipped);
    g_assert_cmpuint (record->reps_done, ==, 1);
    g_assert_cmpint (record->pain, ==, KC_EXERCISE_RECORD_NO_PAIN);
  }
}

/* A rated exercise is in the plan already: Back cannot undo it. */
static void
test_back_stops_at_rated (void)
{
  g_autoptr(KcPlan) plan = new_plan ();
  g_autoptr(KcSession) session = new_session (plan);
  gint64 t = T0;

  kc_session_start (session, t);
  t += intro_us (session) + 6 * REP_US + KC_SESSION_REST_S * S;
  kc_session_advance_to (session, t);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_RATING);
  kc_session_rate (session, 2, FALSE);
  g_assert_cmpuint (kc_plan_get_records (plan)->len, ==, 1);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_INTRO);
  g_assert_false (kc_session_can_go_back (session));
  kc_session_back (session);
  g_assert_cmpstr (kc_session_get_exercise_id (session), ==, "plank");
}

static void
on_phase_changed_cb (KcSession *session,
                     guint      from,
                     guint      to,
                     GString   *log)
{
  g_string_append_printf (log, "%u>%u ", from, to);
}

/* Runs a session as the app does, in uneven ticks of the clock. */
static gint64
run_to_rating (KcSession *session,
               gint64     t)
{
  guint step = 0;

  while (kc_session_get_phase (session) != KC_SESSION_PHASE_RATING)
    {
      t += 16667 + (step++ % 7) * 1000;
      kc_session_advance_to (session, t);
      g_assert_cmpint (t, <, T0 + 3600 * S);
    }
  return t;
}

static void
test_whole_session (void)
{
  g_autoptr(KcPlan) plan = new_plan ();
  g_autoptr(KcSession) session = new_session (plan);
  g_autoptr(GString) phases = g_string_new (NULL);
  GPtrArray *records = kc_plan_get_records (plan);
  static const guint pains[] = { 2, 5, 7 };
  gint64 t = T0;
  KcExerciseRecord *record;

  g_signal_connect (session, "phase-changed", G_CALLBACK (on_phase_changed_cb), phases);
  kc_session_start (session, t);
  for (guint i = 0; i < G_N_ELEMENTS (pains); i++)
    {
      g_assert_cmpuint (kc_session_get_exercise_index (session), ==, i);
      t = run_to_rating (session, t);
      kc_session_rate (session, pains[i], i == 2);
    }
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_DONE);
  g_assert_cmpuint (records->len, ==, 3);

  record = g_ptr_array_index (records, 0);
  g_assert_cmpstr (record->exercise_id, ==, "bridge");
  g_assert_cmpuint (record->sets_done, ==, 2);
  g_assert_cmpuint (record->reps_done, ==, 6);
  g_assert_cmpuint (record->hold_seconds_done, ==, 0);
  g_assert_cmpint (record->pain, ==, 2);
  g_assert_false (record->skipped);

  record = g_ptr_array_index (records, 1);
  g_assert_cmpstr (record->exercise_id, ==, "plank");
  g_assert_cmpuint (record->sets_done, ==, 2);
  g_assert_cmpuint (record->reps_done, ==, 0);
  g_assert_cmpuint (record->hold_seconds_done, ==, 20);
  g_assert_cmpint (record->pain, ==, 5);

  record = g_ptr_array_index (records, 2);
  g_assert_cmpstr (record->exercise_id, ==, "clamshell");
  g_assert_cmpuint (record->sets_done, ==, 1);
  g_assert_cmpuint (record->reps_done, ==, 2);
  g_assert_cmpint (record->pain, ==, 7);
  g_assert_true (record->spreading_down_leg);
  {
    GDate monday = a_monday ();

    g_assert_cmpint (g_date_compare (&record->date, &monday), ==, 0);
  }

  /* Plank: intro → hold → rest → hold → rating, each change once. */
  g_assert_nonnull (strstr (phases->str, "0>2 2>4 4>2 2>5 "));
}

/* Countdowns come from when their phase began: a thousand uneven ticks
 * end the hold exactly when the clock says, not a tick's error later each. */
static void
test_no_drift (void)
{
  KcDose long_hold = { 1, 0, 300, 0 };
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Long");
  g_autoptr(KcSession) session = NULL;
  GDate date = a_monday ();
  gint64 t = T0, hold_start;

  kc_plan_add_item (plan, 0, "plank", &long_hold);
  session = kc_session_new (plan, library, &date);
  kc_session_start (session, t);
  hold_start = t + intro_us (session);
  kc_session_advance_to (session, hold_start);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_HOLD);

  t = hold_start;
  while (t < hold_start + 300 * S - 20000)
    {
      t += 16000 + g_test_rand_int_range (0, 4000);
      t = MIN (t, hold_start + 300 * S - 1);
      kc_session_advance_to (session, t);
      g_assert_cmpuint (kc_session_get_seconds_left (session), ==,
                        (guint)((hold_start + 300 * S - t + S - 1) / S));
    }
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_HOLD);
  kc_session_advance_to (session, hold_start + 300 * S);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_RATING);
}

static void
test_finish_keeps_or_drops (void)
{
  for (int keep = 0; keep <= 1; keep++)
    {
      g_autoptr(KcPlan) plan = new_plan ();
      g_autoptr(KcSession) session = new_session (plan);
      gint64 t = reach_plank_hold (session, plan);

      kc_session_advance_to (session, t + 4 * S + S / 2);
      kc_session_finish (session, keep);
      g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_DONE);
      /* Bridge, skipped, is kept either way; plank's four seconds only if asked. */
      g_assert_cmpuint (kc_plan_get_records (plan)->len, ==, keep ? 2 : 1);
      if (keep)
        {
          KcExerciseRecord *record = g_ptr_array_index (kc_plan_get_records (plan), 1);

          g_assert_cmpstr (record->exercise_id, ==, "plank");
          g_assert_cmpuint (record->hold_seconds_done, ==, 4);
          g_assert_false (record->skipped);
        }
    }
}

static void
test_announced_moments (void)
{
  g_autoptr(GString) said = g_string_new (NULL);

  for (guint left = 20; left > 0; left--)
    if (kc_session_is_announced_moment (20, left))
      g_string_append_printf (said, "%u ", left);
  g_assert_cmpstr (said->str, ==, "20 10 3 2 1 ");
  g_assert_false (kc_session_is_announced_moment (15, 0));
  g_assert_true (kc_session_is_announced_moment (15, 8));
  g_assert_false (kc_session_is_announced_moment (15, 7));
}

static void
test_empty_day (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Empty");
  g_autoptr(KcSession) session = new_session (plan);

  g_assert_cmpuint (kc_session_get_n_exercises (session), ==, 0);
  kc_session_start (session, T0);
  g_assert_cmpint (kc_session_get_phase (session), ==, KC_SESSION_PHASE_DONE);
  kc_session_skip (session);
  kc_session_finish (session, TRUE);
  g_assert_cmpuint (kc_plan_get_records (plan)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  library = kc_test_bundled_library ();

  g_test_add_func ("/session/counts-and-rest", test_counts_and_rest);
  g_test_add_func ("/session/pause-freezes-countdown", test_pause_freezes_countdown);
  g_test_add_func ("/session/skip-and-back", test_skip_and_back);
  g_test_add_func ("/session/back-stops-at-rated", test_back_stops_at_rated);
  g_test_add_func ("/session/whole-session", test_whole_session);
  g_test_add_func ("/session/no-drift", test_no_drift);
  g_test_add_func ("/session/next-change", test_next_change);
  g_test_add_func ("/session/finish-keeps-or-drops", test_finish_keeps_or_drops);
  g_test_add_func ("/session/announced-moments", test_announced_moments);
  g_test_add_func ("/session/empty-day", test_empty_day);

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
