/* test-exercises-page.c: browsing the exercise library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "content/kc-pain-rule.h"
#include "kc-window.h"
#include "pages/kc-exercises-page.h"
#include "kc-test-widgets.h"
#include "widgets/kc-pain-light.h"

typedef struct
{
  KcLibrary *library;
  GSettings *settings;
  KcWindow *window;
  KcExercisesPage *page;
} Fixture;

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->library = kc_test_bundled_library ();
  fixture->settings = g_settings_new (APP_ID);
  fixture->window = kc_window_new (NULL, fixture->library, fixture->settings);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (kc_window_show_page (fixture->window, "exercises"));
  fixture->page = KC_EXERCISES_PAGE (kc_window_get_tab (fixture->window, "exercises"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->library);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(GStrv) all = kc_exercises_page_dup_visible (fixture->page);
  g_auto(GStrv) knees = NULL;
  g_auto(GStrv) knee_stretches = NULL;

  g_assert_cmpuint (g_strv_length (all), >=, 18);

  kc_exercises_page_set_filters (fixture->page, "knees", NULL, NULL);
  knees = kc_exercises_page_dup_visible (fixture->page);
  g_assert_true (g_strv_contains ((const char * const *)knees, "straight-leg-raise"));
  g_assert_false (g_strv_contains ((const char * const *)knees, "plank"));

  kc_exercises_page_set_filters (fixture->page, "knees", "stretching", NULL);
  knee_stretches = kc_exercises_page_dup_visible (fixture->page);
  g_assert_true (g_strv_contains ((const char * const *)knee_stretches, "quadriceps-stretch"));
  g_assert_false (g_strv_contains ((const char * const *)knee_stretches, "straight-leg-raise"));
  g_assert_cmpuint (g_strv_length (knee_stretches), <, g_strv_length (knees));
}

static void
test_search_by_name (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkEditable *entry = GTK_EDITABLE (kc_test_find_by_type (GTK_WIDGET (fixture->page),
                                                           GTK_TYPE_SEARCH_ENTRY));
  g_auto(GStrv) found = NULL;

  gtk_editable_set_text (entry, "BRIDGE");
  /* Apply now rather than after the entry's typing delay. */
  g_signal_emit_by_name (entry, "search-changed");
  found = kc_exercises_page_dup_visible (fixture->page);
  g_assert_cmpuint (g_strv_length (found), ==, 1);
  g_assert_cmpstr (found[0], ==, "bridge");

  /* Nothing matches: the empty state offers to show everything again. */
  gtk_editable_set_text (entry, "zzzz");
  g_signal_emit_by_name (entry, "search-changed");
  g_clear_pointer (&found, g_strfreev);
  found = kc_exercises_page_dup_visible (fixture->page);
  g_assert_cmpuint (g_strv_length (found), ==, 0);
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "No exercises match"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "exercises.reset-filters", NULL);
  g_clear_pointer (&found, g_strfreev);
  found = kc_exercises_page_dup_visible (fixture->page);
  g_assert_cmpuint (g_strv_length (found), >=, 18);
}

static void
test_details (Fixture       *fixture,
              gconstpointer  data)
{
  kc_exercises_page_set_filters (fixture->page, "core", NULL, NULL);
  /* Showing an exercise the filter hides clears the filter. */
  g_assert_true (kc_exercises_page_show_exercise (fixture->page, "calf-stretch"));
  g_assert_cmpstr (kc_exercises_page_get_selected (fixture->page), ==, "calf-stretch");
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "How to do it"));
  g_assert_true (has_label (GTK_WIDGET (fixture->page), "Keep the back heel on the floor."));
}

/* The details link the glossary's terms where the card uses them: the
 * hamstring stretch explains "hamstrings", once. */
static void
test_details_link_terms (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n_links = 0;

  g_assert_true (kc_exercises_page_show_exercise (fixture->page, "hamstring-stretch"));
  kc_test_collect_by_type (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *markup = gtk_label_get_label (g_ptr_array_index (labels, i));

      for (const char *at = strstr (markup, "kc:glossary/term-hamstrings\"");
           at != NULL; at = strstr (at + 1, "kc:glossary/term-hamstrings\""))
        n_links++;
    }
  g_assert_cmpuint (n_links, ==, 1);
}

