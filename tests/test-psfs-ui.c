/* test-psfs-ui.c: the functional scale named, rated and asked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kc-test-plan.h"
#include "kc-test-widgets.h"
#include "pages/kc-plans-view.h"
#include "pages/kc-psfs-activity-row.h"
#include "pages/kc-psfs-card.h"
#include "pages/kc-psfs-dialog.h"
#include "pages/kc-psfs-rating-row.h"
#include "pages/kc-today-view.h"
#include "plan/kc-plan-store.h"

typedef struct
{
  char *dir;
  GFile *folder;
  KcLibrary *library;
  KcPlanStore *store;
  GSettings *settings;
  KcPlan *plan;          /* the store's */
  GtkWindow *window;
  GDate today;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("scale", "Scale");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("kc-psfs-ui-XXXXXX", NULL);
  fixture->folder = g_file_new_for_path (fixture->dir);
  fixture->library = kc_test_bundled_library ();
  fixture->store = kc_plan_store_new (fixture->folder, fixture->library);
  fixture->settings = g_settings_new (APP_ID);
  kc_plan_store_load (fixture->store);
  g_assert_true (kc_plan_store_add (fixture->store, plan, &error));
  g_assert_no_error (error);
  fixture->plan = plan;

  g_date_clear (&fixture->today, 1);
  g_date_set_dmy (&fixture->today, (GDateDay)g_date_time_get_day_of_month (now),
                  (GDateMonth)g_date_time_get_month (now), (GDateYear)g_date_time_get_year (now));
  fixture->window = GTK_WINDOW (gtk_window_new ());
}

static KcPsfsDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (KC_IS_PSFS_DIALOG (window))
        return KC_PSFS_DIALOG (window);
    }
  return NULL;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *argv[] = { "rm", "-rf", fixture->dir, NULL };
  KcPsfsDialog *dialog;

  while ((dialog = find_dialog ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (fixture->window);
  g_settings_reset (fixture->settings, "psfs-not-this-week");
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->store);
  g_clear_object (&fixture->library);
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                NULL);
  g_clear_object (&fixture->folder);
  g_free (fixture->dir);
}

static char *
saved_file (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "scale.xml", NULL);
  char *contents = NULL;

  kc_plan_store_flush (fixture->store);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static GPtrArray *
collect (GtkWidget *widget,
         GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  kc_test_collect_by_type (widget, type, found);
  return found;
}

