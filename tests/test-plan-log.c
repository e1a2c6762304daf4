/* test-plan-log.c: the sessions' records, the settle question and the suggestions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "content/kc-problem.h"
#include "kc-test-library.h"
#include "kc-test-plan.h"
#include "plan/kc-plan-file.h"
#include "plan/kc-plan-suggestions.h"

static KcLibrary *library;


static KcPlan *
plan_with (const char *id,
           guint       sets,
           guint       reps)
{
  KcDose dose = { sets, reps, 0, 0 };
  KcPlan *plan = kc_plan_new ("log", "Log");

  /* Monday, Wednesday and Friday. */
  for (guint day = 0; day < 5; day += 2)
    kc_plan_add_item (plan, day, id, &dose);
  return plan;
}

static GPtrArray *
suggestions_on (KcPlan *plan,
                int     offset)
{
  GDate today = kc_test_plan_day (offset);

  return kc_plan_dup_suggestions (plan, library, &today);
}

static KcPlan *
round_trip (KcPlan    *plan,
            GPtrArray *problems)
{
  g_autofree char *xml = kc_plan_to_xml (plan);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  KcPlan *loaded = kc_plan_from_bytes_full (bytes, "log.xml", library, problems, &error);

  g_assert_no_error (error);
  return loaded;
}

/* ---- Settling -------------------------------------------------------------- */

static void
test_unsettled (void)
{
  g_autoptr(KcPlan) plan = plan_with ("bridge", 3, 10);
  g_autoptr(GPtrArray) waiting = NULL;
  GDate tuesday = kc_test_plan_day (1), monday = kc_test_plan_day (0);
  GDate wednesday = kc_test_plan_day (2), session_day;

  kc_test_plan_add_record (plan, 0, "bridge", 5, 3, 30);       /* amber: asked */
  kc_test_plan_add_record (plan, 0, "plank", 2, 3, 30);        /* green: not asked */
  kc_test_plan_add_record (plan, 0, "walking", -1, 0, 0);      /* not rated: not asked */

  /* Not on the session's own day. */
  waiting = kc_plan_dup_unsettled (plan, &monday, &session_day);
  g_assert_cmpuint (waiting->len, ==, 0);
  g_clear_pointer (&waiting, g_ptr_array_unref);

  waiting = kc_plan_dup_unsettled (plan, &tuesday, &session_day);
  g_assert_cmpuint (waiting->len, ==, 1);
  g_assert_cmpstr (((KcExerciseRecord *)g_ptr_array_index (waiting, 0))->exercise_id, ==,
                   "bridge");
  g_assert_cmpint (g_date_compare (&session_day, &monday), ==, 0);
  g_clear_pointer (&waiting, g_ptr_array_unref);

  g_assert_true (kc_plan_set_settled (plan, &monday, "bridge", KC_SETTLED_YES));
  g_assert_false (kc_plan_set_settled (plan, &monday, "clamshell", KC_SETTLED_NO));
  waiting = kc_plan_dup_unsettled (plan, &wednesday, &session_day);
  g_assert_cmpuint (waiting->len, ==, 0);
  g_clear_pointer (&waiting, g_ptr_array_unref);

  /* Only the last session day is asked about: Tuesday's red, not Monday's. */
  kc_test_plan_add_record (plan, 1, "plank", 7, 3, 30);
  {
    GDate friday = kc_test_plan_day (4);
    GDate tuesday_record = kc_test_plan_day (1);

    waiting = kc_plan_dup_unsettled (plan, &friday, &session_day);
    g_assert_cmpuint (waiting->len, ==, 1);
    g_assert_cmpint (g_date_compare (&session_day, &tuesday_record), ==, 0);
  }
}

/* ---- Suggestions ----------------------------------------------------------- */

static void
test_once_red_suggests_nothing (void)
{
  g_autoptr(KcPlan) plan = plan_with ("bridge", 3, 10);
  g_autoptr(GPtrArray) suggestions = NULL;

  kc_test_plan_add_record (plan, 0, "bridge", 7, 3, 30);
  kc_test_plan_add_record (plan, 2, "bridge", 2, 3, 30);
  suggestions = suggestions_on (plan, 3);
  g_assert_cmpuint (suggestions->len, ==, 0);
}

