/* test-window.c: the window's actions, settings and content problems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "content/kc-library.h"
#include "kc-appearance.h"
#include "kc-first-frame.h"
#include "kc-method-dialog.h"
#include "kc-problems-dialog.h"
#include "kc-window.h"
#include "pages/kc-anatomy-page.h"
#include "pages/kc-body-map-page.h"
#include "pages/kc-exercises-page.h"
#include "pages/kc-faq-row.h"
#include "pages/kc-questions-page.h"
#include "pages/kc-search-popover.h"
#include "plan/kc-plan-store.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-diagram-view.h"
#include "kc-test-a11y.h"
#include "kc-test-widgets.h"

static GtkWidget *
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), text))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static int
font_size_of (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);

  return pango_font_description_get_size (pango_context_get_font_description (context));
}

/* The zoom reaches every piece of text: a theme class sized in points
 * (Adwaita's .heading) once left condition titles behind. */
static void
test_text_zoom_reaches_all_text (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GArray) before = g_array_new (FALSE, FALSE, sizeof (int));
  guint n_headings = 0;

  g_assert_true (kc_anatomy_page_show_part (KC_ANATOMY_PAGE (kc_window_get_tab (window, "anatomy")),
                                            "disc-l4-l5"));
  g_assert_true (kc_window_show_page (window, "anatomy"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  kc_test_collect_by_type (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = labels->len; i-- > 0;)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      /* Text on screen: hidden labels keep their old style. */
      if (!gtk_widget_get_mapped (label) || *gtk_label_get_text (GTK_LABEL (label)) == '\0')
        g_ptr_array_remove_index (labels, i);
    }
  for (guint i = 0; i < labels->len; i++)
    {
      int size = font_size_of (g_ptr_array_index (labels, i));

      g_array_append_val (before, size);
      n_headings += gtk_widget_has_css_class (g_ptr_array_index (labels, i), "heading");
    }
  g_assert_cmpuint (n_headings, >, 0);

  kc_window_set_text_zoom (window, 1.5);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (font_size_of (GTK_WIDGET (label)) < g_array_index (before, int, i) * 1.4)
        g_error ("“%s” did not grow with the text", gtk_label_get_text (label));
    }

  kc_window_set_text_zoom (window, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The label that shows a question: its expander row's title. */
static GtkWidget *
question_label (GtkWidget *row)
{
  GtkWidget *label = kc_test_find_by_type (row, GTK_TYPE_LABEL);

  g_assert_true (GTK_IS_LABEL (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==,
                   adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return label;
}

static void
test_text_zoom (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  GtkWidget *question;
  GtkWidget *label;
  int normal;

  /* Tabs are built when first shown. */
  g_assert_true (kc_window_show_page (window, "questions"));
  question = kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_FAQ_ROW);
  label = question_label (question);
  normal = font_size_of (label);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-zoom"), 1.2, 0.001);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* The text really is larger, by about the zoom. */
  g_assert_cmpint (font_size_of (label), >, normal * 1.15);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "text-zoom"), 1.0, 0.001);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (font_size_of (label), ==, normal);

  for (int i = 0; i < 40; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (kc_window_get_text_zoom (window), KC_TEXT_ZOOM_MIN, 0.001);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Presenting: full screen asked for, larger text, no banners, the
 * presenter's pointer; Escape ends it and everything comes back. */
static void
test_presentation_mode (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  GtkWidget *question;
  GtkWidget *banner = gtk_widget_get_parent (kc_test_find_by_css_class (GTK_WIDGET (window),
                                                                        "kc-banner-info"));
  GtkWidget *label;
  int normal;

  /* Tabs are built when first shown. */
  g_assert_true (kc_window_show_page (window, "questions"));
  question = kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_FAQ_ROW);
  label = question_label (question);
  normal = font_size_of (label);
  g_assert_true (gtk_widget_get_visible (banner));
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (window)));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (kc_window_get_presenting (window));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kc-presenting"));
  g_assert_cmpint (font_size_of (label), >, normal * 1.25);
  g_assert_false (gtk_widget_get_visible (banner));
  g_assert_nonnull (gtk_widget_get_cursor (GTK_WIDGET (window)));
  /* The text zoom still works on top. */
  g_assert_cmpfloat_with_epsilon (kc_window_get_text_zoom (window), 1.0, 0.001);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-fullscreen", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (kc_window_get_presenting (window));
  g_assert_cmpint (font_size_of (label), ==, normal);
  g_assert_true (gtk_widget_get_visible (banner));
  /* Only the open banners come back: no problems, no problems banner. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (
    kc_test_find_by_css_class (GTK_WIDGET (window), "kc-banner-warning"))));
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every tab fits a 1024×600 screen, also while presenting with its
 * larger text (a small projector or netbook). */
