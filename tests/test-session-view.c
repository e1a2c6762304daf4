/* test-session-view.c: the guided session on screen, on a made-up clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "kc-test-widgets.h"
#include "pages/kc-day-card.h"
#include "pages/kc-plans-view.h"
#include "pages/kc-session-rating.h"
#include "pages/kc-session-view.h"
#include "pages/kc-today-view.h"
#include "plan/kc-plan-store.h"
#include "widgets/kc-countdown-ring.h"

#define S ((gint64)G_USEC_PER_SEC)

static KcLibrary *library;
static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

typedef struct
{
  KcPlan *plan;
  KcSession *session;
  GSettings *settings;
  GtkWindow *window;
  KcSessionView *view;
} Fixture;

/* Today: plank, one set of one 10-second hold. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  KcDose plank = { 1, 0, 10, 0 };
  GDate date = kc_plan_today ();

  fixture->plan = kc_plan_new (NULL, "Session");
  kc_plan_add_item (fixture->plan, kc_weekday_of (&date), "plank", &plank);
  fixture->session = kc_session_new (fixture->plan, library, &date);
  fixture->settings = g_settings_new (APP_ID);

  fake_now = 1000 * S;
  fixture->view = KC_SESSION_VIEW (kc_session_view_new (fixture->session, fixture->settings));
  kc_session_view_set_clock (fixture->view, fake_clock, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1024, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  kc_session_view_start (fixture->view);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_reset (fixture->settings, "session-sound");
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->session);
  g_assert_finalize_object (fixture->plan);
}

static void
advance (Fixture *fixture,
         gint64   us)
{
  fake_now += us;
  kc_session_advance_to (fixture->session, fake_now);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

/* Through the intro, into the hold. */
static void
reach_hold (Fixture *fixture)
{
  while (kc_session_get_phase (fixture->session) == KC_SESSION_PHASE_INTRO)
    advance (fixture, S);
  g_assert_cmpint (kc_session_get_phase (fixture->session), ==, KC_SESSION_PHASE_HOLD);
}

static const char *
ring_digits (Fixture *fixture)
{
  return kc_countdown_ring_get_digits (KC_COUNTDOWN_RING (
    kc_test_find_by_type (GTK_WIDGET (fixture->view), KC_TYPE_COUNTDOWN_RING)));
}

static void
test_space_pauses (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *page = kc_test_find_by_css_class (GTK_WIDGET (fixture->view), "kc-session-exercise");

  reach_hold (fixture);
  advance (fixture, 2 * S);
  g_assert_cmpstr (ring_digits (fixture), ==, "8");

  kc_test_activate_shortcut (page, GDK_KEY_space, 0);
  g_assert_true (kc_session_is_paused (fixture->session));
  advance (fixture, 5 * S);
  advance (fixture, 5 * S);
  g_assert_cmpstr (ring_digits (fixture), ==, "8");
  g_assert_cmpint (kc_session_get_phase (fixture->session), ==, KC_SESSION_PHASE_HOLD);

  kc_test_activate_shortcut (page, GDK_KEY_space, 0);
  g_assert_false (kc_session_is_paused (fixture->session));
  g_assert_cmpstr (ring_digits (fixture), ==, "8");
  advance (fixture, S);
  g_assert_cmpstr (ring_digits (fixture), ==, "7");
}

/* The ring moves a step a second with its digits, not a little every
 * frame: one redraw a second is all a countdown costs. */
static void
test_ring_steps_by_second (Fixture       *fixture,
                           gconstpointer  data)
{
  KcCountdownRing *ring = KC_COUNTDOWN_RING (
    kc_test_find_by_type (GTK_WIDGET (fixture->view), KC_TYPE_COUNTDOWN_RING));

  reach_hold (fixture);
  g_assert_cmpfloat (kc_countdown_ring_get_fraction (ring), ==, 0.0);
  advance (fixture, S / 2);
  g_assert_cmpstr (ring_digits (fixture), ==, "10");
  g_assert_cmpfloat (kc_countdown_ring_get_fraction (ring), ==, 0.0);
  advance (fixture, 2 * S);
  g_assert_cmpstr (ring_digits (fixture), ==, "8");
  g_assert_cmpfloat_with_epsilon (kc_countdown_ring_get_fraction (ring), 0.2, 1e-9);
}

static AdwMessageDialog *
find_dialog (void)
{
  return kc_test_find_message_dialog ();
}

