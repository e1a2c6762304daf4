/* test-anatomy-page.c: the Anatomy tab, by list and by pointer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "content/kc-library.h"
#include "kc-window.h"
#include "pages/kc-anatomy-page.h"
#include "pages/kc-part-row.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-diagram-view.h"
#include "widgets/kc-focus-group.h"
#include "widgets/kc-warning-card.h"
#include "kc-test-widgets.h"

typedef struct
{
  KcLibrary *library;
  GSettings *settings;
  KcWindow *window;
  KcAnatomyPage *page;
  KcDiagramView *view;
  GtkListBox *list;
} Fixture;

/* Whether some label under @widget says exactly @text. */
static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_label (GTK_LABEL (widget)), text))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (has_label (child, text))
        return TRUE;
    }

  return FALSE;
}

/* The column that tells about the chosen part. */
static GtkWidget *
details_of (Fixture *fixture)
{
  GtkWidget *details = kc_test_find_by_css_class (GTK_WIDGET (fixture->page), "kc-details");

  g_assert_nonnull (details);
  return details;
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
  g_assert_true (kc_window_show_page (fixture->window, "anatomy"));

  fixture->page = KC_ANATOMY_PAGE (kc_test_find_by_type (GTK_WIDGET (fixture->window),
                                                         KC_TYPE_ANATOMY_PAGE));
  fixture->view = KC_DIAGRAM_VIEW (kc_test_find_by_type (GTK_WIDGET (fixture->page),
                                                         KC_TYPE_DIAGRAM_VIEW));
  fixture->list = GTK_LIST_BOX (kc_test_find_by_type (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX));
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

static GtkListBoxRow *
row_named (Fixture    *fixture,
           const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && has_label (child, name))
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

/* Choosing in the list equals clicking the part: the picture, the list and
 * the details agree. */
static void
test_select_through_list (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkListBoxRow *row = row_named (fixture, "L4 nerve root");
  GtkWidget *details = details_of (fixture);

  g_assert_nonnull (row);
  g_assert_false (has_label (details, "What it does"));

  gtk_list_box_select_row (fixture->list, row);

  g_assert_cmpstr (kc_diagram_view_get_selected_part (fixture->view), ==, "l4-nerve-root");
  g_assert_cmpstr (kc_anatomy_page_get_selected_part (fixture->page), ==, "l4-nerve-root");
  g_assert_true (has_label (details, "L4 nerve root"));
  g_assert_true (has_label (details, "What it does"));
  g_assert_true (has_label (details, "Sciatica and nerve-root irritation"));
  g_assert_true (has_label (details, "Herniated disc"));
  /* The body map knows this root; the library has exercises for the back. */
  g_assert_true (has_label (details, "Show on body map"));
  g_assert_true (has_label (details, "Exercises for this"));

  /* Following the link opens the body map, lit from the lower back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-on-body-map", "s",
                              "l4-nerve-root");
  g_assert_cmpstr (kc_window_get_page (fixture->window), ==, "bodymap");
}

/* The parts list fills its column: its focus group passes the scrolled
 * list's wish to expand on, or the list shrinks to one row. */
static void
test_list_fills_column (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (fixture->list), KC_TYPE_FOCUS_GROUP);
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (fixture->list, 0));

  g_assert_true (gtk_widget_compute_expand (group, GTK_ORIENTATION_VERTICAL));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  g_assert_cmpint (gtk_widget_get_height (group), >, 6 * gtk_widget_get_height (row));
}

/* No link where the body map has nothing to say. */
static void
test_no_body_map_link_for_femur (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_assert_true (kc_anatomy_page_show_part (fixture->page, "femur"));
  g_assert_true (has_label (details_of (fixture), "Femur (thigh bone)"));
  g_assert_false (has_label (details_of (fixture), "Show on body map"));
}

static GtkGesture *
click_gesture_of (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        return GTK_GESTURE (controller);
    }

  return NULL;
}

