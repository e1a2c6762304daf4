/* test-plans-view.c: building a plan through the interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "content/kc-library.h"
#include "kc-window.h"
#include "pages/kc-day-card.h"
#include "pages/kc-exercises-page.h"
#include "pages/kc-plan-item-row.h"
#include "pages/kc-plan-print.h"
#include "pages/kc-plan-row.h"
#include "pages/kc-plans-view-private.h"
#include "pages/kc-template-card.h"
#include "pages/kc-today-view.h"
#include "widgets/kc-print.h"
#include "widgets/kc-progress-chart.h"
#include "plan/kc-plan-file-private.h"
#include "kc-test-a11y.h"
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
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("kc-plans-ui-XXXXXX", NULL);
  fixture->folder = g_file_new_for_path (fixture->dir);
  fixture->library = kc_test_bundled_library ();
  fixture->store = kc_plan_store_new (fixture->folder, fixture->library);
  fixture->settings = g_settings_new (APP_ID);

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

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  _kc_plan_file_set_writer (NULL);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->library);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                NULL);
  g_clear_object (&fixture->folder);
  g_free (fixture->dir);
}

/* The plan's file once its edits are saved: quick edits wait up to a
 * second, or until the app closes (kc-plan-store.c). */
static char *
saved_file (Fixture *fixture,
            KcPlan  *plan)
{
  g_autofree char *name = g_strconcat (kc_plan_get_id (plan), ".xml", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  char *contents = NULL;

  kc_plan_store_flush (fixture->store);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static KcDayCard *
find_card (Fixture *fixture,
           guint    weekday)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();

  kc_test_collect_by_type (GTK_WIDGET (fixture->view), KC_TYPE_DAY_CARD, cards);
  g_assert_cmpuint (cards->len, ==, KC_N_WEEKDAYS);
  for (guint i = 0; i < cards->len; i++)
    if (kc_day_card_get_weekday (g_ptr_array_index (cards, i)) == weekday)
      return g_ptr_array_index (cards, i);

  g_assert_not_reached ();
}

/* The rows of a day's card, in order. */
static GPtrArray *
rows_of (Fixture *fixture,
         guint    weekday)
{
  GPtrArray *rows = g_ptr_array_new ();

  kc_test_collect_by_type (GTK_WIDGET (find_card (fixture, weekday)), KC_TYPE_PLAN_ITEM_ROW,
                           rows);
  return rows;
}

static KcPlanItemRow *
row_of_item (Fixture    *fixture,
             guint       weekday,
             KcPlanItem *item)
{
  g_autoptr(GPtrArray) rows = rows_of (fixture, weekday);

  for (guint i = 0; i < rows->len; i++)
    if (kc_plan_item_row_get_item (g_ptr_array_index (rows, i)) == item)
      return g_ptr_array_index (rows, i);

  return NULL;
}

static GtkMenuButton *
add_button_of (Fixture *fixture,
               guint    weekday)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  /* The dose buttons of the rows come first; "Add Exercise" is last. */
  kc_test_collect_by_type (GTK_WIDGET (find_card (fixture, weekday)), GTK_TYPE_MENU_BUTTON,
                           buttons);
  g_assert_cmpuint (buttons->len, >=, 1);
  return g_ptr_array_index (buttons, buttons->len - 1);
}

/* Opens "Add Exercise" of a day and returns its list of the library. */
static GtkListBox *
open_add_list (Fixture *fixture,
               guint    weekday)
{
  GtkMenuButton *button = add_button_of (fixture, weekday);
  GtkPopover *popover;

  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  return GTK_LIST_BOX (kc_test_find_by_type (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX));
}

static KcPlanItem *
item_at (KcPlan *plan,
         guint   weekday,
         guint   position)
{
  g_autoptr(KcPlanItem) item = g_list_model_get_item (kc_plan_get_day (plan, weekday), position);

  return item;   /* the plan keeps it */
}

/* A physiotherapist's minute: template, patient name, one dose changed,
 * one exercise added, one removed — and all of it is on disk. */
static void
test_build_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autofree char *xml = NULL;
  GtkListBox *add_list = NULL;
  KcPlan *plan;
  guint n_before;

  gtk_widget_activate_action (view, "plans.new-from-template", "s", "gentle-start");
  plan = kc_plans_view_get_plan (fixture->view);
  g_assert_nonnull (plan);
  n_before = kc_plan_get_n_items (plan);

  /* Type the patient's name into its field. */
  kc_test_collect_by_type (view, GTK_TYPE_ENTRY, entries);
  g_assert_cmpuint (entries->len, >=, 2);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 1)), "Ms Jane Example");
  g_assert_cmpstr (kc_plan_get_patient (plan), ==, "Ms Jane Example");

  /* Change the first exercise's sets through its dose spin button. */
  kc_test_collect_by_type (view, GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, >=, 4);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 5);

  /* Add an exercise to Monday from the "Add Exercise" list. */
  add_list = open_add_list (fixture, 0);
  g_assert_nonnull (add_list);
  g_signal_emit_by_name (add_list, "row-activated", gtk_list_box_get_row_at_index (add_list, 0));
  g_assert_cmpuint (kc_plan_get_n_items (plan), ==, n_before + 1);

  xml = saved_file (fixture, plan);
  g_assert_nonnull (strstr (xml, "<patient>Ms Jane Example</patient>"));
  g_assert_nonnull (strstr (xml, "sets=\"5\""));
  g_assert_nonnull (strstr (xml, "<name>Gentle start for back-related knee pain</name>"));
  g_assert_nonnull (strstr (xml, "exercise=\"plank\""));   /* the first in the library */
}