static void
test_fits_small_screen (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);

  kc_test_assert_fits (window, 1024, 600);
  kc_window_set_presenting (window, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  kc_test_assert_fits (window, 1024, 600);

  /* Drawing on the body map shows the pen's tools. */
  gtk_widget_activate_action (kc_window_get_tab (window, "bodymap"), "bodymap.pen", NULL);
  g_assert_true (gtk_widget_get_visible (kc_test_find_by_css_class (kc_window_get_tab (window,
                                                                                      "bodymap"),
                                                                    "osd")));
  kc_test_assert_fits (window, 1024, 600);

  /* An exercise opened, its details beside the library, in German too
   * (test-german-ui): the window stays within the screen. */
  kc_window_set_presenting (window, FALSE);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (kc_window_show_page (window, "exercises"));
      g_assert_true (kc_exercises_page_show_exercise (
        KC_EXERCISES_PAGE (kc_window_get_tab (window, "exercises")), "bridge"));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      kc_test_assert_fits (window, 1024, 600);
      kc_window_set_presenting (window, TRUE);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Light and dark are chosen in the settings and reach libadwaita's style
 * manager; the choice persists because it is a setting. */
static void
test_appearance (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwStyleManager *manager = adw_style_manager_get_default ();

  kc_appearance_bind (settings, manager);
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  g_settings_set_string (settings, "appearance", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));

  g_settings_set_string (settings, "appearance", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==,
                   ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (manager));

  /* "system" follows the desktop, which under test has no preference. */
  g_settings_reset (settings, "appearance");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_false (adw_style_manager_get_dark (manager));
}

/* A zoom stored in the settings is applied to a new window. */
static void
test_zoom_restored (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window;

  g_settings_set_double (settings, "text-zoom", 1.5);
  window = kc_test_new_window (library, settings);
  g_assert_cmpfloat_with_epsilon (kc_window_get_text_zoom (window), 1.5, 0.001);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "text-zoom");
}

static void
test_disclaimer_dismissed_for_good (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  GtkWidget *banner = kc_test_find_by_css_class (GTK_WIDGET (window), "kc-banner-info");
  GtkRevealer *revealer = GTK_REVEALER (gtk_widget_get_parent (banner));

  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-disclaimer", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (g_settings_get_boolean (settings, "disclaimer-dismissed"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* A new window does not show it again. */
  window = kc_test_new_window (library, settings);
  banner = kc_test_find_by_css_class (GTK_WIDGET (window), "kc-banner-info");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "disclaimer-dismissed");
}

/* The first start says where to begin; its button opens the body map,
 * and the hint does not come back. */
static void
start_hint_button_clicked (KcWindow *window)
{
  GtkWidget *banner = kc_test_find_by_css_class (GTK_WIDGET (window), "kc-banner-info");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  kc_test_collect_by_type (banner, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_widget_get_visible (buttons->pdata[i]) &&
        g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "Open _Body Map") == 0)
      {
        g_signal_emit_by_name (buttons->pdata[i], "clicked");
        return;
      }
  g_assert_not_reached ();
}