/* The entry row that adds an activity: the one that names none yet. */
static AdwEntryRow *
find_new_row (KcPsfsDialog *dialog)
{
  g_autoptr(GPtrArray) rows = collect (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (!KC_IS_PSFS_ACTIVITY_ROW (g_ptr_array_index (rows, i)))
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static void
name_activity (KcPsfsDialog *dialog,
               const char   *name)
{
  AdwEntryRow *row = find_new_row (dialog);

  gtk_editable_set_text (GTK_EDITABLE (row), name);
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
}

static KcPsfsRatingRow *
rating_row (KcPsfsDialog *dialog,
            guint         index)
{
  g_autoptr(GPtrArray) rows = collect (GTK_WIDGET (dialog), KC_TYPE_PSFS_RATING_ROW);

  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

static void
assert_label (GtkWidget  *widget,
              const char *expected)
{
  g_autofree char *mismatch =
    gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        expected);

  g_assert_null (mismatch);
}

/* Planner → Functional Scale…: three activities named in the patient's
 * words, one renamed, all rated; the plan's file holds them. */
static void
test_name_and_rate (Fixture       *fixture,
                    gconstpointer  data)
{
  KcPlansView *view = g_object_new (KC_TYPE_PLANS_VIEW, NULL);
  g_autoptr(GPtrArray) activity_rows = NULL;
  g_autofree char *xml = NULL;
  GPtrArray *activities;
  KcPsfsDialog *dialog;
  GtkSpinButton *spin;

  gtk_window_set_child (fixture->window, GTK_WIDGET (view));
  kc_plans_view_set_store (view, fixture->store, fixture->library);
  kc_plans_view_select (view, fixture->plan);
  gtk_window_present (fixture->window);

  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plans.functional-scale", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (kc_psfs_dialog_get_plan (dialog) == fixture->plan);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == fixture->window);

  name_activity (dialog, "Climbing stairs");
  name_activity (dialog, "Sitting through a film");
  name_activity (dialog, "Lifting my grandson");
  activities = kc_plan_get_psfs_activities (fixture->plan);
  g_assert_cmpuint (activities->len, ==, 3);
  activity_rows = collect (GTK_WIDGET (dialog), KC_TYPE_PSFS_ACTIVITY_ROW);
  g_assert_cmpuint (activity_rows->len, ==, 3);

  /* Renamed as typed, and the rating row follows. */
  gtk_editable_set_text (g_ptr_array_index (activity_rows, 1), "Watching a whole film");
  g_assert_cmpstr (((KcPsfsActivity *)g_ptr_array_index (activities, 1))->name, ==,
                   "Watching a whole film");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rating_row (dialog, 1))),
                   ==, "Watching a whole film");

  spin = kc_psfs_rating_row_get_spin (rating_row (dialog, 0));
  assert_label (GTK_WIDGET (spin), "Climbing stairs: not rated");
  gtk_spin_button_set_value (spin, 6);
  assert_label (GTK_WIDGET (spin), "Climbing stairs: 6 of 10");
  gtk_spin_button_set_value (kc_psfs_rating_row_get_spin (rating_row (dialog, 1)), 0);
  gtk_spin_button_set_value (kc_psfs_rating_row_get_spin (rating_row (dialog, 2)), 9);
  g_assert_cmpint (kc_plan_get_psfs_score (fixture->plan, &fixture->today,
                                           ((KcPsfsActivity *)g_ptr_array_index (activities, 0))->id),
                   ==, 6);

  xml = saved_file (fixture);
  g_assert_nonnull (strstr (xml, ">Climbing stairs</activity>"));
  g_assert_nonnull (strstr (xml, ">Watching a whole film</activity>"));
  g_assert_nonnull (strstr (xml, ">Lifting my grandson</activity>"));
  g_assert_nonnull (strstr (xml, "activity=\"activity-1\" score=\"6\""));
  g_assert_nonnull (strstr (xml, "activity=\"activity-2\" score=\"0\""));
  g_assert_nonnull (strstr (xml, "activity=\"activity-3\" score=\"9\""));
}

static const KcPsfsActivity *
add_rated (Fixture    *fixture,
           const char *name,
           guint       first,
           guint       latest)
{
  GDate before = fixture->today;
  const KcPsfsActivity *activity;

  g_date_subtract_days (&before, 14);
  activity = kc_plan_add_psfs_activity (fixture->plan, name, &before);
  kc_plan_set_psfs_score (fixture->plan, &before, activity->id, first);
  g_date_add_days (&before, 7);
  kc_plan_set_psfs_score (fixture->plan, &before, activity->id, latest);
  return activity;
}

/* Last week's score beside this week's; the change since the first rating
 * says whether it matters, and a drop that does is for the physiotherapist. */