/* The button whose label is @text, or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_BUTTON (widget) && has_label (widget, text))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The details show the one pain rule as a traffic light, named for a
 * screen reader, and the easier and harder versions as links. */
static void
test_pain_rule_and_versions (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *light;
  GtkWidget *easier;

  g_assert_true (kc_exercises_page_show_exercise (fixture->page, "bridge"));
  light = kc_test_find_by_type (GTK_WIDGET (fixture->page), KC_TYPE_PAIN_LIGHT);
  g_assert_nonnull (light);
  g_assert_true (gtk_widget_is_visible (light));
  g_assert_nonnull (kc_test_find_by_css_class (light, "kc-pain-fine"));
  g_assert_nonnull (kc_test_find_by_css_class (light, "kc-pain-acceptable"));
  g_assert_nonnull (kc_test_find_by_css_class (light, "kc-pain-stop"));
  for (KcPainBand band = 0; band < KC_N_PAIN_BANDS; band++)
    {
      g_assert_true (has_label (light, kc_pain_rule_get_label (band)));
      g_assert_true (has_label (light, kc_pain_rule_get_advice (band)));
    }
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (light), GTK_ACCESSIBLE_ROLE_GROUP));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (light),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (light), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Pain rule");

  /* Bridge has no harder version among the exercises: a progression says how. */
  g_assert_null (find_button (GTK_WIDGET (fixture->page), "Harder: Pelvic tilt"));
  easier = find_button (GTK_WIDGET (fixture->page), "Easier: Pelvic tilt");
  g_assert_nonnull (easier);
  g_assert_true (has_label (GTK_WIDGET (fixture->page),
                            "When three sets feel easy, hold for longer at the top, then lift one "
                            "foot off the floor for a single-leg bridge."));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (easier)), ==, "win.open-item");
  g_signal_emit_by_name (easier, "clicked");
  g_assert_cmpstr (kc_exercises_page_get_selected (fixture->page), ==, "pelvic-tilt");
  g_assert_nonnull (find_button (GTK_WIDGET (fixture->page), "Harder: Bridge"));
}

/* An exercise opened from elsewhere is scrolled into view: the last card
 * is far below the first screen. */
static void
test_chosen_card_in_view (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *cards = kc_test_find_by_css_class (GTK_WIDGET (fixture->page), "kc-exercise-cards");
  GtkScrolledWindow *scroller =
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (cards, GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  GtkFlowBoxChild *selected;
  graphene_rect_t bounds;
  g_autoptr(GList) chosen = NULL;

  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_true (kc_exercises_page_show_exercise (fixture->page, "pelvic-tilt"));
  for (int i = 0; i < 5; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  chosen = gtk_flow_box_get_selected_children (GTK_FLOW_BOX (cards));
  g_assert_nonnull (chosen);
  selected = chosen->data;
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (selected), cards, &bounds));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, gtk_adjustment_get_value (adjustment) - 1);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_adjustment_get_value (adjustment) +
                     gtk_adjustment_get_page_size (adjustment) + 1);
}

/* From Anatomy, "Exercises for this" opens the library on that area. */
static void
test_link_from_anatomy (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(GStrv) shown = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-exercises", "s", "knees");
  g_assert_cmpstr (kc_window_get_page (fixture->window), ==, "exercises");
  shown = kc_exercises_page_dup_visible (fixture->page);
  g_assert_true (g_strv_contains ((const char * const *)shown, "step-up"));
  g_assert_false (g_strv_contains ((const char * const *)shown, "cat-cow"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/exercises-page/filters", test_filters);
  ADD ("/exercises-page/search", test_search_by_name);
  ADD ("/exercises-page/details", test_details);
  ADD ("/exercises-page/details-link-terms", test_details_link_terms);
  ADD ("/exercises-page/pain-rule-and-versions", test_pain_rule_and_versions);
  ADD ("/exercises-page/link-from-anatomy", test_link_from_anatomy);
  ADD ("/exercises-page/chosen-card-in-view", test_chosen_card_in_view);

#undef ADD

  return g_test_run ();
}
