/* test-diagram-view.c: hit-testing and highlighting of KcDiagramView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/hit-test.svg (200×100): "big" square (10..90), "turned"
 * square rotated 45° by its group's transform around (150, 50), and
 * "thin", a 2-unit line along y = 50 drawn over both; "note", a layer with
 * class="state" at (180..196, 80..96), hidden until shown.
 */
#include "config.h"

#include <gtk/gtk.h>

#include "widgets/kc-diagram-view.h"
#include "kc-test-widgets.h"

#define TEST_SVG RESOURCE_PREFIX "/tests/hit-test.svg"

typedef struct
{
  GtkWindow *window;
  KcDiagramView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_decorated (fixture->window, FALSE);
  gtk_window_set_default_size (fixture->window, 424, 224);
  fixture->view = KC_DIAGRAM_VIEW (kc_diagram_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));

  g_assert_true (kc_diagram_view_load_resource (fixture->view, TEST_SVG, &error));
  g_assert_no_error (error);

  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), >, 100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
}

static void
test_parts_in_paint_order (Fixture       *fixture,
                           gconstpointer  data)
{
  const char * const *ids = kc_diagram_view_get_part_ids (fixture->view);

  g_assert_cmpuint (g_strv_length ((char **)ids), ==, 3);
  g_assert_cmpstr (ids[0], ==, "big");
  g_assert_cmpstr (ids[1], ==, "turned");
  g_assert_cmpstr (ids[2], ==, "thin");
}

static void
test_inside_and_outside (Fixture       *fixture,
                         gconstpointer  data)
{
  g_assert_cmpstr (kc_test_part_at_document (fixture->view, 30, 30), ==, "big");
  g_assert_cmpstr (kc_test_part_at_document (fixture->view, 80, 85), ==, "big");
  /* Empty page, far from every part. */
  g_assert_null (kc_test_part_at_document (fixture->view, 100, 90));
  g_assert_null (kc_test_part_at_document (fixture->view, 195, 5));
}

/* The thin line is on top: a click on it lands on it, even over the square. */
static void
test_thin_part (Fixture       *fixture,
                gconstpointer  data)
{
  g_assert_cmpstr (kc_test_part_at_document (fixture->view, 50, 50), ==, "thin");
  g_assert_cmpstr (kc_test_part_at_document (fixture->view, 110, 50), ==, "thin");
  /* Just beside the 2-unit line: within a few pixels still counts... */
  g_assert_cmpstr (kc_test_part_at_document (fixture->view, 110, 51.8), ==, "thin");
  /* ...but not beyond: 10 units (20 pixels or more) away is nothing. */
  g_assert_null (kc_test_part_at_document (fixture->view, 110, 60));
}

/* The turned square is a diamond: its box corners are not part of it, and
 * its points reach beyond the unturned square. */
static void
test_under_transform (Fixture       *fixture,
                      gconstpointer  data)
{
  /* Above the unturned square (y 35..65) but inside the diamond. */
  g_assert_cmpstr (kc_test_part_at_document (fixture->view, 150, 31), ==, "turned");
  g_assert_cmpstr (kc_test_part_at_document (fixture->view, 150, 69), ==, "turned");
  /* A corner of the unturned square, outside the diamond. */
  g_assert_null (kc_test_part_at_document (fixture->view, 134, 34));
  g_assert_null (kc_test_part_at_document (fixture->view, 166, 66));
}

static void
test_part_point_lands_on_part (Fixture       *fixture,
                               gconstpointer  data)
{
  const char * const *ids = kc_diagram_view_get_part_ids (fixture->view);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      double x, y;

      g_assert_true (kc_diagram_view_get_part_point (fixture->view, ids[i], &x, &y));
      g_assert_cmpstr (kc_diagram_view_part_at (fixture->view, x, y), ==, ids[i]);
    }
}

/* The colour of the view's pixel at (x, y), as drawn now. */
static guint32
pixel_at (KcDiagramView *view,
          int            x,
          int            y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint32 pixel;

  /* Exactly what the view draws, without the window's decorations. */
  GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  memcpy (&pixel, cairo_image_surface_get_data (surface) +
                  y * cairo_image_surface_get_stride (surface) + x * 4, sizeof pixel);

  cairo_surface_destroy (surface);
  gsk_render_node_unref (node);

  return pixel;
}