/* A click on a point of the drawn knee selects what is drawn there. */
static void
test_click_on_diagram (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkGesture *click = click_gesture_of (GTK_WIDGET (fixture->view));
  GtkListBoxRow *selected;
  double x, y;

  g_assert_true (kc_anatomy_page_show_diagram (fixture->page, "knee"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
  g_assert_nonnull (click);

  /* A point on the thin medial collateral ligament, found on the drawing. */
  g_assert_true (kc_diagram_view_get_part_point (fixture->view, "medial-collateral-ligament",
                                                 &x, &y));
  g_signal_emit_by_name (click, "released", 1, x, y);

  g_assert_cmpstr (kc_diagram_view_get_selected_part (fixture->view), ==,
                   "medial-collateral-ligament");
  selected = gtk_list_box_get_selected_row (fixture->list);
  g_assert_nonnull (selected);
  g_assert_true (has_label (GTK_WIDGET (selected), "Medial collateral ligament (MCL)"));
  g_assert_true (has_label (details_of (fixture), "MCL injury"));

  /* A click on empty page clears the choice. */
  g_signal_emit_by_name (click, "released", 1, 2.0, 2.0);
  g_assert_null (kc_diagram_view_get_selected_part (fixture->view));
  g_assert_null (gtk_list_box_get_selected_row (fixture->list));
}

/* The disc's outer ring is its own part, between the nucleus inside it
 * and the disc's rim, which still chooses the whole disc; a herniated
 * disc names it. */
static void
test_annulus_own_part (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkGesture *click = click_gesture_of (GTK_WIDGET (fixture->view));
  double x, y;

  g_assert_true (kc_anatomy_page_show_diagram (fixture->page, "lumbar-spine"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));

  g_assert_true (kc_diagram_view_get_part_point (fixture->view, "l4-l5-annulus", &x, &y));
  g_signal_emit_by_name (click, "released", 1, x, y);
  g_assert_cmpstr (kc_diagram_view_get_selected_part (fixture->view), ==, "l4-l5-annulus");
  g_assert_true (has_label (details_of (fixture), "Disc annulus (outer ring)"));
  g_assert_true (has_label (details_of (fixture), "Herniated disc"));

  g_assert_true (kc_diagram_view_get_part_point (fixture->view, "l4-l5-nucleus", &x, &y));
  g_assert_cmpstr (kc_diagram_view_part_at (fixture->view, x, y), ==, "l4-l5-nucleus");
  g_assert_true (kc_diagram_view_get_part_point (fixture->view, "disc-l4-l5", &x, &y));
  g_assert_cmpstr (kc_diagram_view_part_at (fixture->view, x, y), ==, "disc-l4-l5");
}

/* Every part listed can be clicked somewhere on its diagram. */
static void
test_every_part_clickable (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char *diagrams[] = { "lumbar-spine", "knee", "hip" };

  for (guint d = 0; d < G_N_ELEMENTS (diagrams); d++)
    {
      g_assert_true (kc_anatomy_page_show_diagram (fixture->page, diagrams[d]));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));

      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->list));
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          const char *id;
          double x, y;

          if (!GTK_IS_LIST_BOX_ROW (child))
            continue;

          gtk_list_box_select_row (fixture->list, GTK_LIST_BOX_ROW (child));
          id = kc_diagram_view_get_selected_part (fixture->view);
          g_assert_nonnull (id);
          if (!kc_diagram_view_get_part_point (fixture->view, id, &x, &y))
            g_test_message ("No point of %s lands on it", id);
          g_assert_true (kc_diagram_view_get_part_point (fixture->view, id, &x, &y));
        }
    }
}

/* Below the inguinal ligament, from the outside in: the femoral nerve,
 * artery and vein, each met as a part.  The patient's right side is on
 * the viewer's left, so outside is left; y 280 runs just below the
 * ligament (build-aux/make-hip-svg.py). */
static void
test_hip_vessels_in_order (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char *order[] = { "femoral-nerve", "femoral-artery", "femoral-vein" };
  guint next = 0;

  g_assert_true (kc_anatomy_page_show_diagram (fixture->page, "hip"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));

  for (double doc_x = 120; doc_x < 300 && next < G_N_ELEMENTS (order); doc_x += 1)
    {
      const char *id = kc_test_part_at_document (fixture->view, doc_x, 280);

      for (guint i = next + 1; i < G_N_ELEMENTS (order); i++)
        if (g_strcmp0 (id, order[i]) == 0)
          g_error ("%s met before %s", order[i], order[next]);
      if (g_strcmp0 (id, order[next]) == 0)
        next++;
    }
  g_assert_cmpuint (next, ==, G_N_ELEMENTS (order));
}

