/* test-today-log.c: Today's settle question and suggestions, and the long day's hint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "kc-test-plan.h"
#include "kc-test-widgets.h"
#include "pages/kc-day-card.h"
#include "pages/kc-settle-card.h"
#include "pages/kc-suggestion-card.h"
#include "pages/kc-today-view.h"
#include "plan/kc-plan-store.h"
#include "plan/kc-plan-suggestions.h"

typedef struct
{
  char *dir;
  GFile *folder;
  KcLibrary *library;
  KcPlanStore *store;
  KcPlan *plan;          /* the store's */
  GtkWindow *window;
  KcTodayView *today;
} Fixture;


static void
add_record (KcPlan *plan,
            int     offset,
            int     pain)
{
  kc_test_plan_add_record (plan, offset, "bridge", pain, 3, 30);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  KcDose dose = { 3, 10, 0, 0 };
  g_autoptr(KcPlan) plan = kc_plan_new ("log", "Log");
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("kc-today-log-XXXXXX", NULL);
  fixture->folder = g_file_new_for_path (fixture->dir);
  fixture->library = kc_test_bundled_library ();
  fixture->store = kc_plan_store_new (fixture->folder, fixture->library);
  kc_plan_store_load (fixture->store);

  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 2, "bridge", &dose);
  g_assert_true (kc_plan_store_add (fixture->store, plan, &error));
  g_assert_no_error (error);
  fixture->plan = plan;

  fixture->today = g_object_new (KC_TYPE_TODAY_VIEW, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->today));
  kc_today_view_set_store (fixture->today, fixture->store, fixture->library);
  kc_today_view_set_plan (fixture->today, plan);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *argv[] = { "rm", "-rf", fixture->dir, NULL };

  gtk_window_destroy (fixture->window);
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
  g_autofree char *path = g_build_filename (fixture->dir, "log.xml", NULL);
  char *contents = NULL;

  kc_plan_store_flush (fixture->store);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
show_day (Fixture *fixture,
          int      offset)
{
  GDate date = kc_test_plan_day (offset);

  kc_today_view_set_date (fixture->today, &date);
}

static GtkWidget *
find (Fixture *fixture,
      GType    type)
{
  return kc_test_find_by_type (GTK_WIDGET (fixture->today), type);
}

/* Monday's amber bridge is asked about on Tuesday; "No" answers it. */
static void
test_settle_card_answers (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *xml = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *card;

  add_record (fixture->plan, 0, 5);
  show_day (fixture, 0);
  g_assert_null (find (fixture, KC_TYPE_SETTLE_CARD));

  show_day (fixture, 1);
  card = find (fixture, KC_TYPE_SETTLE_CARD);
  g_assert_nonnull (card);
  kc_test_append_label_text (card, text);
  g_assert_nonnull (strstr (text->str, "Did yesterday’s pain settle by this morning?"));
  g_assert_nonnull (strstr (text->str, "Bridge"));

  g_assert_true (gtk_widget_activate_action (card, "settle.no", NULL));
  g_assert_cmpint (((KcExerciseRecord *)g_ptr_array_index (kc_plan_get_records (fixture->plan),
                                                           0))->settled, ==, KC_SETTLED_NO);
  g_assert_null (find (fixture, KC_TYPE_SETTLE_CARD));

  xml = saved_file (fixture);
  g_assert_nonnull (strstr (xml, "settled=\"no\""));
}

