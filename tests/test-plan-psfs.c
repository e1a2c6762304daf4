/* test-plan-psfs.c: the Patient-Specific Functional Scale in a plan and its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "content/kc-problem.h"
#include "kc-test-library.h"
#include "kc-test-plan.h"
#include "plan/kc-plan-file.h"

static KcLibrary *library;

static GDate
date_of (guint year,
         guint month,
         guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
  return date;
}

/* Three activities, rated on Monday 2 November 2026 and four weeks on. */
static KcPlan *
rated_plan (void)
{
  KcPlan *plan = kc_plan_new ("psfs", "PSFS");
  GDate first = date_of (2026, 11, 2), latest = date_of (2026, 11, 30);
  static const char *names[] = { "Climbing stairs", "Sitting through a film", "Gardening" };
  static const guint before[] = { 3, 5, 2 }, after[] = { 6, 6, 5 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const KcPsfsActivity *activity = kc_plan_add_psfs_activity (plan, names[i], &first);

      g_assert_nonnull (activity);
      g_assert_true (kc_plan_set_psfs_score (plan, &first, activity->id, before[i]));
      g_assert_true (kc_plan_set_psfs_score (plan, &latest, activity->id, after[i]));
    }
  return plan;
}

static void
count_cb (KcPlan *plan,
          guint  *count)
{
  (*count)++;
}

static void
test_activities (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("a", "A");
  GDate today = date_of (2026, 11, 2);
  g_autofree char *first_id = NULL;
  guint changes = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_cb), &changes);

  /* Blank names are not activities; names are trimmed. */
  g_assert_null (kc_plan_add_psfs_activity (plan, "  \n", &today));
  g_assert_cmpuint (changes, ==, 0);
  first_id = g_strdup (kc_plan_add_psfs_activity (plan, "  Climbing stairs ", &today)->id);
  g_assert_cmpstr (kc_plan_find_psfs_activity (plan, first_id)->name, ==, "Climbing stairs");
  g_assert_cmpuint (changes, ==, 1);

  /* Five at most. */
  for (guint i = 2; i <= KC_PSFS_MAX_ACTIVITIES; i++)
    g_assert_nonnull (kc_plan_add_psfs_activity (plan, "Another", NULL));
  g_assert_null (kc_plan_add_psfs_activity (plan, "One too many", NULL));
  g_assert_cmpuint (kc_plan_get_psfs_activities (plan)->len, ==, KC_PSFS_MAX_ACTIVITIES);

  /* Removing one takes its ratings; a new one never takes its id. */
  g_assert_true (kc_plan_set_psfs_score (plan, &today, first_id, 4));
  g_assert_true (kc_plan_remove_psfs_activity (plan, first_id));
  g_assert_false (kc_plan_remove_psfs_activity (plan, first_id));
  g_assert_cmpuint (kc_plan_get_psfs_ratings (plan)->len, ==, 0);
  for (guint i = 0; i < kc_plan_get_psfs_activities (plan)->len; i++)
    g_assert_cmpstr (((KcPsfsActivity *)g_ptr_array_index (kc_plan_get_psfs_activities (plan), i))->id,
                     !=, first_id);
  g_assert_true (g_str_equal (kc_plan_add_psfs_activity (plan, "Kneeling", NULL)->name, "Kneeling"));
  g_assert_null (kc_plan_find_psfs_activity (plan, first_id));

  g_assert_false (kc_plan_rename_psfs_activity (plan, "activity-2", ""));
  g_assert_true (kc_plan_rename_psfs_activity (plan, "activity-2", "Walking the dog"));
  g_assert_cmpstr (kc_plan_find_psfs_activity (plan, "activity-2")->name, ==, "Walking the dog");
}