/* Selecting recolours exactly the chosen part, through the stylesheet. */
static void
test_selection_lights_the_part (Fixture       *fixture,
                                gconstpointer  data)
{
  double big_x, big_y, turned_x, turned_y;
  guint32 big_before, turned_before;

  kc_diagram_view_document_to_widget (fixture->view, 30, 30, &big_x, &big_y);
  kc_diagram_view_document_to_widget (fixture->view, 150, 38, &turned_x, &turned_y);
  big_before = pixel_at (fixture->view, (int)big_x, (int)big_y);
  turned_before = pixel_at (fixture->view, (int)turned_x, (int)turned_y);
  /* Both squares are bones, drawn alike. */
  g_assert_cmphex (big_before, ==, turned_before);

  kc_diagram_view_set_selected_part (fixture->view, "big");
  g_assert_cmpstr (kc_diagram_view_get_selected_part (fixture->view), ==, "big");

  g_assert_cmphex (pixel_at (fixture->view, (int)big_x, (int)big_y), !=, big_before);
  g_assert_cmphex (pixel_at (fixture->view, (int)turned_x, (int)turned_y), ==, turned_before);

  /* An unknown id selects nothing, and the colour comes back. */
  kc_diagram_view_set_selected_part (fixture->view, "no-such-part");
  g_assert_null (kc_diagram_view_get_selected_part (fixture->view));
  g_assert_cmphex (pixel_at (fixture->view, (int)big_x, (int)big_y), ==, big_before);
}

static GtkEventController *
motion_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        return controller;   /* the widget keeps it */
    }

  return NULL;
}

/* Hovering outlines the part over the picture drawn before: its edge
 * changes colour, its inside and the other parts do not. */
static void
test_hover_outlines_part (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkEventController *motion = motion_controller (GTK_WIDGET (fixture->view));
  double edge_x, edge_y, inside_x, inside_y, turned_x, turned_y;
  guint32 edge, inside, turned;

  g_assert_nonnull (motion);
  kc_diagram_view_document_to_widget (fixture->view, 10, 30, &edge_x, &edge_y);
  kc_diagram_view_document_to_widget (fixture->view, 30, 30, &inside_x, &inside_y);
  kc_diagram_view_document_to_widget (fixture->view, 150, 38, &turned_x, &turned_y);
  edge = pixel_at (fixture->view, (int)edge_x, (int)edge_y);
  inside = pixel_at (fixture->view, (int)inside_x, (int)inside_y);
  turned = pixel_at (fixture->view, (int)turned_x, (int)turned_y);

  g_signal_emit_by_name (motion, "motion", inside_x, inside_y);
  g_assert_cmpstr (kc_diagram_view_get_hovered_part (fixture->view), ==, "big");
  g_assert_cmphex (pixel_at (fixture->view, (int)edge_x, (int)edge_y), !=, edge);
  g_assert_cmphex (pixel_at (fixture->view, (int)inside_x, (int)inside_y), ==, inside);
  g_assert_cmphex (pixel_at (fixture->view, (int)turned_x, (int)turned_y), ==, turned);

  /* Moving off it draws the plain picture again. */
  g_signal_emit_by_name (motion, "motion", turned_x, turned_y);
  g_assert_cmpstr (kc_diagram_view_get_hovered_part (fixture->view), ==, "turned");
  g_assert_cmphex (pixel_at (fixture->view, (int)edge_x, (int)edge_y), ==, edge);
}

/* Zooming moves the picture under a pointer that stays: the hovered part
 * is the one now under it, not the one that was. */
static void
test_hover_follows_zoom (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkEventController *motion = motion_controller (GTK_WIDGET (fixture->view));
  double x, y;
  const char *now_under;

  kc_diagram_view_document_to_widget (fixture->view, 150, 38, &x, &y);
  g_signal_emit_by_name (motion, "motion", x, y);
  g_assert_cmpstr (kc_diagram_view_get_hovered_part (fixture->view), ==, "turned");

  kc_diagram_view_set_zoom (fixture->view, 3.0);
  now_under = kc_diagram_view_part_at (fixture->view, x, y);
  g_assert_cmpstr (now_under, !=, "turned");
  g_assert_cmpstr (kc_diagram_view_get_hovered_part (fixture->view), ==, now_under);
}

/* A class="state" layer is hidden by the stylesheet until shown, and is
 * drawn, but never chosen, once shown. */
