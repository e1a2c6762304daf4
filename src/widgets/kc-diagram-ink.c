/* kc-diagram-ink.c: what is drawn over a diagram: paths and the pen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both live in document units, so they stay put when the picture is
 * zoomed, panned or printed.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <librsvg/rsvg.h>
#include <math.h>

#include "kc-diagram-view-private.h"

#define PEN_WIDTH 4.0
#define PATH_WIDTH 2.0
#define ARROW_SIZE 8.0

void
_kc_diagram_view_stroke_free (Stroke *stroke)
{
  g_clear_pointer (&stroke->points, g_array_unref);
  g_free (stroke);
}

/* ---- The pen ------------------------------------------------------------- */

/**
 * kc_diagram_view_set_pen:
 * @color: (nullable): the ink, or %NULL to put the pen down
 *
 * While the pen is on, dragging draws instead of panning and a click does
 * not choose a part.
 */
void
kc_diagram_view_set_pen (KcDiagramView *self,
                         const GdkRGBA *color)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  self->pen_on = color != NULL;
  if (color != NULL)
    self->pen_color = *color;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->pen_on ? "crosshair" : NULL);
}

gboolean
kc_diagram_view_get_pen_active (KcDiagramView *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), FALSE);
  return self->pen_on;
}

void
_kc_diagram_view_pen_begin (KcDiagramView *self,
                            double         x,
                            double         y)
{
  Stroke *stroke = g_new0 (Stroke, 1);

  stroke->color = self->pen_color;
  stroke->points = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  g_ptr_array_add (self->strokes, stroke);
  _kc_diagram_view_pen_extend (self, x, y);
  _kc_diagram_view_stroke_added (self);
}

void
_kc_diagram_view_pen_extend (KcDiagramView *self,
                             double         x,
                             double         y)
{
  Stroke *stroke;
  graphene_point_t point;
  double doc_x, doc_y;

  if (self->strokes->len == 0)
    return;

  stroke = g_ptr_array_index (self->strokes, self->strokes->len - 1);
  _kc_diagram_view_widget_to_document (self, x, y, &doc_x, &doc_y);
  point = GRAPHENE_POINT_INIT (doc_x, doc_y);
  g_array_append_val (stroke->points, point);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kc_diagram_view_add_stroke:
 * @points: (array length=n_points): points in document units
 *
 * Adds a stroke as if drawn with the pen in @color.
 */
void
kc_diagram_view_add_stroke (KcDiagramView          *self,
                            const GdkRGBA          *color,
                            const graphene_point_t *points,
                            guint                   n_points)
{
  Stroke *stroke;

  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));
  g_return_if_fail (color != NULL && points != NULL);

  stroke = g_new0 (Stroke, 1);
  stroke->color = *color;
  stroke->points = g_array_sized_new (FALSE, FALSE, sizeof (graphene_point_t), n_points);
  g_array_append_vals (stroke->points, points, n_points);
  g_ptr_array_add (self->strokes, stroke);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  _kc_diagram_view_stroke_added (self);
}

guint
kc_diagram_view_get_n_strokes (KcDiagramView *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), 0);
  return self->strokes->len;
}