/* The week is set against what WHO advises, and follows every change. */
static void
test_week_summary (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  GtkWidget *summary;
  KcPlan *plan;
  const char *text;

  gtk_widget_activate_action (view, "plans.new-from-template", "s", "gentle-start");
  plan = kc_plans_view_get_plan (fixture->view);
  summary = kc_test_find_by_css_class (view, "kc-week-summary");
  g_assert_nonnull (summary);
  g_assert_true (gtk_widget_is_visible (summary));
  text = gtk_label_get_label (GTK_LABEL (summary));
  g_assert_nonnull (strstr (text, "Aerobic: 80 of 150 minutes this week"));
  g_assert_nonnull (strstr (text, "Strengthening: on 5 days (at least 2 advised)"));

  /* 20 more minutes of walking on Sunday. */
  g_assert_nonnull (kc_plans_view_add_exercise (fixture->view, "walking", 6));
  g_assert_true (plan == kc_plans_view_get_plan (fixture->view));
  text = gtk_label_get_label (GTK_LABEL (summary));
  g_assert_nonnull (strstr (text, "Aerobic: 100 of 150 minutes this week"));
}

/* The title of the toast the planner shows, or %NULL when none shows. */
static const char *
shown_toast_title (Fixture *fixture)
{
  return kc_test_shown_toast_title (GTK_WIDGET (fixture->view));
}

/* A full day refuses one more exercise, and the planner says so. */
static void
test_full_day_said (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Full Monday");
  GtkWidget *revealer = kc_test_find_by_type (GTK_WIDGET (fixture->view), GTK_TYPE_REVEALER);
  KcDose dose = { 1, 0, 0, 0 };
  const char *text;

  for (guint i = 0; i < KC_PLAN_MAX_ITEMS_PER_DAY; i++)
    g_assert_nonnull (kc_plan_add_item (plan, 0, "bridge", &dose));
  kc_plan_store_add (fixture->store, plan, NULL);
  kc_plans_view_select (fixture->view, plan);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  g_assert_true (kc_plans_view_add_exercise (fixture->view, "walking", 0) == plan);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 0)), ==,
                    KC_PLAN_MAX_ITEMS_PER_DAY);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  text = gtk_label_get_label (GTK_LABEL (kc_test_find_by_type (revealer, GTK_TYPE_LABEL)));
  g_assert_nonnull (strstr (text, "Monday already has 50 exercises"));

  /* Tuesday has room; moving one of Tuesday's to Monday does not. */
  g_assert_true (kc_plans_view_add_exercise (fixture->view, "walking", 1) == plan);
  kc_plans_view_move_to_day (fixture->view, 1, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 1)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 0)), ==,
                    KC_PLAN_MAX_ITEMS_PER_DAY);
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  g_autofree char *path = NULL;
  KcPlan *plan;
  g_autofree char *id = NULL;

  gtk_widget_activate_action (view, "plans.new-empty", NULL);
  plan = kc_plans_view_get_plan (fixture->view);
  id = g_strdup (kc_plan_get_id (plan));
  path = g_strdup_printf ("%s/%s.xml", fixture->dir, id);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_null (shown_toast_title (fixture));
  gtk_widget_activate_action (view, "plans.delete", NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 0);
  /* A toast says so, and offers it back. */
  g_assert_cmpstr (shown_toast_title (fixture), ==, "“New plan” was deleted");

  gtk_widget_activate_action (view, "plans.undo", NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 1);
  g_assert_cmpstr (kc_plan_get_id (kc_plans_view_get_plan (fixture->view)), ==, id);

  /* Undo is taken once. */
  gtk_widget_activate_action (view, "plans.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 1);
}

/* An exercise removed from a day comes back, to its place, from the
 * toast's Undo; a later toast lets the chance go. */
static void
test_remove_item_and_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  g_autoptr(KcPlanItem) second = NULL;
  g_autofree char *expected = NULL;
  KcItem *exercise;
  KcPlan *plan;
  guint n;

  gtk_widget_activate_action (view, "plans.new-from-template", "s", "gentle-start");
  plan = kc_plans_view_get_plan (fixture->view);
  n = g_list_model_get_n_items (kc_plan_get_day (plan, 0));
  g_assert_cmpuint (n, >=, 2);
  second = g_object_ref (item_at (plan, 0, 1));
  exercise = KC_ITEM (kc_library_lookup (fixture->library, kc_plan_item_get_exercise_id (second)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row_of_item (fixture, 0, second)),
                                             "item.remove", NULL));
  g_assert_false (kc_plan_find_item (plan, second, NULL, NULL));
  expected = g_strdup_printf ("%s removed from Monday", kc_item_get_name (exercise));
  g_assert_cmpstr (shown_toast_title (fixture), ==, expected);

  gtk_widget_activate_action (view, "plans.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 0)), ==, n);
  g_assert_true (item_at (plan, 0, 1) == second);
  g_assert_nonnull (row_of_item (fixture, 0, second));

  /* Removed again, then another removal: Undo brings back only the last. */
  gtk_widget_activate_action (GTK_WIDGET (row_of_item (fixture, 0, second)), "item.remove", NULL);
  gtk_widget_activate_action (GTK_WIDGET (row_of_item (fixture, 0, item_at (plan, 0, 0))),
                              "item.remove", NULL);
  gtk_widget_activate_action (view, "plans.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 0)), ==, n - 1);
  g_assert_false (kc_plan_find_item (plan, second, NULL, NULL));
}

/* Importing a broken file says what is wrong and changes nothing. */
static void
test_import_broken (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "from-email.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *revealer;

  g_assert_true (g_file_set_contents (path, "<plan format=\"1\" id=\"a\"><name>x</nam", -1,
                                      NULL));
  g_assert_null (kc_plans_view_import (fixture->view, file));
  revealer = kc_test_find_by_type (GTK_WIDGET (fixture->view), GTK_TYPE_REVEALER);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 0);
}