static void
test_change_shown (Fixture       *fixture,
                   gconstpointer  data)
{
  KcPsfsDialog *dialog;
  KcPsfsRatingRow *row;
  g_autoptr(GString) text = g_string_new (NULL);

  add_rated (fixture, "Climbing stairs", 3, 5);
  /* Shown as typed, not read as markup. */
  add_rated (fixture, "Gardening & <kneeling>", 8, 7);
  dialog = kc_psfs_dialog_new (fixture->window, fixture->plan, &fixture->today);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (rating_row (dialog, 1))),
                   ==, "Gardening & <kneeling>");

  /* The focus starts on this week's first score, not in an activity's
   * name, whose text a keystroke would replace. */
  row = rating_row (dialog, 0);
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (dialog));
    GtkWidget *spin = GTK_WIDGET (kc_psfs_rating_row_get_spin (row));

    g_assert_true (focus == spin || gtk_widget_is_ancestor (focus, spin));
  }

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Not rated this week yet");
  kc_test_append_label_text (GTK_WIDGET (row), text);
  g_assert_nonnull (strstr (text->str, "Last week: 5"));

  gtk_spin_button_set_value (kc_psfs_rating_row_get_spin (row), 6);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                      "up 3 since "));
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                   " — a change that matters"));

  row = rating_row (dialog, 1);
  gtk_spin_button_set_value (kc_psfs_rating_row_get_spin (row), 5);
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                   " — worth mentioning to your physiotherapist"));

  /* The average: 5.5 from 5.5 — no change. */
  g_string_truncate (text, 0);
  kc_test_append_label_text (GTK_WIDGET (dialog), text);
  g_assert_nonnull (strstr (text->str, "Average this week: 5.5 — no change since "));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Removing an activity takes its ratings; Undo brings both back. */
static void
test_undo_remove (Fixture       *fixture,
                  gconstpointer  data)
{
  const KcPsfsActivity *kneeling;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  KcPsfsDialog *dialog;
  GDate before = fixture->today;

  add_rated (fixture, "Climbing stairs", 3, 5);
  kneeling = add_rated (fixture, "Kneeling", 8, 7);
  add_rated (fixture, "Running for a bus", 1, 2);
  id = g_strdup (kneeling->id);
  dialog = kc_psfs_dialog_new (fixture->window, fixture->plan, &fixture->today);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_cmpuint (kc_plan_get_psfs_ratings (fixture->plan)->len, ==, 6);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "psfs.remove-activity", "s",
                                             id));
  g_assert_null (kc_plan_find_psfs_activity (fixture->plan, id));
  g_assert_cmpuint (kc_plan_get_psfs_ratings (fixture->plan)->len, ==, 4);
  rows = collect (GTK_WIDGET (dialog), KC_TYPE_PSFS_ACTIVITY_ROW);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "psfs.undo-remove", NULL));
  g_assert_cmpstr (kc_plan_find_psfs_activity (fixture->plan, id)->name, ==, "Kneeling");
  g_assert_cmpuint (kc_plan_get_psfs_ratings (fixture->plan)->len, ==, 6);
  g_date_subtract_days (&before, 14);
  g_assert_cmpint (kc_plan_get_psfs_score (fixture->plan, &before, id), ==, 8);
  g_date_add_days (&before, 7);
  g_assert_cmpint (kc_plan_get_psfs_score (fixture->plan, &before, id), ==, 7);
  rows = collect (GTK_WIDGET (dialog), KC_TYPE_PSFS_ACTIVITY_ROW);
  g_assert_cmpuint (rows->len, ==, 3);

  /* Undo is spent. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "psfs.undo-remove", NULL));
  g_assert_cmpuint (kc_plan_get_psfs_activities (fixture->plan)->len, ==, 3);
}

static KcTodayView *
show_today (Fixture *fixture)
{
  KcTodayView *today = g_object_new (KC_TYPE_TODAY_VIEW, NULL);

  gtk_window_set_child (fixture->window, GTK_WIDGET (today));
  kc_today_view_set_store (today, fixture->store, fixture->library);
  kc_today_view_set_plan (today, fixture->plan);
  kc_today_view_set_date (today, &fixture->today);
  gtk_window_present (fixture->window);
  return today;
}

static GtkWidget *
find_card (KcTodayView *today)
{
  return kc_test_find_by_type (GTK_WIDGET (today), KC_TYPE_PSFS_CARD);
}

/* No card without activities; one when due; none once rated. */
static void
test_card_when_due (Fixture       *fixture,
                    gconstpointer  data)
{
  KcTodayView *today = show_today (fixture);
  const KcPsfsActivity *activity;
  GDate last_week = fixture->today;

  g_assert_null (find_card (today));

  activity = kc_plan_add_psfs_activity (fixture->plan, "Climbing stairs", &fixture->today);
  g_date_subtract_days (&last_week, 7);
  kc_plan_set_psfs_score (fixture->plan, &last_week, activity->id, 4);
  kc_today_view_set_date (today, &fixture->today);
  g_assert_nonnull (find_card (today));

  /* A past week is not asked about, though none was rated then. */
  g_date_subtract_days (&last_week, 7);
  g_assert_true (kc_plan_psfs_is_due (fixture->plan, &last_week));
  kc_today_view_set_date (today, &last_week);
  g_assert_null (find_card (today));

  kc_plan_set_psfs_score (fixture->plan, &fixture->today, activity->id, 5);
  kc_today_view_set_date (today, &fixture->today);
  g_assert_null (find_card (today));
}

