/* test-reminders-ui.c: the planner's calendar export, and Today for the reminder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <libical/ical.h>
#include <string.h>

#include "kc-test-library.h"
#include "kc-test-widgets.h"
#include "kc-window.h"
#include "pages/kc-plans-view-private.h"
#include "pages/kc-session-view.h"
#include "pages/kc-today-view.h"
#include "widgets/kc-time-chooser.h"

typedef struct
{
  char *dir;
  KcLibrary *library;
  KcPlanStore *store;
  GSettings *settings;
  KcWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) folder = NULL;

  fixture->dir = g_dir_make_tmp ("kc-reminders-ui-XXXXXX", NULL);
  folder = g_file_new_for_path (fixture->dir);
  fixture->library = kc_test_bundled_library ();
  fixture->store = kc_plan_store_new (folder, fixture->library);
  kc_plan_store_load (fixture->store);
  fixture->settings = g_settings_new (APP_ID);
  fixture->window = kc_window_new (NULL, fixture->library, fixture->settings);
  kc_window_set_plan_store (fixture->window, fixture->store);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *argv[] = { "rm", "-rf", fixture->dir, NULL };

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  kc_plan_store_flush (fixture->store);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->library);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                NULL);
  g_free (fixture->dir);
}

static KcPlansView *
open_planner (Fixture *fixture)
{
  kc_window_show_page (fixture->window, "exercises");
  return KC_PLANS_VIEW (kc_test_find_by_type (GTK_WIDGET (fixture->window), KC_TYPE_PLANS_VIEW));
}

/* The visible dialogs and file choosers, other than the main window. */
static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
test_empty_plan_said (Fixture       *fixture,
                      gconstpointer  data)
{
  KcPlansView *view = open_planner (fixture);

  gtk_widget_activate_action (GTK_WIDGET (view), "plans.new-empty", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plans.export-calendar", NULL));

  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (gtk_revealer_get_reveal_child (view->message_revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (view->message_label),
                            "nothing to put in a calendar"));
}

/* The dialog asks the time, 18:00 unless changed; Cancel writes nothing.
 * (The file chooser it leads to is not shown here: GTK 4.8's chooser
 * dialog, closed while it reads a folder, leaks the GErrors of its
 * cancelled tasks, which the sanitizer run would report.) */
static void
test_asks_time (Fixture       *fixture,
                gconstpointer  data)
{
  KcPlansView *view = open_planner (fixture);
  AdwMessageDialog *dialog;
  KcTimeChooser *time;

  gtk_widget_activate_action (GTK_WIDGET (view), "plans.new-from-template", "s", "gentle-start");
  gtk_widget_activate_action (GTK_WIDGET (view), "plans.export-calendar", NULL);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export to Calendar");
  time = KC_TIME_CHOOSER (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpint (kc_time_chooser_get_time (time), ==, 18 * 60);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "export");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");

  kc_time_chooser_set_time (time, 7 * 60 + 15);
  adw_message_dialog_response (dialog, "cancel");
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_null (view->toast);
}

/* Where to save: a new .ics file named after the plan. */
static void
test_chooser_saves_ics (Fixture       *fixture,
                        gconstpointer  data)
{
  KcPlansView *view = open_planner (fixture);
  g_autoptr(GtkFileChooserNative) chooser = NULL;
  g_autoptr(GListModel) filters = NULL;
  g_autofree char *name = NULL;

  gtk_widget_activate_action (GTK_WIDGET (view), "plans.new-from-template", "s", "gentle-start");
  chooser = _kc_plans_view_new_calendar_chooser (view, kc_plans_view_get_plan (view));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==,
                   GTK_FILE_CHOOSER_ACTION_SAVE);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_cmpstr (name, ==, "Gentle start for back-related knee pain.ics");
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 1);
}