/* The import dialog offers plan files: *.xml. */
static void
test_import_filters_xml (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GtkFileChooserNative) chooser =
    _kc_plans_view_new_import_chooser (GTK_WINDOW (fixture->window), "Import Plan",
                                       "Plans (XML)");
  GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
  g_autoptr(GVariant) rules = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (filter);
  rules = gtk_file_filter_to_gvariant (filter);
  text = g_variant_print (rules, FALSE);
  g_assert_nonnull (strstr (text, "'*.xml'"));
  g_assert_null (strstr (text, "'*'"));
}

/* A plan file that cannot be read is named in the planner, with where it
 * was put and why. */
static void
test_unreadable_plan_named (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "half-written.xml", NULL);
  GtkWidget *revealer = kc_test_find_by_type (GTK_WIDGET (fixture->view), GTK_TYPE_REVEALER);
  GtkWidget *label;
  const char *text;

  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (g_file_set_contents (path, "<plan format=\"1\" id=\"a\"><name>Ha", -1, NULL));
  kc_plan_store_load (fixture->store);

  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  label = kc_test_find_by_type (revealer, GTK_TYPE_LABEL);
  text = gtk_label_get_label (GTK_LABEL (label));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "half-written.xml"));
  g_assert_nonnull (strstr (text, "kept-aside"));
}

/* Notes longer than a GtkEntry holds (65535 bytes) survive an edit whole,
 * and what the plan cannot hold is not typed. */
static void
test_long_notes_kept_on_edit (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Long notes");
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autofree char *expected = NULL;
  g_autofree char *full = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter end;

  for (guint i = 0; i < 40000; i++)
    g_string_append (notes, "é");   /* 80 000 bytes */
  kc_plan_set_notes (plan, notes->str);
  kc_plan_store_add (fixture->store, plan, NULL);
  kc_plans_view_select (fixture->view, plan);

  kc_test_collect_by_type (GTK_WIDGET (fixture->view), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  buffer = gtk_text_view_get_buffer (g_ptr_array_index (views, 0));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, "!", -1, TRUE);

  expected = g_strconcat (notes->str, "!", NULL);
  g_assert_cmpstr (kc_plan_get_notes (plan), ==, expected);

  /* At the limit, a paste is cut to what fits, in the view as in the plan. */
  full = g_strnfill (KC_PLAN_MAX_NOTES - 2, 'x');
  gtk_text_buffer_set_text (buffer, full, -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, "abcdef", -1, TRUE);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, KC_PLAN_MAX_NOTES);
  g_assert_cmpint (g_utf8_strlen (kc_plan_get_notes (plan), -1), ==, KC_PLAN_MAX_NOTES);
  g_assert_true (g_str_has_suffix (kc_plan_get_notes (plan), "xxab"));
}

/* An exercise the library lacks has a row that says so, with its id. */
static void
test_missing_exercise_row (Fixture       *fixture,
                           gconstpointer  data)
{
  KcDose dose = { 2, 0, 0, 0 };
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Clinic");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *missing;
  gboolean named = FALSE;

  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 0, "clinic-wall-slide", &dose);
  kc_plan_store_add (fixture->store, plan, NULL);
  kc_plans_view_select (fixture->view, plan);

  rows = rows_of (fixture, 0);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (rows, 0), "warning"));
  missing = g_ptr_array_index (rows, 1);
  g_assert_true (gtk_widget_has_css_class (missing, "warning"));
  kc_test_collect_by_type (missing, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_label (g_ptr_array_index (labels, i));

      named |= strstr (text, "Missing") != NULL && strstr (text, "clinic-wall-slide") != NULL;
    }
  g_assert_true (named);
}

/* A label in @widget that is shown and whose text holds @text, or %NULL. */
static GtkWidget *
shown_label_with (GtkWidget  *widget,
                  const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  kc_test_collect_by_type (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_is_visible (label) &&
          strstr (gtk_label_get_label (GTK_LABEL (label)), text) != NULL)
        return label;
    }

  return NULL;
}

/* A plan naming an exercise only the user's content has shows it as
 * missing until that content joins the library, then by its name. */
static void
test_missing_exercise_found_later (Fixture       *fixture,
                                   gconstpointer  data)
{
  KcDose dose = { 2, 0, 0, 0 };
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Clinic");
  g_autoptr(GBytes) bytes = g_bytes_new_static (kc_test_user_exercise_xml,
                                                strlen (kc_test_user_exercise_xml));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *row;
  gboolean named = FALSE;

  kc_plan_add_item (plan, 0, KC_TEST_USER_EXERCISE_ID, &dose);
  kc_plan_store_add (fixture->store, plan, NULL);
  kc_plans_view_select (fixture->view, plan);
  rows = rows_of (fixture, 0);
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (rows, 0), "warning"));
  g_clear_pointer (&rows, g_ptr_array_unref);

  kc_library_add_bytes (fixture->library, "mine.xml", bytes);
  kc_test_library_load_async (fixture->library);
  /* The page was made again from the grown library. */
  fixture->view = KC_PLANS_VIEW (kc_test_find_by_type (GTK_WIDGET (fixture->window),
                                                       KC_TYPE_PLANS_VIEW));
  kc_plans_view_select (fixture->view, plan);

  rows = rows_of (fixture, 0);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_false (gtk_widget_has_css_class (row, "warning"));
  kc_test_collect_by_type (row, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    named |= g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)),
                        "Clinic wall slide") == 0;
  g_assert_true (named);
}

