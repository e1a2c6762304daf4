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

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The files of @dir, name and bytes, in name order. */
static char *
dup_folder_text (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *text = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;

      g_string_append_printf (text, "== %s\n", (char *) g_ptr_array_index (names, i));
      if (g_file_get_contents (path, &contents, NULL, NULL))
        g_string_append (text, contents);
    }
  return g_string_free (text, FALSE);
}

/* Exports the patient's plan to @name in their folder. */
static GFile *
export_from (Computer   *patient,
             KcPlan     *plan,
             const char *name)
{
  g_autofree char *path = g_build_filename (patient->dir, name, NULL);
  GFile *file = g_file_new_for_path (path);

  kc_plans_view_select (patient->planner, plan);
  g_assert_true (kc_plans_view_export_progress (patient->planner, file));
  return file;
}

/* Two visits: the physiotherapist imports, edits the plan (name, notes,
 * a dose); the patient exercises on and exports again; the second import
 * adds only the new weeks, and the physiotherapist's edits stay. */
static void
test_second_visit (Fixture       *fixture,
                   gconstpointer  data)
{
  KcPlan *plan = patient_plan (&fixture->patient);
  g_autoptr(GFile) first = export_from (&fixture->patient, plan, "visit-1.xml");
  g_autoptr(GFile) second = NULL;
  g_autofree char *saved = NULL;
  GDate week5 = kc_test_plan_day (28);
  const KcPsfsActivity *stairs;
  AdwMessageDialog *dialog;
  KcPlan *imported;
  KcPlanItem *item;
  KcDose dose = { 3, 12, 0, 0 };

  g_assert_null (kc_plans_view_import_progress (fixture->physio.planner, first));
  dialog = kc_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  /* Enter adds, Escape cancels; cancelling adds nothing. */
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "add");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->physio.store)),
                    ==, 0);

  g_assert_null (kc_plans_view_import_progress (fixture->physio.planner, first));
  dialog = kc_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "add");
  gtk_window_destroy (GTK_WINDOW (dialog));
  imported = kc_plans_view_get_plan (fixture->physio.planner);
  g_assert_nonnull (imported);
  g_assert_cmpuint (kc_plan_get_records (imported)->len, ==, 3);

  /* The physiotherapist's edits at the visit. */
  kc_plan_set_name (imported, "Stronger knees");
  kc_plan_set_notes (imported, "Slow on the way down.");
  item = g_list_model_get_item (kc_plan_get_day (imported, 0), 0);
  kc_plan_item_set_dose (item, &dose);
  g_object_unref (item);

  /* The patient exercises on, a week later, and rates the scale again. */
  kc_test_plan_add_record (plan, 28, "bridge", 1, 2, 20);
  kc_test_plan_add_record (plan, 30, "bridge", 1, 2, 20);
  stairs = g_ptr_array_index (kc_plan_get_psfs_activities (plan), 0);
  g_assert_true (kc_plan_set_psfs_score (plan, &week5, stairs->id, 8));
  second = export_from (&fixture->patient, plan, "visit-2.xml");

  /* Merged into the same plan, without asking: only the new week. */
  g_assert_true (kc_plans_view_import_progress (fixture->physio.planner, second) == imported);
  g_assert_null (kc_test_find_message_dialog ());
  g_assert_cmpstr (kc_test_shown_toast_title (GTK_WIDGET (fixture->physio.planner)), ==,
                   "Added 2 sessions and 1 rating from Zoë’s progress, up to the week of "
                   "30 November.");
  g_assert_cmpuint (kc_plan_get_records (imported)->len, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->physio.store)),
                    ==, 1);

  /* The edits stay, in memory and on disk. */
  g_assert_cmpstr (kc_plan_get_name (imported), ==, "Stronger knees");
  g_assert_cmpstr (kc_plan_get_notes (imported), ==, "Slow on the way down.");
  item = g_list_model_get_item (kc_plan_get_day (imported, 0), 0);
  g_assert_cmpuint (kc_plan_item_get_dose (item)->sets, ==, 3);
  g_assert_cmpuint (kc_plan_item_get_dose (item)->reps, ==, 12);
  g_object_unref (item);
  kc_plan_store_flush (fixture->physio.store);
  saved = dup_folder_text (fixture->physio.dir);
  g_assert_nonnull (strstr (saved, "Stronger knees"));
  g_assert_nonnull (strstr (saved, "Slow on the way down."));
}

/* Files that are not progress files, chosen through the planner: each is
 * refused with a message naming it, and nothing changes on disk. */
static void
test_hostile_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct
  {
    const char *name;
    const char *text;
    gssize length;
  } files[] = {
    { "scan.xml", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", -1 },
    { "empty.xml", "", 0 },
    { "knees.xml", "<plan format=\"3\" id=\"knees\"><name>x</name></plan>", -1 },
    { "future.xml", "<progress format=\"9\" plan=\"knees\"><name>x</name></progress>", -1 },
  };
  g_autofree char *before = NULL;

  /* The physiotherapist has the plan already: nothing may touch it. */
  patient_plan (&fixture->physio);
  kc_plan_store_flush (fixture->physio.store);
  before = dup_folder_text (fixture->physio.dir);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (fixture->patient.dir, files[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GString) shown = g_string_new (NULL);
      g_autofree char *after = NULL;
      GtkWidget *revealer;

      g_test_message ("%s", files[i].name);
      g_assert_true (g_file_set_contents (path, files[i].text, files[i].length, NULL));
      g_assert_null (kc_plans_view_import_progress (fixture->physio.planner, file));
      g_assert_null (kc_test_find_message_dialog ());
      revealer = kc_test_find_by_type (GTK_WIDGET (fixture->physio.planner), GTK_TYPE_REVEALER);
      g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
      kc_test_append_label_text (revealer, shown);
      g_test_message ("%s", shown->str);
      g_assert_nonnull (strstr (shown->str, files[i].name));
      kc_plan_store_flush (fixture->physio.store);
      after = dup_folder_text (fixture->physio.dir);
      g_assert_cmpstr (before, ==, after);
    }
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
  ADD ("/progress-file-ui/second-visit", test_second_visit);
  ADD ("/progress-file-ui/hostile-refused", test_hostile_refused);

  return g_test_run ();
}
