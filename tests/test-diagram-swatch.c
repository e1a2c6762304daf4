/* test-diagram-swatch.c: a legend's swatch, as drawn on the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dermatome key sits on the window's own background, not on a
 * diagram's page.  Each root's swatch must stand out from it by 3:1 (WCAG
 * 2's non-text contrast) in the light and the dark theme: on the dark one
 * a fill alone stood 2.0–2.4:1, so the swatch keeps its root's outline.
 * The test draws each swatch as the window would and measures its edge.
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "widgets/kc-diagram-swatch.h"

/* libadwaita 1.2's @window_bg_color, light and dark. */
#define WINDOW_BG_LIGHT 0xfafafa
#define WINDOW_BG_DARK 0x242424

static const char *roots[] = {
  "dermatome-l2", "dermatome-l3", "dermatome-l4", "dermatome-l5", "dermatome-s1",
};

static double
channel (guint value)
{
  double c = value / 255.0;

  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (guint32 rgb)
{
  return 0.2126 * channel ((rgb >> 16) & 0xff) + 0.7152 * channel ((rgb >> 8) & 0xff) +
         0.0722 * channel (rgb & 0xff);
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Draws @widget on @background, as the window shows it. */
static cairo_surface_t *
draw_widget (GtkWidget *widget,
             guint32    background)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  cairo_set_source_rgb (cr, ((background >> 16) & 0xff) / 255.0,
                        ((background >> 8) & 0xff) / 255.0, (background & 0xff) / 255.0);
  cairo_paint (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) +
                      y * cairo_image_surface_get_stride (surface);

  return ((const guint32 *)row)[x] & 0xffffff;
}

static void
test_swatch_edges (gconstpointer data)
{
  gboolean dark = GPOINTER_TO_INT (data);
  guint32 background = dark ? WINDOW_BG_DARK : WINDOW_BG_LIGHT;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    gtk_box_append (GTK_BOX (box), kc_diagram_swatch_new (roots[i]));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (gtk_widget_get_last_child (box)) == 0)
    g_main_context_iteration (NULL, TRUE);

  for (GtkWidget *swatch = gtk_widget_get_first_child (box); swatch != NULL;
       swatch = gtk_widget_get_next_sibling (swatch))
    {
      const char *root = kc_diagram_swatch_get_style_class (KC_DIAGRAM_SWATCH (swatch));
      cairo_surface_t *surface = draw_widget (swatch, background);
      int height = cairo_image_surface_get_height (surface);
      int width = cairo_image_surface_get_width (surface);
      /* The middle of each side, one pixel in: where the eye finds the
       * square's edge against the window. */
      guint32 edges[] = { pixel_at (surface, 1, height / 2),
                          pixel_at (surface, width - 2, height / 2),
                          pixel_at (surface, width / 2, 1),
                          pixel_at (surface, width / 2, height - 2) };

      for (guint j = 0; j < G_N_ELEMENTS (edges); j++)
        {
          double ratio = contrast (edges[j], background);

          g_test_message ("%s swatch edge #%06x on the %s window #%06x: %.2f:1", root,
                          edges[j], dark ? "dark" : "light", background, ratio);
          if (ratio < 3.0)
            g_test_fail_printf ("%s swatch edge #%06x on the %s window #%06x: %.2f:1, below 3:1",
                                root, edges[j], dark ? "dark" : "light", background, ratio);
        }
      cairo_surface_destroy (surface);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_data_func ("/diagram-swatch/dermatome/light", GINT_TO_POINTER (FALSE),
                        test_swatch_edges);
  g_test_add_data_func ("/diagram-swatch/dermatome/dark", GINT_TO_POINTER (TRUE),
                        test_swatch_edges);

  return g_test_run ();
}