/* Two files with one plan id: both in the list, the second named. */
static void
test_duplicate_id_named (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"knees\"><name>Knees</name></plan>\n";
  g_autofree char *original = g_build_filename (fixture->dir, "knees.xml", NULL);
  g_autofree char *copy = g_build_filename (fixture->dir, "knees (copy).xml", NULL);
  GtkWidget *revealer = kc_test_find_by_type (GTK_WIDGET (fixture->view), GTK_TYPE_REVEALER);
  GtkWidget *label;
  GtkWidget *list;
  const char *text;

  g_assert_true (g_file_set_contents (original, xml, -1, NULL));
  g_assert_true (g_file_set_contents (copy, xml, -1, NULL));
  kc_plan_store_load (fixture->store);

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 2);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  label = kc_test_find_by_type (revealer, GTK_TYPE_LABEL);
  text = gtk_label_get_label (GTK_LABEL (label));
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "knees (copy).xml"));
  g_assert_nonnull (strstr (text, "same id"));

  /* The list names the second as the copy, and only it. */
  list = kc_test_find_by_type (GTK_WIDGET (fixture->view), GTK_TYPE_LIST_BOX);   /* the plans */
  for (int i = 0; i < 2; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);
      GtkWidget *note;

      /* Name and, for the copy alone, the note under it, shown. */
      g_assert_true (KC_IS_PLAN_ROW (row));
      g_assert_nonnull (shown_label_with (GTK_WIDGET (row), "Knees"));
      note = shown_label_with (GTK_WIDGET (row), "Copy with the same id: knees (copy).xml");
      g_assert_true ((note != NULL) == (i == 1));
    }
}

static gboolean
disk_full_writer (const char  *path,
                  const char  *contents,
                  gsize        length,
                  GError     **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  return FALSE;
}

static void
on_destroyed_cb (gboolean *destroyed)
{
  *destroyed = TRUE;
}

static GtkWindow *
find_dialog (void)
{
  return GTK_WINDOW (kc_test_find_message_dialog ());
}

/* Closing while a plan cannot be saved: one more try, then the window
 * says so and stays; once saving works, it closes. */
static void
test_failed_save_on_quit (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Unsaved");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *text = NULL;
  gboolean destroyed = FALSE;
  GtkWindow *dialog;

  kc_plan_store_add (fixture->store, plan, NULL);
  _kc_plan_file_set_writer (disk_full_writer);
  kc_plan_set_notes (plan, "typed while the disk was full");
  kc_plan_store_flush (fixture->store);

  g_signal_connect_swapped (fixture->window, "destroy", G_CALLBACK (on_destroyed_cb),
                            &destroyed);

  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_false (destroyed);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  kc_test_collect_by_type (GTK_WIDGET (dialog), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      g_autofree char *joined = g_strconcat (text ? text : "", "\n",
                                             gtk_label_get_label (g_ptr_array_index (labels, i)),
                                             NULL);
      g_free (text);
      text = g_steal_pointer (&joined);
    }
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "“Unsaved” could not be saved"));
  g_assert_nonnull (strstr (text, "No space left on device"));
  g_assert_nonnull (strstr (text, "Export"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_assert_false (destroyed);

  /* Space freed: closing saves and goes. */
  _kc_plan_file_set_writer (NULL);
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_true (destroyed);
  g_assert_null (find_dialog ());
  fixture->window = NULL;   /* gone: nothing for the teardown to close */
}

/* Importing a plan that is already here asks, in a message dialog, and
 * "Keep Both" keeps both. */
static void
test_import_conflict_asks (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "shared.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.new-empty", NULL);
  g_assert_true (kc_plan_store_export (fixture->store, kc_plans_view_get_plan (fixture->view),
                                       file, &error));
  g_assert_no_error (error);

  g_assert_null (kc_plans_view_import (fixture->view, file));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==,
                   NULL);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep-both");
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 2);

  /* Asked again, Cancel changes nothing. */
  g_assert_null (kc_plans_view_import (fixture->view, file));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (find_dialog ()), "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 2);
}

/* Today: a tick and a pain score land in the file and in the figures. */
/* The label under @widget whose text starts with @text. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  kc_test_collect_by_type (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), text))
        return g_ptr_array_index (labels, i);
    }

  return NULL;
}

static void
test_today (Fixture       *fixture,
            gconstpointer  data)
{
  KcTodayView *today = KC_TODAY_VIEW (kc_test_find_by_type (GTK_WIDGET (fixture->window),
                                                            KC_TYPE_TODAY_VIEW));
  KcProgressChart *chart = KC_PROGRESS_CHART (kc_test_find_by_type (GTK_WIDGET (today),
                                                                    KC_TYPE_PROGRESS_CHART));
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkDropDown *pain = NULL;
  g_autoptr(GPtrArray) drops = g_ptr_array_new ();
  g_autofree char *xml = NULL;
  g_autofree char *summary = NULL;
  KcPlan *plan;
  GDate monday;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.new-from-template", "s",
                              "gentle-start");
  plan = kc_plans_view_get_plan (fixture->view);
  kc_today_view_set_plan (today, plan);
  g_assert_true (kc_today_view_get_plan (today) == plan);

  /* Another day: its date without a double space, its pain named as its. */
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 2, 11, 2026);
  kc_today_view_set_date (today, &monday);
  g_assert_nonnull (find_label (GTK_WIDGET (today), "Monday 2 November 2026"));
  g_assert_nonnull (find_label (GTK_WIDGET (today), "Pain on 2 November (0 none, 10 worst)"));

  g_date_set_dmy (&monday, 23, 11, 2026);
  kc_today_view_set_date (today, &monday);

  kc_test_collect_by_type (GTK_WIDGET (today), GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 5);   /* Monday of the gentle start */
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);
  gtk_check_button_set_active (g_ptr_array_index (checks, 1), TRUE);

  kc_test_collect_by_type (GTK_WIDGET (today), GTK_TYPE_DROP_DOWN, drops);
  pain = g_ptr_array_index (drops, drops->len - 1);
  gtk_drop_down_set_selected (pain, 5);   /* "4" */

  g_assert_true (kc_plan_get_done (plan, &monday, "pelvic-tilt"));
  g_assert_cmpint (kc_plan_get_pain (plan, &monday), ==, 4);

  xml = saved_file (fixture, plan);
  g_assert_nonnull (strstr (xml, "<date day=\"2026-11-23\" pain=\"4\">"));
  g_assert_nonnull (strstr (xml, "<done exercise=\"pelvic-tilt\"/>"));

  /* This week's share in a label of its own, legible. */
  g_assert_nonnull (find_label (GTK_WIDGET (today), "2 of "));

  summary = kc_progress_chart_dup_summary (chart);
  g_assert_nonnull (strstr (summary, "2 of "));
  g_assert_nonnull (strstr (summary, "pain 4.0"));
}