static void
test_twice_red_suggests_easier (void)
{
  g_autoptr(KcPlan) plan = plan_with ("bridge", 3, 10);
  g_autoptr(GPtrArray) suggestions = NULL;
  KcPlanChange *change;
  GDate friday = kc_test_plan_day (4);

  kc_test_plan_add_record (plan, 0, "bridge", 7, 3, 30);
  kc_test_plan_add_record (plan, 4, "bridge", 6, 2, 20);
  suggestions = suggestions_on (plan, 5);
  g_assert_cmpuint (suggestions->len, ==, 1);
  change = g_ptr_array_index (suggestions, 0);
  g_assert_cmpint (change->kind, ==, KC_CHANGE_EASIER);
  g_assert_cmpint (change->reason, ==, KC_CHANGE_REASON_PAIN);
  g_assert_cmpstr (change->exercise_id, ==, "bridge");
  g_assert_cmpstr (change->new_exercise_id, ==, "pelvic-tilt");
  g_assert_cmpint (g_date_compare (&change->evidence, &friday), ==, 0);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* Two red sessions more than two weeks apart are not "twice". */
  suggestions = suggestions_on (plan, 20);
  g_assert_cmpuint (suggestions->len, ==, 0);
}

/* Two records on one day are one session. */
static void
test_one_day_is_one_session (void)
{
  g_autoptr(KcPlan) plan = plan_with ("bridge", 3, 10);
  g_autoptr(GPtrArray) suggestions = NULL;

  kc_test_plan_add_record (plan, 0, "bridge", 7, 3, 30);
  kc_test_plan_add_record (plan, 0, "bridge", 8, 1, 5);
  suggestions = suggestions_on (plan, 1);
  g_assert_cmpuint (suggestions->len, ==, 0);
}

static void
test_twice_not_settled (void)
{
  g_autoptr(KcPlan) plan = plan_with ("bridge", 3, 10);
  g_autoptr(GPtrArray) suggestions = NULL;
  GDate monday = kc_test_plan_day (0), wednesday = kc_test_plan_day (2);

  kc_test_plan_add_record (plan, 0, "bridge", 4, 3, 30);
  kc_test_plan_add_record (plan, 2, "bridge", 5, 3, 30);
  suggestions = suggestions_on (plan, 3);
  g_assert_cmpuint (suggestions->len, ==, 0);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  kc_plan_set_settled (plan, &monday, "bridge", KC_SETTLED_NO);
  kc_plan_set_settled (plan, &wednesday, "bridge", KC_SETTLED_NO);
  suggestions = suggestions_on (plan, 3);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_cmpint (((KcPlanChange *)g_ptr_array_index (suggestions, 0))->kind, ==,
                   KC_CHANGE_EASIER);
}

/* The clamshell has no easier version: one set fewer. */
static void
test_no_easier_version_lowers_dose (void)
{
  g_autoptr(KcPlan) plan = plan_with ("clamshell", 3, 10);
  g_autoptr(GPtrArray) suggestions = NULL;
  KcPlanChange *change;
  KcDose lower;

  kc_test_plan_add_record (plan, 0, "clamshell", 8, 3, 30);
  kc_test_plan_add_record (plan, 2, "clamshell", 6, 3, 30);
  suggestions = suggestions_on (plan, 3);
  g_assert_cmpuint (suggestions->len, ==, 1);
  change = g_ptr_array_index (suggestions, 0);
  g_assert_cmpint (change->kind, ==, KC_CHANGE_LOWER_DOSE);
  g_assert_cmpstr (change->new_exercise_id, ==, "clamshell");
  g_assert_cmpuint (change->new_dose.sets, ==, 2);
  g_assert_cmpuint (change->new_dose.reps, ==, 10);

  /* One set: fewer repetitions. */
  g_assert_true (kc_dose_lower (&(KcDose) { 1, 10, 0, 0 }, &lower));
  g_assert_cmpuint (lower.sets, ==, 1);
  g_assert_cmpuint (lower.reps, ==, 8);
  g_assert_false (kc_dose_lower (&(KcDose) { 1, 1, 0, 0 }, &lower));
}

/* Green at full dose in every planned session of two weeks (Monday,
 * Wednesday, Friday twice). */
static void
add_green_fortnight (KcPlan     *plan,
                     const char *id,
                     guint       sets,
                     guint       reps)
{
  static const int days[] = { 0, 2, 4, 7, 9, 11 };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    kc_test_plan_add_record (plan, days[i], id, 2, sets, sets * reps);
}

