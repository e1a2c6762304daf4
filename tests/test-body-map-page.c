/* test-body-map-page.c: the Body map tab, its two questions, pen and handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "content/kc-library.h"
#include "content/kc-reference.h"
#include "kc-window.h"
#include "pages/kc-body-map-page-private.h"
#include "pages/kc-place-row.h"
#include "widgets/kc-diagram-swatch.h"
#include "widgets/kc-diagram-view.h"
#include "widgets/kc-focus-group.h"
#include "widgets/kc-warning-card.h"
#include "kc-test-widgets.h"

typedef struct
{
  KcLibrary *library;
  GSettings *settings;
  KcWindow *window;
  KcBodyMapPage *page;
} Fixture;

static char *
explanation_text (Fixture *fixture)
{
  GString *text = g_string_new (NULL);
  GtkWidget *explanation = kc_test_find_by_css_class (GTK_WIDGET (fixture->page), "kc-explanation");

  g_assert_nonnull (explanation);
  kc_test_append_label_text (explanation, text);

  return g_string_free (text, FALSE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->library = kc_test_bundled_library ();

  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_boolean (fixture->settings, "disclaimer-dismissed", TRUE);
  fixture->window = kc_window_new (NULL, fixture->library, fixture->settings);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (kc_window_show_page (fixture->window, "bodymap"));

  fixture->page = KC_BODY_MAP_PAGE (kc_test_find_by_type (GTK_WIDGET (fixture->window),
                                                          KC_TYPE_BODY_MAP_PAGE));
  g_assert_nonnull (fixture->page);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_settings_reset (fixture->settings, "disclaimer-dismissed");
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->library);
}

/* A place's name: its label child (it wraps). */
static const char *
check_text (GtkCheckButton *check)
{
  GtkWidget *child = gtk_check_button_get_child (check);

  return GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : "";
}

static GtkCheckButton *
check_named (Fixture    *fixture,
             const char *name)
{
  GtkWidget *list = kc_test_find_by_type (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX);

  for (GtkWidget *row = gtk_widget_get_first_child (list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check;

      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;
      check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      if (GTK_IS_CHECK_BUTTON (check) &&
          g_str_equal (check_text (GTK_CHECK_BUTTON (check)), name))
        return GTK_CHECK_BUTTON (check);
    }

  return NULL;
}

/* Where Tab from before the list puts the focus. */
static GtkWidget *
tab_stop (Fixture   *fixture,
          GtkWidget *group)
{
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  g_assert_true (gtk_widget_child_focus (group, GTK_DIR_TAB_FORWARD));
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

static GtkWidget *
focus_of (Fixture *fixture)
{
  return gtk_root_get_focus (GTK_ROOT (fixture->window));
}

/* The places are one Tab stop: Tab enters at one place and the next Tab
 * leaves the list (it once stayed on "Lower back" for ever); arrows, Home
 * and End move among them, and a place chosen on the map becomes the stop. */
static void
test_places_one_tab_stop (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *list = kc_test_find_by_type (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX);
  GtkWidget *group = gtk_widget_get_ancestor (list, KC_TYPE_FOCUS_GROUP);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  const char *hip[] = { "hip-right", NULL };

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.mode", "s", "hurt");
  kc_test_collect_by_type (list, GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, >, 10);
  g_assert_nonnull (group);

  /* Names wrap only when the sidebar is too narrow for them, not in two
   * words as the check button's layout once made them. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < checks->len; i++)
    {
      GtkWidget *name = gtk_check_button_get_child (g_ptr_array_index (checks, i));

      g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (name))), ==, 1);
    }
  g_assert_true (tab_stop (fixture, group) == g_ptr_array_index (checks, 0));
  g_assert_false (gtk_widget_child_focus (group, GTK_DIR_TAB_FORWARD));
  g_assert_true (tab_stop (fixture, group) == g_ptr_array_index (checks, 0));
  g_assert_false (gtk_widget_child_focus (group, GTK_DIR_TAB_BACKWARD));

  gtk_widget_grab_focus (g_ptr_array_index (checks, 0));
  kc_test_press_key (group, GDK_KEY_Down);
  g_assert_true (focus_of (fixture) == g_ptr_array_index (checks, 1));
  /* Left by Tab and come back to: the place last reached. */
  g_assert_false (gtk_widget_child_focus (group, GTK_DIR_TAB_FORWARD));
  g_assert_true (tab_stop (fixture, group) == g_ptr_array_index (checks, 1));

  kc_test_press_key (group, GDK_KEY_End);
  g_assert_true (focus_of (fixture) == g_ptr_array_index (checks, checks->len - 1));
  kc_test_press_key (group, GDK_KEY_Up);
  g_assert_true (focus_of (fixture) == g_ptr_array_index (checks, checks->len - 2));
  kc_test_press_key (group, GDK_KEY_Home);
  g_assert_true (focus_of (fixture) == g_ptr_array_index (checks, 0));

  /* Chosen from elsewhere, the place becomes the stop. */
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  kc_body_map_page_choose (fixture->page, hip);
  g_assert_cmpstr (check_text (GTK_CHECK_BUTTON (tab_stop (fixture, group))), ==, "Right hip");
}

/* The button with @action_name (and @target, if given) under @widget. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action_name,
                    const char *target)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  kc_test_collect_by_type (widget, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = g_ptr_array_index (buttons, i);
      GVariant *value = gtk_actionable_get_action_target_value (button);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), action_name) == 0 &&
          (target == NULL || (value != NULL && g_str_equal (g_variant_get_string (value, NULL),
                                                            target))))
        return GTK_WIDGET (button);
    }

  return NULL;
}

/* The view "Back" and the header bar's Back (in history) are told apart
 * by a screen reader. */
static void
test_view_buttons_named (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char *views[][2] = {
    { "front", "Front view" }, { "back", "Back view" }, { "both", "Both views" },
  };
  GtkWidget *history_back = find_action_button (GTK_WIDGET (fixture->window), "win.back", NULL);
  g_autofree char *history_named_back = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *button = find_action_button (GTK_WIDGET (fixture->page), "bodymap.views",
                                              views[i][0]);
      g_autofree char *wrong = NULL;

      g_assert_nonnull (button);
      wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                  GTK_ACCESSIBLE_PROPERTY_LABEL, views[i][1]);
      g_assert_null (wrong);
    }

  g_assert_nonnull (history_back);
  history_named_back = gtk_test_accessible_check_property (GTK_ACCESSIBLE (history_back),
                                                           GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                           "Back view");
  g_assert_nonnull (history_named_back);
}