/* The booklet, exported as PDF without a dialog: patient, clinic, the
 * week and each exercise's steps and cautions are there as text. */
static void
test_handout_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (fixture->dir, "handout.pdf", NULL);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_autofree char *text = NULL;
  int status = 0;
  KcPlan *plan;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.new-from-template", "s",
                              "core-and-hips");
  plan = kc_plans_view_get_plan (fixture->view);
  kc_plan_set_patient (plan, "Mr Test Patient");
  /* The clinic's name, as the preferences store it, is on the cover. */
  settings = g_settings_new (APP_ID);
  g_settings_set_string (settings, "clinic-name", "Riverside Physio");

  g_assert_true (kc_plan_print (plan, fixture->library, NULL, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &text, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_assert_nonnull (strstr (text, "Core and hip routine"));
  g_assert_nonnull (strstr (text, "Mr Test Patient"));
  g_assert_nonnull (strstr (text, "Riverside Physio"));
  g_settings_reset (settings, "clinic-name");
  g_assert_nonnull (strstr (text, "The week at a glance"));
  g_assert_nonnull (strstr (text, "Wednesday"));
  g_assert_nonnull (strstr (text, "Side plank"));
  g_assert_nonnull (strstr (text, "Take care"));
  /* Many exercises: more than one page, none cut in two. */
  g_assert_nonnull (strstr (text, "\f"));

  /* KC_TEST_KEEP_HANDOUT=1 keeps a copy, to look at it. */
  if (g_getenv ("KC_TEST_KEEP_HANDOUT") != NULL)
    {
      const char *copy[] = { "cp", pdf, "/tmp/kc-plan-handout.pdf", NULL };
      g_spawn_sync (NULL, (char **)copy, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                    NULL, NULL);
    }
}

/* From the library's details, "Add to Plan" → a day; and moving an
 * exercise to another day, as a drag and drop does. */
static void
test_add_from_library_and_move (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *page = kc_test_find_by_type (GTK_WIDGET (fixture->window), KC_TYPE_EXERCISES_PAGE);
  g_autofree char *xml = NULL;
  KcPlan *plan;

  /* No plan yet: adding starts one. */
  gtk_widget_activate_action (page, "exercises.add-to-plan", "s", "bridge:2");
  plan = kc_plans_view_get_plan (fixture->view);
  g_assert_nonnull (plan);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 2)), ==, 1);

  kc_plans_view_move_to_day (fixture->view, 2, 0, 5);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 2)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 5)), ==, 1);

  xml = saved_file (fixture, plan);
  g_assert_nonnull (strstr (xml, "<day name=\"saturday\">\n    <item exercise=\"bridge\""));

  /* A day button in the library adds the chosen exercise to that day. */
  g_assert_true (kc_exercises_page_show_exercise (KC_EXERCISES_PAGE (page), "plank"));
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    GtkWidget *strip = NULL;

    kc_test_collect_by_type (page, GTK_TYPE_FLOW_BOX, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (buttons, i)), "day-strip") == 0)
        strip = g_ptr_array_index (buttons, i);
    g_assert_nonnull (strip);
    g_ptr_array_set_size (buttons, 0);
    kc_test_collect_by_type (strip, GTK_TYPE_BUTTON, buttons);
    g_assert_cmpuint (buttons->len, ==, KC_N_WEEKDAYS);
    g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");   /* Monday */
  }
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 0)), ==, 1);
}

/* The dose button, where the focus goes (the toggle inside the menu
 * button), says whose dose it is and what it is. */
static void
assert_dose_named (Fixture       *fixture,
                   KcPlanItemRow *row,
                   KcPlanItem    *item,
                   const char    *dose)
{
  GtkWidget *button = kc_test_find_by_type (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON);
  GtkWidget *toggle = kc_test_find_by_type (button, GTK_TYPE_TOGGLE_BUTTON);
  KcExercise *exercise = kc_library_lookup_exercise (fixture->library,
                                                     kc_plan_item_get_exercise_id (item));
  g_autofree char *expected = g_strdup_printf ("Dose of %s: %s",
                                               kc_item_get_name (KC_ITEM (exercise)), dose);
  g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (toggle),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                               expected);

  g_assert_null (wrong);
}

/* Move up, move down and remove are the row's actions, and change the
 * plan; the dose's spin buttons follow the item both ways. */