/* Twice red: Accept swaps the bridge for the pelvic tilt, Undo brings it back. */
static void
test_suggestion_card_accepts_and_undoes (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(KcPlanItem) changed = NULL;
  g_autoptr(KcPlanItem) restored = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *xml = NULL;
  GtkWidget *card;

  add_record (fixture->plan, 0, 7);
  show_day (fixture, 1);
  g_assert_null (find (fixture, KC_TYPE_SUGGESTION_CARD));

  add_record (fixture->plan, 2, 8);
  show_day (fixture, 3);
  card = find (fixture, KC_TYPE_SUGGESTION_CARD);
  g_assert_nonnull (card);
  kc_test_append_label_text (card, text);
  g_assert_nonnull (strstr (text->str, "Pelvic tilt"));

  g_assert_true (gtk_widget_activate_action (card, "suggestion.accept", NULL));
  changed = g_list_model_get_item (kc_plan_get_day (fixture->plan, 2), 0);
  g_assert_cmpstr (kc_plan_item_get_exercise_id (changed), ==, "pelvic-tilt");
  g_assert_cmpuint (kc_plan_get_changes (fixture->plan)->len, ==, 1);
  g_assert_null (find (fixture, KC_TYPE_SUGGESTION_CARD));
  xml = saved_file (fixture);
  g_assert_nonnull (strstr (xml, "decision=\"accepted\""));

  /* The toast's Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->today), "today.undo-change",
                                             NULL));
  restored = g_list_model_get_item (kc_plan_get_day (fixture->plan, 2), 0);
  g_assert_cmpstr (kc_plan_item_get_exercise_id (restored), ==, "bridge");
  g_assert_cmpuint (kc_plan_get_changes (fixture->plan)->len, ==, 0);
  g_assert_nonnull (find (fixture, KC_TYPE_SUGGESTION_CARD));

  /* Dismissed, it is gone, and stays gone the next day. */
  card = find (fixture, KC_TYPE_SUGGESTION_CARD);
  g_assert_true (gtk_widget_activate_action (card, "suggestion.dismiss", NULL));
  g_assert_null (find (fixture, KC_TYPE_SUGGESTION_CARD));
  show_day (fixture, 4);
  g_assert_null (find (fixture, KC_TYPE_SUGGESTION_CARD));
}

/* More than four exercises on a day: the card suggests spreading them. */
static void
test_long_day_hint (void)
{
  KcDose dose = { 1, 10, 0, 0 };
  static const char *ids[] = { "bridge", "plank", "clamshell", "bird-dog", "dead-bug" };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Long");
  GtkWidget *card = g_object_ref_sink (kc_day_card_new (0, library, NULL));
  GtkWidget *hint;

  kc_day_card_set_plan (KC_DAY_CARD (card), plan);
  hint = kc_test_find_by_css_class (card, "caption");
  g_assert_nonnull (hint);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (hint)), "A shorter day"));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_false (gtk_widget_get_visible (hint));
      kc_plan_add_item (plan, 0, ids[i], &dose);
    }
  g_assert_true (gtk_widget_get_visible (hint));

  g_object_unref (kc_plan_remove_item (plan, 0, 0));
  g_assert_false (gtk_widget_get_visible (hint));

  kc_day_card_set_plan (KC_DAY_CARD (card), NULL);
  g_assert_finalize_object (card);
}

/* A rest day's status page is shown whole in a short window: the page
 * scrolls as one, the status page does not scroll inside it (it showed
 * half its icon and none of its words at 1024×600). */
static void
test_rest_day_whole (Fixture       *fixture,
                     gconstpointer  data)
{
  GDate tuesday = kc_test_plan_day (1);
  GtkWidget *status;
  int minimum, natural;

  gtk_window_set_default_size (fixture->window, 1024, 360);
  kc_today_view_set_date (fixture->today, &tuesday);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  status = kc_test_find_by_type (GTK_WIDGET (fixture->today), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "A rest day");
  gtk_widget_measure (status, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (status),
                      &minimum, &natural, NULL, NULL);
  g_test_message ("status page %d px high, natural %d", gtk_widget_get_height (status), natural);
  g_assert_cmpint (gtk_widget_get_height (status), >=, natural);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/today-log/settle-card-answers", test_settle_card_answers);
  ADD ("/today-log/suggestion-accept-undo", test_suggestion_card_accepts_and_undoes);
  ADD ("/today-log/rest-day-whole", test_rest_day_whole);
  g_test_add_func ("/today-log/long-day-hint", test_long_day_hint);

  return g_test_run ();
}
