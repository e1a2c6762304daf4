/* test-progress-file-ui.c: progress carried from the patient's planner to
 * the physiotherapist's, through the planner's actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two computers in one test: each side its own data folder, store,
 * planner and progress view.  The patient exports; the physiotherapist,
 * who does not have the plan, imports it as a new plan and sees the same
 * charts' numbers, marked as imported; a second import adds nothing.
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kc-test-plan.h"
#include "kc-test-widgets.h"
#include "pages/kc-plans-view.h"
#include "pages/kc-progress-view.h"
#include "plan/kc-plan-file.h"
#include "plan/kc-plan-store.h"
#include "widgets/kc-trend-chart.h"

typedef struct
{
  char *dir;
  KcPlanStore *store;
  GtkWindow *window;
  KcPlansView *planner;
  KcProgressView *progress;
} Computer;

typedef struct
{
  KcLibrary *library;
  Computer patient;
  Computer physio;
} Fixture;

static void
computer_set_up (Computer  *computer,
                 KcLibrary *library)
{
  g_autoptr(GFile) folder = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GDate today = kc_test_plan_day (24);

  computer->dir = g_dir_make_tmp ("kc-progress-ui-XXXXXX", NULL);
  folder = g_file_new_for_path (computer->dir);
  computer->store = kc_plan_store_new (folder, library);
  kc_plan_store_load (computer->store);

  computer->planner = g_object_new (KC_TYPE_PLANS_VIEW, NULL);
  kc_plans_view_set_store (computer->planner, computer->store, library);
  computer->progress = g_object_new (KC_TYPE_PROGRESS_VIEW, NULL);
  kc_progress_view_set_date (computer->progress, &today);
  kc_progress_view_set_store (computer->progress, computer->store, library);
  gtk_widget_set_hexpand (GTK_WIDGET (computer->planner), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (computer->planner));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (computer->progress));

  computer->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (computer->window, 1280, 800);
  gtk_window_set_child (computer->window, box);
  gtk_window_present (computer->window);
}

static void
computer_tear_down (Computer *computer)
{
  const char *argv[] = { "rm", "-rf", computer->dir, NULL };

  gtk_window_destroy (computer->window);
  kc_plan_store_flush (computer->store);
  g_clear_object (&computer->store);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                NULL);
  g_free (computer->dir);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->library = kc_test_bundled_library ();
  computer_set_up (&fixture->patient, fixture->library);
  computer_set_up (&fixture->physio, fixture->library);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  computer_tear_down (&fixture->patient);
  computer_tear_down (&fixture->physio);
  g_clear_object (&fixture->library);
}

/* Three weeks of a patient's plan: sessions, pain and the scale rated. */
static KcPlan *
patient_plan (Computer *patient)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("knees", "Strong knees");
  g_autoptr(GError) error = NULL;
  GDate first = kc_test_plan_day (0), latest = kc_test_plan_day (21);
  const KcPsfsActivity *stairs;
  KcDose dose = { 2, 10, 0, 0 };

  kc_plan_set_patient (plan, "Zoë");
  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 2, "bridge", &dose);
  kc_test_plan_add_record (plan, 0, "bridge", 2, 2, 20);
  kc_test_plan_add_record (plan, 2, "bridge", 4, 2, 20);
  kc_test_plan_add_record (plan, 21, "bridge", 6, 2, 20);
  stairs = kc_plan_add_psfs_activity (plan, "Stairs", &first);
  g_assert_true (kc_plan_set_psfs_score (plan, &first, stairs->id, 3));
  g_assert_true (kc_plan_set_psfs_score (plan, &latest, stairs->id, 6));
  g_assert_true (kc_plan_store_add (patient->store, plan, &error));
  g_assert_no_error (error);
  return plan;   /* the store keeps it */
}

/* What each chart of @view says, one per line. */
static char *
dup_descriptions (KcProgressView *view)
{
  g_autoptr(GPtrArray) charts = kc_progress_view_dup_charts (view);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < charts->len; i++)
    g_string_append_printf (text, "%s\n",
                            kc_trend_chart_get_description (g_ptr_array_index (charts, i)));
  return g_string_free (text, FALSE);
}