static void
test_row_actions (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  KcDose dose = { 4, 12, 0, 0 };
  g_autoptr(KcPlanItem) second = NULL;   /* kept past its removal */
  KcPlanItem *first;
  KcPlanItemRow *row;
  KcPlan *plan;
  guint n;

  gtk_widget_activate_action (view, "plans.new-from-template", "s", "gentle-start");
  plan = kc_plans_view_get_plan (fixture->view);
  n = g_list_model_get_n_items (kc_plan_get_day (plan, 0));
  first = item_at (plan, 0, 0);
  second = g_object_ref (item_at (plan, 0, 1));

  /* Rows' buttons, dose buttons too, are named for a screen reader. */
  {
    g_autoptr(GString) unnamed = g_string_new (NULL);

    kc_test_collect_unnamed (view, unnamed);
    g_assert_cmpstr (unnamed->str, ==, "");
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row_of_item (fixture, 0, second)),
                                             "item.move-up", NULL));
  g_assert_true (item_at (plan, 0, 0) == second);
  g_assert_true (item_at (plan, 0, 1) == first);

  /* The first cannot go higher, the last no lower. */
  gtk_widget_activate_action (GTK_WIDGET (row_of_item (fixture, 0, second)), "item.move-up",
                              NULL);
  g_assert_true (item_at (plan, 0, 0) == second);
  gtk_widget_activate_action (GTK_WIDGET (row_of_item (fixture, 0, second)), "item.move-down",
                              NULL);
  g_assert_true (item_at (plan, 0, 0) == first);
  g_assert_true (item_at (plan, 0, 1) == second);
  gtk_widget_activate_action (GTK_WIDGET (row_of_item (fixture, 0, item_at (plan, 0, n - 1))),
                              "item.move-down", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 0)), ==, n);

  /* The remove button names the exercise and the day. */
  row = row_of_item (fixture, 0, second);
  kc_test_collect_by_type (GTK_WIDGET (row), GTK_TYPE_BUTTON, buttons);
  {
    GtkWidget *remove = g_ptr_array_index (buttons, buttons->len - 1);
    KcExercise *exercise = kc_library_lookup_exercise (fixture->library,
                                                       kc_plan_item_get_exercise_id (second));
    g_autofree char *expected = g_strdup_printf ("Remove %s from Monday",
                                                 kc_item_get_name (KC_ITEM (exercise)));
    g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (remove),
                                                                 GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                 expected);
    g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (remove)), ==,
                     "item.remove");
    g_assert_null (wrong);
  }

  /* The spin buttons show the item's dose as it changes. */
  kc_test_collect_by_type (GTK_WIDGET (row), GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 4);
  kc_plan_item_set_dose (second, &dose);
  assert_dose_named (fixture, row, second, "4 sets × 12");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 0)), ==, 4);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 1)), ==, 12);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 2), 7);
  g_assert_cmpuint (kc_plan_item_get_dose (second)->hold, ==, 7);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "item.remove", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 0)), ==, n - 1);
  g_assert_false (kc_plan_find_item (plan, second, NULL, NULL));
  g_assert_null (row_of_item (fixture, 0, second));
}

static GtkEventController *
controller_of_type (GtkWidget *widget,
                    GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget keeps it */
    }

  return NULL;
}

/* Dragging a row carries its KcPlanItem; dropping it on a day moves that
 * very item there. */
static void
test_drop_carries_item (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  g_autoptr(KcPlanItem) stranger = kc_plan_item_new ("bridge", &(KcDose) { 1, 1, 0, 0 });
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) other = G_VALUE_INIT;
  GtkEventController *drag, *drop;
  KcPlanItem *item;
  gboolean handled = FALSE;
  guint weekday, position;
  KcPlan *plan;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.new-from-template", "s",
                              "gentle-start");
  plan = kc_plans_view_get_plan (fixture->view);
  item = item_at (plan, 0, 2);
  rows = rows_of (fixture, 0);
  g_assert_true (kc_plan_item_row_get_item (g_ptr_array_index (rows, 2)) == item);

  drag = controller_of_type (g_ptr_array_index (rows, 2), GTK_TYPE_DRAG_SOURCE);
  g_assert_nonnull (drag);
  g_signal_emit_by_name (drag, "prepare", 1.0, 1.0, &provider);
  g_assert_nonnull (provider);
  g_value_init (&value, KC_TYPE_PLAN_ITEM);
  g_assert_true (gdk_content_provider_get_value (provider, &value, NULL));
  g_assert_true (g_value_get_object (&value) == item);

  drop = controller_of_type (GTK_WIDGET (find_card (fixture, 5)), GTK_TYPE_DROP_TARGET);
  g_assert_nonnull (drop);
  g_signal_emit_by_name (drop, "drop", &value, 1.0, 1.0, &handled);
  g_assert_true (handled);
  g_assert_true (kc_plan_find_item (plan, item, &weekday, &position));
  g_assert_cmpuint (weekday, ==, 5);
  g_assert_cmpuint (position, ==, g_list_model_get_n_items (kc_plan_get_day (plan, 5)) - 1);
  g_assert_nonnull (row_of_item (fixture, 5, item));
  g_assert_null (row_of_item (fixture, 0, item));

  /* An item of no plan here is refused. */
  g_value_init (&other, KC_TYPE_PLAN_ITEM);
  g_value_set_object (&other, stranger);
  g_signal_emit_by_name (drop, "drop", &other, 1.0, 1.0, &handled);
  g_assert_false (handled);
}

/* A change to Monday touches Monday's card only: every other day keeps
 * its very widgets. */
