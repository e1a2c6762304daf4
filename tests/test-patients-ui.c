/* test-patients-ui.c: the plans list by patient, its search, and a patient
 * deleted and brought back (issue 18)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#include <sys/stat.h>

#include "content/kc-library.h"
#include "core/kc-data-folder.h"
#include "kc-window.h"
#include "pages/kc-patient-header.h"
#include "pages/kc-plan-row.h"
#include "pages/kc-plans-view-private.h"
#include "kc-test-library.h"
#include "kc-test-plan.h"
#include "kc-test-widgets.h"

typedef struct
{
  char *dir;
  GFile *folder;
  KcLibrary *library;
  KcPlanStore *store;
  GSettings *settings;
  KcWindow *window;
  KcPlansView *view;
  KcPlan *plans[4];   /* Zoë's two, Bernd's, one without a patient */
} Fixture;

static KcPlan *
add_plan (Fixture    *fixture,
          const char *name,
          const char *patient)
{
  KcDose dose = { .sets = 2, .reps = 10 };
  KcPlan *plan = kc_plan_new (NULL, name);

  kc_plan_set_patient (plan, patient);
  g_assert_nonnull (kc_plan_add_item (plan, 0, "bridge", &dose));
  g_assert_true (kc_plan_store_add (fixture->store, plan, NULL));
  return plan;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("kc-patients-ui-XXXXXX", NULL);
  fixture->folder = g_file_new_for_path (fixture->dir);
  fixture->library = kc_test_bundled_library ();
  fixture->store = kc_plan_store_new (fixture->folder, fixture->library);
  fixture->settings = g_settings_new (APP_ID);
  kc_plan_store_load (fixture->store);
  fixture->plans[0] = add_plan (fixture, "Knees", "Zoë");
  fixture->plans[1] = add_plan (fixture, "Back and hips", " zoë");
  fixture->plans[2] = add_plan (fixture, "Lower back", "Bernd");
  fixture->plans[3] = add_plan (fixture, "Stairs", "");

  fixture->window = kc_window_new (NULL, fixture->library, fixture->settings);
  kc_window_set_plan_store (fixture->window, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kc_window_show_page (fixture->window, "exercises");
  fixture->view = KC_PLANS_VIEW (kc_test_find_by_type (GTK_WIDGET (fixture->window),
                                                       KC_TYPE_PLANS_VIEW));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *argv[] = { "rm", "-rf", fixture->dir, NULL };

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  for (guint i = 0; i < G_N_ELEMENTS (fixture->plans); i++)
    g_clear_object (&fixture->plans[i]);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->library);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                NULL);
  g_clear_object (&fixture->folder);
  g_free (fixture->dir);
}

static guint
n_rows (Fixture *fixture)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (fixture->view->plans_list, (int)n) != NULL)
    n++;
  return n;
}

static GtkListBoxRow *
row_at (Fixture *fixture,
        int      index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (fixture->view->plans_list, index);

  g_assert_nonnull (row);
  return row;
}

static KcPlan *
plan_at (Fixture *fixture,
         int      index)
{
  return kc_plan_row_get_plan (KC_PLAN_ROW (row_at (fixture, index)));
}

/* The heading over the row at @index, or %NULL. */
static KcPatientHeader *
header_at (Fixture *fixture,
           int      index)
{
  GtkWidget *header = gtk_list_box_row_get_header (row_at (fixture, index));

  g_assert_true (header == NULL || KC_IS_PATIENT_HEADER (header));
  return (KcPatientHeader *)header;
}

static void
assert_header (Fixture    *fixture,
               int         index,
               const char *group_name,
               const char *delete_name)
{
  KcPatientHeader *header = header_at (fixture, index);
  GtkButton *delete = NULL;

  g_assert_nonnull (header);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       group_name);
  delete = kc_patient_header_get_delete (header);
  g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (delete)), ==, delete_name != NULL);
  if (delete_name != NULL)
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                         delete_name);
}

/* Patients by name, each once with all their plans under them, however
 * the name was typed; the plans without a patient last. */
static void
test_grouped (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_cmpuint (n_rows (fixture), ==, 4);
  g_assert_true (plan_at (fixture, 0) == fixture->plans[2]);
  g_assert_true (plan_at (fixture, 1) == fixture->plans[1]);
  g_assert_true (plan_at (fixture, 2) == fixture->plans[0]);
  g_assert_true (plan_at (fixture, 3) == fixture->plans[3]);

  assert_header (fixture, 0, "Bernd, 1 plan", "Delete Patient Bernd and 1 Plan…");
  /* Spelled as the first of their plans spells it. */
  assert_header (fixture, 1, "zoë, 2 plans", "Delete Patient zoë and 2 Plans…");
  g_assert_null (header_at (fixture, 2));
  assert_header (fixture, 3, "No patient named, 1 plan", NULL);
}