static void
test_green_fortnight_suggests_harder (void)
{
  g_autoptr(KcPlan) plan = plan_with ("plank", 3, 10);
  g_autoptr(KcPlan) no_harder = plan_with ("bridge", 3, 10);
  g_autoptr(KcPlan) short_of_dose = plan_with ("plank", 3, 10);
  g_autoptr(KcPlan) missed_one = plan_with ("plank", 3, 10);
  g_autoptr(GPtrArray) suggestions = NULL;
  KcPlanChange *change;

  add_green_fortnight (plan, "plank", 3, 10);
  suggestions = suggestions_on (plan, 13);
  g_assert_cmpuint (suggestions->len, ==, 1);
  change = g_ptr_array_index (suggestions, 0);
  g_assert_cmpint (change->kind, ==, KC_CHANGE_HARDER);
  g_assert_cmpint (change->reason, ==, KC_CHANGE_REASON_EASY);
  g_assert_cmpstr (change->new_exercise_id, ==, "side-plank");
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* The bridge has no harder version: one more set. */
  add_green_fortnight (no_harder, "bridge", 3, 10);
  suggestions = suggestions_on (no_harder, 13);
  g_assert_cmpuint (suggestions->len, ==, 1);
  change = g_ptr_array_index (suggestions, 0);
  g_assert_cmpint (change->kind, ==, KC_CHANGE_HIGHER_DOSE);
  g_assert_cmpuint (change->new_dose.sets, ==, 4);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* Not at full dose: nothing. */
  add_green_fortnight (short_of_dose, "plank", 2, 10);
  suggestions = suggestions_on (short_of_dose, 13);
  g_assert_cmpuint (suggestions->len, ==, 0);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* Fewer sessions than planned: nothing. */
  kc_test_plan_add_record (missed_one, 0, "plank", 1, 3, 30);
  kc_test_plan_add_record (missed_one, 2, "plank", 1, 3, 30);
  suggestions = suggestions_on (missed_one, 13);
  g_assert_cmpuint (suggestions->len, ==, 0);
}

static void
test_dismissed_not_shown_again (void)
{
  g_autoptr(KcPlan) plan = plan_with ("bridge", 3, 10);
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(KcPlanItem) first = NULL;
  GDate today = kc_test_plan_day (3);

  kc_test_plan_add_record (plan, 0, "bridge", 7, 3, 30);
  kc_test_plan_add_record (plan, 2, "bridge", 7, 3, 30);
  suggestions = suggestions_on (plan, 3);
  g_assert_cmpuint (suggestions->len, ==, 1);
  g_assert_true (kc_plan_decide (plan, g_ptr_array_index (suggestions, 0),
                                 KC_DECISION_DISMISSED, &today));
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* The plan is as it was, the decision recorded. */
  first = g_list_model_get_item (kc_plan_get_day (plan, 0), 0);
  g_assert_cmpstr (kc_plan_item_get_exercise_id (first), ==, "bridge");
  g_assert_cmpuint (kc_plan_get_changes (plan)->len, ==, 1);
  g_assert_false (kc_plan_can_undo_change (plan));

  suggestions = suggestions_on (plan, 4);
  g_assert_cmpuint (suggestions->len, ==, 0);
  g_clear_pointer (&suggestions, g_ptr_array_unref);

  /* One new red session is not twice; two are. */
  kc_test_plan_add_record (plan, 4, "bridge", 7, 3, 30);
  suggestions = suggestions_on (plan, 5);
  g_assert_cmpuint (suggestions->len, ==, 0);
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  kc_test_plan_add_record (plan, 7, "bridge", 7, 3, 30);
  suggestions = suggestions_on (plan, 8);
  g_assert_cmpuint (suggestions->len, ==, 1);
}

