/* kc-diagram-parts.c: the picture a diagram view shows and its parts —
 * loading the SVG, the parts' ids and names, and their boxes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <librsvg/rsvg.h>

#include "content/kc-svg.h"
#include "kc-diagram-view-private.h"
#include "kc-diagram-view.h"

void
_kc_diagram_view_part_free (Part *part)
{
  g_free (part->id);
  g_free (part->name);
  g_free (part);
}

Part *
_kc_diagram_view_find_part (KcDiagramView *self,
                            const char    *id)
{
  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);
      if (g_str_equal (part->id, id))
        return part;
    }

  return NULL;
}

/* An element that is no part yet must be seen whole when the view fits
 * the parts (the knee's inset, whose frame reaches below its menisci). */
#define WHOLE_ID "#kc-whole"

static void
add_box (const RsvgRectangle *box,
         double              *x1,
         double              *y1,
         double              *x2,
         double              *y2)
{
  *x1 = MIN (*x1, box->x);
  *y1 = MIN (*y1, box->y);
  *x2 = MAX (*x2, box->x + box->width);
  *y2 = MAX (*y2, box->y + box->height);
}

/**
 * _kc_diagram_measure_parts:
 * @parts: (element-type Part): their ink boxes are set
 *
 * Returns: the box of all of @parts together, and of the element
 *   `kc-whole` if there is one, in document units
 */
RsvgRectangle
_kc_diagram_measure_parts (RsvgHandle          *handle,
                           const RsvgRectangle *viewport,
                           GPtrArray           *parts)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  RsvgRectangle whole, logical;

  for (guint i = 0; i < parts->len; i++)
    {
      Part *part = g_ptr_array_index (parts, i);
      g_autofree char *layer = g_strconcat ("#", part->id, NULL);

      if (!rsvg_handle_get_geometry_for_layer (handle, layer, viewport,
                                               &part->ink, &logical, NULL))
        {
          part->ink = (RsvgRectangle) { 0, 0, 0, 0 };
          continue;
        }

      add_box (&part->ink, &x1, &y1, &x2, &y2);
    }
  if (x2 > x1 && rsvg_handle_has_sub (handle, WHOLE_ID) &&
      rsvg_handle_get_geometry_for_layer (handle, WHOLE_ID, viewport, &whole, &logical, NULL))
    add_box (&whole, &x1, &y1, &x2, &y2);

  return x2 > x1 ? (RsvgRectangle) { x1, y1, x2 - x1, y2 - y1 }
                 : (RsvgRectangle) { 0, 0, 0, 0 };
}

/* Finds each part's box, for hit-testing and labels. Each box costs
 * librsvg a pass over the document, so this waits until the pointer or
 * the labels need it, or the first frame is drawn (measure_when_idle_cb). */
void
_kc_diagram_view_ensure_measured (KcDiagramView *self)
{
  RsvgRectangle viewport;

  if (self->measured || self->handle == NULL)
    return;

  self->measured = TRUE;
  viewport = _kc_diagram_view_document_viewport (self);
  self->content = _kc_diagram_measure_parts (self->handle, &viewport, self->parts);
}

/**
 * kc_diagram_view_load_resource:
 * @resource: the GResource path of an SVG
 *
 * Shows the SVG at @resource; its parts are the elements with an id and
 * class="part".
 */
gboolean
kc_diagram_view_load_resource (KcDiagramView  *self,
                               const char     *resource,
                               GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GObject) handle = NULL;   /* librsvg 2.54 has no RsvgHandle autoptr */
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), FALSE);
  g_return_val_if_fail (resource != NULL, FALSE);

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  handle = G_OBJECT (rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL),
                                                g_bytes_get_size (bytes), error));
  if (handle == NULL)
    return FALSE;

  ids = kc_svg_dup_part_ids (bytes, resource, problems);
  if (ids == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The diagram %s could not be read", resource);
      return FALSE;
    }

  g_set_object (&self->handle, RSVG_HANDLE (handle));
  /* A new document has no stylesheet yet, and its picture is not drawn. */
  g_clear_pointer (&self->loaded_css, g_free);
  g_clear_pointer (&self->base, cairo_surface_destroy);
  g_clear_pointer (&self->base_key, g_free);
  g_clear_object (&self->outline_handle);
  g_clear_pointer (&self->svg, g_bytes_unref);
  self->svg = g_bytes_ref (bytes);
  if (!rsvg_handle_get_intrinsic_size_in_pixels (self->handle, &self->doc_width,
                                                 &self->doc_height))
    self->doc_width = self->doc_height = 0;

  g_ptr_array_set_size (self->parts, 0);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      Part *part = g_new0 (Part, 1);
      part->id = g_strdup (ids[i]);
      g_ptr_array_add (self->parts, part);
    }
  g_strfreev (self->part_ids);
  self->part_ids = g_steal_pointer (&ids);

  self->measured = FALSE;
  _kc_diagram_view_forget_labels (self);
  if (self->hovered != NULL)
    {
      g_clear_pointer (&self->hovered, g_free);
      g_object_notify (G_OBJECT (self), "hovered-part");
    }
  /* A tooltip shown for the old picture's part ("L2 vertebra" over the
   * knee) would stay until the pointer moved. */
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  g_clear_pointer (&self->selected, g_free);
  g_hash_table_remove_all (self->part_classes);
  g_hash_table_remove_all (self->shown_layers);
  g_ptr_array_set_size (self->strokes, 0);
  g_array_set_size (self->paths, 0);
  self->zoom = 1.0;
  self->pan_x = self->pan_y = 0;
  _kc_diagram_view_invalidate_style (self);

  return TRUE;
}

/**
 * kc_diagram_view_get_part_ids:
 *
 * Returns: (transfer none): the ids of the parts, in paint order
 */
const char * const *
kc_diagram_view_get_part_ids (KcDiagramView *self)
{
  static const char *none[] = { NULL };

  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), NULL);
  return self->part_ids ? (const char * const *)self->part_ids : none;
}

/* The name shown in tooltips and labels. */
void
kc_diagram_view_set_part_name (KcDiagramView *self,
                               const char    *id,
                               const char    *name)
{
  Part *part;

  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  part = _kc_diagram_view_find_part (self, id);
  if (part == NULL)
    return;

  g_free (part->name);
  part->name = g_strdup (name);
  _kc_diagram_view_forget_labels (self);
  if (self->show_labels)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The id and name of the part at @index in paint order. */
const char *
_kc_diagram_view_get_part (KcDiagramView  *self,
                           guint           index,
                           const char    **name)
{
  Part *part = g_ptr_array_index (self->parts, index);

  *name = part->name;
  return part->id;
}

guint
_kc_diagram_view_get_n_parts (KcDiagramView *self)
{
  return self->parts->len;
}