static void
test_lower_back_lights_knees (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkCheckButton *lower_back = check_named (fixture, "Lower back");
  g_auto(GStrv) referred = NULL;
  g_auto(GStrv) source = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (lower_back);
  gtk_check_button_set_active (lower_back, TRUE);   /* as a click or Space does */

  referred = kc_body_map_page_dup_lit_regions (fixture->page, "referred");
  source = kc_body_map_page_dup_lit_regions (fixture->page, "source");
  g_assert_true (g_strv_contains ((const char * const *)source, "lower-back"));
  g_assert_true (g_strv_contains ((const char * const *)referred, "knee-front-left"));
  g_assert_true (g_strv_contains ((const char * const *)referred, "knee-back-right"));

  text = explanation_text (fixture);
  g_assert_nonnull (strstr (text, "nerve root"));
  g_assert_nonnull (strstr (text, "Irritated L3 or L4 nerve root"));
  /* Nerve roots: the warning signs are shown, prominently. */
  g_assert_nonnull (strstr (text, "saddle"));

  /* A screen reader hears the result. */
  g_assert_nonnull (strstr (kc_body_map_page_get_summary (fixture->page),
                            "Lower back can refer pain to:"));
  g_assert_nonnull (strstr (kc_body_map_page_get_summary (fixture->page), "Front of left knee"));
  /* Grouped by how often, most often first; each place once. */
  {
    const char *summary = kc_body_map_page_get_summary (fixture->page);
    const char *often = strstr (summary, "often: ");
    const char *sometimes = strstr (summary, "sometimes: ");
    const char *knee = strstr (summary, "Front of left knee");

    g_assert_nonnull (often);
    g_assert_true (sometimes == NULL || sometimes > often);
    g_assert_null (strstr (knee + 1, "Front of left knee"));
  }
}

static void
test_arrows_in_both_views (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *choice[] = { "lower-back", NULL };
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_DIAGRAM_VIEW, views);
  g_assert_cmpuint (views->len, ==, 2);

  kc_body_map_page_choose (fixture->page, choice);

  /* Front: from a marker where the lower back would be; back: from it. */
  g_assert_cmpuint (kc_diagram_view_get_n_paths (g_ptr_array_index (views, 0)), >, 3);
  g_assert_cmpuint (kc_diagram_view_get_n_paths (g_ptr_array_index (views, 1)), >, 3);
  /* The front view's paths start at the spine's marker, mid-body, not at
   * the page's corner. */
  {
    KcDiagramView *front = g_ptr_array_index (views, 0);
    double x, y, corner_x, corner_y;

    g_assert_true (kc_diagram_view_get_path_origin (front, 0, &x, &y));
    kc_diagram_view_document_to_widget (front, 200, 350, &corner_x, &corner_y);
    g_assert_cmpfloat (fabs (x - corner_x), <, 3.0);
    g_assert_cmpfloat (fabs (y - corner_y), <, 3.0);
  }
}

/* Whether @view shows an arrow to @to. */
static gboolean
has_arrow_to (KcDiagramView *view,
              const char    *to)
{
  for (guint i = 0; i < kc_diagram_view_get_n_paths (view); i++)
    if (g_str_equal (kc_diagram_view_get_path_target (view, i), to))
      return TRUE;

  return FALSE;
}

/* By default a few arrows, one per source, the first sources' first;
 * "Show All Arrows" draws every one, and stays on for the next place. */
static void
test_arrows_few_or_all (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *lower_back[] = { "lower-back", NULL };
  const char *hip[] = { "hip-left", NULL };
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) ranked = NULL;
  guint few[2];
  gboolean all = FALSE;

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_DIAGRAM_VIEW, views);
  kc_body_map_page_choose (fixture->page, lower_back);
  ranked = kc_referral_answer_dup_ranked_arrows (fixture->page->answer);

  for (guint i = 0; i < views->len; i++)
    {
      KcDiagramView *view = g_ptr_array_index (views, i);
      const char * const *parts = kc_diagram_view_get_part_ids (view);

      few[i] = kc_diagram_view_get_n_paths (view);
      g_assert_cmpuint (few[i], >=, 1);
      g_assert_cmpuint (few[i], <=, 4);
      /* The first source's most common place this view shows has its arrow. */
      for (guint j = 0; j < ranked->len; j++)
        {
          KcReferralArrow *arrow = g_ptr_array_index (ranked, j);

          if (!g_strv_contains (parts, arrow->to))
            continue;
          g_assert_true (has_arrow_to (view, arrow->to));
          break;
        }
    }

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.show-all-arrows", NULL);
  for (guint i = 0; i < views->len; i++)
    g_assert_cmpuint (kc_diagram_view_get_n_paths (g_ptr_array_index (views, i)), >, few[i]);

  /* Another place, then back: still all. */
  kc_body_map_page_choose (fixture->page, hip);
  g_object_get (fixture->page, "show-all-arrows", &all, NULL);
  g_assert_true (all);
  kc_body_map_page_choose (fixture->page, lower_back);
  for (guint i = 0; i < views->len; i++)
    g_assert_cmpuint (kc_diagram_view_get_n_paths (g_ptr_array_index (views, i)), >, few[i]);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.show-all-arrows", NULL);
  for (guint i = 0; i < views->len; i++)
    g_assert_cmpuint (kc_diagram_view_get_n_paths (g_ptr_array_index (views, i)), ==, few[i]);
}

/* The toggle is a named check button under the legend, with a tooltip. */
static void
test_arrows_toggle_named (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  GtkWidget *toggle = NULL;

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), GTK_TYPE_CHECK_BUTTON, checks);
  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (checks, i)),
                   "bodymap.show-all-arrows") == 0)
      toggle = g_ptr_array_index (checks, i);

  g_assert_nonnull (toggle);
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (toggle)), ==, "Show All Arrows");
  g_assert_nonnull (gtk_widget_get_tooltip_text (toggle));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (toggle)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.show-all-arrows", NULL);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (toggle)));
}