static void
test_start_hint (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  GtkWidget *hint = find_label_containing (GTK_WIDGET (window), "Knee pain? Start at the body map");

  g_assert_true (gtk_widget_is_visible (hint));
  g_assert_cmpstr (kc_window_get_page (window), !=, "bodymap");

  start_hint_button_clicked (window);
  g_assert_cmpstr (kc_window_get_page (window), ==, "bodymap");
  g_assert_true (g_settings_get_boolean (settings, "start-hint-seen"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The disclaimer stays; the hint is gone, in a new window too. */
  window = kc_test_new_window (library, settings);
  hint = find_label_containing (GTK_WIDGET (window), "Knee pain? Start at the body map");
  g_assert_false (gtk_widget_get_visible (hint));
  g_assert_true (gtk_widget_is_visible (find_label_containing (GTK_WIDGET (window),
                                                               "It cannot examine you")));
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "start-hint-seen");
  g_settings_reset (settings, "last-page");
}

static void
wait_until_mapped (GtkWidget *widget)
{
  for (guint i = 0; i < 200 && !gtk_widget_get_mapped (widget); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Ctrl+F opens one search over everything; Enter opens the best result in
 * its tab. "Clamshel" (a typo) is only in the exercises. */
static void
test_search_everything (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  KcExercisesPage *exercises = KC_EXERCISES_PAGE (kc_window_get_tab (window, "exercises"));
  GtkWidget *popover;
  GtkWidget *entry;
  GtkListBoxRow *first;

  /* The popover is made when first opened. */
  g_assert_null (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_SEARCH_POPOVER));
  g_assert_true (kc_window_show_page (window, "questions"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  popover = kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_SEARCH_POPOVER);
  g_assert_nonnull (popover);
  entry = kc_test_find_by_type (popover, GTK_TYPE_SEARCH_ENTRY);
  wait_until_mapped (popover);
  g_assert_true (gtk_widget_get_mapped (popover));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (popover)),
                                         entry) ||
                 gtk_root_get_focus (gtk_widget_get_root (popover)) == entry);

  kc_search_popover_search (KC_SEARCH_POPOVER (popover), "clamshel");
  first = gtk_list_box_get_row_at_index (kc_search_popover_get_results (KC_SEARCH_POPOVER (popover)), 0);
  g_assert_nonnull (first);
  g_signal_emit_by_name (entry, "activate");

  g_assert_cmpstr (kc_window_get_page (window), ==, "exercises");
  g_assert_cmpstr (kc_exercises_page_get_selected (exercises), ==, "clamshell");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every kind of item opens in the tab that shows it. */
static void
test_open_item (void)
{
  static const struct {
    const char *id;
    const char *page;
  } items[] = {
    { "medial-meniscus", "anatomy" },
    { "knee", "anatomy" },             /* a diagram */
    { "rheumatoid-arthritis", "anatomy" },
    { "muscle-strain", "bodymap" },     /* on no part: its pain source */
    { "dvt-bakers-cyst", "bodymap" },
    { "lumbar-spinal-stenosis", "anatomy" },
    { "hip-joint", "bodymap" },
    { "groin-left", "bodymap" },
    { "bridge", "exercises" },
    { "what-are-warning-signs", "questions" },
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  KcAnatomyPage *anatomy = KC_ANATOMY_PAGE (kc_window_get_tab (window, "anatomy"));
  KcBodyMapPage *body_map = KC_BODY_MAP_PAGE (kc_window_get_tab (window, "bodymap"));
  g_auto(GStrv) hurt = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_assert_true (kc_window_open_item (window, items[i].id));
      g_assert_cmpstr (kc_window_get_page (window), ==, items[i].page);
      if (i == 0)
        g_assert_cmpstr (kc_anatomy_page_get_selected_part (anatomy), ==, "medial-meniscus");
      if (i == 2)
        g_assert_cmpstr (kc_anatomy_page_get_selected_part (anatomy), ==, "articular-cartilage");
    }

  /* The last place opened is the one that hurts. */
  g_assert_true (kc_window_open_item (window, "groin-left"));
  hurt = kc_body_map_page_dup_lit_regions (body_map, "hurt");
  g_assert_cmpstrv (hurt, ((const char * const[]) { "groin-left", NULL }));

  g_assert_false (kc_window_open_item (window, "no-such-item"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every tab's page keeps the KcPage contract: made once, when first asked
 * for; it shows every item that names it (a condition only if some part
 * lists it) and no item of another tab's. */
static void
test_page_contract (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  g_auto(GStrv) names = kc_window_dup_page_names (window);
  guint n_shown = 0;

  g_assert_cmpuint (g_strv_length (names), ==, 4);
  g_assert_null (kc_window_get_tab (window, "no-such-tab"));

  /* Every page built once; after that a page is switched to only for its
   * own items, which keeps this walk short under the sanitizers. */
  for (guint j = 0; names[j] != NULL; j++)
    kc_window_show_page (window, names[j]);

  for (KcItemKind kind = 0; kind < KC_ITEM_N_KINDS; kind++)
    {
      GListModel *items = kc_library_get_items (library, kind);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcItem) item = g_list_model_get_item (items, i);
          const char *own = kc_item_get_page (item);

          for (guint j = 0; names[j] != NULL; j++)
            {
              GtkWidget *page = kc_window_get_tab (window, names[j]);
              gboolean shown;

              g_assert_true (KC_IS_PAGE (page));
              g_assert_true (page == kc_window_get_tab (window, names[j]));
              if (g_strcmp0 (own, names[j]) == 0)
                kc_window_show_page (window, names[j]);
              shown = kc_page_show_item (KC_PAGE (page), item);

              if (g_strcmp0 (own, names[j]) != 0)
                g_assert_false (shown);
              else if (kind != KC_ITEM_KIND_CONDITION)
                g_assert_true (shown);
              n_shown += shown;
            }

          /* However it is shown, every item with a tab opens. */
          if (own != NULL)
            g_assert_true (kc_window_open_item (window, kc_item_get_id (item)));
        }
    }

  g_assert_cmpuint (n_shown, >, 50);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Follow a link from a part to the body map, then come back to the part;
 * a tab chosen by hand is a place too. */
static void
test_back_and_forward (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window;
  KcAnatomyPage *anatomy;
  KcBodyMapPage *body_map;
  GtkWidget *back_button;
  g_auto(GStrv) sources = NULL;

  g_settings_set_string (settings, "last-page", "questions");
  window = kc_test_new_window (library, settings);
  anatomy = KC_ANATOMY_PAGE (kc_window_get_tab (window, "anatomy"));
  body_map = KC_BODY_MAP_PAGE (kc_window_get_tab (window, "bodymap"));
  back_button = kc_test_find_by_css_class (GTK_WIDGET (window), "kc-back");
  g_assert_false (gtk_widget_is_sensitive (back_button));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-item", "s", "l4-nerve-root");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-on-body-map", "s", "l4-nerve-root");
  g_assert_cmpstr (kc_window_get_page (window), ==, "bodymap");
  sources = kc_body_map_page_dup_lit_regions (body_map, "source");
  g_assert_true (g_strv_contains ((const char * const *)sources, "lower-back"));

  /* Opening something else in the Anatomy tab must not fool Back. */
  kc_anatomy_page_show_part (anatomy, "femur");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (kc_window_get_page (window), ==, "anatomy");
  g_assert_cmpstr (kc_anatomy_page_get_selected_part (anatomy), ==, "l4-nerve-root");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL);
  g_assert_cmpstr (kc_window_get_page (window), ==, "bodymap");

  kc_window_show_page (window, "questions");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (kc_window_get_page (window), ==, "bodymap");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (kc_window_get_page (window), ==, "anatomy");
  g_assert_true (gtk_widget_is_sensitive (back_button));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (kc_window_get_page (window), ==, "questions");
  g_assert_false (gtk_widget_is_sensitive (back_button));
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-page");
}

static GtkWidget *
find_link (GtkWidget  *widget,
           const char *action_name,
           const char *target)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0)
    {
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (value != NULL && g_strcmp0 (g_variant_get_string (value, NULL), target) == 0)
        return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_link (child, action_name, target);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* An exercise links to the conditions it may help, a condition to where
 * its pain is felt; each click lands there, and Back returns. */
static void
test_follow_links (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  KcAnatomyPage *anatomy = KC_ANATOMY_PAGE (kc_window_get_tab (window, "anatomy"));
  GtkWidget *page;
  GtkWidget *link;

  g_assert_true (kc_window_open_item (window, "bridge"));
  page = kc_window_get_tab (window, "exercises");
  /* The bridge works the lower back: its diagram is one click away. */
  g_assert_nonnull (find_link (page, "win.open-item", "lumbar-spine"));
  link = find_link (page, "win.open-item", "muscle-imbalance");
  g_assert_nonnull (link);
  g_signal_emit_by_name (link, "clicked");
  g_assert_cmpstr (kc_window_get_page (window), ==, "anatomy");
  g_assert_nonnull (kc_anatomy_page_get_selected_part (anatomy));

  /* The opened condition links on to the body map. */
  link = find_link (GTK_WIDGET (anatomy), "win.open-item", "back-biomechanics");
  g_assert_nonnull (link);
  g_signal_emit_by_name (link, "clicked");
  g_assert_cmpstr (kc_window_get_page (window), ==, "bodymap");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (kc_window_get_page (window), ==, "anatomy");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (kc_window_get_page (window), ==, "exercises");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shortcuts window is made when first asked for. */
/* No shortcut shows the same keys twice ("Ctrl + + / Ctrl + +" was Ctrl
 * with plus and with the keypad's plus); the zoom keys are listed. */
static void
assert_keys_listed_once (GtkWidget *shortcuts)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  guint zoom_keys = 0;

  kc_test_collect_by_type (shortcuts, GTK_TYPE_SHORTCUTS_SHORTCUT, entries);
  g_assert_cmpuint (entries->len, >, 10);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;
      g_auto(GStrv) keys = NULL;
      g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      g_object_get (g_ptr_array_index (entries, i), "accelerator", &accelerator,
                    "action-name", &action, NULL);
      if (g_strcmp0 (action, "win.zoom-in") == 0 || g_strcmp0 (action, "win.zoom-out") == 0 ||
          g_strcmp0 (action, "win.zoom-reset") == 0)
        g_assert_not_reached ();   /* shown with every one of the action's keys */
      keys = g_strsplit (accelerator ? accelerator : "", " ", -1);
      for (guint j = 0; keys[j] != NULL; j++)
        {
          guint key;
          GdkModifierType mods;
          char *label;

          if (!gtk_accelerator_parse (keys[j], &key, &mods))
            continue;   /* "1...4", a range */
          label = gtk_accelerator_get_label (key, mods);
          g_assert_false (g_hash_table_contains (shown, label));
          g_hash_table_add (shown, label);
          zoom_keys += g_str_equal (keys[j], "<Control>plus");
        }
    }
  g_assert_cmpuint (zoom_keys, >=, 1);   /* the search page holds copies */
}