static void
test_escape_asks (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwMessageDialog *dialog;

  reach_hold (fixture);
  advance (fixture, 4 * S);

  /* Escape asks, and the clock stops while it does. */
  kc_test_activate_shortcut (GTK_WIDGET (fixture->view), GDK_KEY_Escape, 0);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  advance (fixture, 30 * S);
  g_assert_cmpstr (ring_digits (fixture), ==, "6");

  /* Going on goes on from there. */
  adw_message_dialog_response (dialog, "continue");
  g_assert_false (kc_session_is_paused (fixture->session));
  advance (fixture, S);
  g_assert_cmpstr (ring_digits (fixture), ==, "5");

  /* Kept: the five seconds held are in the plan. */
  kc_test_activate_shortcut (GTK_WIDGET (fixture->view), GDK_KEY_Escape, 0);
  adw_message_dialog_response (find_dialog (), "keep");
  g_assert_cmpint (kc_session_get_phase (fixture->session), ==, KC_SESSION_PHASE_DONE);
  g_assert_cmpuint (kc_plan_get_records (fixture->plan)->len, ==, 1);
  g_assert_cmpuint (((KcExerciseRecord *)g_ptr_array_index (kc_plan_get_records (fixture->plan),
                                                            0))->hold_seconds_done, ==, 5);
}

static void
test_rating_stores_pain (Fixture       *fixture,
                         gconstpointer  data)
{
  KcSessionRating *rating;
  GtkStack *stack;
  KcExerciseRecord *record;

  reach_hold (fixture);
  advance (fixture, 10 * S);
  g_assert_cmpint (kc_session_get_phase (fixture->session), ==, KC_SESSION_PHASE_RATING);
  stack = GTK_STACK (kc_test_find_by_type (GTK_WIDGET (fixture->view), GTK_TYPE_STACK));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "rating");

  rating = KC_SESSION_RATING (kc_test_find_by_type (GTK_WIDGET (fixture->view),
                                                    KC_TYPE_SESSION_RATING));
  /* Nothing chosen, nothing to go on with. */
  gtk_widget_activate_action (GTK_WIDGET (rating), "rating.next", NULL);
  g_assert_cmpuint (kc_plan_get_records (fixture->plan)->len, ==, 0);

  kc_session_rating_set_pain (rating, 7);
  g_assert_cmpint (kc_session_rating_get_band (rating), ==, KC_PAIN_BAND_STOP);
  kc_session_rating_set_pain (rating, 4);
  g_assert_cmpint (kc_session_rating_get_pain (rating), ==, 4);
  g_assert_cmpint (kc_session_rating_get_band (rating), ==, KC_PAIN_BAND_ACCEPTABLE);
  g_assert_cmpstr (kc_session_rating_get_advice (rating), ==,
                   kc_pain_rule_get_advice (KC_PAIN_BAND_ACCEPTABLE));
  kc_session_rating_set_spreading (rating, TRUE);
  g_assert_cmpint (kc_session_rating_get_band (rating), ==, KC_PAIN_BAND_STOP);
  g_assert_cmpstr (kc_session_rating_get_advice (rating), ==,
                   kc_pain_rule_get_advice (KC_PAIN_BAND_STOP));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rating), "rating.next", NULL));
  g_assert_cmpuint (kc_plan_get_records (fixture->plan)->len, ==, 1);
  record = g_ptr_array_index (kc_plan_get_records (fixture->plan), 0);
  g_assert_cmpint (record->pain, ==, 4);
  g_assert_true (record->spreading_down_leg);
  g_assert_cmpint (kc_pain_rule_classify ((guint)record->pain, record->spreading_down_leg), ==,
                   KC_PAIN_BAND_STOP);
  g_assert_cmpuint (record->hold_seconds_done, ==, 10);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "done");
}

/* A bell as the hold starts, "complete" as it ends; none when muted; and
 * no sound server (the test's) is no error. */
static void
test_sounds (Fixture       *fixture,
             gconstpointer  data)
{
  reach_hold (fixture);
  g_assert_cmpuint (kc_session_view_get_n_cues (fixture->view), ==, 1);
  advance (fixture, 10 * S);
  g_assert_cmpuint (kc_session_view_get_n_cues (fixture->view), ==, 2);
}

static void
test_muted (Fixture       *fixture,
            gconstpointer  data)
{
  GtkToggleButton *sound = NULL;
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();

  kc_test_collect_by_type (GTK_WIDGET (fixture->view), GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (toggles, i)))
      sound = g_ptr_array_index (toggles, i);
  g_assert_nonnull (sound);
  gtk_toggle_button_set_active (sound, FALSE);
  g_assert_false (g_settings_get_boolean (fixture->settings, "session-sound"));

  reach_hold (fixture);
  advance (fixture, 10 * S);
  g_assert_cmpuint (kc_session_view_get_n_cues (fixture->view), ==, 0);
}

/* Today's Start opens the session in place of the window's content;
 * Close puts the content back. */