/* "Where does it hurt?" The knee: the lower back and the hip are among
 * the sources. */
static void
test_knee_sources (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkCheckButton *knee;
  g_auto(GStrv) sources = NULL;
  g_auto(GStrv) hurt = NULL;
  g_autofree char *text = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.mode", "s", "hurt");
  knee = check_named (fixture, "Front of left knee");
  g_assert_nonnull (knee);
  gtk_check_button_set_active (knee, TRUE);

  hurt = kc_body_map_page_dup_lit_regions (fixture->page, "hurt");
  sources = kc_body_map_page_dup_lit_regions (fixture->page, "source");
  g_assert_true (g_strv_contains ((const char * const *)hurt, "knee-front-left"));
  g_assert_true (g_strv_contains ((const char * const *)sources, "lower-back"));
  g_assert_true (g_strv_contains ((const char * const *)sources, "hip-left"));
  g_assert_false (g_strv_contains ((const char * const *)sources, "hip-right"));

  text = explanation_text (fixture);
  g_assert_nonnull (strstr (text, "Possible sources, most common first"));
  g_assert_nonnull (strstr (text, "Most common first — not what is wrong with you."));
  g_assert_nonnull (strstr (text, "The hip joint"));
  /* Each card says which kind of pain its source gives. */
  g_assert_nonnull (strstr (text, "Referred pain: a dull, deep ache"));
  g_assert_nonnull (strstr (text, "Nerve-root (radicular) pain: sharp or shooting"));
  /* The knee itself is the most common cause: its card comes first. */
  g_assert_true (strstr (text, "The knee itself") < strstr (text, "The hip joint"));
  g_assert_true (strstr (text, "The hip joint") < strstr (text, "Irritated L3 or L4 nerve root"));

  /* Arrows lead from each source to the knee, once per source place; the
   * front view shows the knee, so it has them. */
  {
    g_autoptr(GPtrArray) views = g_ptr_array_new ();
    KcDiagramView *front;
    double hip_x, hip_y, x, y;
    gboolean from_hip = FALSE;
    guint n_paths;

    kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_DIAGRAM_VIEW, views);
    front = g_ptr_array_index (views, 0);
    n_paths = kc_diagram_view_get_n_paths (front);
    g_assert_cmpuint (n_paths, >=, 2);
    g_assert_cmpuint (n_paths, <=, g_strv_length (sources));
    g_assert_true (kc_diagram_view_get_part_point (front, "hip-left", &hip_x, &hip_y));
    for (guint i = 0; i < n_paths; i++)
      {
        g_assert_cmpstr (kc_diagram_view_get_path_target (front, i), ==, "knee-front-left");
        g_assert_true (kc_diagram_view_get_path_origin (front, i, &x, &y));
        from_hip |= fabs (x - hip_x) < 40 && fabs (y - hip_y) < 40;
      }
    g_assert_true (from_hip);
  }

  /* Several places at once: add the calf. */
  gtk_check_button_set_active (check_named (fixture, "Left calf"), TRUE);
  g_clear_pointer (&hurt, g_strfreev);
  hurt = kc_body_map_page_dup_lit_regions (fixture->page, "hurt");
  g_assert_cmpuint (g_strv_length (hurt), ==, 2);

  /* Clearing the choice brings the map back to rest. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.clear", NULL);
  g_clear_pointer (&hurt, g_strfreev);
  hurt = kc_body_map_page_dup_lit_regions (fixture->page, "hurt");
  g_assert_cmpuint (g_strv_length (hurt), ==, 0);
  {
    g_autoptr(GPtrArray) views = g_ptr_array_new ();

    kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_DIAGRAM_VIEW, views);
    g_assert_cmpuint (kc_diagram_view_get_n_paths (g_ptr_array_index (views, 0)), ==, 0);
  }
}

/* A click on a region of the map chooses it, like the list. */
static void
test_click_on_map (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  KcDiagramView *back;
  g_auto(GStrv) source = NULL;
  double x, y;

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_DIAGRAM_VIEW, views);
  back = g_ptr_array_index (views, 1);
  g_assert_true (kc_diagram_view_get_part_point (back, "hip-right", &x, &y));
  g_assert_cmpstr (kc_diagram_view_part_at (back, x, y), ==, "hip-right");
  g_signal_emit_by_name (back, "part-activated", "hip-right");

  source = kc_body_map_page_dup_lit_regions (fixture->page, "source");
  g_assert_true (g_strv_contains ((const char * const *)source, "hip-right"));
  g_assert_true (gtk_check_button_get_active (check_named (fixture, "Right hip")));
}

static void
test_pen_undo_clear (Fixture       *fixture,
                     gconstpointer  data)
{
  static const GdkRGBA red = { 1, 0, 0, 1 };
  const graphene_point_t line[] = { { 100, 100 }, { 200, 300 } };
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  KcDiagramView *front;
  KcDiagramView *back;

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_DIAGRAM_VIEW, views);
  front = g_ptr_array_index (views, 0);
  back = g_ptr_array_index (views, 1);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.pen", NULL);
  g_assert_true (kc_diagram_view_get_pen_active (front));

  kc_diagram_view_add_stroke (front, &red, line, G_N_ELEMENTS (line));
  kc_diagram_view_add_stroke (front, &red, line, G_N_ELEMENTS (line));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.undo-drawing", NULL);
  g_assert_cmpuint (kc_diagram_view_get_n_strokes (front), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.clear-drawing", NULL);
  g_assert_cmpuint (kc_diagram_view_get_n_strokes (front), ==, 0);

  /* Undo takes back the last stroke on a view that is shown: drawn last
   * on the front, then only the back shown, the back's stroke goes. */
  kc_diagram_view_add_stroke (back, &red, line, G_N_ELEMENTS (line));
  kc_diagram_view_add_stroke (front, &red, line, G_N_ELEMENTS (line));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.views", "s", "back");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.undo-drawing", NULL);
  g_assert_cmpuint (kc_diagram_view_get_n_strokes (front), ==, 1);
  g_assert_cmpuint (kc_diagram_view_get_n_strokes (back), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.views", "s", "both");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.undo-drawing", NULL);
  g_assert_cmpuint (kc_diagram_view_get_n_strokes (front), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.pen", NULL);
  g_assert_false (kc_diagram_view_get_pen_active (front));
}