static void
test_scores (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("s", "S");
  GDate monday = date_of (2026, 11, 2), wednesday = date_of (2026, 11, 4);
  GDate sunday = date_of (2026, 11, 8), next_monday = date_of (2026, 11, 9);
  const char *id = kc_plan_add_psfs_activity (plan, "Stairs", &monday)->id;
  const char *other = kc_plan_add_psfs_activity (plan, "Kneeling", &monday)->id;
  double value = -1;

  g_assert_false (kc_plan_set_psfs_score (plan, &monday, id, 11));
  g_assert_false (kc_plan_set_psfs_score (plan, &monday, "activity-99", 5));
  g_assert_cmpint (kc_plan_get_psfs_score (plan, &monday, id), ==, KC_PSFS_NO_SCORE);

  /* Rated late, the Wednesday goes before the Sunday rated first. */
  g_assert_true (kc_plan_set_psfs_score (plan, &sunday, id, 4));
  g_assert_true (kc_plan_set_psfs_score (plan, &wednesday, id, 2));
  g_assert_true (kc_plan_set_psfs_score (plan, &wednesday, id, 3));   /* replaces */
  g_assert_cmpuint (kc_plan_get_psfs_ratings (plan)->len, ==, 2);
  g_assert_cmpint (g_date_compare (&((KcPsfsRating *)g_ptr_array_index (
                                       kc_plan_get_psfs_ratings (plan), 0))->date, &wednesday), ==, 0);
  g_assert_cmpint (kc_plan_get_psfs_score (plan, &wednesday, id), ==, 3);

  /* The week's value is its last rating; the average is over those rated. */
  g_assert_true (kc_plan_get_psfs_week (plan, &wednesday, id, &value));
  g_assert_cmpfloat (value, ==, 4);
  g_assert_true (kc_plan_set_psfs_score (plan, &monday, other, 7));
  g_assert_true (kc_plan_get_psfs_week (plan, &sunday, NULL, &value));
  g_assert_cmpfloat (value, ==, 5.5);
  g_assert_false (kc_plan_get_psfs_week (plan, &next_monday, NULL, &value));

  /* Due in a week nothing was rated, not in one something was. */
  g_assert_false (kc_plan_psfs_is_due (plan, &sunday));
  g_assert_true (kc_plan_psfs_is_due (plan, &next_monday));
}

static void
test_not_due_without_activities (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("e", "E");
  GDate today = date_of (2026, 11, 2);

  g_assert_false (kc_plan_psfs_is_due (plan, &today));
}

static void
test_change_that_matters (void)
{
  g_autoptr(KcPlan) plan = rated_plan ();
  GDate first, latest;
  double before, after;

  g_assert_true (kc_plan_get_psfs_span (plan, &first, &latest));
  g_assert_cmpint (g_date_days_between (&first, &latest), ==, 28);

  /* Stairs 3 → 6: three points on one activity matter. */
  g_assert_true (kc_plan_get_psfs_week (plan, &first, "activity-1", &before));
  g_assert_true (kc_plan_get_psfs_week (plan, &latest, "activity-1", &after));
  g_assert_true (kc_psfs_change_matters (before, after, FALSE));
  /* Film 5 → 6: one point does not. */
  g_assert_true (kc_plan_get_psfs_week (plan, &first, "activity-2", &before));
  g_assert_true (kc_plan_get_psfs_week (plan, &latest, "activity-2", &after));
  g_assert_false (kc_psfs_change_matters (before, after, FALSE));
  /* The average 3.33 → 5.67 (2.33 points) matters; 2 points on one does not. */
  g_assert_true (kc_plan_get_psfs_week (plan, &first, NULL, &before));
  g_assert_true (kc_plan_get_psfs_week (plan, &latest, NULL, &after));
  g_assert_cmpfloat_with_epsilon (after - before, 7.0 / 3.0, 1e-9);
  g_assert_true (kc_psfs_change_matters (before, after, TRUE));
  g_assert_true (kc_psfs_change_matters (4, 2, TRUE));
  g_assert_false (kc_psfs_change_matters (4, 6, FALSE));
}

/* Saved and loaded, the scale is the same; a snapshot carries it, a
 * duplicate (for another patient, as it leaves out the log) does not. */
static void
test_round_trip (void)
{
  g_autoptr(KcPlan) plan = rated_plan ();
  g_autoptr(KcPlan) copy = kc_plan_snapshot (plan);
  g_autoptr(KcPlan) duplicate = kc_plan_duplicate (plan);
  g_autofree char *xml = kc_plan_to_xml (plan);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) loaded = kc_plan_from_bytes (bytes, "psfs.xml", library, &error);
  g_autofree char *xml_again = NULL;
  GDate latest = date_of (2026, 11, 30);

  g_assert_no_error (error);
  xml_again = kc_plan_to_xml (loaded);
  g_assert_cmpstr (xml, ==, xml_again);
  g_assert_nonnull (strstr (xml, "<activity id=\"activity-1\" added=\"2026-11-02\">Climbing stairs"));
  g_assert_cmpuint (kc_plan_get_psfs_activities (loaded)->len, ==, 3);
  g_assert_cmpuint (kc_plan_get_psfs_ratings (loaded)->len, ==, 6);
  g_assert_cmpint (kc_plan_get_psfs_score (loaded, &latest, "activity-3"), ==, 5);
  g_assert_cmpint (kc_plan_get_psfs_score (copy, &latest, "activity-3"), ==, 5);
  g_assert_cmpuint (kc_plan_get_psfs_activities (duplicate)->len, ==, 0);
}