static void
test_shortcuts_window (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *shortcuts = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.shortcuts", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        shortcuts = toplevel;
    }

  g_assert_nonnull (shortcuts);
  assert_keys_listed_once (GTK_WIDGET (shortcuts));
  /* Laid out without a warning: GTK 4.8 warns about its page switcher
   * ("min width -4") when the shortcuts need more than one page. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (shortcuts));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Start-up makes only what the first frame shows: the tab it opens on,
 * no other tab, no popover, no shortcuts window. */
static void
test_startup_defers (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window;

  g_settings_set_string (settings, "last-page", "questions");
  window = kc_test_new_window (library, settings);

  g_assert_nonnull (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_QUESTIONS_PAGE));
  g_assert_null (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_ANATOMY_PAGE));
  g_assert_null (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_BODY_MAP_PAGE));
  g_assert_null (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_EXERCISES_PAGE));
  g_assert_null (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_SEARCH_POPOVER));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  /* Choosing a tab makes it. */
  g_assert_true (kc_window_show_page (window, "bodymap"));
  g_assert_nonnull (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_BODY_MAP_PAGE));

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-page");
}

/* Collects wrapping labels that sit in a horizontal GtkBox. */
static void
collect_wrapped_in_rows (GtkWidget *widget,
                         GString   *found)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  /* GTK's own tooltip is laid out so; it is not ours to change. */
  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkTooltipWindow"))
    return;

  if (GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget)) &&
      GTK_IS_BOX (parent) &&
      gtk_orientable_get_orientation (GTK_ORIENTABLE (parent)) == GTK_ORIENTATION_HORIZONTAL)
    g_string_append_printf (found, "“%.40s” ", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_wrapped_in_rows (child, found);
}

