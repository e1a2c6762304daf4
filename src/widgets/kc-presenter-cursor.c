/* kc-presenter-cursor.c: a pointer an audience can follow
 *
 * On a projector the usual arrow is lost: this one is a large translucent
 * yellow disc with a dark dot at its centre, which is the hot spot, so it
 * still points exactly. Drawn with cairo, so no image loader is needed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <math.h>

#include "kc-presenter-cursor.h"

#define SIZE 64

static GdkTexture *
draw_texture (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SIZE, SIZE);
  cairo_t *cr = cairo_create (surface);
  double centre = SIZE / 2.0;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  cairo_arc (cr, centre, centre, centre - 4, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 1.0, 0.85, 0.1, 0.40);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 3);
  cairo_set_source_rgba (cr, 0.9, 0.45, 0.0, 0.9);
  cairo_stroke (cr);

  cairo_arc (cr, centre, centre, 4, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 2);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  cairo_stroke (cr);
  cairo_destroy (cr);

  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize)cairo_image_surface_get_stride (surface) * SIZE);
  /* cairo's ARGB32 is GDK's default memory format: premultiplied, native order. */
  texture = gdk_memory_texture_new (SIZE, SIZE, GDK_MEMORY_DEFAULT, bytes,
                                    (gsize)cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  return texture;
}

/* Returns: (transfer full): the presenter's pointer */
GdkCursor *
kc_presenter_cursor_new (void)
{
  g_autoptr(GdkTexture) texture = draw_texture ();
  g_autoptr(GdkCursor) fallback = gdk_cursor_new_from_name ("default", NULL);

  return gdk_cursor_new_from_texture (texture, SIZE / 2, SIZE / 2, fallback);
}