/* Names with markup are text, not markup. */
static void
test_name_is_escaped (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("x", "X");
  g_autofree char *xml = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KcPlan) loaded = NULL;

  g_assert_nonnull (kc_plan_add_psfs_activity (plan, "Lifting <b>&amp;</b> \"carrying\"", NULL));
  xml = kc_plan_to_xml (plan);
  bytes = g_bytes_new (xml, strlen (xml));
  loaded = kc_plan_from_bytes (bytes, "x.xml", library, NULL);
  g_assert_nonnull (loaded);
  g_assert_cmpstr (((KcPsfsActivity *)g_ptr_array_index (kc_plan_get_psfs_activities (loaded), 0))->name,
                   ==, "Lifting <b>&amp;</b> \"carrying\"");
}

/* Each bad activity or rating is left out with its line; the rest loads. */
static void
test_bad_values_left_out (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n<plan format=\"3\" id=\"h\">\n<name>H</name>\n<psfs>\n"
    "<activity id=\"a1\" added=\"2026-11-02\">Stairs</activity>\n"          /* 5: good */
    "<activity id=\"a1\">Stairs again</activity>\n"                          /* 6: same id */
    "<activity id=\"1a\">Kneeling</activity>\n"                              /* 7: not an id */
    "<activity id=\"a2\" added=\"2026-02-30\">Squatting</activity>\n"        /* 8: no such day */
    "<activity id=\"a3\">   </activity>\n"                                   /* 9: blank */
    "<rating day=\"2026-11-02\" activity=\"a1\" score=\"4\"/>\n"             /* 10: good */
    "<rating day=\"2026-11-02\" activity=\"a9\" score=\"4\"/>\n"             /* 11: dangling */
    "<rating day=\"2026-11-02\" activity=\"a1\" score=\"11\"/>\n"            /* 12: over 10 */
    "<rating day=\"2026-11-02\" activity=\"a1\" score=\"-1\"/>\n"            /* 13 */
    "<rating day=\"yesterday\" activity=\"a1\" score=\"4\"/>\n"              /* 14 */
    "</psfs>\n</plan>\n";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = kc_plan_from_bytes_full (bytes, "hostile.xml", library, problems, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (kc_plan_get_psfs_activities (plan)->len, ==, 1);
  g_assert_cmpuint (kc_plan_get_psfs_ratings (plan)->len, ==, 1);
  g_assert_cmpuint (problems->len, ==, 8);
  for (guint i = 0; i < problems->len; i++)
    {
      KcProblem *problem = g_ptr_array_index (problems, i);
      guint line = 6 + i + (i >= 4);   /* line 10 is the good rating */

      g_assert_cmpstr (kc_problem_get_file (problem), ==, "hostile.xml");
      g_assert_cmpuint (kc_problem_get_line (problem), ==, line);
    }
  g_assert_nonnull (strstr (kc_problem_get_message (g_ptr_array_index (problems, 4)), "“a9”"));
}

/* More activities or ratings than a plan keeps refuse the file with its line. */
static void
test_too_many (void)
{
  g_autoptr(GString) activities = g_string_new ("<?xml version=\"1.0\"?>\n"
                                                "<plan format=\"3\" id=\"big\"><name>B</name><psfs>\n");
  g_autoptr(GString) ratings = g_string_new ("<?xml version=\"1.0\"?>\n"
                                             "<plan format=\"3\" id=\"big\"><name>B</name><psfs>\n"
                                             "<activity id=\"a\">Stairs</activity>\n");
  GString *files[] = { activities, ratings };
  GDate day = date_of (2000, 1, 1);

  for (guint i = 0; i <= KC_PSFS_MAX_ACTIVITIES; i++)
    g_string_append_printf (activities, "<activity id=\"a%u\">Stairs</activity>\n", i);
  for (guint i = 0; i <= KC_PLAN_MAX_PSFS_RATINGS; i++, g_date_add_days (&day, 1))
    g_string_append_printf (ratings, "<rating day=\"%04u-%02u-%02u\" activity=\"a\" score=\"5\"/>\n",
                            g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(KcPlan) plan = NULL;

      g_string_append (files[i], "</psfs></plan>\n");
      bytes = g_bytes_new (files[i]->str, files[i]->len);
      plan = kc_plan_from_bytes (bytes, "big.xml", library, &error);
      g_assert_null (plan);
      g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "big.xml:"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();

  g_test_add_func ("/plan-psfs/activities", test_activities);
  g_test_add_func ("/plan-psfs/scores", test_scores);
  g_test_add_func ("/plan-psfs/not-due-without-activities", test_not_due_without_activities);
  g_test_add_func ("/plan-psfs/change-that-matters", test_change_that_matters);
  g_test_add_func ("/plan-psfs/round-trip", test_round_trip);
  g_test_add_func ("/plan-psfs/name-escaped", test_name_is_escaped);
  g_test_add_func ("/plan-psfs/bad-values-left-out", test_bad_values_left_out);
  g_test_add_func ("/plan-psfs/too-many", test_too_many);

  return g_test_run ();
}