static void
expand_faq_rows (GtkWidget *widget)
{
  if (KC_IS_FAQ_ROW (widget))
    kc_faq_row_set_expanded (KC_FAQ_ROW (widget), TRUE);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    expand_faq_rows (child);
}

/* GTK 4.8 measures a wrapping label in a horizontal box by a search over
 * heights whose every step is a search over widths: one such banner cost
 * 10 ms of start-up. Rows of an icon or bullet and text are grids. */
static void
test_no_wrapped_text_in_row_boxes (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  g_autoptr(GString) found = g_string_new (NULL);

  kc_test_show_every_tab (window);
  expand_faq_rows (GTK_WIDGET (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  collect_wrapped_in_rows (GTK_WIDGET (window), found);
  g_assert_cmpstr (found->str, ==, "");
  /* The walk itself reaches wrapped text in lists and FAQ answers. */
  g_assert_nonnull (kc_test_find_by_css_class (GTK_WIDGET (window), "kc-faq-answer"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_in (const char *text,
          const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (text, needle); at != NULL; at = strstr (at + 1, needle))
    n++;
  return n;
}

/* Counts link buttons and labels with links in @widget; every one must
 * carry the shared link style. */
static void
check_links (GtkWidget *widget,
             guint     *buttons,
             guint     *labels)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "link"))
    {
      g_assert_true (gtk_widget_has_css_class (widget, "kc-link"));
      (*buttons)++;
    }

  if (GTK_IS_LABEL (widget) && gtk_label_get_use_markup (GTK_LABEL (widget)) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), "<a ") != NULL)
    {
      const char *markup = gtk_label_get_label (GTK_LABEL (widget));

      g_assert_true (gtk_widget_has_css_class (widget, "kc-links"));
      /* Each link drawn opaque, as a link button is (GTK 4.8). */
      g_assert_cmpuint (count_in (markup, "<a "), ==, count_in (markup, KC_LINK_SPAN));
      (*labels)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_links (child, buttons, labels);
}

