/* kc-diagram-hit.c: which part of a diagram is under a point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <librsvg/rsvg.h>
#include <math.h>

#include "kc-diagram-view-private.h"

/* How far, in pixels, a pointer may miss a thin part and still hit it. */
#define NEAR_MISS 4.0
/* How far, in document units, a part's anchor keeps from parts above it. */
#define ANCHOR_CLEARANCE 3.0

/* Paints only the element @id of @handle into one pixel covering a
 * square of @size document units at (@doc_x, @doc_y), and reports whether
 * anything landed there. */
static gboolean
layer_covers (RsvgHandle          *handle,
              const RsvgRectangle *viewport,
              const char          *id,
              double               doc_x,
              double               doc_y,
              double               size)
{
  g_autofree char *layer = g_strconcat ("#", id, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean hit;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  cairo_scale (cr, 1.0 / size, 1.0 / size);
  cairo_translate (cr, -(doc_x - size / 2.0), -(doc_y - size / 2.0));
  rsvg_handle_render_layer (handle, cr, layer, viewport, NULL);
  cairo_destroy (cr);

  cairo_surface_flush (surface);
  hit = cairo_image_surface_get_data (surface)[0] > 0;
  cairo_surface_destroy (surface);

  return hit;
}

static gboolean
ink_contains (const RsvgRectangle *ink,
              double               x,
              double               y,
              double               slack)
{
  return x >= ink->x - slack && x <= ink->x + ink->width + slack &&
         y >= ink->y - slack && y <= ink->y + ink->height + slack;
}

/**
 * _kc_diagram_part_at:
 * @parts: (element-type Part): measured, in paint order
 *
 * Needs no widget: the view and the paper copy of a diagram both ask it.
 *
 * Returns: (nullable): the topmost of @parts with ink in the square of
 *   @size document units at (@doc_x, @doc_y)
 */
Part *
_kc_diagram_part_at (RsvgHandle          *handle,
                     const RsvgRectangle *viewport,
                     GPtrArray           *parts,
                     double               doc_x,
                     double               doc_y,
                     double               size)
{
  /* Topmost first: the last painted part is the one the pointer is on. */
  for (guint i = parts->len; i > 0; i--)
    {
      Part *part = g_ptr_array_index (parts, i - 1);

      if (ink_contains (&part->ink, doc_x, doc_y, size) &&
          layer_covers (handle, viewport, part->id, doc_x, doc_y, size))
        return part;
    }

  return NULL;
}

Part *
_kc_diagram_view_part_at_document (KcDiagramView *self,
                                   double         doc_x,
                                   double         doc_y,
                                   double         size)
{
  RsvgRectangle viewport = _kc_diagram_view_document_viewport (self);

  _kc_diagram_view_ensure_measured (self);
  /* The hovered part may be loaded as an outline only: test the picture
   * as drawn, fills and all. */
  _kc_diagram_view_load_base_stylesheet (self);

  return _kc_diagram_part_at (self->handle, &viewport, self->parts, doc_x, doc_y, size);
}

/**
 * kc_diagram_view_part_at:
 * @x: widget coordinate
 * @y: widget coordinate
 *
 * Returns: (nullable): the id of the topmost part under (@x, @y); a thin
 *   part just missed by a few pixels counts, if nothing is under the point
 */
const char *
kc_diagram_view_part_at (KcDiagramView *self,
                         double         x,
                         double         y)
{
  double doc_x, doc_y, scale, ox, oy;
  Part *part;

  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), NULL);

  if (self->handle == NULL)
    return NULL;

  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  _kc_diagram_view_widget_to_document (self, x, y, &doc_x, &doc_y);

  /* Exact first: one pixel's worth of document under the pointer. */
  part = _kc_diagram_view_part_at_document (self, doc_x, doc_y, 1.0 / scale);
  if (part == NULL)
    part = _kc_diagram_view_part_at_document (self, doc_x, doc_y, 2 * NEAR_MISS / scale);

  return part ? part->id : NULL;
}

/**
 * _kc_diagram_find_anchor:
 * @part: measured
 *
 * A point on @part where a click lands on it (not on something above
 * it): the middle of its box if that works, else the nearest point of a
 * grid across the box.  Found once, in document units.
 */
gboolean
_kc_diagram_find_anchor (RsvgHandle          *handle,
                         const RsvgRectangle *viewport,
                         GPtrArray           *parts,
                         Part                *part)
{
  const int steps = 24;

  if (part->has_anchor)
    return TRUE;

  for (int ring = 0; ring <= steps / 2; ring++)
    for (int i = -ring; i <= ring; i++)
      for (int j = -ring; j <= ring; j++)
        {
          double doc_x = part->ink.x + part->ink.width * (0.5 + (double)i / steps);
          double doc_y = part->ink.y + part->ink.height * (0.5 + (double)j / steps);

          if (MAX (ABS (i), ABS (j)) != ring)
            continue;

          /* Clear of the parts above by a few units, so that a click
           * there lands on it at any zoom. */
          if (_kc_diagram_part_at (handle, viewport, parts, doc_x, doc_y, ANCHOR_CLEARANCE) == part)
            {
              part->anchor_x = doc_x;
              part->anchor_y = doc_y;
              part->has_anchor = TRUE;
              return TRUE;
            }
        }

  return FALSE;
}

gboolean
_kc_diagram_view_find_anchor (KcDiagramView *self,
                              Part          *part)
{
  RsvgRectangle viewport = _kc_diagram_view_document_viewport (self);

  if (part->has_anchor)
    return TRUE;

  _kc_diagram_view_ensure_measured (self);
  _kc_diagram_view_load_base_stylesheet (self);
  return _kc_diagram_find_anchor (self->handle, &viewport, self->parts, part);
}

/**
 * kc_diagram_view_get_part_point:
 *
 * Finds a point, in widget coordinates, where a click lands on @id.
 *
 * Returns: %TRUE if the part can be clicked somewhere
 */
gboolean
kc_diagram_view_get_part_point (KcDiagramView *self,
                                const char    *id,
                                double        *x,
                                double        *y)
{
  double scale, ox, oy;
  Part *part;

  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), FALSE);

  part = _kc_diagram_view_find_part (self, id);
  if (part == NULL || !_kc_diagram_view_find_anchor (self, part))
    return FALSE;

  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  *x = ox + part->anchor_x * scale;
  *y = oy + part->anchor_y * scale;

  return TRUE;
}