static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* The handout, saved as PDF without a dialog: the map's answer and the
 * warning signs are in it as text. */
static void
test_handout_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *choice[] = { "lower-back", NULL };
  g_autofree char *dir = g_dir_make_tmp ("kc-handout-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;

  kc_body_map_page_choose (fixture->page, choice);
  g_assert_true (kc_body_map_page_print (fixture->page, NULL, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));

  text = pdf_text (pdf);
  /* Line breaks fall anywhere in a layout: compare with single spaces. */
  flat = g_strjoinv (" ", (char *[]) { text, NULL });
  g_strdelimit (flat, "\n", ' ');
  while (strstr (flat, "  ") != NULL)
    memmove (strstr (flat, "  "), strstr (flat, "  ") + 1, strlen (strstr (flat, "  ")));

  g_assert_nonnull (strstr (flat, "Body map"));
  g_assert_nonnull (strstr (flat, "Lower back can refer pain to:"));
  /* Every source, none cut (issue #16), and the pages numbered. */
  g_assert_nonnull (strstr (flat, "Strained muscles and ligaments of the back"));
  {
    GPtrArray *sources = kc_referral_answer_get_sources (fixture->page->answer);

    g_assert_cmpuint (sources->len, >, 1);
    for (guint i = 0; i < sources->len; i++)
      {
        KcAnswerSource *source = g_ptr_array_index (sources, i);

        g_assert_nonnull (strstr (flat, kc_item_get_name (KC_ITEM (source->source))));
      }
  }
  g_assert_nonnull (strstr (flat, "Page 1 of "));
  /* The tiers, each with its heading and action (issue #13). */
  g_assert_nonnull (strstr (flat, "EMERGENCY: Call 999"));
  g_assert_nonnull (strstr (flat, "SAME DAY: "));
  g_assert_nonnull (strstr (flat, "SOON: "));
  g_assert_nonnull (strstr (flat, "bladder"));

  /* KC_TEST_KEEP_HANDOUT=1 keeps the file, to look at it. */
  if (g_getenv ("KC_TEST_KEEP_HANDOUT") != NULL)
    {
      g_test_message ("Handout kept at %s", pdf);
      return;
    }
  g_unlink (pdf);
  g_rmdir (dir);
}

/* Printed through GtkPrintOperation, a long answer takes more than one
 * page, each numbered, and its last source is there to its references. */
static void
test_handout_pages (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *choice[] = { "knee-front-left", "lower-back", "calf-left", NULL };
  g_autofree char *dir = g_dir_make_tmp ("kc-handout-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GPtrArray *sources;
  KcAnswerSource *last;
  GPtrArray *references;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.mode", "s", "hurt");
  kc_body_map_page_choose (fixture->page, choice);
  g_assert_true (kc_body_map_page_print (fixture->page, NULL, pdf, &error));
  g_assert_no_error (error);

  text = pdf_text (pdf);
  sources = kc_referral_answer_get_sources (fixture->page->answer);
  last = g_ptr_array_index (sources, sources->len - 1);
  references = kc_item_get_references (KC_ITEM (last->source));
  g_assert_nonnull (strstr (text, "Page 1 of "));
  g_assert_nonnull (strstr (text, "Page 2 of "));
  g_assert_nonnull (strstr (text, kc_item_get_name (KC_ITEM (last->source))));
  g_assert_cmpuint (references->len, >, 0);
  /* The start of the last reference: pdftotext may break its lines. */
  {
    g_autofree char *start = g_strndup (kc_reference_get_text (g_ptr_array_index (references,
                                                                                 references->len - 1)),
                                        20);

    g_assert_nonnull (strstr (text, start));
  }

  g_unlink (pdf);
  g_rmdir (dir);
}

/* The legend's swatches and the lit places share the stylesheet's role
 * classes, and both themes' stylesheets colour every one of them. */
static void
assert_swatches (GtkWidget          *legend,
                 const char * const *expected)
{
  g_autoptr(GPtrArray) swatches = g_ptr_array_new ();
  const char *sheets[] = { RESOURCE_PREFIX "/diagrams/diagram-light.css",
                           RESOURCE_PREFIX "/diagrams/diagram-dark.css" };

  kc_test_collect_by_type (legend, KC_TYPE_DIAGRAM_SWATCH, swatches);
  g_assert_cmpuint (swatches->len, ==, g_strv_length ((char **)expected));

  for (guint i = 0; i < swatches->len; i++)
    {
      const char *style_class = kc_diagram_swatch_get_style_class (swatches->pdata[i]);
      g_autofree char *selector = g_strdup_printf ("\n.%s {", style_class);

      g_assert_cmpstr (style_class, ==, expected[i]);
      for (guint j = 0; j < G_N_ELEMENTS (sheets); j++)
        {
          g_autoptr(GBytes) css = g_resources_lookup_data (sheets[j], 0, NULL);

          g_assert_nonnull (css);
          g_assert_nonnull (g_strstr_len (g_bytes_get_data (css, NULL), g_bytes_get_size (css),
                                          selector));
        }
    }
}

/* What a screen reader hears about @view is the answer for @chosen, and
 * it says @text. */
static void
assert_described (Fixture            *fixture,
                  KcDiagramView      *view,
                  const char * const *chosen,
                  const char         *text)
{
  g_autoptr(KcReferralAnswer) answer = kc_referral_answer_new (fixture->library,
                                                               KC_BODY_MAP_MODE_HURT, chosen);
  const char *summary = kc_referral_answer_get_summary (answer);
  g_autofree char *wrong = NULL;

  g_assert_nonnull (strstr (summary, text));
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);
  g_assert_null (wrong);
}

/* The legend under the map: the roles of the question asked. */
static void
assert_legend (Fixture            *fixture,
               const char * const *expected)
{
  assert_swatches (GTK_WIDGET (fixture->page->legend), expected);
}