/* Typing a patient into a plan moves it to their group, and it stays the
 * plan being edited. */
static void
test_patient_typed_regroups (Fixture       *fixture,
                             gconstpointer  data)
{
  kc_plans_view_select (fixture->view, fixture->plans[2]);
  gtk_editable_set_text (GTK_EDITABLE (fixture->view->patient_entry), "ZOË");

  g_assert_true (kc_plans_view_get_plan (fixture->view) == fixture->plans[2]);
  g_assert_true (gtk_list_box_get_selected_row (fixture->view->plans_list) ==
                 _kc_plans_view_find_row (fixture->view, fixture->plans[2]));
  g_assert_true (gtk_stack_get_visible_child_name (fixture->view->editor_stack) != NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->view->editor_stack), ==, "editor");
  assert_header (fixture, 0, "zoë, 3 plans", "Delete Patient zoë and 3 Plans…");
  g_assert_true (plan_at (fixture, 1) == fixture->plans[0]);
  g_assert_true (plan_at (fixture, 2) == fixture->plans[2]);
  assert_header (fixture, 3, "No patient named, 1 plan", NULL);
}

static void
search (Fixture    *fixture,
        const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (fixture->view->search_entry), text);
  /* GtkSearchEntry waits a moment before it says; said at once here. */
  g_signal_emit_by_name (fixture->view->search_entry, "search-changed");
}

/* The search keeps plans by name or patient; nothing found says what to
 * do; Escape shows every plan again. */
static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  const char *description;

  kc_plans_view_select (fixture->view, fixture->plans[0]);
  search (fixture, "BACK");
  g_assert_cmpuint (n_rows (fixture), ==, 2);
  g_assert_true (plan_at (fixture, 0) == fixture->plans[2]);
  /* The heading still counts all of the patient's plans: all would go. */
  assert_header (fixture, 1, "zoë, 2 plans", "Delete Patient zoë and 2 Plans…");
  /* The plan being edited is hidden, not closed. */
  g_assert_true (kc_plans_view_get_plan (fixture->view) == fixture->plans[0]);

  search (fixture, "zoe\xcc\x88");
  g_assert_cmpuint (n_rows (fixture), ==, 2);
  g_assert_true (gtk_list_box_get_selected_row (fixture->view->plans_list) ==
                 _kc_plans_view_find_row (fixture->view, fixture->plans[0]));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->view->list_stack), ==, "list");

  search (fixture, "<b>Nobody</b>");
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->view->list_stack), ==, "no-match");
  description = adw_status_page_get_description (fixture->view->no_match_page);
  g_assert_nonnull (strstr (description, "&lt;b&gt;Nobody&lt;/b&gt;"));
  g_assert_nonnull (strstr (description, "Escape"));

  g_signal_emit_by_name (fixture->view->search_entry, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->view->search_entry)), ==, "");
  g_assert_cmpuint (n_rows (fixture), ==, 4);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->view->list_stack), ==, "list");

  /* Choosing a plan the search hides shows every plan. */
  search (fixture, "Stairs");
  kc_plans_view_select (fixture->view, fixture->plans[2]);
  g_assert_cmpuint (n_rows (fixture), ==, 4);
  g_assert_true (kc_plans_view_get_plan (fixture->view) == fixture->plans[2]);
}

static gboolean
focus_in (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Ctrl+F, the whole app's search, searches the plans while the focus is
 * among them; the view's own key does the same. */
static void
test_ctrl_f_searches_plans (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *entry = GTK_WIDGET (fixture->view->search_entry);

  kc_plans_view_select (fixture->view, fixture->plans[0]);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->view->name_entry));
  g_assert_false (focus_in (entry));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  g_assert_true (focus_in (entry));

  gtk_widget_grab_focus (GTK_WIDGET (fixture->view->name_entry));
  kc_test_activate_shortcut (GTK_WIDGET (fixture->view), GDK_KEY_f, GDK_CONTROL_MASK);
  g_assert_true (focus_in (entry));
}

static GtkWindow *
find_dialog (void)
{
  return GTK_WINDOW (kc_test_find_message_dialog ());
}

static const char *
shown_toast_title (Fixture *fixture)
{
  return fixture->view->toast != NULL ? adw_toast_get_title (fixture->view->toast) : NULL;
}

/* The delete button asks, naming the patient and how many plans go;
 * Cancel keeps all; Delete deletes the files; Undo writes them back. */
