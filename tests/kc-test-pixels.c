/* kc-test-pixels.c: comparing pictures drawn by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-test-pixels.h"

/* How many pixels of two ARGB32 images of one size differ. */
guint
kc_test_count_different_pixels (cairo_surface_t *a,
                                cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  for (int y = 0; y < height; y++)
    {
      const guint32 *row_a = (const guint32 *)(gpointer)(cairo_image_surface_get_data (a) +
                                                         y * stride);
      const guint32 *row_b = (const guint32 *)(gpointer)(cairo_image_surface_get_data (b) +
                                                         y * stride);

      for (int x = 0; x < width; x++)
        n += row_a[x] != row_b[x];
    }
  return n;
}

/* How many pixels of an ARGB32 image are not transparent. */
guint
kc_test_count_painted_pixels (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *)(gpointer)(cairo_image_surface_get_data (surface) +
                                                       y * stride);

      for (int x = 0; x < width; x++)
        n += (row[x] >> 24) != 0;
    }
  return n;
}

/* Frame @frame of @poses drawn alone on a new ARGB32 image. */
cairo_surface_t *
kc_test_render_pose_frame (KcExercisePoses *poses,
                           guint            frame,
                           int              width,
                           int              height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  g_assert_true (kc_exercise_poses_render (poses, cr, frame, width, height));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Where the element @id (“#…”) of @handle paints, drawn alone in a
 * @width × @height viewport: an A8 mask. */
cairo_surface_t *
kc_test_render_layer_mask (RsvgHandle *handle,
                           const char *id,
                           int         width,
                           int         height)
{
  RsvgRectangle viewport = { 0, 0, width, height };
  cairo_surface_t *mask = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  cairo_t *cr = cairo_create (mask);
  g_autoptr(GError) error = NULL;

  g_assert_true (rsvg_handle_render_layer (handle, cr, id, &viewport, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (mask);
  return mask;
}

/* How many pixels two A8 masks of one size both paint (more than half),
 * and the mean row of those in @centre_y. */
guint
kc_test_count_overlap (cairo_surface_t *a,
                       cairo_surface_t *b,
                       double          *centre_y)
{
  const guchar *pa = cairo_image_surface_get_data (a);
  const guchar *pb = cairo_image_surface_get_data (b);
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  double sum_y = 0;
  guint n = 0;

  g_assert_cmpint (cairo_image_surface_get_stride (b), ==, stride);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (pa[y * stride + x] > 127 && pb[y * stride + x] > 127)
        {
          n++;
          sum_y += y;
        }

  if (centre_y != NULL)
    *centre_y = n > 0 ? sum_y / n : 0;
  return n;
}