/* Rate Now opens the dialog on the day shown; closed after rating, the
 * card is gone. */
static void
test_card_rate_now (Fixture       *fixture,
                    gconstpointer  data)
{
  KcTodayView *today = NULL;
  KcPsfsDialog *dialog;
  GtkWidget *card;
  const char *id;

  id = kc_plan_add_psfs_activity (fixture->plan, "Climbing stairs", &fixture->today)->id;
  today = show_today (fixture);
  card = find_card (today);
  g_assert_nonnull (card);

  g_assert_true (gtk_widget_activate_action (card, "psfs-card.rate", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (kc_psfs_dialog_get_plan (dialog) == fixture->plan);
  g_assert_nonnull (find_card (today));

  gtk_spin_button_set_value (kc_psfs_rating_row_get_spin (rating_row (dialog, 0)), 7);
  g_assert_cmpint (kc_plan_get_psfs_score (fixture->plan, &fixture->today, id), ==, 7);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_null (find_dialog ());
  g_assert_null (find_card (today));
}

/* Not This Week is remembered for the plan and the week, in the
 * settings; another week's entry does not hold the card back. */
static void
test_card_not_this_week (Fixture       *fixture,
                         gconstpointer  data)
{
  KcTodayView *today;
  g_autoptr(GVariant) skipped = NULL;
  const char *week = NULL;
  GtkWidget *card;

  kc_plan_add_psfs_activity (fixture->plan, "Climbing stairs", &fixture->today);
  today = show_today (fixture);
  card = find_card (today);
  g_assert_nonnull (card);

  g_assert_true (gtk_widget_activate_action (card, "psfs-card.not-this-week", NULL));
  g_assert_null (find_card (today));
  skipped = g_settings_get_value (fixture->settings, "psfs-not-this-week");
  g_assert_true (g_variant_lookup (skipped, "scale", "&s", &week));
  g_assert_cmpuint (strlen (week), ==, strlen ("2026-11-30"));

  kc_today_view_set_date (today, &fixture->today);
  g_assert_null (find_card (today));
  g_assert_true (kc_plan_psfs_is_due (fixture->plan, &fixture->today));

  g_settings_set_value (fixture->settings, "psfs-not-this-week",
                        g_variant_new_parsed ("{'scale': '2000-01-03'}"));
  kc_today_view_set_date (today, &fixture->today);
  g_assert_nonnull (find_card (today));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/psfs-ui/name-and-rate", test_name_and_rate);
  ADD ("/psfs-ui/change-shown", test_change_shown);
  ADD ("/psfs-ui/undo-remove", test_undo_remove);
  ADD ("/psfs-ui/card-when-due", test_card_when_due);
  ADD ("/psfs-ui/card-rate-now", test_card_rate_now);
  ADD ("/psfs-ui/card-not-this-week", test_card_not_this_week);

  return g_test_run ();
}
