/* test-progress-view.c: a plan's progress in charts, described in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kc-test-plan.h"
#include "kc-test-widgets.h"
#include "pages/kc-progress-view.h"
#include "plan/kc-plan-store.h"
#include "plan/kc-plan-suggestions.h"
#include "widgets/kc-trend-chart.h"

typedef struct
{
  char *dir;
  GFile *folder;
  KcLibrary *library;
  KcPlanStore *store;
  KcPlan *plan;          /* the store's */
  KcPlan *other;         /* the store's, nothing noted */
  GtkWindow *window;
  KcProgressView *view;
} Fixture;

static KcPlan *
add_plan (Fixture    *fixture,
          const char *id,
          const char *name)
{
  g_autoptr(KcPlan) plan = kc_plan_new (id, name);
  g_autoptr(GError) error = NULL;
  KcDose dose = { 2, 10, 0, 0 };

  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 2, "bridge", &dose);
  g_assert_true (kc_plan_store_add (fixture->store, plan, &error));
  g_assert_no_error (error);
  return plan;   /* the store keeps it */
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GDate today = kc_test_plan_day (24);   /* Wednesday 25 November 2026 */

  fixture->dir = g_dir_make_tmp ("kc-progress-view-XXXXXX", NULL);
  fixture->folder = g_file_new_for_path (fixture->dir);
  fixture->library = kc_test_bundled_library ();
  fixture->store = kc_plan_store_new (fixture->folder, fixture->library);
  kc_plan_store_load (fixture->store);
  fixture->plan = add_plan (fixture, "knees", "Strong knees");
  fixture->other = add_plan (fixture, "back", "Easy back");

  fixture->view = g_object_new (KC_TYPE_PROGRESS_VIEW, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  kc_progress_view_set_date (fixture->view, &today);
  kc_progress_view_set_store (fixture->view, fixture->store, fixture->library);
  kc_progress_view_set_plan (fixture->view, fixture->plan);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *argv[] = { "rm", "-rf", fixture->dir, NULL };

  gtk_window_destroy (fixture->window);
  kc_plan_store_flush (fixture->store);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->library);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                NULL);
  g_clear_object (&fixture->folder);
  g_free (fixture->dir);
}

/* Two sessions, one decision and two activities rated twice. */
static void
log_progress (KcPlan *plan)
{
  g_autoptr(KcPlanChange) change = kc_plan_change_new (KC_CHANGE_LOWER_DOSE, KC_CHANGE_REASON_PAIN,
                                                       "bridge", &(KcDose) { 2, 10, 0, 0 });
  GDate first = kc_test_plan_day (0), latest = kc_test_plan_day (21);
  const KcPsfsActivity *stairs = kc_plan_add_psfs_activity (plan, "Stairs", &first);
  const KcPsfsActivity *film = kc_plan_add_psfs_activity (plan, "Sitting through a film", &first);

  /* Week of 2 Nov: both bridges, pain 2 and 4; week of 23 Nov: one, pain 6. */
  kc_test_plan_add_record (plan, 0, "bridge", 2, 2, 20);
  kc_test_plan_add_record (plan, 2, "bridge", 4, 2, 20);
  kc_test_plan_add_record (plan, 21, "bridge", 6, 2, 20);
  change->decision = KC_DECISION_ACCEPTED;
  change->evidence = kc_test_plan_day (7);
  change->decided = kc_test_plan_day (8);
  g_assert_true (kc_plan_add_change (plan, change));

  g_assert_true (kc_plan_set_psfs_score (plan, &first, stairs->id, 3));
  g_assert_true (kc_plan_set_psfs_score (plan, &latest, stairs->id, 6));
  g_assert_true (kc_plan_set_psfs_score (plan, &first, film->id, 5));
  g_assert_true (kc_plan_set_psfs_score (plan, &latest, film->id, 6));
}

/* The chart says @expected, and a screen reader hears it as the
 * picture's description. */