/* The left side, drawn as faded context, lights and chooses nothing: its
 * femoral head, shaft and wing are no part; the right side's are. */
static void
test_hip_left_side_context (Fixture       *fixture,
                            gconstpointer  data)
{
  static const struct {
    double x, y;            /* on the patient's right, the viewer's left */
    const char *id;
  } points[] = {
    { 135, 268, "femoral-head" },
    { 110, 480, "femoral-shaft" },
    { 170, 70, "iliac-crest" },
  };

  g_assert_true (kc_anatomy_page_show_diagram (fixture->page, "hip"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_assert_cmpstr (kc_test_part_at_document (fixture->view, points[i].x, points[i].y), ==,
                       points[i].id);
      /* The mirror image, about the middle of the 600-unit page. */
      g_assert_null (kc_test_part_at_document (fixture->view, 600 - points[i].x, points[i].y));
    }
}

static void
test_show_part_switches_diagram (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_assert_true (kc_anatomy_page_show_part (fixture->page, "anterior-cruciate-ligament"));
  g_assert_cmpstr (kc_anatomy_page_get_selected_part (fixture->page), ==,
                   "anterior-cruciate-ligament");
  g_assert_nonnull (row_named (fixture, "Femur (thigh bone)"));

  g_assert_true (kc_anatomy_page_show_part (fixture->page, "disc-l4-l5"));
  g_assert_nonnull (row_named (fixture, "L4–L5 disc"));
  g_assert_false (kc_anatomy_page_show_part (fixture->page, "no-such-part"));
}

static void
test_zoom_and_labels_actions (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);

  gtk_widget_activate_action (page, "anatomy.zoom-in", NULL);
  g_assert_cmpfloat (kc_diagram_view_get_zoom (fixture->view), >, 1.0);
  gtk_widget_activate_action (page, "anatomy.zoom-reset", NULL);
  g_assert_cmpfloat_with_epsilon (kc_diagram_view_get_zoom (fixture->view), 1.0, 1e-9);

  g_assert_false (kc_diagram_view_get_show_labels (fixture->view));
  gtk_widget_activate_action (page, "anatomy.show-labels", NULL);
  g_assert_true (kc_diagram_view_get_show_labels (fixture->view));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
}

/* The view's picture as the print path draws it, 300 × 450. */
static cairo_surface_t *
render_view (KcDiagramView *view)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 450);
  cairo_t *cr = cairo_create (surface);

  kc_diagram_view_render (view, cr, 300, 450);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static guint
count_different_pixels (cairo_surface_t *a,
                        cairo_surface_t *b)
{
  const guchar *da = cairo_image_surface_get_data (a);
  const guchar *db = cairo_image_surface_get_data (b);
  gsize size = (gsize)cairo_image_surface_get_stride (a) * cairo_image_surface_get_height (a);
  guint n = 0;

  for (gsize i = 0; i < size; i += 4)
    n += memcmp (da + i, db + i, 4) != 0;

  return n;
}

static GtkExpander *
condition_expander (Fixture    *fixture,
                    const char *name)
{
  g_autoptr(GPtrArray) expanders = g_ptr_array_new ();

  kc_test_collect_by_type (details_of (fixture), GTK_TYPE_EXPANDER, expanders);
  for (guint i = 0; i < expanders->len; i++)
    {
      if (has_label (g_ptr_array_index (expanders, i), name))
        return g_ptr_array_index (expanders, i);
    }

  return NULL;
}

/* Opening a herniated disc shows the L4–L5 disc bulging onto the L5 root,
 * lit; the picture really changes, and goes back when the condition is
 * closed or another part is chosen. */