static void
test_role_classes (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *start_legend[] = { "kc-role-source", "kc-role-common", "kc-role-occasional",
                                 "kc-role-rare", NULL };
  const char *hurt_legend[] = { "kc-role-hurt", "kc-role-source", "kc-role-possible", NULL };
  const char *hurt_source_legend[] = { "kc-role-hurt", "kc-role-hurt-source", "kc-role-source",
                                       "kc-role-possible", NULL };
  const char *lower_back[] = { "lower-back", NULL };
  const char *knee[] = { "knee-front-left", NULL };
  const char *calf[] = { "calf-left", NULL };
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  KcDiagramView *front, *back;

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_DIAGRAM_VIEW, views);
  front = g_ptr_array_index (views, 0);
  back = g_ptr_array_index (views, 1);

  assert_legend (fixture, start_legend);
  kc_body_map_page_choose (fixture->page, lower_back);
  g_assert_cmpstr (kc_diagram_view_get_part_class (back, "lower-back"), ==, "kc-role-source");
  g_assert_cmpstr (kc_diagram_view_get_part_class (front, "knee-front-left"), ==,
                   "kc-role-common");
  g_assert_cmpstr (kc_diagram_view_get_part_class (front, "shin-left"), ==,
                   "kc-role-common");
  g_assert_cmpstr (kc_diagram_view_get_part_class (front, "ankle-left"), ==,
                   "kc-role-occasional");
  g_assert_cmpstr (kc_diagram_view_get_part_class (front, "groin-left"), ==,
                   "kc-role-occasional");
  g_assert_null (kc_diagram_view_get_part_class (back, "upper-back"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.mode", "s", "hurt");
  assert_legend (fixture, hurt_legend);
  g_assert_null (kc_diagram_view_get_part_class (back, "lower-back"));
  kc_body_map_page_choose (fixture->page, knee);
  /* The knee hurts, and the knee itself is a likely source: both shown. */
  g_assert_cmpstr (kc_diagram_view_get_part_class (front, "knee-front-left"), ==,
                   "kc-role-hurt-source");
  assert_legend (fixture, hurt_source_legend);
  assert_described (fixture, front, knee,
                    "Front of left knee hurts and may also be where the pain starts.");
  /* The back is a rare cause of knee pain: never painted as a common one. */
  g_assert_cmpstr (kc_diagram_view_get_part_class (back, "lower-back"), ==, "kc-role-possible");
  g_assert_cmpstr (kc_diagram_view_get_part_class (front, "hip-left"), ==, "kc-role-possible");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));

  /* The calf hurts and is no source: hurt alone, and the legend's "both"
   * goes with the knee. */
  kc_body_map_page_choose (fixture->page, calf);
  g_assert_cmpstr (kc_diagram_view_get_part_class (back, "calf-left"), ==, "kc-role-hurt");
  assert_legend (fixture, hurt_legend);
}

/* The list's rows carry their place, named as the check button says. */
static void
test_place_rows (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_PLACE_ROW, rows);
  g_assert_cmpuint (rows->len, >=, 5);
  for (guint i = 0; i < rows->len; i++)
    {
      KcPlaceRow *row = g_ptr_array_index (rows, i);
      KcBodyRegion *region = kc_place_row_get_region (row);

      g_assert_true (KC_IS_BODY_REGION (region));
      g_assert_cmpstr (check_text (kc_place_row_get_check (row)), ==,
                       kc_item_get_name (KC_ITEM (region)));
      g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (row)));
    }
}

/* Only the pen's colours: anything else is refused and changes nothing. */
static void
test_pen_color_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *color = NULL;

  g_object_set (fixture->page, "pen-color", "blue", NULL);
  g_test_expect_message ("kc-pages", G_LOG_LEVEL_CRITICAL, "*no pen is “purple”*");
  g_object_set (fixture->page, "pen-color", "purple", NULL);
  g_test_assert_expected_messages ();

  g_object_get (fixture->page, "pen-color", &color, NULL);
  g_assert_cmpstr (color, ==, "blue");
}

/* A print that fails says so on the page, as the Plans tab does. */
static void
test_print_failure_shown (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *banner = kc_test_find_by_type (GTK_WIDGET (fixture->page), GTK_TYPE_REVEALER);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_nonnull (banner);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));

  _kc_body_map_page_print_or_report (fixture->page, "/nonexistent-kc-folder/handout.pdf");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
  kc_test_append_label_text (banner, text);
  g_assert_nonnull (strstr (text->str, "The body map could not be printed: "));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.dismiss-message", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
}

/* ---- Warning signs ------------------------------------------------------ */

/* The warning cards under @widget, checked to be shown: three, most
 * urgent first, each with its colour class. */
static GPtrArray *
shown_warning_cards (GtkWidget *widget)
{
  static const char *classes[] = { "kc-tier-emergency", "kc-tier-same-day", "kc-tier-soon" };
  GPtrArray *cards = g_ptr_array_new ();

  kc_test_collect_by_type (widget, KC_TYPE_WARNING_CARD, cards);
  g_assert_cmpuint (cards->len, ==, 3);
  for (guint i = 0; i < cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (cards, i);
      KcWarningSigns *signs = kc_warning_card_get_signs (KC_WARNING_CARD (card));

      g_assert_true (gtk_widget_get_mapped (card));
      g_assert_cmpint (kc_warning_signs_get_tier (signs), ==, (KcWarningTier)i);
      g_assert_true (gtk_widget_has_css_class (card, classes[i]));
    }

  return cards;
}

/* The text of the card of @tier. */
static char *
card_text (GPtrArray     *cards,
           KcWarningTier  tier)
{
  GString *text = g_string_new (NULL);

  kc_test_append_label_text (g_ptr_array_index (cards, tier), text);
  return g_string_free (text, FALSE);
}

/* TRUE if @first comes before @second in the explanation column. */
static gboolean
comes_before (GtkWidget *first,
              GtkWidget *second)
{
  graphene_point_t where;

  /* @first's top, in @second's coordinates: above it if negative. */
  g_assert_true (gtk_widget_compute_point (first, second, &GRAPHENE_POINT_INIT (0, 0), &where));
  return where.y < 0;
}

static void
choose (Fixture            *fixture,
        const char         *mode,
        const char * const *regions)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.mode", "s", mode);
  kc_body_map_page_choose (fixture->page, regions);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

/* Ticking only the lower back as where it hurts: the tiers are shown,
 * before anything else is explained, with the signs of cauda equina
 * syndrome as an emergency. */
