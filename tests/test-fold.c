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

#include "content/kc-library.h"
#include "kc-window.h"
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
  g_test_add_func ("/fold/exercise-shows-details", test_exercise_shows_details);
  g_test_add_func ("/fold/picture-larger", test_picture_larger);
  g_test_add_func ("/fold/narrow-keyboard", test_narrow_keyboard);

  return g_test_run ();
}