static void
test_day_change_rebuilds_that_day (Fixture       *fixture,
                                   gconstpointer  data)
{
  GPtrArray *before[KC_N_WEEKDAYS];
  g_autoptr(GPtrArray) monday_after = NULL;
  g_autoptr(KcPlanItem) removed = NULL;
  KcDayCard *cards[KC_N_WEEKDAYS];
  KcDose dose = { 2, 5, 0, 0 };
  KcPlan *plan;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.new-from-template", "s",
                              "gentle-start");
  plan = kc_plans_view_get_plan (fixture->view);
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      cards[day] = find_card (fixture, day);
      before[day] = rows_of (fixture, day);
    }
  g_assert_cmpuint (before[1]->len, ==, 4);   /* gentle-start's Tuesday */

  kc_plan_add_item (plan, 0, "plank", &dose);
  kc_plan_move_item (plan, 0, 0, 2);
  removed = kc_plan_remove_item (plan, 0, 1);
  monday_after = rows_of (fixture, 0);
  g_assert_cmpuint (monday_after->len, ==, g_list_model_get_n_items (kc_plan_get_day (plan, 0)));
  for (guint i = 0; i < monday_after->len; i++)
    g_assert_true (kc_plan_item_row_get_item (g_ptr_array_index (monday_after, i)) ==
                   item_at (plan, 0, i));

  for (guint day = 1; day < KC_N_WEEKDAYS; day++)
    {
      g_autoptr(GPtrArray) after = rows_of (fixture, day);

      g_assert_true (find_card (fixture, day) == cards[day]);
      g_assert_cmpuint (after->len, ==, before[day]->len);
      for (guint i = 0; i < after->len; i++)
        g_assert_true (g_ptr_array_index (after, i) == g_ptr_array_index (before[day], i));
    }

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    g_ptr_array_unref (before[day]);
}

/* One add-exercise popover for the week: the day that opens it gets it,
 * and what is chosen goes to that day. */
static void
test_add_popover_shared (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkListBox *monday_list, *tuesday_list;
  GtkPopover *popover;
  KcPlan *plan;
  guint n_monday, n_tuesday;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.new-from-template", "s",
                              "gentle-start");
  plan = kc_plans_view_get_plan (fixture->view);
  n_monday = g_list_model_get_n_items (kc_plan_get_day (plan, 0));
  n_tuesday = g_list_model_get_n_items (kc_plan_get_day (plan, 1));

  monday_list = open_add_list (fixture, 0);
  popover = gtk_menu_button_get_popover (add_button_of (fixture, 0));
  gtk_popover_popdown (popover);
  tuesday_list = open_add_list (fixture, 1);
  g_assert_true (tuesday_list == monday_list);
  g_assert_true (gtk_menu_button_get_popover (add_button_of (fixture, 1)) == popover);
  g_assert_null (gtk_menu_button_get_popover (add_button_of (fixture, 0)));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (add_button_of (fixture, 0))));

  g_signal_emit_by_name (tuesday_list, "row-activated",
                         gtk_list_box_get_row_at_index (tuesday_list, 0));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 1)), ==, n_tuesday + 1);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (plan, 0)), ==, n_monday);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
}

static const char *
shown_page (GtkWidget *widget)
{
  GtkWidget *stack = gtk_widget_get_ancestor (widget, GTK_TYPE_STACK);

  g_assert_nonnull (stack);
  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

/* A template card names every reference of its template, and when it was
 * reviewed, under "Sources". */
static void
assert_card_cites (KcTemplateCard *card)
{
  KcPlanTemplate *template = kc_template_card_get_template (card);
  GPtrArray *references = kc_item_get_references (KC_ITEM (template));
  GtkWidget *expander = kc_test_find_by_css_class (GTK_WIDGET (card), "kc-sources-expander");
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (expander);
  g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (expander)), ==, "Sources");
  /* A closed expander holds its child without parenting it. */
  kc_test_append_label_text (gtk_expander_get_child (GTK_EXPANDER (expander)), text);
  g_assert_cmpuint (references->len, >=, 1);
  for (guint r = 0; r < references->len; r++)
    {
      const char *cited = kc_reference_get_text (g_ptr_array_index (references, r));
      g_autofree char *escaped = g_markup_escape_text (cited, -1);

      g_assert_nonnull (strstr (text->str, escaped));
    }
  g_assert_nonnull (strstr (text->str, "Last reviewed 20"));
}

/* With no plan, the planner shows every template with what it is for and
 * its sources; a card's button starts a plan from it, and "Compare
 * Templates" comes back to them. */
static void
test_template_cards (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *templates = kc_library_get_plan_templates (fixture->library);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  KcTemplateCard *second;
  GtkWidget *button;
  GtkListBox *plans_list;

  kc_test_collect_by_type (GTK_WIDGET (fixture->view), KC_TYPE_TEMPLATE_CARD, cards);
  g_assert_cmpuint (cards->len, ==, g_list_model_get_n_items (templates));
  g_assert_cmpuint (cards->len, >=, 2);
  g_assert_cmpstr (shown_page (g_ptr_array_index (cards, 0)), ==, "templates");
  for (guint i = 0; i < cards->len; i++)
    {
      g_autoptr(KcPlanTemplate) template = g_list_model_get_item (templates, i);
      KcTemplateCard *card = g_ptr_array_index (cards, i);
      g_autoptr(GString) text = g_string_new (NULL);

      g_assert_true (kc_template_card_get_template (card) == template);
      kc_test_append_label_text (GTK_WIDGET (card), text);
      g_assert_nonnull (strstr (text->str, kc_plan_template_get_description (template)));
      assert_card_cites (card);
    }

  second = g_ptr_array_index (cards, 1);
  button = kc_test_find_by_type (GTK_WIDGET (second), GTK_TYPE_BUTTON);
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (kc_plans_view_get_plan (fixture->view));
  g_assert_cmpstr (kc_plan_get_name (kc_plans_view_get_plan (fixture->view)), ==,
                   kc_item_get_name (KC_ITEM (kc_template_card_get_template (second))));
  g_assert_cmpstr (shown_page (GTK_WIDGET (second)), ==, "editor");

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.show-templates", NULL);
  plans_list = GTK_LIST_BOX (kc_test_find_by_type (GTK_WIDGET (fixture->view),
                                                   GTK_TYPE_LIST_BOX));
  g_assert_null (kc_plans_view_get_plan (fixture->view));
  g_assert_null (gtk_list_box_get_selected_row (plans_list));
  g_assert_cmpstr (shown_page (GTK_WIDGET (second)), ==, "templates");
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (fixture->store)), ==, 1);
}