static void
test_warnings_lower_back (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *lower_back[] = { "lower-back", NULL };
  GtkWidget *explanation = kc_test_find_by_css_class (GTK_WIDGET (fixture->page), "kc-explanation");
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) source_cards = g_ptr_array_new ();
  g_autofree char *emergency = NULL;

  choose (fixture, "hurt", lower_back);
  cards = shown_warning_cards (explanation);
  emergency = card_text (cards, KC_WARNING_TIER_EMERGENCY);
  g_assert_nonnull (strstr (emergency, "Emergency"));
  g_assert_nonnull (strstr (emergency, "Call 999 (UK), 112 (EU) or 911 (North America)"));
  g_assert_nonnull (strstr (emergency, "urine"));
  g_assert_nonnull (strstr (emergency, "saddle"));

  /* Before every source card, if sources for the back itself are listed. */
  kc_test_collect_by_type (explanation, GTK_TYPE_WIDGET, source_cards);
  for (guint i = 0; i < source_cards->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (source_cards, i);

      if (gtk_widget_has_css_class (card, "kc-source-card"))
        g_assert_true (comes_before (g_ptr_array_index (cards, 0), card));
    }
}

/* A sore calf: the blood-clot sign is in the emergency card. */
static void
test_warnings_calf (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *calf[] = { "calf-left", NULL };
  GtkWidget *explanation = kc_test_find_by_css_class (GTK_WIDGET (fixture->page), "kc-explanation");
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree char *emergency = NULL;
  g_autofree char *same_day = NULL;

  choose (fixture, "hurt", calf);
  cards = shown_warning_cards (explanation);
  emergency = card_text (cards, KC_WARNING_TIER_EMERGENCY);
  same_day = card_text (cards, KC_WARNING_TIER_SAME_DAY);
  g_assert_nonnull (strstr (emergency, "blood clot"));
  g_assert_nonnull (strstr (emergency, "DVT"));
  g_assert_null (strstr (same_day, "DVT"));
}

/* The hip, where a child's limp may start: the same-day card says so,
 * after the hip's own card (nothing in the back is involved). */
static void
test_warnings_child_hip (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *hip[] = { "hip-left", NULL };
  GtkWidget *explanation = kc_test_find_by_css_class (GTK_WIDGET (fixture->page), "kc-explanation");
  GtkWidget *source_card;
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree char *same_day = NULL;

  choose (fixture, "start", hip);
  cards = shown_warning_cards (explanation);
  same_day = card_text (cards, KC_WARNING_TIER_SAME_DAY);
  g_assert_nonnull (strstr (same_day, "Same day"));
  g_assert_nonnull (strstr (same_day, "A child or teenager with a limp"));

  source_card = kc_test_find_by_css_class (explanation, "kc-source-card");
  g_assert_nonnull (source_card);
  g_assert_true (comes_before (source_card, g_ptr_array_index (cards, 0)));
}

/* The Warning Signs button's popover shows the same cards. */
static void
test_warnings_popover (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = NULL;

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "bodymap.show-warnings", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  cards = shown_warning_cards (GTK_WIDGET (fixture->page->warnings_box));
}

/* Every source card of every answer ends in its own sources: the card
 * for the n-th source lists that source's references. */
static void
assert_cards_cite_their_sources (Fixture *fixture)
{
  GtkWidget *explanation = kc_test_find_by_css_class (GTK_WIDGET (fixture->page), "kc-explanation");
  GPtrArray *sources = kc_referral_answer_get_sources (fixture->page->answer);
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  guint n_cards = 0;

  kc_test_collect_by_type (explanation, GTK_TYPE_BOX, widgets);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *card = g_ptr_array_index (widgets, i);
      KcAnswerSource *source;
      GPtrArray *references;
      GtkWidget *expander;
      g_autoptr(GString) text = g_string_new (NULL);

      if (!gtk_widget_has_css_class (card, "kc-source-card"))
        continue;

      g_assert_cmpuint (n_cards, <, sources->len);
      source = g_ptr_array_index (sources, n_cards++);
      references = kc_item_get_references (KC_ITEM (source->source));
      expander = kc_test_find_by_css_class (card, "kc-sources-expander");
      g_assert_nonnull (expander);
      g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (expander)), ==, "Sources");
      /* A closed expander holds its child without parenting it. */
      kc_test_append_label_text (gtk_expander_get_child (GTK_EXPANDER (expander)), text);
      for (guint r = 0; r < references->len; r++)
        {
          KcReference *reference = g_ptr_array_index (references, r);
          g_autofree char *escaped = g_markup_escape_text (kc_reference_get_text (reference), -1);

          g_assert_nonnull (strstr (text->str, escaped));
        }
    }

  g_assert_cmpuint (n_cards, ==, sources->len);
}

static void
test_source_cards_cite (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *knee[] = { "knee-front-left", NULL };
  const char *lower_back[] = { "lower-back", NULL };
  const char *hip[] = { "hip-left", NULL };

  choose (fixture, "hurt", knee);
  g_assert_cmpuint (kc_referral_answer_get_sources (fixture->page->answer)->len, >=, 3);
  assert_cards_cite_their_sources (fixture);
  choose (fixture, "hurt", lower_back);
  assert_cards_cite_their_sources (fixture);
  choose (fixture, "start", hip);
  g_assert_cmpuint (kc_referral_answer_get_sources (fixture->page->answer)->len, >=, 1);
  assert_cards_cite_their_sources (fixture);
}

/* The cards link the glossary's terms where they are used, each once in a
 * card: a nerve-root source explains "nerve root" and "dermatome". */
