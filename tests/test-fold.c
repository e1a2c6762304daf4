/* test-fold.c: side columns fold away on a narrow window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Below about 1100 pixels the Body map's places and explanation,
 * Anatomy's parts and details and an exercise's details fold over the
 * picture (kc-fold-layout.c); a toggle button, F9 or Shift+F9 shows them.
 */
#include "config.h"

#include <adwaita.h>

#include "content/kc-anatomy-diagram.h"
#include "content/kc-library.h"
#include "kc-window.h"
#include "pages/kc-body-map-page.h"
#include "pages/kc-exercise-card.h"
#include "widgets/kc-diagram-view.h"
#include "kc-test-a11y.h"
#include "kc-test-widgets.h"

static const char *folding_tabs[] = { "bodymap", "anatomy", "exercises" };

static void
destroy_window (KcWindow  *window,
                GSettings *settings)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-page");
}

/* Folding is decided as the page is allocated: a frame more lays it out. */
static void
show_tab (KcWindow   *window,
          const char *name)
{
  g_assert_true (kc_window_show_page (window, name));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

/* Until @flap's reveal animation has ended. */
static void
settle (AdwFlap *flap)
{
  double goal = adw_flap_get_reveal_flap (flap) ? 1.0 : 0.0;

  while (adw_flap_get_reveal_progress (flap) != goal)
    g_main_context_iteration (NULL, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (flap));
}

/* The page's flaps, the start column's first if it has one. */
static GPtrArray *
flaps_of (KcWindow   *window,
          const char *tab)
{
  GPtrArray *flaps = g_ptr_array_new ();

  kc_test_collect_by_type (kc_window_get_tab (window, tab), ADW_TYPE_FLAP, flaps);
  g_assert_cmpuint (flaps->len, >, 0);
  return flaps;
}

static gboolean
has_control (GtkWidget *widget)
{
  if (gtk_widget_get_focusable (widget) && gtk_widget_get_visible (widget) &&
      !GTK_IS_LIST_BOX (widget) && !GTK_IS_FLOW_BOX (widget))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_control (child))
        return TRUE;
    }

  return FALSE;
}

/* The button that shows @flap's column: the one whose state follows it. */
static GtkWidget *
toggle_of (KcWindow   *window,
           const char *tab,
           AdwFlap    *flap)
{
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  gboolean revealed = adw_flap_get_reveal_flap (flap);

  kc_test_collect_by_type (kc_window_get_tab (window, tab), GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    {
      GtkToggleButton *toggle = g_ptr_array_index (toggles, i);
      gboolean follows;

      adw_flap_set_reveal_flap (flap, !revealed);
      follows = gtk_toggle_button_get_active (toggle) == !revealed;
      adw_flap_set_reveal_flap (flap, revealed);
      if (follows && gtk_toggle_button_get_active (toggle) == revealed)
        return GTK_WIDGET (toggle);
    }

  g_assert_not_reached ();
}

typedef void (*ColumnCheck) (KcWindow   *window,
                             const char *tab,
                             AdwFlap    *flap);

/* Runs @check on each side column of each folding tab, in a window of
 * @width × @height. */
static void
check_every_column (int         width,
                    int         height,
                    ColumnCheck check)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window_sized (library, settings, width, height);

  for (guint t = 0; t < G_N_ELEMENTS (folding_tabs); t++)
    {
      g_autoptr(GPtrArray) flaps = NULL;

      show_tab (window, folding_tabs[t]);
      flaps = flaps_of (window, folding_tabs[t]);
      for (guint i = 0; i < flaps->len; i++)
        check (window, folding_tabs[t], g_ptr_array_index (flaps, i));
    }

  destroy_window (window, settings);
}

/* Folded away, its toggle shown; the toggle or the key shows the column
 * with the focus in it, and hides it again. */