static void
test_disc_bulge_shown_with_condition (Fixture       *fixture,
                                      gconstpointer  data)
{
  const char *layer = "disc-bulge-l4-l5";
  cairo_surface_t *plain, *bulging, *again;
  GtkExpander *expander;

  /* The root chosen with no condition open: the plain spine. */
  g_assert_true (kc_anatomy_page_show_part (fixture->page, "l5-nerve-root"));
  g_assert_false (kc_diagram_view_get_layer_shown (fixture->view, layer));
  plain = render_view (fixture->view);

  g_assert_true (kc_anatomy_page_show_condition (fixture->page, "herniated-disc"));
  g_assert_cmpstr (kc_anatomy_page_get_selected_part (fixture->page), ==, "l5-nerve-root");
  g_assert_true (kc_diagram_view_get_layer_shown (fixture->view, layer));
  g_assert_cmpstr (kc_diagram_view_get_part_class (fixture->view, "l5-nerve-root"), ==,
                   "kc-state-lit");
  g_assert_null (kc_diagram_view_get_part_class (fixture->view, "l4-nerve-root"));
  /* The bulge alone (the root unlit for a moment) changes the picture:
   * more than a few stray pixels. */
  kc_diagram_view_clear_part_classes (fixture->view);
  bulging = render_view (fixture->view);
  g_assert_cmpuint (count_different_pixels (plain, bulging), >, 100);
  kc_diagram_view_set_part_class (fixture->view, "l5-nerve-root", "kc-state-lit");

  /* Closing the condition hides it again. */
  expander = condition_expander (fixture, "Herniated disc");
  g_assert_nonnull (expander);
  g_assert_true (gtk_expander_get_expanded (expander));
  gtk_expander_set_expanded (expander, FALSE);
  g_assert_false (kc_diagram_view_get_layer_shown (fixture->view, layer));
  g_assert_null (kc_diagram_view_get_part_class (fixture->view, "l5-nerve-root"));

  /* Opened by hand, it shows; sciatica shows the same picture. */
  gtk_expander_set_expanded (expander, TRUE);
  g_assert_true (kc_diagram_view_get_layer_shown (fixture->view, layer));
  g_assert_true (kc_anatomy_page_show_condition (fixture->page, "sciatica"));
  g_assert_true (kc_diagram_view_get_layer_shown (fixture->view, layer));

  /* A part chosen without a condition open shows the plain spine. */
  g_assert_true (kc_anatomy_page_show_part (fixture->page, "l1-vertebra"));
  g_assert_false (kc_diagram_view_get_layer_shown (fixture->view, layer));
  g_assert_true (kc_anatomy_page_show_part (fixture->page, "l5-nerve-root"));
  again = render_view (fixture->view);
  g_assert_cmpuint (count_different_pixels (plain, again), ==, 0);

  /* A condition without a picture shows none. */
  g_assert_true (kc_anatomy_page_show_condition (fixture->page, "poor-posture"));
  g_assert_false (kc_diagram_view_get_layer_shown (fixture->view, layer));

  cairo_surface_destroy (plain);
  cairo_surface_destroy (bulging);
  cairo_surface_destroy (again);
}

/* The list is one Tab stop; the arrows move through the parts and only
 * Enter chooses one. */
static void
test_keyboard_moves_without_choosing (Fixture       *fixture,
                                      gconstpointer  data)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (fixture->list, 0);
  GtkListBoxRow *second = gtk_list_box_get_row_at_index (fixture->list, 1);
  GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (fixture->list), KC_TYPE_FOCUS_GROUP);
  const char *second_id = kc_item_get_id (KC_ITEM (kc_part_row_get_part (KC_PART_ROW (second))));

  /* Tab into the list from just before it. */
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  g_assert_true (gtk_widget_child_focus (group, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (first)));
  g_assert_null (kc_anatomy_page_get_selected_part (fixture->page));

  kc_test_press_key (group, GDK_KEY_Down);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (second)));
  g_assert_null (kc_anatomy_page_get_selected_part (fixture->page));
  g_assert_null (gtk_list_box_get_selected_row (fixture->list));

  g_signal_emit_by_name (second, "activate");
  g_assert_cmpstr (kc_anatomy_page_get_selected_part (fixture->page), ==, second_id);

  /* The next Tab leaves the list; Shift+Tab comes back to the same part. */
  g_assert_false (gtk_widget_child_focus (group, GTK_DIR_TAB_FORWARD));
  gtk_window_set_focus (GTK_WINDOW (fixture->window), NULL);
  g_assert_true (gtk_widget_child_focus (group, GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (second)));
}

/* Spinal stenosis narrows the canal where the L4–L5 disc bulges: opening
 * it chooses the L5 root and shows the bulge with the root lit, as a
 * herniated disc does. */