static void
test_source_cards_link_terms (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *lower_back[] = { "lower-back", NULL };
  GtkWidget *explanation = kc_test_find_by_css_class (GTK_WIDGET (fixture->page), "kc-explanation");
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  guint n_cards = 0, n_linked_cards = 0;

  choose (fixture, "hurt", lower_back);
  kc_test_collect_by_type (explanation, GTK_TYPE_BOX, cards);

  for (guint i = 0; i < cards->len; i++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      gboolean any = FALSE;

      if (!gtk_widget_has_css_class (g_ptr_array_index (cards, i), "kc-source-card"))
        continue;
      n_cards++;
      kc_test_collect_by_type (g_ptr_array_index (cards, i), GTK_TYPE_LABEL, labels);
      for (guint j = 0; j < labels->len; j++)
        {
          const char *markup = gtk_label_get_label (g_ptr_array_index (labels, j));

          for (const char *at = strstr (markup, "kc:glossary/"); at != NULL;
               at = strstr (at + 1, "kc:glossary/"))
            {
              g_autofree char *id = g_strndup (at, strcspn (at, "\""));

              g_assert_false (g_hash_table_contains (seen, id));
              g_hash_table_add (seen, g_steal_pointer (&id));
              any = TRUE;
            }
        }
      n_linked_cards += any;
    }
  g_assert_cmpuint (n_cards, >=, 3);
  g_assert_cmpuint (n_linked_cards, >=, 2);
}

/* A condition no anatomy part lists opens on the body map, under its
 * source, already expanded: a possible blood clot under the knee, with
 * the emergency card on top of what it says. */
static void
test_condition_opened (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *explanation = kc_test_find_by_css_class (GTK_WIDGET (fixture->page), "kc-explanation");
  g_autoptr(GPtrArray) expanders = g_ptr_array_new ();
  g_auto(GStrv) sources = NULL;
  GtkWidget *clot = NULL;
  guint n_open = 0;

  g_assert_false (kc_body_map_page_show_condition (fixture->page, "no-such-condition"));
  g_assert_true (kc_body_map_page_show_condition (fixture->page, "dvt-bakers-cyst"));

  sources = kc_body_map_page_dup_lit_regions (fixture->page, "source");
  g_assert_true (g_strv_contains ((const char * const *)sources, "knee-front-left"));

  kc_test_collect_by_type (explanation, GTK_TYPE_EXPANDER, expanders);
  for (guint i = 0; i < expanders->len; i++)
    {
      GtkWidget *expander = g_ptr_array_index (expanders, i);

      n_open += gtk_expander_get_expanded (GTK_EXPANDER (expander));
      if (g_str_equal (gtk_widget_get_name (expander), "dvt-bakers-cyst"))
        clot = expander;
    }
  g_assert_nonnull (clot);
  g_assert_true (gtk_expander_get_expanded (GTK_EXPANDER (clot)));
  g_assert_cmpuint (n_open, ==, 1);
  g_assert_cmpint (kc_warning_signs_get_tier (kc_warning_card_get_signs (
                     KC_WARNING_CARD (kc_test_find_by_type (clot, KC_TYPE_WARNING_CARD)))),
                   ==, KC_WARNING_TIER_EMERGENCY);
}

/* ---- Dermatomes ---------------------------------------------------------- */

static const char *roots[] = { "l2", "l3", "l4", "l5", "s1" };

/* Whether @root's layer is drawn on @view, and lit. */
static void
assert_root_drawn (KcDiagramView *view,
                   const char    *root,
                   gboolean       drawn,
                   gboolean       lit)
{
  g_autofree char *layer = g_strdup_printf ("dermatome-%s", root);

  g_assert_cmpint (kc_diagram_view_get_layer_shown (view, layer), ==, drawn);
  if (lit)
    g_assert_cmpstr (kc_diagram_view_get_part_class (view, layer), ==, "kc-dermatome-lit");
  else
    g_assert_null (kc_diagram_view_get_part_class (view, layer));
}

static const char *
dermatome_details (Fixture *fixture)
{
  return gtk_label_get_text (fixture->page->dermatome_details);
}

/* "Show Dermatomes" draws all five roots on both figures; choosing a root
 * draws its skin alone, lit, with its muscles and reflex in the key; a
 * place chosen meanwhile keeps it lit; off hides everything. */
static void
test_dermatomes_per_root (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char *reflexes[] = {
    "None that can be tested reliably.", "Knee jerk, in part.", "Knee jerk.",
    "None that can be tested reliably.", "Ankle jerk.",
  };
  const char *choice[] = { "lower-back", NULL };
  GtkWidget *page = GTK_WIDGET (fixture->page);

  for (guint v = 0; v < 2; v++)
    for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
      assert_root_drawn (_kc_body_map_page_get_view (fixture->page, v), roots[r], FALSE, FALSE);
  g_assert_false (gtk_widget_get_visible (fixture->page->dermatome_key));

  g_assert_true (gtk_widget_activate_action (page, "bodymap.show-dermatomes", NULL));
  g_assert_true (gtk_widget_get_visible (fixture->page->dermatome_key));
  for (guint v = 0; v < 2; v++)
    for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
      assert_root_drawn (_kc_body_map_page_get_view (fixture->page, v), roots[r], TRUE, FALSE);

  for (guint chosen = 0; chosen < G_N_ELEMENTS (roots); chosen++)
    {
      g_assert_true (gtk_widget_activate_action (page, "bodymap.dermatome-root", "s",
                                                 roots[chosen]));
      for (guint v = 0; v < 2; v++)
        for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
          assert_root_drawn (_kc_body_map_page_get_view (fixture->page, v), roots[r],
                             r == chosen, r == chosen);
      g_assert_nonnull (strstr (dermatome_details (fixture), reflexes[chosen]));
    }
  g_assert_nonnull (strstr (dermatome_details (fixture), "S1 nerve root"));
  g_assert_nonnull (strstr (dermatome_details (fixture), "Rising on the toes"));
  /* The key: each root's colour, as the overlay draws it in both themes. */
  {
    const char *colours[] = { "dermatome-l2", "dermatome-l3", "dermatome-l4", "dermatome-l5",
                              "dermatome-s1", NULL };

    assert_swatches (fixture->page->dermatome_key, colours);
  }

  /* Relighting the places clears their classes, not the root's. */
  kc_body_map_page_choose (fixture->page, choice);
  assert_root_drawn (_kc_body_map_page_get_view (fixture->page, 0), "s1", TRUE, TRUE);

  g_assert_true (gtk_widget_activate_action (page, "bodymap.dermatome-root", "s", ""));
  assert_root_drawn (_kc_body_map_page_get_view (fixture->page, 1), "l4", TRUE, FALSE);
  assert_root_drawn (_kc_body_map_page_get_view (fixture->page, 1), "s1", TRUE, FALSE);

  g_assert_true (gtk_widget_activate_action (page, "bodymap.show-dermatomes", NULL));
  g_assert_false (gtk_widget_get_visible (fixture->page->dermatome_key));
  for (guint v = 0; v < 2; v++)
    for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
      assert_root_drawn (_kc_body_map_page_get_view (fixture->page, v), roots[r], FALSE, FALSE);
}