static void
test_layer_shown_on_request (Fixture       *fixture,
                             gconstpointer  data)
{
  double note_x, note_y, empty_x, empty_y;
  guint32 background;

  kc_diagram_view_document_to_widget (fixture->view, 188, 88, &note_x, &note_y);
  kc_diagram_view_document_to_widget (fixture->view, 100, 90, &empty_x, &empty_y);
  background = pixel_at (fixture->view, (int)empty_x, (int)empty_y);

  g_assert_false (kc_diagram_view_get_layer_shown (fixture->view, "note"));
  g_assert_cmphex (pixel_at (fixture->view, (int)note_x, (int)note_y), ==, background);

  kc_diagram_view_set_layer_shown (fixture->view, "note", TRUE);
  g_assert_true (kc_diagram_view_get_layer_shown (fixture->view, "note"));
  g_assert_cmphex (pixel_at (fixture->view, (int)note_x, (int)note_y), !=, background);
  g_assert_null (kc_diagram_view_part_at (fixture->view, note_x, note_y));

  kc_diagram_view_set_layer_shown (fixture->view, "note", FALSE);
  g_assert_cmphex (pixel_at (fixture->view, (int)note_x, (int)note_y), ==, background);

  /* Loading a picture starts with every layer hidden. */
  kc_diagram_view_set_layer_shown (fixture->view, "note", TRUE);
  g_assert_true (kc_diagram_view_load_resource (fixture->view, TEST_SVG, NULL));
  g_assert_false (kc_diagram_view_get_layer_shown (fixture->view, "note"));
}

static void
test_zoom_keeps_hits_exact (Fixture       *fixture,
                            gconstpointer  data)
{
  kc_diagram_view_set_zoom (fixture->view, 3.0);
  g_assert_cmpfloat_with_epsilon (kc_diagram_view_get_zoom (fixture->view), 3.0, 1e-9);

  /* Zoomed around the middle (100, 50): still right, where still visible. */
  g_assert_cmpstr (kc_test_part_at_document (fixture->view, 85, 45), ==, "big");
  g_assert_cmpstr (kc_test_part_at_document (fixture->view, 100, 50), ==, "thin");
  g_assert_null (kc_test_part_at_document (fixture->view, 100, 40));

  kc_diagram_view_set_zoom (fixture->view, 100.0);
  g_assert_cmpfloat_with_epsilon (kc_diagram_view_get_zoom (fixture->view),
                                  KC_DIAGRAM_ZOOM_MAX, 1e-9);
}

/* The colour at (@x, @y) of the diagram rendered for paper, 200 × 100. */
static guint32
printed_pixel (KcDiagramView *view,
               int            x,
               int            y)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 100);
  cairo_t *cr = cairo_create (surface);
  guint32 pixel;

  kc_diagram_view_render (view, cr, 200, 100);
  cairo_surface_flush (surface);
  pixel = *(guint32 *)(cairo_image_surface_get_data (surface) +
                       y * cairo_image_surface_get_stride (surface) + x * 4) & 0xffffff;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return pixel;
}

/* Paper is white in a dark theme too: the print takes the light colours
 * (diagram-light.css: .bone is #efe6d2), and the screen keeps its own. */
static void
test_print_is_light (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkSettings *settings = gtk_settings_get_default ();
  double x, y;
  guint32 on_screen;

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (fixture->view));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
  kc_diagram_view_document_to_widget (fixture->view, 30, 30, &x, &y);
  on_screen = pixel_at (fixture->view, (int)x, (int)y) & 0xffffff;

  g_assert_cmphex (printed_pixel (fixture->view, 30, 30), ==, 0xefe6d2);
  /* The dark theme's bone on screen, before and after printing. */
  g_assert_cmphex (on_screen, !=, 0xefe6d2);
  gtk_widget_queue_draw (GTK_WIDGET (fixture->view));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
  g_assert_cmphex (pixel_at (fixture->view, (int)x, (int)y) & 0xffffff, ==, on_screen);

  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/diagram-view/paint-order", test_parts_in_paint_order);
  ADD ("/diagram-view/hit/inside-outside", test_inside_and_outside);
  ADD ("/diagram-view/hit/thin-part", test_thin_part);
  ADD ("/diagram-view/hit/under-transform", test_under_transform);
  ADD ("/diagram-view/hit/part-point", test_part_point_lands_on_part);
  ADD ("/diagram-view/selection-lights-part", test_selection_lights_the_part);
  ADD ("/diagram-view/zoom", test_zoom_keeps_hits_exact);
  ADD ("/diagram-view/layer-shown", test_layer_shown_on_request);
  ADD ("/diagram-view/hover-outlines-part", test_hover_outlines_part);
  ADD ("/diagram-view/hover-follows-zoom", test_hover_follows_zoom);
  ADD ("/diagram-view/print-is-light", test_print_is_light);

#undef ADD

  return g_test_run ();
}