/* The one visible button under @widget that starts a session, if any. */
static GtkWidget *
find_start (GtkWidget *widget)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *start = NULL;

  kc_test_collect_by_type (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)),
                   "win.start-session") == 0 &&
        gtk_widget_get_visible (g_ptr_array_index (buttons, i)))
      {
        g_assert_null (start);
        start = g_ptr_array_index (buttons, i);
      }
  return start;
}

/* The planner starts a session from today's card of the plan shown, and
 * only from a plan with exercises today. */
static void
test_start_from_planner (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kc-session-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KcPlanStore) store = kc_plan_store_new (folder, library);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(KcPlan) home = kc_plan_new (NULL, "Home");
  g_autoptr(KcPlan) tomorrow = kc_plan_new (NULL, "Tomorrow");
  KcDose dose = { 1, 1, 0, 0 };
  GDate date = kc_plan_today ();
  guint weekday = kc_weekday_of (&date);
  KcWindow *window;
  KcPlansView *planner;
  GtkWidget *start, *card;
  const char *argv[] = { "rm", "-rf", dir, NULL };

  kc_plan_add_item (home, weekday, "plank", &dose);
  kc_plan_add_item (tomorrow, (weekday + 1) % KC_N_WEEKDAYS, "bridge", &dose);
  g_assert_true (kc_plan_store_add (store, home, NULL));
  g_assert_true (kc_plan_store_add (store, tomorrow, NULL));
  window = kc_test_new_window (library, settings);
  kc_window_set_plan_store (window, store);
  kc_window_show_page (window, "exercises");
  planner = KC_PLANS_VIEW (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_PLANS_VIEW));

  kc_plans_view_select (planner, tomorrow);
  g_assert_null (find_start (GTK_WIDGET (planner)));

  kc_plans_view_select (planner, home);
  start = find_start (GTK_WIDGET (planner));
  g_assert_nonnull (start);
  card = gtk_widget_get_ancestor (start, KC_TYPE_DAY_CARD);
  g_assert_cmpuint (kc_day_card_get_weekday (KC_DAY_CARD (card)), ==, weekday);

  g_signal_emit_by_name (start, "clicked");
  g_assert_nonnull (kc_window_get_session_view (window));
  g_assert_cmpstr (kc_session_get_exercise_id (kc_session_view_get_session (
                     KC_SESSION_VIEW (kc_window_get_session_view (window)))), ==, "plank");

  gtk_window_destroy (GTK_WINDOW (window));
  kc_plan_store_flush (store);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                NULL);
}

static void
test_start_from_today (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kc-session-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KcPlanStore) store = kc_plan_store_new (folder, library);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Home");
  KcDose dose = { 1, 1, 0, 0 };
  GDate date = kc_plan_today ();
  KcWindow *window;
  GtkWidget *content, *view;
  KcTodayView *today_view;
  GtkWidget *start;
  const char *argv[] = { "rm", "-rf", dir, NULL };

  kc_plan_add_item (plan, kc_weekday_of (&date), "bridge", &dose);
  g_assert_true (kc_plan_store_add (store, plan, NULL));
  window = kc_test_new_window (library, settings);
  kc_window_set_plan_store (window, store);
  kc_window_show_page (window, "exercises");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  today_view = KC_TODAY_VIEW (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_TODAY_VIEW));
  g_assert_nonnull (today_view);
  kc_today_view_set_store (today_view, store, library);
  kc_today_view_set_plan (today_view, plan);
  start = find_start (GTK_WIDGET (today_view));
  g_assert_nonnull (start);

  g_signal_emit_by_name (start, "clicked");
  view = kc_window_get_session_view (window);
  g_assert_true (KC_IS_SESSION_VIEW (view));
  g_assert_true (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)) == view);
  g_assert_cmpstr (kc_session_get_exercise_id (kc_session_view_get_session (KC_SESSION_VIEW (view))),
                   ==, "bridge");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  kc_session_finish (kc_session_view_get_session (KC_SESSION_VIEW (view)), FALSE);
  g_assert_true (gtk_widget_activate_action (view, "session.close", NULL));
  g_assert_null (kc_window_get_session_view (window));
  g_assert_true (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)) == content);

  gtk_window_destroy (GTK_WINDOW (window));
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                NULL);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  library = kc_test_bundled_library ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/session-view/space-pauses", test_space_pauses);
  ADD ("/session-view/ring-steps-by-second", test_ring_steps_by_second);
  ADD ("/session-view/escape-asks", test_escape_asks);
  ADD ("/session-view/rating-stores-pain", test_rating_stores_pain);
  ADD ("/session-view/sounds", test_sounds);
  ADD ("/session-view/muted", test_muted);
  g_test_add_func ("/session-view/start-from-today", test_start_from_today);
  g_test_add_func ("/session-view/start-from-planner", test_start_from_planner);

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