static void
test_accept_changes_plan_and_undo (void)
{
  g_autoptr(KcPlan) plan = plan_with ("bridge", 3, 10);
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(KcPlanItem) after_undo = NULL;
  KcPlanChange *change;
  GDate today = kc_test_plan_day (3);

  kc_test_plan_add_record (plan, 0, "bridge", 7, 3, 30);
  kc_test_plan_add_record (plan, 2, "bridge", 7, 3, 30);
  suggestions = suggestions_on (plan, 3);
  g_assert_true (kc_plan_decide (plan, g_ptr_array_index (suggestions, 0),
                                 KC_DECISION_ACCEPTED, &today));

  /* Every day's bridge is now the pelvic tilt, at the same dose. */
  for (guint day = 0; day < 5; day += 2)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (kc_plan_get_day (plan, day), 0);

      g_assert_cmpstr (kc_plan_item_get_exercise_id (item), ==, "pelvic-tilt");
      g_assert_cmpuint (kc_plan_item_get_dose (item)->sets, ==, 3);
    }
  g_assert_cmpuint (kc_plan_get_changes (plan)->len, ==, 1);
  change = g_ptr_array_index (kc_plan_get_changes (plan), 0);
  g_assert_cmpint (change->decision, ==, KC_DECISION_ACCEPTED);
  g_assert_cmpint (g_date_compare (&change->decided, &today), ==, 0);
  g_assert_cmpstr (change->exercise_id, ==, "bridge");
  g_assert_cmpstr (change->new_exercise_id, ==, "pelvic-tilt");

  /* Undone: the bridge is back and the decision forgotten. */
  g_assert_true (kc_plan_can_undo_change (plan));
  g_assert_true (kc_plan_undo_change (plan));
  after_undo = g_list_model_get_item (kc_plan_get_day (plan, 2), 0);
  g_assert_cmpstr (kc_plan_item_get_exercise_id (after_undo), ==, "bridge");
  g_assert_cmpuint (kc_plan_get_changes (plan)->len, ==, 0);
  g_assert_false (kc_plan_undo_change (plan));
}

/* ---- The week's figures ---------------------------------------------------- */

static void
test_week_pain_and_adherence (void)
{
  g_autoptr(KcPlan) plan = plan_with ("bridge", 3, 10);
  GDate monday = kc_test_plan_day (0), next_monday = kc_test_plan_day (7);
  GDate wednesday = kc_test_plan_day (2);
  guint done, planned;
  double mean, median;
  int worst;

  kc_test_plan_add_record (plan, 0, "bridge", 2, 3, 30);
  kc_test_plan_add_record (plan, 2, "bridge", 5, 3, 30);
  kc_test_plan_add_record (plan, 4, "bridge", 3, 3, 30);
  kc_test_plan_add_record (plan, 4, "plank", 8, 3, 30);
  /* A tick and a record of one exercise on one day count once. */
  kc_plan_set_done (plan, &wednesday, "bridge", TRUE);

  kc_plan_get_week_figures (plan, &monday, &done, &planned, &mean);
  g_assert_cmpuint (planned, ==, 3);
  g_assert_cmpuint (done, ==, 3);

  kc_plan_get_week_pain (plan, &monday, &median, &worst);
  g_assert_cmpfloat (median, ==, 4);   /* 2 3 5 8 */
  g_assert_cmpint (worst, ==, 8);

  kc_plan_get_week_pain (plan, &next_monday, &median, &worst);
  g_assert_cmpfloat (median, ==, -1);
  g_assert_cmpint (worst, ==, -1);

  kc_test_plan_add_record (plan, 7, "bridge", 1, 3, 30);
  kc_test_plan_add_record (plan, 9, "bridge", 3, 3, 30);
  kc_test_plan_add_record (plan, 11, "bridge", 2, 3, 30);
  kc_plan_get_week_pain (plan, &next_monday, &median, &worst);
  g_assert_cmpfloat (median, ==, 2);
  g_assert_cmpint (worst, ==, 3);
}

/* ---- The file -------------------------------------------------------------- */