/* Returns: %TRUE if there was a stroke to take back */
gboolean
kc_diagram_view_undo_stroke (KcDiagramView *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), FALSE);

  if (self->strokes->len == 0)
    return FALSE;

  g_ptr_array_set_size (self->strokes, self->strokes->len - 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

void
kc_diagram_view_clear_strokes (KcDiagramView *self)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  g_ptr_array_set_size (self->strokes, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Paths --------------------------------------------------------------- */

/**
 * _kc_diagram_find_origin:
 * @from_id: a part, or any element of the SVG
 *
 * Where paths from @from_id start, in document units: a point on the part,
 * else the middle of the element.
 */
gboolean
_kc_diagram_find_origin (RsvgHandle          *handle,
                         const RsvgRectangle *viewport,
                         GPtrArray           *parts,
                         const char          *from_id,
                         double              *x,
                         double              *y)
{
  g_autofree char *layer = g_strconcat ("#", from_id, NULL);
  RsvgRectangle ink, logical;
  Part *part = NULL;

  /* For a layer, not an element: an element's geometry is given as if it
   * were drawn at the origin. */
  if (!rsvg_handle_get_geometry_for_layer (handle, layer, viewport, &ink, &logical, NULL))
    return FALSE;

  for (guint i = 0; i < parts->len && part == NULL; i++)
    if (g_str_equal (((Part *)g_ptr_array_index (parts, i))->id, from_id))
      part = g_ptr_array_index (parts, i);

  /* A region's middle may fall outside it (a crescent); prefer a point on it. */
  if (part != NULL && _kc_diagram_find_anchor (handle, viewport, parts, part))
    {
      *x = part->anchor_x;
      *y = part->anchor_y;
    }
  else
    {
      *x = logical.x + logical.width / 2.0;
      *y = logical.y + logical.height / 2.0;
    }

  return TRUE;
}

static gboolean
find_origin (KcDiagramView *self,
             const char    *from_id,
             double        *x,
             double        *y)
{
  RsvgRectangle viewport = _kc_diagram_view_document_viewport (self);

  _kc_diagram_view_ensure_measured (self);
  _kc_diagram_view_load_base_stylesheet (self);
  return _kc_diagram_find_origin (self->handle, &viewport, self->parts, from_id, x, y);
}

/* Two sources can start in one place: one arrow each way is enough. */
static gboolean
has_path (KcDiagramView *self,
          double         from_x,
          double         from_y,
          const char    *to)
{
  for (guint i = 0; i < self->paths->len; i++)
    {
      Path *path = &g_array_index (self->paths, Path, i);

      if (path->from_x == from_x && path->from_y == from_y && g_str_equal (path->to, to))
        return TRUE;
    }

  return FALSE;
}

/**
 * kc_diagram_view_add_paths:
 * @from_id: a part, or any element of the SVG (an invisible "origin"
 *   marker for a place not drawn in this view)
 * @to_ids: the parts the paths lead to
 * @color: (nullable): their colour; all paths of a view share one
 *
 * Adds an arrow from @from_id to each of @to_ids drawn in this view.
 */
void
kc_diagram_view_add_paths (KcDiagramView      *self,
                           const char         *from_id,
                           const char * const *to_ids,
                           const GdkRGBA      *color)
{
  double from_x, from_y;

  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));
  g_return_if_fail (from_id != NULL);
  g_return_if_fail (to_ids != NULL);

  if (self->handle == NULL || !find_origin (self, from_id, &from_x, &from_y))
    return;

  self->path_color = color ? *color : (GdkRGBA) { 0.75, 0.11, 0.16, 1.0 };
  for (guint i = 0; to_ids[i] != NULL; i++)
    {
      Path path = { from_x, from_y, NULL };

      if (g_strcmp0 (to_ids[i], from_id) == 0 || !_kc_diagram_view_find_part (self, to_ids[i]) ||
          has_path (self, from_x, from_y, to_ids[i]))
        continue;
      path.to = g_strdup (to_ids[i]);
      g_array_append_val (self->paths, path);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * kc_diagram_view_set_paths:
 * @from_id: (nullable): as for kc_diagram_view_add_paths()
 * @to_ids: (nullable): the parts the paths lead to
 *
 * Draws an arrow from @from_id to each of @to_ids instead of any drawn
 * before; %NULL clears them.
 */
void
kc_diagram_view_set_paths (KcDiagramView      *self,
                           const char         *from_id,
                           const char * const *to_ids,
                           const GdkRGBA      *color)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  g_array_set_size (self->paths, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (from_id != NULL && to_ids != NULL)
    kc_diagram_view_add_paths (self, from_id, to_ids, color);
}

/**
 * kc_diagram_view_get_path_origin:
 * @index: which path, from 0
 *
 * Returns: %TRUE if there is such a path; (@x, @y) is where it starts, in
 *   widget coordinates
 */
gboolean
kc_diagram_view_get_path_origin (KcDiagramView *self,
                                 guint          index,
                                 double        *x,
                                 double        *y)
{
  Path *path;

  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), FALSE);

  if (index >= self->paths->len)
    return FALSE;

  path = &g_array_index (self->paths, Path, index);
  kc_diagram_view_document_to_widget (self, path->from_x, path->from_y, x, y);
  return TRUE;
}

/**
 * kc_diagram_view_get_path_target:
 *
 * Returns: (nullable): the part path @index leads to
 */
const char *
kc_diagram_view_get_path_target (KcDiagramView *self,
                                 guint          index)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), NULL);

  return index < self->paths->len ? g_array_index (self->paths, Path, index).to : NULL;
}

guint
kc_diagram_view_get_n_paths (KcDiagramView *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), 0);
  return self->paths->len;
}

/* The two control points of an arrow from (@x0, @y0) to (@x1, @y1).
 * Legs and arms hang down: the end lower in the figure lies on a limb, so
 * the curve runs down that limb's own line and bends over to the other
 * end only near the trunk, inside the body rather than across the gap
 * between the legs. A mostly sideways arrow keeps a gentle bow. */