/* A nerve root chosen in Anatomy ("Show on body map") shows its skin, even
 * the L2 root, which is no pain source of the map. */
static void
test_dermatome_from_anatomy (Fixture       *fixture,
                             gconstpointer  data)
{
  g_assert_true (kc_body_map_page_show_part (fixture->page, "l2-nerve-root"));
  g_assert_true (fixture->page->show_dermatomes);
  assert_root_drawn (_kc_body_map_page_get_view (fixture->page, 0), "l2", TRUE, TRUE);
  assert_root_drawn (_kc_body_map_page_get_view (fixture->page, 0), "l4", FALSE, FALSE);

  g_assert_true (kc_body_map_page_show_part (fixture->page, "l4-nerve-root"));
  assert_root_drawn (_kc_body_map_page_get_view (fixture->page, 1), "l4", TRUE, TRUE);
  /* And the lower back's answer, as before. */
  g_assert_nonnull (strstr (kc_body_map_page_get_summary (fixture->page), "Lower back"));
}

/* Every place of the map can be chosen where it is drawn, with the
 * overlay on too: the overlay is no part and takes no clicks. */
static void
test_every_region_choosable (Fixture       *fixture,
                             gconstpointer  data)
{
  GListModel *regions = kc_library_get_regions (fixture->library);

  kc_body_map_page_set_show_dermatomes (fixture->page, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KcItem) region = g_list_model_get_item (regions, i);
      const char *id = kc_item_get_id (region);
      guint found = 0;

      for (guint v = 0; v < 2; v++)
        {
          KcDiagramView *view = _kc_body_map_page_get_view (fixture->page, v);
          double x, y;

          if (!kc_diagram_view_get_part_point (view, id, &x, &y))
            continue;
          g_assert_cmpstr (kc_diagram_view_part_at (view, x, y), ==, id);
          found++;
        }
      if (found == 0)
        g_error ("The place %s is on neither figure", id);
    }
}

/* The figure's height in the window: document top to bottom. */
static double
figure_height (Fixture *fixture,
               guint    index)
{
  KcDiagramView *view = _kc_body_map_page_get_view (fixture->page, index);
  double x, top, bottom;

  kc_diagram_view_document_to_widget (view, 0, 0, &x, &top);
  kc_diagram_view_document_to_widget (view, 0, 900, &x, &bottom);
  return bottom - top;
}

/* The figure keeps its size whatever the question, the views or the
 * overlay, and is as large as the room allows (more than the 330 pixels
 * of the old layout at this size). */
static void
test_figure_keeps_size (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct { const char *mode; const char *views; gboolean dermatomes; } states[] = {
    { "hurt", "both", FALSE }, { "start", "front", FALSE }, { "hurt", "back", TRUE },
    { "start", "both", TRUE }, { "hurt", "front", TRUE },
  };
  double height;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 600);
  /* The window takes its new size over more than one frame. */
  for (guint i = 0; i < 3; i++)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  height = figure_height (fixture, 0);
  g_assert_cmpfloat (height, >, 330);

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      guint shown = g_str_equal (states[i].views, "back") ? 1 : 0;

      kc_body_map_page_set_mode (fixture->page, states[i].mode);
      g_object_set (fixture->page, "views", states[i].views, NULL);
      kc_body_map_page_set_show_dermatomes (fixture->page, states[i].dermatomes);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
      if (fabs (figure_height (fixture, shown) - height) > 1.0)
        g_error ("%s, %s, dermatomes %d: the figure is %.0f px tall, not %.0f",
                 states[i].mode, states[i].views, states[i].dermatomes,
                 figure_height (fixture, shown), height);
    }

  /* A larger window, a larger figure. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpfloat (figure_height (fixture, 0), >, height + 100);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/body-map/start/lower-back", test_lower_back_lights_knees);
  ADD ("/body-map/start/arrows", test_arrows_in_both_views);
  ADD ("/body-map/start/arrows-few-or-all", test_arrows_few_or_all);
  ADD ("/body-map/arrows-toggle", test_arrows_toggle_named);
  ADD ("/body-map/hurt/knee", test_knee_sources);
  ADD ("/body-map/click", test_click_on_map);
  ADD ("/body-map/places-one-tab-stop", test_places_one_tab_stop);
  ADD ("/body-map/view-buttons-named", test_view_buttons_named);
  ADD ("/body-map/pen", test_pen_undo_clear);
  ADD ("/body-map/handout-pdf", test_handout_pdf);
  ADD ("/body-map/handout-pages", test_handout_pages);
  ADD ("/body-map/role-classes", test_role_classes);
  ADD ("/body-map/place-rows", test_place_rows);
  ADD ("/body-map/pen-color-refused", test_pen_color_refused);
  ADD ("/body-map/print-failure-shown", test_print_failure_shown);
  /* Before the warnings: a tooltip timer the popover test leaves behind
   * fires after its window is gone, in the next test (GTK 4.8). */
  ADD ("/body-map/dermatomes/per-root", test_dermatomes_per_root);
  ADD ("/body-map/dermatomes/from-anatomy", test_dermatome_from_anatomy);
  ADD ("/body-map/warnings/lower-back", test_warnings_lower_back);
  ADD ("/body-map/warnings/calf", test_warnings_calf);
  ADD ("/body-map/warnings/child-hip", test_warnings_child_hip);
  ADD ("/body-map/warnings/popover", test_warnings_popover);
  ADD ("/body-map/source-cards-cite", test_source_cards_cite);
  ADD ("/body-map/condition-opened", test_condition_opened);
  ADD ("/body-map/source-cards-link-terms", test_source_cards_link_terms);
  ADD ("/body-map/every-region-choosable", test_every_region_choosable);
  ADD ("/body-map/figure-keeps-size", test_figure_keeps_size);

#undef ADD

  return g_test_run ();
}