static void
test_file_round_trip (void)
{
  g_autoptr(KcPlan) plan = plan_with ("bridge", 3, 10);
  g_autoptr(KcPlan) loaded = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *xml = NULL;
  g_autofree char *xml_again = NULL;
  KcExerciseRecord *record;
  KcPlanChange *change;
  GDate today = kc_test_plan_day (3), monday = kc_test_plan_day (0);
  g_autoptr(KcExerciseRecord) skipped = kc_exercise_record_new (&today, "retired-exercise");

  kc_test_plan_add_record (plan, 0, "bridge", 7, 3, 30);
  kc_test_plan_add_record (plan, 2, "bridge", 6, 2, 17);
  skipped->skipped = TRUE;
  skipped->spreading_down_leg = TRUE;
  skipped->hold_seconds_done = 45;
  kc_plan_add_record (plan, skipped);
  kc_plan_set_settled (plan, &monday, "bridge", KC_SETTLED_NO);
  suggestions = suggestions_on (plan, 3);
  kc_plan_decide (plan, g_ptr_array_index (suggestions, 0), KC_DECISION_ACCEPTED, &today);

  loaded = round_trip (plan, problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (kc_plan_get_records (loaded)->len, ==, 3);
  record = g_ptr_array_index (kc_plan_get_records (loaded), 1);
  g_assert_cmpstr (record->exercise_id, ==, "bridge");
  g_assert_cmpint (record->pain, ==, 6);
  g_assert_cmpuint (record->sets_done, ==, 2);
  g_assert_cmpuint (record->reps_done, ==, 17);
  g_assert_cmpint (record->settled, ==, KC_SETTLED_UNKNOWN);
  record = g_ptr_array_index (kc_plan_get_records (loaded), 0);
  g_assert_cmpint (record->settled, ==, KC_SETTLED_NO);
  /* An exercise no plan or library knows is kept. */
  record = g_ptr_array_index (kc_plan_get_records (loaded), 2);
  g_assert_cmpstr (record->exercise_id, ==, "retired-exercise");
  g_assert_true (record->skipped);
  g_assert_true (record->spreading_down_leg);
  g_assert_cmpint (record->pain, ==, KC_EXERCISE_RECORD_NO_PAIN);
  g_assert_cmpuint (record->hold_seconds_done, ==, 45);

  g_assert_cmpuint (kc_plan_get_changes (loaded)->len, ==, 1);
  change = g_ptr_array_index (kc_plan_get_changes (loaded), 0);
  g_assert_cmpint (change->decision, ==, KC_DECISION_ACCEPTED);
  g_assert_cmpint (change->kind, ==, KC_CHANGE_EASIER);
  g_assert_cmpint (change->reason, ==, KC_CHANGE_REASON_PAIN);
  g_assert_cmpstr (change->new_exercise_id, ==, "pelvic-tilt");
  g_assert_cmpuint (change->dose.sets, ==, 3);
  g_assert_cmpint (g_date_compare (&change->decided, &today), ==, 0);

  xml = kc_plan_to_xml (plan);
  xml_again = kc_plan_to_xml (loaded);
  g_assert_cmpstr (xml, ==, xml_again);
  g_assert_nonnull (strstr (xml, "<plan format=\"3\""));
}

/* A plan saved before records existed loads, ticks and all. */
static void
test_format_1_loads (void)
{
  static const char old[] =
    "<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"old\"><name>Old</name>\n"
    "<day name=\"monday\"><item exercise=\"bridge\" sets=\"3\" reps=\"10\"/></day>\n"
    "<log><date day=\"2026-11-02\" pain=\"3\"><done exercise=\"bridge\"/></date></log>\n"
    "</plan>\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (old, sizeof old - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = kc_plan_from_bytes (bytes, "old.xml", library, &error);
  GDate monday = kc_test_plan_day (0);

  g_assert_no_error (error);
  g_assert_true (kc_plan_get_done (plan, &monday, "bridge"));
  g_assert_cmpuint (kc_plan_get_records (plan)->len, ==, 0);
  g_assert_cmpuint (kc_plan_get_changes (plan)->len, ==, 0);
}

/* Each bad record or change is left out with its line; the rest loads. */
static void
test_hostile_records (void)
{
  static const char *bad[] = {
    "<record day=\"2026-13-01\" exercise=\"bridge\"/>",
    "<record day=\"2026-11-02\" exercise=\"bridge\" pain=\"11\"/>",
    "<record day=\"2026-11-02\" exercise=\"bridge\" pain=\"-1\"/>",
    "<record day=\"2026-11-02\" exercise=\"bridge\" sets=\"1000\"/>",
    "<record day=\"2026-11-02\" exercise=\"bridge\" reps=\"99999999999999999999\"/>",
    "<record day=\"2026-11-02\" exercise=\"\"/>",
    "<record day=\"2026-11-02\" exercise=\"a b\"/>",
    "<record day=\"2026-11-02\" exercise=\"bridge\" settled=\"maybe\"/>",
    "<record day=\"2026-11-02\" exercise=\"bridge\" skipped=\"1\"/>",
    "<record day=\"0000-01-01\" exercise=\"bridge\"/>",
  };
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<plan format=\"2\" id=\"h\">\n"
                               "<name>H</name>\n<records>\n"
                               "<record day=\"2026-11-02\" exercise=\"bridge\" pain=\"4\"/>\n");
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KcPlan) plan = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_string_append_printf (xml, "%s\n", bad[i]);
  g_string_append (xml, "</records>\n<changes>\n"
                   "<change day=\"2026-11-05\" decision=\"accepted\" kind=\"easier\" "
                   "reason=\"pain\" evidence=\"2026-11-04\"><from exercise=\"bridge\" sets=\"3\"/>"
                   "<to exercise=\"pelvic-tilt\" sets=\"3\"/></change>\n"
                   "<change day=\"2026-11-05\" decision=\"none\" kind=\"easier\" "
                   "reason=\"pain\" evidence=\"2026-11-04\"><from exercise=\"bridge\"/>"
                   "<to exercise=\"bridge\"/></change>\n"
                   "<change day=\"2026-11-05\" decision=\"accepted\" kind=\"sideways\" "
                   "reason=\"pain\" evidence=\"2026-11-04\"><from exercise=\"bridge\"/>"
                   "<to exercise=\"bridge\"/></change>\n"
                   "<change day=\"2026-11-05\" decision=\"accepted\" kind=\"easier\" "
                   "reason=\"pain\" evidence=\"2026-11-04\"><from exercise=\"bridge\"/></change>\n"
                   "</changes>\n</plan>\n");
  bytes = g_bytes_new_take (xml->str, xml->len);
  g_string_free (xml, FALSE);

  plan = kc_plan_from_bytes_full (bytes, "hostile.xml", library, problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kc_plan_get_records (plan)->len, ==, 1);
  g_assert_cmpuint (kc_plan_get_changes (plan)->len, ==, 1);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (bad) + 3);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      KcProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpstr (kc_problem_get_file (problem), ==, "hostile.xml");
      /* The good record is on line 5, the bad ones follow it. */
      g_assert_cmpuint (kc_problem_get_line (problem), ==, 6 + i);
    }
  g_assert_nonnull (strstr (kc_problem_get_message (g_ptr_array_index (problems, 1)), "“11”"));
}