static void
test_stenosis_shows_root (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *layer = "disc-bulge-l4-l5";
  GtkExpander *expander;

  g_assert_true (kc_anatomy_page_show_part (fixture->page, "l1-vertebra"));
  g_assert_false (kc_diagram_view_get_layer_shown (fixture->view, layer));

  g_assert_true (kc_anatomy_page_show_condition (fixture->page, "lumbar-spinal-stenosis"));
  g_assert_cmpstr (kc_anatomy_page_get_selected_part (fixture->page), ==, "l5-nerve-root");
  g_assert_true (kc_diagram_view_get_layer_shown (fixture->view, layer));
  g_assert_cmpstr (kc_diagram_view_get_part_class (fixture->view, "l5-nerve-root"), ==,
                   "kc-state-lit");

  expander = condition_expander (fixture, "Lumbar spinal stenosis");
  g_assert_nonnull (expander);
  g_assert_true (gtk_expander_get_expanded (expander));
  /* Its warning signs, in the tiers every other view uses: the emergency first. */
  g_assert_true (has_label (GTK_WIDGET (expander), "Weakness in both legs that is getting worse."));

  gtk_expander_set_expanded (expander, FALSE);
  g_assert_false (kc_diagram_view_get_layer_shown (fixture->view, layer));
}