/* Saved, the file is the plan's calendar, and a toast says where. */
static void
test_saved_with_toast (Fixture       *fixture,
                       gconstpointer  data)
{
  KcPlansView *view = open_planner (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "week.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  icalcomponent *event;
  struct icaltimetype start;
  guint n = 0;

  gtk_widget_activate_action (GTK_WIDGET (view), "plans.new-from-template", "s", "gentle-start");
  g_assert_true (_kc_plans_view_save_calendar (view, kc_plans_view_get_plan (view), 6 * 60 + 45,
                                               file));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), n++)
    {
      start = icalcomponent_get_dtstart (event);
      g_assert_cmpint (start.hour, ==, 6);
      g_assert_cmpint (start.minute, ==, 45);
    }
  icalcomponent_free (calendar);
  g_assert_cmpuint (n, >, 0);

  g_assert_nonnull (view->toast);
  g_assert_cmpstr (adw_toast_get_title (view->toast), ==, "Saved to “week.ics”");

  /* Where it cannot be written, the message bar says so. */
  {
    g_autofree char *bad = g_build_filename (fixture->dir, "missing", "week.ics", NULL);
    g_autoptr(GFile) nowhere = g_file_new_for_path (bad);

    g_assert_false (_kc_plans_view_save_calendar (view, kc_plans_view_get_plan (view), 0,
                                                  nowhere));
    g_assert_true (gtk_revealer_get_reveal_child (view->message_revealer));
    g_assert_true (g_str_has_prefix (gtk_label_get_text (view->message_label),
                                     "The calendar file could not be saved: "));
  }
}

static KcPlan *
add_plan (Fixture    *fixture,
          const char *id)
{
  g_autoptr(KcPlan) plan = kc_plan_new (id, id);
  KcDose dose = { 1, 10, 0, 0 };

  kc_plan_add_item (plan, 0, "bridge", &dose);
  g_assert_true (kc_plan_store_add (fixture->store, plan, NULL));
  return plan;   /* the store holds it */
}

/* The reminder counts the plan Today shows; its notification shows Today. */
static void
test_today_plan (Fixture       *fixture,
                 gconstpointer  data)
{
  KcPlan *first = add_plan (fixture, "first");
  KcPlan *second = add_plan (fixture, "second");
  KcTodayView *today;

  /* Before the Exercises tab is made, Today would show the first plan. */
  g_assert_true (kc_window_get_today_plan (fixture->window) == first);

  kc_window_show_today (fixture->window, "second");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpstr (kc_window_get_page (fixture->window), ==, "exercises");
  today = KC_TODAY_VIEW (kc_test_find_by_type (GTK_WIDGET (fixture->window),
                                               KC_TYPE_TODAY_VIEW));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (today)));
  g_assert_true (kc_today_view_get_plan (today) == second);
  g_assert_true (kc_window_get_today_plan (fixture->window) == second);

  /* A plan deleted since: Today as it is. */
  kc_window_show_today (fixture->window, "gone");
  g_assert_true (kc_window_get_today_plan (fixture->window) == second);
}

/* The reminder's "Start Now" starts the session of the plan it named, with
 * Today behind it; a plan deleted since starts nothing, without a warning. */
static void
test_start_now (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("today", "Today's");
  KcDose dose = { 1, 10, 0, 0 };
  GDate today = kc_plan_today ();
  KcSession *session;

  kc_plan_add_item (plan, kc_weekday_of (&today), "bridge", &dose);
  g_assert_true (kc_plan_store_add (fixture->store, plan, NULL));

  g_assert_false (kc_window_start_session (fixture->window, "gone"));
  g_assert_null (kc_window_get_session_view (fixture->window));

  kc_window_show_today (fixture->window, "today");
  g_assert_true (kc_window_start_session (fixture->window, "today"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_nonnull (kc_window_get_session_view (fixture->window));
  g_assert_true (gtk_widget_get_mapped (kc_window_get_session_view (fixture->window)));
  session = kc_session_view_get_session (KC_SESSION_VIEW (kc_window_get_session_view (fixture->window)));
  g_assert_cmpuint (kc_session_get_n_exercises (session), ==, 1);
  g_assert_cmpstr (kc_session_get_exercise_id (session), ==, "bridge");

  /* One session at a time. */
  g_assert_false (kc_window_start_session (fixture->window, "today"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/reminders-ui/empty-plan-said", test_empty_plan_said);
  ADD ("/reminders-ui/asks-time", test_asks_time);
  ADD ("/reminders-ui/chooser-saves-ics", test_chooser_saves_ics);
  ADD ("/reminders-ui/saved-with-toast", test_saved_with_toast);
  ADD ("/reminders-ui/today-plan", test_today_plan);
  ADD ("/reminders-ui/start-now", test_start_now);

#undef ADD

  return g_test_run ();
}