/* Links look the same everywhere: a link button and a glossary term or a
 * source in a text share one style (style.css), on every tab. */
static void
test_links_share_one_style (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  g_autoptr(GtkWidget) button = g_object_ref_sink (kc_link_button_new ("Knee", "win.x", NULL,
                                                                       NULL));
  g_autoptr(GtkWidget) label = g_object_ref_sink (kc_text_label_new (NULL));
  guint buttons = 0, labels = 0;

  /* The one way a label gets links: each one made opaque, the label marked. */
  kc_label_set_link_markup (GTK_LABEL (label), "A <a href=\"kc:x\">disc</a> and "
                                               "<a href=\"kc:y\">root</a> &amp; more");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==,
                   "A <a href=\"kc:x\">" KC_LINK_SPAN "disc</span></a> and "
                   "<a href=\"kc:y\">" KC_LINK_SPAN "root</span></a> &amp; more");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "A disc and root & more");
  check_links (label, &buttons, &labels);
  check_links (button, &buttons, &labels);
  g_assert_cmpuint (buttons, ==, 1);
  g_assert_cmpuint (labels, ==, 1);

  buttons = labels = 0;
  kc_test_show_every_tab (window);
  expand_faq_rows (GTK_WIDGET (window));
  check_links (GTK_WIDGET (window), &buttons, &labels);
  g_test_message ("%u link buttons, %u labels with links", buttons, labels);
  /* The walk reaches both kinds: related questions, glossary terms. */
  g_assert_cmpuint (buttons, >, 0);
  g_assert_cmpuint (labels, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
count_call (gpointer data)
{
  guint *calls = data;

  (*calls)++;
}

/* Work the first frame does not show runs once, after that frame. */
static void
test_after_first_frame (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_window_new (NULL, library, settings);
  guint calls = 0;

  kc_first_frame_then (GTK_WINDOW (window), count_call, &calls);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (calls, ==, 0);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  while (calls == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (calls, ==, 1);

  /* Later frames do not run it again. */
  gtk_widget_queue_draw (GTK_WIDGET (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (calls, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Plans are read from disk when the planner is first shown, not before
 * the first frame. */
static void
test_plans_read_when_planner_shown (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *dir = g_dir_make_tmp ("kc-plans-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "earlier.xml", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KcPlanStore) store = NULL;
  KcWindow *window;

  /* A plan from an earlier session. */
  {
    g_autoptr(KcPlanStore) writer = kc_plan_store_new (folder, library);
    g_autoptr(KcPlan) plan = kc_plan_new ("earlier", "From last week");

    g_assert_true (kc_plan_store_add (writer, plan, NULL));
  }

  store = kc_plan_store_new (folder, library);
  g_settings_set_string (settings, "last-page", "anatomy");
  window = kc_window_new (NULL, library, settings);
  kc_window_set_plan_store (window, store);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 0);

  /* Read off the main thread: the window goes on meanwhile. */
  g_assert_true (kc_window_show_page (window, "exercises"));
  g_assert_true (kc_plan_store_get_loading (store));
  while (kc_plan_store_get_loading (store))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "last-page");
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Every control and container a screen reader announces has a name. */
static void
test_everything_named (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);

  kc_test_assert_everything_named (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab and Shift+Tab go round every tab: no traps, every control reached. */
static void
test_tab_walk (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);

  kc_test_assert_tab_walk (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The diagram is what a consultation looks at: on the Anatomy tab it is
 * wider than the list and the details beside it. */
static void
test_diagram_gets_the_room (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  GtkWidget *page = kc_window_get_tab (window, "anatomy");
  GtkWidget *view, *details, *sidebar;

  g_assert_true (kc_window_show_page (window, "anatomy"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  view = kc_test_find_by_type (page, KC_TYPE_DIAGRAM_VIEW);
  details = gtk_widget_get_ancestor (kc_test_find_by_css_class (page, "kc-details"),
                                     GTK_TYPE_SCROLLED_WINDOW);
  sidebar = kc_test_find_by_css_class (page, "kc-sidebar");
  g_test_message ("sidebar %d, diagram %d, details %d", gtk_widget_get_width (sidebar),
                  gtk_widget_get_width (view), gtk_widget_get_width (details));
  g_assert_cmpint (gtk_widget_get_width (view), >, gtk_widget_get_width (details));
  g_assert_cmpint (gtk_widget_get_width (view), >, gtk_widget_get_width (sidebar));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page_remembered (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);

  g_assert_false (kc_window_show_page (window, "no-such-page"));
  g_assert_true (kc_window_show_page (window, "questions"));
  g_assert_cmpstr (kc_window_get_page (window), ==, "questions");
  gtk_window_destroy (GTK_WINDOW (window));

  /* A stored name that no longer exists is ignored, not fatal: the first
   * tab shows. */
  g_settings_set_string (settings, "last-page", "retired-page");
  window = kc_test_new_window (library, settings);
  g_assert_cmpstr (kc_window_get_page (window), ==, "anatomy");
  gtk_window_destroy (GTK_WINDOW (window));

  /* A stored name that exists is restored. */
  g_settings_set_string (settings, "last-page", "questions");
  window = kc_test_new_window (library, settings);
  g_assert_cmpstr (kc_window_get_page (window), ==, "questions");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Runs one of the window's actions that opens a dialog, and finds it. */
static GtkWindow *
open_dialog (KcWindow   *window,
             const char *action,
             GType       type)
{
  GtkWindow *dialog = NULL;
  GList *toplevels;

  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  return dialog;
}

static KcProblemsDialog *
show_problems (KcWindow *window)
{
  return KC_PROBLEMS_DIALOG (open_dialog (window, "win.show-problems",
                                          KC_TYPE_PROBLEMS_DIALOG));
}

/* The banner says a file was skipped, and the details name broken.xml. */
static void
assert_broken_file_reported (KcWindow *window)
{
  GtkWidget *banner = kc_test_find_by_css_class (GTK_WIDGET (window), "kc-banner-warning");
  KcProblemsDialog *dialog;

  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));
  g_assert_nonnull (find_label_containing (banner, "1 content file was skipped"));
  dialog = show_problems (window);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), "broken.xml, line 3"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A broken file in the user's folder is named in the window; the rest loads. */
static void
test_skipped_file_banner (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kc-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.xml", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window;

  g_assert_true (g_file_set_contents (path, "<faq version=\"1\">\n<topic>\n", -1, NULL));
  kc_library_add_bundled (library);
  kc_library_add_directory (library, folder, TRUE);
  kc_library_load (library);

  window = kc_test_new_window (library, settings);
  assert_broken_file_reported (window);
  /* Everything valid is still there. */
  g_assert_nonnull (kc_library_lookup_faq_entry (library, "what-are-warning-signs"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* A --content-dir that gives nothing is named in the window, not only on
 * stderr; its problem is in the details. */
static void
test_content_folder_banner (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent/kinetic-chain-content");
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcProblemsDialog *dialog;
  KcWindow *window;
  GtkWidget *banner;

  kc_library_add_bundled (library);
  kc_library_add_directory (library, folder, TRUE);
  kc_library_load (library);

  window = kc_test_new_window (library, settings);
  banner = kc_test_find_by_css_class (GTK_WIDGET (window), "kc-banner-warning");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));
  g_assert_nonnull (find_label_containing (banner, "1 content folder could not be read. "
                                                   "Everything else was loaded."));

  dialog = show_problems (window);
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), "does not exist"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The user's content joins the library after the first frame: the page
 * on show lists the user's exercise, a broken file is in the banner and
 * the details, and the search finds the exercise. */
static void
test_user_content_joins_later (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kc-window-XXXXXX", NULL);
  g_autofree char *mine = g_build_filename (dir, "mine.xml", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.xml", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window;
  GtkWidget *banner;
  GtkWidget *before;

  g_assert_true (g_file_set_contents (mine, kc_test_user_exercise_xml, -1, NULL));
  g_assert_true (g_file_set_contents (broken, "<faq version=\"1\">\n<topic>\n", -1, NULL));
  window = kc_test_new_window (library, settings);
  g_assert_true (kc_window_show_page (window, "exercises"));
  before = kc_window_get_tab (window, "exercises");
  g_assert_null (find_label_containing (before, "Clinic wall slide"));
  banner = kc_test_find_by_css_class (GTK_WIDGET (window), "kc-banner-warning");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));

  kc_library_add_directory (library, folder, TRUE);
  kc_test_library_load_async (library);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpstr (kc_window_get_page (window), ==, "exercises");
  g_assert_nonnull (find_label_containing (kc_window_get_tab (window, "exercises"),
                                           "Clinic wall slide"));
  assert_broken_file_reported (window);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (mine);
  g_unlink (broken);
  g_rmdir (dir);
}

/* Alt+1…4 take a keyboard user into the tab's content, not just to it. */
static void
test_alt_number_focuses_content (void)
{
  static const char *tabs[] = { "anatomy", "bodymap", "exercises", "questions" };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);

  for (int i = G_N_ELEMENTS (tabs); i >= 1; i--)
    {
      GtkWidget *focus;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page-number", "i", i);
      g_assert_cmpstr (kc_window_get_page (window), ==, tabs[i - 1]);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, kc_window_get_tab (window, tabs[i - 1])));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* "How We Wrote This" says the app does not diagnose, and when the
 * bundled content was reviewed. */
static void
test_method_dialog (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  GtkWindow *dialog = open_dialog (window, "win.show-method", KC_TYPE_METHOD_DIALOG);

  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), "it does not diagnose"));
  g_assert_nonnull (find_label_containing (GTK_WIDGET (dialog), "last reviewed on 2026-12-02"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* KC_TEST_WINDOW_PART runs one part: the whole takes over ten minutes
   * under the sanitizers, so meson runs the parts side by side.  Every
   * case names its part, so none is left out. */
  const char *part = g_getenv ("KC_TEST_WINDOW_PART");

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_assert_true (part == NULL || g_str_equal (part, "contract") || g_str_equal (part, "walks") ||
                 g_str_equal (part, "rest"));

#define ADD(in_part, path, func) \
  if (part == NULL || g_str_equal (part, in_part)) \
    g_test_add_func (path, func)

  ADD ("walks", "/window/text-zoom", test_text_zoom);
  ADD ("walks", "/window/text-zoom-reaches-all-text", test_text_zoom_reaches_all_text);
  ADD ("rest", "/window/text-zoom-restored", test_zoom_restored);
  ADD ("contract", "/window/presentation-mode", test_presentation_mode);
  ADD ("contract", "/window/appearance", test_appearance);
  ADD ("walks", "/window/fits-small-screen", test_fits_small_screen);
  ADD ("rest", "/window/disclaimer", test_disclaimer_dismissed_for_good);
  ADD ("contract", "/window/start-hint", test_start_hint);
  ADD ("contract", "/window/search-everything", test_search_everything);
  ADD ("contract", "/window/open-item", test_open_item);
  ADD ("contract", "/window/page-contract", test_page_contract);
  ADD ("contract", "/window/back-and-forward", test_back_and_forward);
  ADD ("contract", "/window/follow-links", test_follow_links);
  ADD ("rest", "/window/shortcuts-window", test_shortcuts_window);
  ADD ("rest", "/window/startup-defers", test_startup_defers);
  ADD ("walks", "/window/no-wrapped-text-in-row-boxes", test_no_wrapped_text_in_row_boxes);
  ADD ("rest", "/window/links-share-one-style", test_links_share_one_style);
  ADD ("rest", "/window/after-first-frame", test_after_first_frame);
  ADD ("rest", "/window/plans-read-when-planner-shown", test_plans_read_when_planner_shown);
  ADD ("walks", "/window/everything-named", test_everything_named);
  ADD ("walks", "/window/tab-walk", test_tab_walk);
  ADD ("rest", "/window/method-dialog", test_method_dialog);
  ADD ("rest", "/window/alt-number-focuses-content", test_alt_number_focuses_content);
  ADD ("contract", "/window/diagram-gets-the-room", test_diagram_gets_the_room);
  ADD ("rest", "/window/page", test_page_remembered);
  ADD ("rest", "/window/skipped-file-banner", test_skipped_file_banner);
  ADD ("rest", "/window/content-folder-banner", test_content_folder_banner);
  ADD ("contract", "/window/user-content-joins-later", test_user_content_joins_later);

#undef ADD

  return g_test_run ();
}