static void
test_delete_patient_and_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  /* g_autofree on an array would free only its first element. */
  char *paths[2] = { NULL, NULL };
  char *before[2] = { NULL, NULL };
  AdwMessageDialog *dialog;
  GtkButton *delete;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GFile) file = kc_plan_store_dup_file (fixture->store, fixture->plans[i]);

      paths[i] = g_file_get_path (file);
      before[i] = kc_test_read_file (paths[i]);
    }
  kc_plans_view_select (fixture->view, fixture->plans[0]);

  /* The heading's button, as a click would. */
  delete = kc_patient_header_get_delete (header_at (fixture, 1));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (delete)));
  g_signal_emit_by_name (delete, "clicked");
  dialog = ADW_MESSAGE_DIALOG (find_dialog ());
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete Patient zoë?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "2 plans of zoë"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (dialog, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 4);
  g_assert_true (g_file_test (paths[0], G_FILE_TEST_EXISTS));

  dialog = _kc_plans_view_ask_delete_patient (fixture->view, "Zoë");
  adw_message_dialog_response (dialog, "delete");
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 2);
  g_assert_false (g_file_test (paths[0], G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (paths[1], G_FILE_TEST_EXISTS));
  g_assert_null (kc_plans_view_get_plan (fixture->view));
  g_assert_cmpuint (n_rows (fixture), ==, 2);
  assert_header (fixture, 0, "Bernd, 1 plan", "Delete Patient Bernd and 1 Plan…");
  g_assert_cmpstr (shown_toast_title (fixture), ==, "zoë and 2 plans were deleted");

  gtk_widget_activate_action (view, "plans.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 4);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *after = kc_test_read_file (paths[i]);
      g_assert_cmpstr (after, ==, before[i]);
    }
  assert_header (fixture, 1, "zoë, 2 plans", "Delete Patient zoë and 2 Plans…");
  /* The first of them is chosen. */
  g_assert_true (kc_plans_view_get_plan (fixture->view) == fixture->plans[1]);
  g_assert_null (shown_toast_title (fixture));

  /* Undo is taken once. */
  gtk_widget_activate_action (view, "plans.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 4);

  for (guint i = 0; i < 2; i++)
    {
      g_free (paths[i]);
      g_free (before[i]);
    }
}

/* A calendar exported into the data folder is private like the plans;
 * one saved elsewhere, to be shared, is not. */
static void
test_calendar_in_data_folder_private (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GFile) folder = kc_data_folder_dup ();
  g_autoptr(GFile) inside = g_file_get_child (folder, "knees.ics");
  g_autofree char *outside_path = g_build_filename (fixture->dir, "knees.ics", NULL);
  g_autoptr(GFile) outside = g_file_new_for_path (outside_path);
  mode_t old_umask = umask (022);

  g_assert_cmpstr (g_get_user_data_dir (), !=, g_getenv ("HOME"));
  g_assert_false (g_file_query_exists (folder, NULL));
  g_assert_true (kc_make_private_folder (folder, NULL));
  g_assert_cmpuint (kc_test_file_mode (g_file_peek_path (folder)), ==, 0700);
  g_assert_true (_kc_plans_view_save_calendar (fixture->view, fixture->plans[0], 8 * 60, inside));
  g_assert_cmpuint (kc_test_file_mode (g_file_peek_path (inside)), ==, 0600);
  /* Replacing it keeps it private. */
  g_assert_true (_kc_plans_view_save_calendar (fixture->view, fixture->plans[0], 9 * 60, inside));
  g_assert_cmpuint (kc_test_file_mode (g_file_peek_path (inside)), ==, 0600);

  g_assert_true (_kc_plans_view_save_calendar (fixture->view, fixture->plans[0], 8 * 60,
                                               outside));
  g_assert_cmpuint (kc_test_file_mode (outside_path), ==, 0644);
  g_file_delete (inside, NULL, NULL);
  umask (old_umask);
}

int
main (int   argc,
      char *argv[])
{
  /* gtk_test_init() takes no G_TEST_OPTION_ISOLATE_DIRS: the data folder
   * is made a temporary one here, before GLib first reads where it is. */
  g_autofree char *data_home = g_dir_make_tmp ("kc-patients-data-XXXXXX", NULL);
  const char *rm[] = { "rm", "-rf", data_home, NULL };
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/patients-ui/grouped", test_grouped);
  ADD ("/patients-ui/patient-typed-regroups", test_patient_typed_regroups);
  ADD ("/patients-ui/search", test_search);
  ADD ("/patients-ui/ctrl-f-searches-plans", test_ctrl_f_searches_plans);
  ADD ("/patients-ui/delete-patient-and-undo", test_delete_patient_and_undo);
  ADD ("/patients-ui/calendar-in-data-folder-private", test_calendar_in_data_folder_private);

#undef ADD

  status = g_test_run ();
  g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  return status;
}