/* A PDF is offered under the plan's and patient's name, not "output.pdf";
 * a slash in a name does not make a folder of it. */
static void
test_print_file_name (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("knees", "Knees/back");
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autofree char *name = NULL;
  g_autofree char *alone = kc_plan_print_dup_name (plan);
  GtkPrintSettings *settings;

  g_assert_cmpstr (alone, ==, "Knees/back");
  kc_plan_set_patient (plan, "Anna");
  name = kc_plan_print_dup_name (plan);
  g_assert_cmpstr (name, ==, "Knees/back – Anna");

  kc_print_set_name (operation, name);
  settings = gtk_print_operation_get_print_settings (operation);
  g_assert_nonnull (settings);
  g_assert_cmpstr (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==,
                   "Knees-back – Anna");
}

/* The plans list shows a long name whole, and the patient under it. */
static void
test_plan_row_whole_name_and_patient (Fixture       *fixture,
                                      gconstpointer  data)
{
  const char *long_name = "Gentle start for back-related knee pain, after the second visit";
  GtkWidget *row;
  GtkWidget *name;
  GtkWidget *patient;
  KcPlan *plan;

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plans.new-empty", NULL);
  plan = kc_plans_view_get_plan (fixture->view);
  kc_plan_set_name (plan, long_name);
  kc_plan_set_patient (plan, "Ms Jane Example");

  row = GTK_WIDGET (gtk_list_box_get_selected_row (fixture->view->plans_list));
  g_assert_true (KC_IS_PLAN_ROW (row));
  g_assert_true (kc_plan_row_get_plan (KC_PLAN_ROW (row)) == plan);
  /* The list is libadwaita's boxed list, its rows action rows. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->view->plans_list), "boxed-list"));
  g_assert_true (ADW_IS_ACTION_ROW (row));
  name = shown_label_with (row, long_name);
  g_assert_nonnull (name);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (name)), ==, long_name);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (name)));
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (name)), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_cmpint (gtk_label_get_lines (GTK_LABEL (name)), <=, 0);
  patient = shown_label_with (row, "Ms Jane Example");
  g_assert_nonnull (patient);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (patient)), ==, "Ms Jane Example");
  /* Under the name, dimmed as libadwaita dims a row's subtitle. */
  g_assert_true (patient != name);
  g_assert_true (gtk_widget_has_css_class (patient, "subtitle"));

  /* A name is the user's text, never markup. */
  kc_plan_set_name (plan, "Hips & <knees>");
  g_assert_nonnull (shown_label_with (row, "Hips & <knees>"));

  /* No patient, no empty line. */
  kc_plan_set_patient (plan, "");
  g_assert_false (gtk_widget_is_visible (patient));
}

/* Ctrl+N makes a plan wherever the focus is in the Exercises tab, e.g.
 * in the library's search, and brings the planner into view. */
static void
test_new_plan_key_anywhere_in_tab (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkWidget *page = kc_window_get_tab (fixture->window, "exercises");
  GListModel *plans = kc_plan_store_get_plans (fixture->store);
  guint n_before = g_list_model_get_n_items (plans);

  kc_exercises_page_show_section (KC_EXERCISES_PAGE (page), "library");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));

  kc_test_activate_shortcut (page, GDK_KEY_n, GDK_CONTROL_MASK);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, n_before + 1);
  g_assert_nonnull (kc_plans_view_get_plan (fixture->view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->view)));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/plans-view/build-plan", test_build_plan);
  ADD ("/plans-view/week-summary", test_week_summary);
  ADD ("/plans-view/delete-undo", test_delete_and_undo);
  ADD ("/plans-view/remove-item-undo", test_remove_item_and_undo);
  ADD ("/plans-view/import-conflict-asks", test_import_conflict_asks);
  ADD ("/plans-view/full-day-said", test_full_day_said);
  ADD ("/plans-view/import-broken", test_import_broken);
  ADD ("/plans-view/import-filters-xml", test_import_filters_xml);
  ADD ("/plans-view/unreadable-plan-named", test_unreadable_plan_named);
  ADD ("/plans-view/long-notes-kept-on-edit", test_long_notes_kept_on_edit);
  ADD ("/plans-view/missing-exercise-row", test_missing_exercise_row);
  ADD ("/plans-view/missing-exercise-found-later", test_missing_exercise_found_later);
  ADD ("/plans-view/duplicate-id-named", test_duplicate_id_named);
  ADD ("/plans-view/failed-save-on-quit", test_failed_save_on_quit);
  ADD ("/plans-view/today", test_today);
  ADD ("/plans-view/handout-pdf", test_handout_pdf);
  ADD ("/plans-view/print-file-name", test_print_file_name);
  ADD ("/plans-view/add-from-library-and-move", test_add_from_library_and_move);
  ADD ("/plans-view/row-actions", test_row_actions);
  ADD ("/plans-view/drop-carries-item", test_drop_carries_item);
  ADD ("/plans-view/day-change-rebuilds-that-day", test_day_change_rebuilds_that_day);
  ADD ("/plans-view/add-popover-shared", test_add_popover_shared);
  ADD ("/plans-view/template-cards", test_template_cards);
  ADD ("/plans-view/plan-row-whole-name-and-patient", test_plan_row_whole_name_and_patient);
  ADD ("/plans-view/new-plan-key-anywhere-in-tab", test_new_plan_key_anywhere_in_tab);

#undef ADD

  return g_test_run ();
}