/* The kneecap lists the two kneecap conditions, the menisci a tear. */
static void
test_knee_parts_list_conditions (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const struct { const char *part; const char *conditions[3]; } expected[] = {
    { "patella", { "Kneecap pain (patellofemoral pain)", "Patellar tendinopathy (jumper's knee)" } },
    { "patellar-tendon", { "Patellar tendinopathy (jumper's knee)" } },
    { "medial-meniscus", { "Meniscus tear" } },
    { "lateral-meniscus", { "Meniscus tear" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("%s", expected[i].part);
      g_assert_true (kc_anatomy_page_show_part (fixture->page, expected[i].part));
      for (guint j = 0; expected[i].conditions[j] != NULL; j++)
        g_assert_nonnull (condition_expander (fixture, expected[i].conditions[j]));
    }

  /* Opening a kneecap condition chooses the kneecap. */
  g_assert_true (kc_anatomy_page_show_condition (fixture->page, "patellofemoral-pain"));
  g_assert_cmpstr (kc_anatomy_page_get_selected_part (fixture->page), ==, "patella");
  g_assert_true (gtk_expander_get_expanded (condition_expander (fixture,
                                                                "Kneecap pain (patellofemoral pain)")));
}

/* A possible blood clot shows the emergency tier as the card every view of
 * warning signs uses; a condition without tiers shows no card. */
static void
test_condition_warning_cards (Fixture       *fixture,
                              gconstpointer  data)
{
  KcCondition *clot = kc_library_lookup_condition (fixture->library, "dvt-bakers-cyst");
  KcCondition *kneecap = kc_library_lookup_condition (fixture->library, "patellofemoral-pain");
  GtkWidget *with = g_object_ref_sink (kc_condition_expander_new (fixture->library, clot));
  GtkWidget *without = g_object_ref_sink (kc_condition_expander_new (fixture->library, kneecap));
  GtkWidget *card;

  /* A closed expander keeps its body out of the widget tree. */
  gtk_expander_set_expanded (GTK_EXPANDER (with), TRUE);
  gtk_expander_set_expanded (GTK_EXPANDER (without), TRUE);
  card = kc_test_find_by_type (with, KC_TYPE_WARNING_CARD);
  g_assert_nonnull (card);
  g_assert_cmpint (kc_warning_signs_get_tier (kc_warning_card_get_signs (KC_WARNING_CARD (card))),
                   ==, KC_WARNING_TIER_EMERGENCY);
  g_assert_true (has_label (with, "When to see a doctor"));
  g_assert_null (kc_test_find_by_type (without, KC_TYPE_WARNING_CARD));
  g_assert_false (has_label (without, "When to see a doctor"));

  g_assert_finalize_object (with);
  g_assert_finalize_object (without);
}

/* The text of every label under @widget as shown, links as their words. */
static void
append_shown_text (GtkWidget *widget,
                   GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_shown_text (child, text);
}

/* A nerve root's details say the skin it supplies, drawn lit on the body
 * front and back, the muscles it works and its reflex. */
static void
test_root_supply_shown (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct { const char *part, *layer, *skin, *muscles, *reflex; } roots[] = {
    { "l2-nerve-root", "dermatome-l2", "The front and inner side of the upper thigh.",
      "Bending the hip (iliopsoas), with some help pulling the thigh in.",
      "None that can be tested reliably." },
    { "l3-nerve-root", "dermatome-l3", "The front of the lower thigh, over and inside the knee.",
      "Straightening the knee (quadriceps) and pulling the thigh in (adductors).",
      "Knee jerk, in part." },
    { "l4-nerve-root", "dermatome-l4", "The inner side of the shin down to the inner ankle.",
      "Straightening the knee (quadriceps) and lifting the foot (tibialis anterior).",
      "Knee jerk." },
    { "l5-nerve-root", "dermatome-l5",
      "The outer side of the shin, the top of the foot and the big toe.",
      "Lifting the big toe and the foot, and moving the leg out to the side (gluteus medius).",
      "None that can be tested reliably." },
    { "s1-nerve-root", "dermatome-s1",
      "The back of the calf, the outer edge and sole of the foot and the little toe.",
      "Rising on the toes (calf muscles) and pushing the hip back (gluteus maximus).",
      "Ankle jerk." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    {
      g_autoptr(GPtrArray) figures = g_ptr_array_new ();
      g_autoptr(GString) text = g_string_new (NULL);
      GtkWidget *details;

      g_assert_true (kc_anatomy_page_show_part (fixture->page, roots[i].part));
      details = details_of (fixture);
      append_shown_text (details, text);
      g_assert_true (has_label (details, "Skin it supplies (dermatome)"));
      g_assert_true (has_label (details, "Muscles it works (myotome)"));
      g_assert_true (has_label (details, "Reflex"));
      g_assert_nonnull (strstr (text->str, roots[i].skin));
      g_assert_nonnull (strstr (text->str, roots[i].muscles));
      g_assert_nonnull (strstr (text->str, roots[i].reflex));

      /* Front and back, the root's layer drawn and lit, no other root's. */
      kc_test_collect_by_type (details, KC_TYPE_DIAGRAM_VIEW, figures);
      g_assert_cmpuint (figures->len, ==, 2);
      for (guint j = 0; j < figures->len; j++)
        {
          KcDiagramView *figure = figures->pdata[j];

          g_assert_true (kc_diagram_view_get_layer_shown (figure, roots[i].layer));
          g_assert_cmpstr (kc_diagram_view_get_part_class (figure, roots[i].layer), ==,
                           "kc-dermatome-lit");
          for (guint k = 0; k < G_N_ELEMENTS (roots); k++)
            if (k != i)
              g_assert_false (kc_diagram_view_get_layer_shown (figure, roots[k].layer));
        }
    }

  /* A part that is no root has none of it. */
  g_assert_true (kc_anatomy_page_show_part (fixture->page, "l1-vertebra"));
  g_assert_false (has_label (details_of (fixture), "Reflex"));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/anatomy-page/select-through-list", test_select_through_list);
  ADD ("/anatomy-page/click-on-diagram", test_click_on_diagram);
  ADD ("/anatomy-page/list-fills-column", test_list_fills_column);
  ADD ("/anatomy-page/no-body-map-link", test_no_body_map_link_for_femur);
  ADD ("/anatomy-page/every-part-clickable", test_every_part_clickable);
  ADD ("/anatomy-page/annulus", test_annulus_own_part);
  ADD ("/anatomy-page/hip-vessels-in-order", test_hip_vessels_in_order);
  ADD ("/anatomy-page/hip-left-side-context", test_hip_left_side_context);
  ADD ("/anatomy-page/show-part", test_show_part_switches_diagram);
  ADD ("/anatomy-page/zoom-and-labels", test_zoom_and_labels_actions);
  ADD ("/anatomy-page/disc-bulge", test_disc_bulge_shown_with_condition);
  ADD ("/anatomy-page/keyboard-moves-without-choosing", test_keyboard_moves_without_choosing);
  ADD ("/anatomy-page/stenosis-shows-root", test_stenosis_shows_root);
  ADD ("/anatomy-page/knee-parts-list-conditions", test_knee_parts_list_conditions);
  ADD ("/anatomy-page/condition-warning-cards", test_condition_warning_cards);
  ADD ("/anatomy-page/root-supply", test_root_supply_shown);

#undef ADD

  return g_test_run ();
}