static void
arrow_controls (double  x0,
                double  y0,
                double  x1,
                double  y1,
                double  c[4])
{
  double dx = x1 - x0, dy = y1 - y0;

  if (fabs (dy) < fabs (dx))
    {
      c[0] = c[2] = (x0 + x1) / 2.0 + dy * 0.15;
      c[1] = c[3] = (y0 + y1) / 2.0 - dx * 0.15;
    }
  else if (dy > 0)
    {
      c[0] = x0 + dx * 0.7;  c[1] = y0 + dy * 0.25;
      c[2] = x1;             c[3] = y0 + dy * 0.6;
    }
  else
    {
      c[0] = x0;             c[1] = y0 + dy * 0.4;
      c[2] = x1 - dx * 0.7;  c[3] = y0 + dy * 0.75;
    }
}

static void
draw_arrow (cairo_t *cr,
            double   x0,
            double   y0,
            double   x1,
            double   y1)
{
  double c[4], angle;

  arrow_controls (x0, y0, x1, y1, c);
  angle = atan2 (y1 - c[3], x1 - c[2]);

  cairo_move_to (cr, x0, y0);
  cairo_curve_to (cr, c[0], c[1], c[2], c[3], x1, y1);
  cairo_stroke (cr);

  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x1 - ARROW_SIZE * cos (angle - 0.45), y1 - ARROW_SIZE * sin (angle - 0.45));
  cairo_line_to (cr, x1 - ARROW_SIZE * cos (angle + 0.45), y1 - ARROW_SIZE * sin (angle + 0.45));
  cairo_close_path (cr);
  cairo_fill (cr);
}

void
_kc_diagram_set_path_style (cairo_t       *cr,
                            const GdkRGBA *color)
{
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, PATH_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
}

/* A dashed arrow from (@x0, @y0) to (@x1, @y1), its start a solid dot:
 * where the pain comes from. */
void
_kc_diagram_draw_path (cairo_t *cr,
                       double   x0,
                       double   y0,
                       double   x1,
                       double   y1)
{
  cairo_set_dash (cr, (double[]) { 8.0, 5.0 }, 2, 0);
  draw_arrow (cr, x0, y0, x1, y1);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x0, y0, 6.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
draw_paths (KcDiagramView *self,
            cairo_t       *cr,
            double         scale,
            double         ox,
            double         oy)
{
  if (self->paths->len == 0)
    return;

  cairo_save (cr);
  _kc_diagram_set_path_style (cr, &self->path_color);

  for (guint i = 0; i < self->paths->len; i++)
    {
      Path *path = &g_array_index (self->paths, Path, i);
      Part *part = _kc_diagram_view_find_part (self, path->to);

      if (part == NULL || !_kc_diagram_view_find_anchor (self, part))
        continue;

      _kc_diagram_draw_path (cr, ox + path->from_x * scale, oy + path->from_y * scale,
                             ox + part->anchor_x * scale, oy + part->anchor_y * scale);
    }

  cairo_restore (cr);
}

static void
draw_strokes (KcDiagramView *self,
              cairo_t       *cr,
              double         scale,
              double         ox,
              double         oy)
{
  cairo_save (cr);
  cairo_set_line_width (cr, PEN_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  for (guint i = 0; i < self->strokes->len; i++)
    {
      Stroke *stroke = g_ptr_array_index (self->strokes, i);

      gdk_cairo_set_source_rgba (cr, &stroke->color);
      for (guint j = 0; j < stroke->points->len; j++)
        {
          const graphene_point_t *p = &g_array_index (stroke->points, graphene_point_t, j);
          double x = ox + p->x * scale;
          double y = oy + p->y * scale;

          if (j == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      /* A dot, for a stroke that is a single tap. */
      if (stroke->points->len == 1)
        cairo_rel_line_to (cr, 0.1, 0);
      cairo_stroke (cr);
    }

  cairo_restore (cr);
}

/* Paths and pen strokes, drawn with the document at @scale from (@ox, @oy). */
void
_kc_diagram_view_draw_ink_at (KcDiagramView *self,
                              cairo_t       *cr,
                              double         scale,
                              double         ox,
                              double         oy)
{
  draw_paths (self, cr, scale, ox, oy);
  draw_strokes (self, cr, scale, ox, oy);
}

/* Whether there are paths or pen strokes to draw. */
gboolean
_kc_diagram_view_has_ink (KcDiagramView *self)
{
  return self->paths->len > 0 || self->strokes->len > 0;
}

void
_kc_diagram_view_draw_ink (KcDiagramView *self,
                           cairo_t       *cr)
{
  double scale, ox, oy;

  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  _kc_diagram_view_draw_ink_at (self, cr, scale, ox, oy);
}