/* A file with more records than a plan keeps is refused with its line. */
static void
test_too_many_records (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<plan format=\"2\" id=\"big\">"
                               "<name>Big</name><records>\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KcPlan) plan = NULL;

  for (guint i = 0; i <= KC_PLAN_MAX_RECORDS; i++)
    g_string_append (xml, "<record day=\"2026-11-02\" exercise=\"bridge\"/>\n");
  g_string_append (xml, "</records></plan>\n");
  bytes = g_bytes_new_take (xml->str, xml->len);
  g_string_free (xml, FALSE);

  plan = kc_plan_from_bytes (bytes, "big.xml", library, &error);
  g_assert_null (plan);
  g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "big.xml:"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();

  g_test_add_func ("/plan-log/unsettled", test_unsettled);
  g_test_add_func ("/plan-log/suggest/once-red-nothing", test_once_red_suggests_nothing);
  g_test_add_func ("/plan-log/suggest/twice-red-easier", test_twice_red_suggests_easier);
  g_test_add_func ("/plan-log/suggest/one-day-one-session", test_one_day_is_one_session);
  g_test_add_func ("/plan-log/suggest/twice-not-settled", test_twice_not_settled);
  g_test_add_func ("/plan-log/suggest/no-easier-lower-dose", test_no_easier_version_lowers_dose);
  g_test_add_func ("/plan-log/suggest/green-fortnight-harder",
                   test_green_fortnight_suggests_harder);
  g_test_add_func ("/plan-log/suggest/dismissed-not-again", test_dismissed_not_shown_again);
  g_test_add_func ("/plan-log/suggest/accept-and-undo", test_accept_changes_plan_and_undo);
  g_test_add_func ("/plan-log/week/pain-and-adherence", test_week_pain_and_adherence);
  g_test_add_func ("/plan-log/file/round-trip", test_file_round_trip);
  g_test_add_func ("/plan-log/file/format-1-loads", test_format_1_loads);
  g_test_add_func ("/plan-log/file/hostile-records", test_hostile_records);
  g_test_add_func ("/plan-log/file/too-many-records", test_too_many_records);

  return g_test_run ();
}