static void
test_export_import (Fixture       *fixture,
                    gconstpointer  data)
{
  KcPlan *plan = patient_plan (&fixture->patient);
  g_autofree char *path = g_build_filename (fixture->patient.dir, "progress.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *patient_says = NULL, *physio_says = NULL, *before = NULL, *after = NULL;
  AdwMessageDialog *dialog;
  KcPlan *imported;
  const char *note;

  /* The patient's side: exported, and a toast says where. */
  kc_plans_view_select (fixture->patient.planner, plan);
  g_assert_true (kc_plans_view_export_progress (fixture->patient.planner, file));
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_cmpstr (kc_test_shown_toast_title (GTK_WIDGET (fixture->patient.planner)), ==,
                   "Saved to “progress.xml”");
  kc_progress_view_set_plan (fixture->patient.progress, plan);
  patient_says = dup_descriptions (fixture->patient.progress);
  g_assert_null (kc_progress_view_get_imported_note (fixture->patient.progress));

  /* The physiotherapist's side has no such plan: asked first. */
  g_assert_null (kc_plans_view_import_progress (fixture->physio.planner, file));
  dialog = kc_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Strong knees"));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->physio.store)),
                    ==, 0);
  adw_message_dialog_response (dialog, "add");
  /* Its buttons close it; answering from here does not. */
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->physio.store)),
                    ==, 1);
  imported = kc_plans_view_get_plan (fixture->physio.planner);
  g_assert_nonnull (imported);
  g_assert_cmpstr (kc_plan_get_id (imported), ==, "knees");
  g_assert_cmpstr (kc_test_shown_toast_title (GTK_WIDGET (fixture->physio.planner)), ==,
                   "Added 3 sessions, 2 ratings and 1 activity from Zoë’s progress, up to the "
                   "week of 23 November.");

  /* The same charts' numbers, said to be the patient's. */
  kc_progress_view_set_plan (fixture->physio.progress, imported);
  physio_says = dup_descriptions (fixture->physio.progress);
  g_test_message ("%s", physio_says);
  g_assert_nonnull (strstr (physio_says, "Stairs"));
  g_assert_cmpstr (physio_says, ==, patient_says);
  note = kc_progress_view_get_imported_note (fixture->physio.progress);
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, "“progress.xml”"));

  /* Again: nothing new, and the plan as it was. */
  before = kc_plan_to_xml (imported);
  g_assert_true (kc_plans_view_import_progress (fixture->physio.planner, file) == imported);
  g_assert_null (kc_test_find_message_dialog ());
  g_assert_true (g_str_has_prefix (kc_test_shown_toast_title (GTK_WIDGET (fixture->physio.planner)),
                                   "Nothing new"));
  after = kc_plan_to_xml (imported);
  g_assert_cmpstr (before, ==, after);
}

/* A plan file chosen by mistake is refused with its name, and nothing is
 * added. */
static void
test_plan_file_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->physio.dir, "knees.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *revealer;
  g_autoptr(GString) shown = g_string_new (NULL);

  g_assert_true (g_file_set_contents (path, "<plan format=\"3\" id=\"knees\"><name>x</name></plan>",
                                      -1, NULL));
  g_assert_null (kc_plans_view_import_progress (fixture->physio.planner, file));
  g_assert_null (kc_test_find_message_dialog ());
  revealer = kc_test_find_by_type (GTK_WIDGET (fixture->physio.planner), GTK_TYPE_REVEALER);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  kc_test_append_label_text (revealer, shown);
  g_assert_nonnull (strstr (shown->str, "knees.xml is a plan, not a progress file"));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->physio.store)),
                    ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/progress-file-ui/export-import", test_export_import);
  ADD ("/progress-file-ui/plan-file-refused", test_plan_file_refused);

  return g_test_run ();
}