static void
assert_chart (GPtrArray  *charts,
              guint       index,
              const char *title,
              const char *expected)
{
  KcTrendChart *chart = g_ptr_array_index (charts, index);
  GtkWidget *area = kc_test_find_by_type (GTK_WIDGET (chart), GTK_TYPE_DRAWING_AREA);
  g_autofree char *wrong = NULL;

  g_assert_cmpstr (kc_trend_chart_get_title (chart), ==, title);
  g_assert_cmpstr (kc_trend_chart_get_description (chart), ==, expected);
  g_assert_true (gtk_widget_get_mapped (area));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (area)), ==,
                   GTK_ACCESSIBLE_ROLE_IMG);
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (area),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  g_assert_null (wrong);
}

static void
test_charts (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) charts = NULL;

  log_progress (fixture->plan);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  g_assert_false (kc_progress_view_is_empty (fixture->view));
  g_assert_true (kc_progress_view_get_plan (fixture->view) == fixture->plan);
  charts = kc_progress_view_dup_charts (fixture->view);
  g_assert_cmpuint (charts->len, ==, 5);
  assert_chart (charts, 0, "Exercises done",
                "Adherence: 1 of 2 planned exercises done in the week of 23 Nov; "
                "3 of 8 over 4 weeks.");
  assert_chart (charts, 1, "Pain during exercise",
                "Pain during exercise in the week of 23 Nov: median 6, worst 6. "
                "Over 4 weeks, ratings: 1 green, 1 amber, 1 red.");
  assert_chart (charts, 2, "Functional Scale average",
                "Functional Scale average: 4 → 6 in 3 weeks, a change that matters.");
  assert_chart (charts, 3, "Stairs", "Stairs: 3 → 6 in 3 weeks, a change that matters.");
  assert_chart (charts, 4, "Sitting through a film",
                "Sitting through a film: 5 → 6 in 3 weeks, less than the 3 points that matter.");
  g_assert_true (gtk_widget_is_sensitive (kc_test_find_by_type (GTK_WIDGET (fixture->view),
                                                                GTK_TYPE_BUTTON)));
}

/* Nothing noted: a status page says how to begin, and goes once a
 * session is noted. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  GtkWidget *status = kc_test_find_by_type (GTK_WIDGET (fixture->view), ADW_TYPE_STATUS_PAGE);

  g_assert_true (kc_progress_view_is_empty (fixture->view));
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)),
                            "Functional Scale"));
  none = kc_progress_view_dup_charts (fixture->view);
  g_assert_cmpuint (none->len, ==, 0);

  kc_test_plan_add_record (fixture->plan, 23, "bridge", KC_EXERCISE_RECORD_NO_PAIN, 2, 20);
  g_assert_false (kc_progress_view_is_empty (fixture->view));
  g_assert_false (gtk_widget_get_mapped (status));
  charts = kc_progress_view_dup_charts (fixture->view);
  /* No activities named: the two charts of the sessions only. */
  g_assert_cmpuint (charts->len, ==, 2);
  g_assert_cmpstr (kc_trend_chart_get_description (g_ptr_array_index (charts, 1)), ==,
                   "Pain during exercise: not rated in these weeks.");
}

/* Another plan chosen shows its own progress: here none. */
static void
test_choose_plan (Fixture       *fixture,
                  gconstpointer  data)
{
  log_progress (fixture->plan);
  g_assert_false (kc_progress_view_is_empty (fixture->view));
  kc_progress_view_set_plan (fixture->view, fixture->other);
  g_assert_true (kc_progress_view_get_plan (fixture->view) == fixture->other);
  g_assert_true (kc_progress_view_is_empty (fixture->view));
  kc_progress_view_set_plan (fixture->view, fixture->plan);
  g_assert_false (kc_progress_view_is_empty (fixture->view));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/progress-view/charts", test_charts);
  ADD ("/progress-view/empty", test_empty);
  ADD ("/progress-view/choose-plan", test_choose_plan);

  return g_test_run ();
}
