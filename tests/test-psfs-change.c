/* test-psfs-change.c: the functional scale's change, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "kc-test-plan.h"
#include "plan/kc-psfs-change.h"

static void
assert_change (double      first,
               double      latest,
               gboolean    average,
               const char *expected)
{
  GDate since = kc_test_plan_day (0);   /* 2 November 2026 */
  g_autofree char *text = kc_psfs_describe_change (first, latest, &since, average);

  g_assert_cmpstr (text, ==, expected);
}

/* Three points on one activity matter, two do not; either way. */
static void
test_activity (void)
{
  assert_change (3, 6, FALSE, "up 3 since 2 November — a change that matters");
  assert_change (3, 5, FALSE, "up 2 since 2 November");
  assert_change (7, 4, FALSE,
                 "down 3 since 2 November — worth mentioning to your physiotherapist");
  assert_change (7, 6, FALSE, "down 1 since 2 November");
  assert_change (5, 5, FALSE, "no change since 2 November");
}

/* Two points on the average matter, shown to one decimal. */
static void
test_average (void)
{
  assert_change (4.0, 6.0, TRUE, "up 2.0 since 2 November — a change that matters");
  assert_change (4.0, 16.0 / 3.0, TRUE, "up 1.3 since 2 November");
  assert_change (6.0, 4.0, TRUE,
                 "down 2.0 since 2 November — worth mentioning to your physiotherapist");
  assert_change (5.0, 5.02, TRUE, "no change since 2 November");
}

/* The first rating of an activity is its oldest, even one given late;
 * the first average is the first week's. */
static void
test_first (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("p", "P");
  GDate monday = kc_test_plan_day (0), wednesday = kc_test_plan_day (2);
  GDate next_week = kc_test_plan_day (7), day;
  const KcPsfsActivity *stairs, *film;
  guint score;
  double average;

  g_assert_false (kc_plan_get_psfs_first_average (plan, &day, &average));
  stairs = kc_plan_add_psfs_activity (plan, "Climbing stairs", &monday);
  film = kc_plan_add_psfs_activity (plan, "Sitting through a film", &monday);
  g_assert_false (kc_plan_get_psfs_first (plan, stairs->id, &day, &score));

  kc_plan_set_psfs_score (plan, &next_week, stairs->id, 7);
  kc_plan_set_psfs_score (plan, &wednesday, stairs->id, 4);
  kc_plan_set_psfs_score (plan, &monday, film->id, 2);
  g_assert_true (kc_plan_get_psfs_first (plan, stairs->id, &day, &score));
  g_assert_cmpint (g_date_compare (&day, &wednesday), ==, 0);
  g_assert_cmpuint (score, ==, 4);

  g_assert_true (kc_plan_get_psfs_first_average (plan, &day, &average));
  g_assert_cmpint (g_date_compare (&day, &monday), ==, 0);
  g_assert_cmpfloat_with_epsilon (average, 3.0, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/psfs-change/activity", test_activity);
  g_test_add_func ("/psfs-change/average", test_average);
  g_test_add_func ("/psfs-change/first", test_first);

  return g_test_run ();
}