static void
check_folded (KcWindow   *window,
              const char *tab,
              AdwFlap    *flap)
{
  GtkWidget *column = adw_flap_get_flap (flap);
  GtkWidget *toggle = toggle_of (window, tab, flap);
  const char *side = adw_flap_get_flap_position (flap) == GTK_PACK_START ? "start" : "end";
  GtkWidget *focus;

  g_test_message ("%s, %s column", tab, side);
  settle (flap);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (gtk_widget_get_mapped (column));
  g_assert_true (gtk_widget_get_mapped (toggle));
  g_assert_true (gtk_widget_get_focusable (toggle));

  /* The key, wherever the focus is. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-column",
                                             "s", side));
  settle (flap);
  g_assert_true (gtk_widget_get_mapped (column));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  /* The focus goes in, if anything there takes it. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  if (has_control (column))
    g_assert_true (focus == column || (focus != NULL && gtk_widget_is_ancestor (focus, column)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-column",
                                             "s", side));
  settle (flap);
  g_assert_false (gtk_widget_get_mapped (column));

  /* The button does the same. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  settle (flap);
  g_assert_true (gtk_widget_get_mapped (column));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  settle (flap);
  g_assert_false (gtk_widget_get_mapped (column));
}

static void
test_narrow (void)
{
  check_every_column (1024, 600, check_folded);
}

/* Beside the picture, and no toggle. */
static void
check_shown (KcWindow   *window,
             const char *tab,
             AdwFlap    *flap)
{
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (gtk_widget_get_mapped (adw_flap_get_flap (flap)));
  g_assert_false (gtk_widget_get_visible (toggle_of (window, tab, flap)));
}

static void
test_wide (void)
{
  check_every_column (1280, 800, check_shown);
}

/* Whether @widget is in a side column, which folds away. */
static gboolean
in_side_column (GtkWidget *widget)
{
  for (GtkWidget *flap = gtk_widget_get_ancestor (widget, ADW_TYPE_FLAP);
       flap != NULL;
       flap = gtk_widget_get_ancestor (gtk_widget_get_parent (flap), ADW_TYPE_FLAP))
    {
      GtkWidget *column = adw_flap_get_flap (ADW_FLAP (flap));

      if (column != NULL && gtk_widget_is_ancestor (widget, column))
        return TRUE;
    }

  return FALSE;
}

/* The diagram's switcher: one toggle per diagram, in sight and reached by
 * the keyboard whether the parts column is folded or not, and nowhere
 * else; one state behind them. */
static void
check_diagram_switcher (int width,
                        int height)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window_sized (library, settings, width, height);
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  g_autoptr(GPtrArray) switches = g_ptr_array_new ();
  g_autoptr(KcAnatomyDiagram) last = NULL;
  GListModel *diagrams = kc_library_get_diagrams (library);
  g_autofree char *shown = NULL;
  GtkWidget *page;

  show_tab (window, "anatomy");
  page = kc_window_get_tab (window, "anatomy");
  kc_test_collect_by_type (page, GTK_TYPE_TOGGLE_BUTTON, toggles);
  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (toggles, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (toggle)),
                     "anatomy.diagram-id") == 0)
        g_ptr_array_add (switches, toggle);
    }

  g_assert_cmpuint (switches->len, >, 1);
  g_assert_cmpuint (switches->len, ==, g_list_model_get_n_items (diagrams));
  for (guint i = 0; i < switches->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (switches, i);
      g_autoptr(KcAnatomyDiagram) diagram = g_list_model_get_item (diagrams, i);

      g_assert_true (gtk_widget_get_mapped (toggle));
      g_assert_true (gtk_widget_get_focusable (toggle));
      g_assert_false (in_side_column (toggle));
      g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (toggle)), ==,
                       kc_item_get_name (KC_ITEM (diagram)));
    }
  /* The group is named for a screen reader. */
  g_assert_true (gtk_test_accessible_has_property (
    GTK_ACCESSIBLE (gtk_widget_get_parent (g_ptr_array_index (switches, 0))),
    GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* The last one shows its diagram, and alone is on. */
  last = g_list_model_get_item (diagrams, switches->len - 1);
  g_signal_emit_by_name (g_ptr_array_index (switches, switches->len - 1), "clicked");
  g_object_get (page, "diagram-id", &shown, NULL);
  g_assert_cmpstr (shown, ==, kc_item_get_id (KC_ITEM (last)));
  for (guint i = 0; i < switches->len; i++)
    g_assert_true (gtk_toggle_button_get_active (g_ptr_array_index (switches, i)) ==
                   (i == switches->len - 1));

  destroy_window (window, settings);
}

static void
test_diagram_switcher_narrow (void)
{
  check_diagram_switcher (1024, 600);
}

static void
test_diagram_switcher_wide (void)
{
  check_diagram_switcher (1280, 800);
}

/* Choosing an exercise while its details are folded shows them, as a
 * leaflet goes from list to content. */
static void
test_exercise_shows_details (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window_sized (library, settings, 1024, 600);
  g_autoptr(GPtrArray) flaps = NULL;
  AdwFlap *flap;

  show_tab (window, "exercises");
  flaps = flaps_of (window, "exercises");
  flap = g_ptr_array_index (flaps, 0);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_true (kc_window_open_item (window, "bridge"));
  settle (flap);
  g_assert_true (gtk_widget_get_mapped (adw_flap_get_flap (flap)));

  destroy_window (window, settings);
}

/* Folded, the exercises' details toggle sits above the cards, never on
 * one (laid over the grid, it covered the top right card's corner). */
static void
test_exercise_toggle_clear_of_cards (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window_sized (library, settings, 1024, 600);
  g_autoptr(GPtrArray) flaps = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  graphene_rect_t toggle_box;
  GtkWidget *toggle;
  guint n_checked = 0;

  show_tab (window, "exercises");
  flaps = flaps_of (window, "exercises");
  toggle = toggle_of (window, "exercises", g_ptr_array_index (flaps, 0));
  g_assert_true (gtk_widget_get_mapped (toggle));
  g_assert_true (gtk_widget_compute_bounds (toggle, GTK_WIDGET (window), &toggle_box));

  kc_test_collect_by_type (kc_window_get_tab (window, "exercises"), KC_TYPE_EXERCISE_CARD,
                           cards);
  for (guint i = 0; i < cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (cards, i);
      graphene_rect_t card_box;

      if (!gtk_widget_get_mapped (card))
        continue;
      g_assert_true (gtk_widget_compute_bounds (card, GTK_WIDGET (window), &card_box));
      g_assert_false (graphene_rect_intersection (&toggle_box, &card_box, NULL));
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, 0);

  destroy_window (window, settings);
}

/* Folded, choosing places leaves the map in sight: the explanation does
 * not slide over it at each place, but its button stands out and says
 * how many sources wait; the button or Shift+F9 shows them. */
static void
test_body_map_explanation_waits (void)
{
  static const char *knee[] = { "knee-front-left", NULL };
  static const char *none[] = { NULL };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window_sized (library, settings, 1024, 600);
  g_autoptr(GPtrArray) flaps = NULL;
  g_autofree char *count = NULL;
  KcBodyMapPage *page;
  AdwFlap *flap;
  GtkWidget *toggle;
  AdwButtonContent *content;
  guint n_sources;

  show_tab (window, "bodymap");
  page = KC_BODY_MAP_PAGE (kc_window_get_tab (window, "bodymap"));
  flaps = flaps_of (window, "bodymap");
  flap = g_ptr_array_index (flaps, flaps->len - 1);
  g_assert_cmpint (adw_flap_get_flap_position (flap), ==, GTK_PACK_END);
  toggle = toggle_of (window, "bodymap", flap);
  content = ADW_BUTTON_CONTENT (gtk_button_get_child (GTK_BUTTON (toggle)));
  g_assert_false (gtk_widget_has_css_class (toggle, "suggested-action"));
  g_assert_cmpstr (adw_button_content_get_label (content), ==, "Explanation");

  kc_body_map_page_set_mode (page, "hurt");
  kc_body_map_page_choose (page, knee);
  settle (flap);
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_has_css_class (toggle, "suggested-action"));
  n_sources = kc_referral_answer_get_sources (kc_body_map_page_get_answer (page))->len;
  g_assert_cmpuint (n_sources, >, 1);
  count = g_strdup_printf ("Explanation — %u possible sources", n_sources);
  g_assert_cmpstr (adw_button_content_get_label (content), ==, count);
  /* Named by what it shows, once (GTK 4.8 would read a label property too). */
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (toggle),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (toggle),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (toggle),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-column",
                                             "s", "end"));
  settle (flap);
  g_assert_true (gtk_widget_get_mapped (adw_flap_get_flap (flap)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  settle (flap);

  /* Nothing chosen, nothing waits. */
  kc_body_map_page_choose (page, none);
  g_assert_false (gtk_widget_has_css_class (toggle, "suggested-action"));
  g_assert_cmpstr (adw_button_content_get_label (content), ==, "Explanation");
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (toggle),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  destroy_window (window, settings);
}

/* The picture is what a small screen is for: at 1024 × 600 the diagrams
 * are larger than before the columns folded (main at cd4cf04: body map
 * 278 × 255 each view, anatomy 401 × 371, measured by this test's
 * way). */
static void
test_picture_larger (void)
{
  static const struct {
    const char *tab;
    int width, height;
  } before[] = {
    { "bodymap", 278, 255 },
    { "anatomy", 401, 371 },
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window_sized (library, settings, 1024, 600);

  for (guint t = 0; t < G_N_ELEMENTS (before); t++)
    {
      GtkWidget *view;

      show_tab (window, before[t].tab);
      view = kc_test_find_by_type (kc_window_get_tab (window, before[t].tab),
                                   KC_TYPE_DIAGRAM_VIEW);
      g_test_message ("%s: diagram %d × %d, before %d × %d", before[t].tab,
                      gtk_widget_get_width (view), gtk_widget_get_height (view),
                      before[t].width, before[t].height);
      g_assert_cmpint (gtk_widget_get_width (view), >, before[t].width);
      g_assert_cmpint (gtk_widget_get_height (view), >, before[t].height);
    }

  destroy_window (window, settings);
}

/* Folded, the toggles are controls like any: named, reached by Tab, on
 * every tab; the German run is in test-german-ui. */
static void
test_narrow_keyboard (void)
{
  kc_test_assert_keyboard_at_size (1024, 600);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/fold/narrow", test_narrow);
  g_test_add_func ("/fold/wide", test_wide);
  g_test_add_func ("/fold/diagram-switcher-narrow", test_diagram_switcher_narrow);
  g_test_add_func ("/fold/diagram-switcher-wide", test_diagram_switcher_wide);
  g_test_add_func ("/fold/exercise-shows-details", test_exercise_shows_details);
  g_test_add_func ("/fold/exercise-toggle-clear-of-cards", test_exercise_toggle_clear_of_cards);
  g_test_add_func ("/fold/body-map-explanation-waits", test_body_map_explanation_waits);
  g_test_add_func ("/fold/picture-larger", test_picture_larger);
  g_test_add_func ("/fold/narrow-keyboard", test_narrow_keyboard);

  return g_test_run ();
}
