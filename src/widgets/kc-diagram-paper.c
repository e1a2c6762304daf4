/* kc-diagram-paper.c: a diagram as lit, with its arrows, drawn on paper
 * without a widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line prints the body map where there is no display, so no
 * KcDiagramView: this holds only what paper shows — the SVG, the parts
 * lit in a class, the arrows — and draws it with the view's own
 * stylesheet rules, anchors and arrows (kc-diagram-style.c,
 * kc-diagram-hit.c, kc-diagram-ink.c), in the light colours.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <librsvg/rsvg.h>
#include <string.h>

#include "content/kc-svg.h"
#include "kc-diagram-paper.h"
#include "kc-diagram-view-private.h"

struct _KcDiagramPaper
{
  GObject parent_instance;

  RsvgHandle *handle;
  RsvgRectangle viewport;    /* the document's size */
  GPtrArray *parts;          /* of Part, in paint order, measured */
  char **part_ids;
  GHashTable *part_classes;  /* id → a class of the diagram stylesheet */
  GArray *paths;             /* of Path */
  GdkRGBA path_color;
};

G_DEFINE_FINAL_TYPE (KcDiagramPaper, kc_diagram_paper, G_TYPE_OBJECT)

static void
path_clear (Path *path)
{
  g_clear_pointer (&path->to, g_free);
}

static void
kc_diagram_paper_finalize (GObject *object)
{
  KcDiagramPaper *self = KC_DIAGRAM_PAPER (object);

  g_clear_object (&self->handle);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->part_ids, g_strfreev);
  g_clear_pointer (&self->part_classes, g_hash_table_unref);
  g_clear_pointer (&self->paths, g_array_unref);

  G_OBJECT_CLASS (kc_diagram_paper_parent_class)->finalize (object);
}

static void
kc_diagram_paper_class_init (KcDiagramPaperClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_diagram_paper_finalize;
}

static void
kc_diagram_paper_init (KcDiagramPaper *self)
{
  self->parts = g_ptr_array_new_with_free_func ((GDestroyNotify)_kc_diagram_view_part_free);
  self->part_classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->paths = g_array_new (FALSE, TRUE, sizeof (Path));
  g_array_set_clear_func (self->paths, (GDestroyNotify)path_clear);
}

/* Gives the handle the light stylesheet with the parts lit: hit tests
 * for anchors and the picture itself see the same fills. */
static void
load_stylesheet (KcDiagramPaper *self)
{
  g_autofree char *base_css = NULL;
  g_autoptr(GString) css = _kc_diagram_style_build_lit (LIGHT_STYLESHEET, self->part_classes,
                                                        NULL, &base_css);
  g_autoptr(GError) error = NULL;

  if (!rsvg_handle_set_stylesheet (self->handle, (const guint8 *)css->str, css->len, &error))
    g_critical ("Diagram stylesheet refused: %s", error->message);
}

/**
 * kc_diagram_paper_new_from_resource:
 * @resource: the GResource path of an SVG whose parts are the elements with
 *   an id and class="part"
 *
 * Returns: (transfer full) (nullable): the diagram, nothing lit
 */
KcDiagramPaper *
kc_diagram_paper_new_from_resource (const char  *resource,
                                    GError     **error)
{
  g_autoptr(KcDiagramPaper) self = g_object_new (KC_TYPE_DIAGRAM_PAPER, NULL);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  double width, height;

  g_return_val_if_fail (resource != NULL, NULL);

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  self->handle = rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL),
                                            g_bytes_get_size (bytes), error);
  if (self->handle == NULL)
    return NULL;
  self->part_ids = kc_svg_dup_part_ids (bytes, resource, problems);
  if (self->part_ids == NULL ||
      !rsvg_handle_get_intrinsic_size_in_pixels (self->handle, &width, &height))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "The diagram %s could not be read", resource);
      return NULL;
    }

  self->viewport = (RsvgRectangle) { 0, 0, width, height };
  for (guint i = 0; self->part_ids[i] != NULL; i++)
    {
      Part *part = g_new0 (Part, 1);

      part->id = g_strdup (self->part_ids[i]);
      g_ptr_array_add (self->parts, part);
    }
  load_stylesheet (self);
  _kc_diagram_measure_parts (self->handle, &self->viewport, self->parts);

  return g_steal_pointer (&self);
}

const char * const *
kc_diagram_paper_get_part_ids (KcDiagramPaper *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_PAPER (self), NULL);
  return (const char * const *)self->part_ids;
}

static Part *
find_part (KcDiagramPaper *self,
           const char     *id)
{
  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);

      if (g_str_equal (part->id, id))
        return part;
    }

  return NULL;
}

/* Lights @id in @style_class, a class of the diagram stylesheet. */
void
kc_diagram_paper_set_part_class (KcDiagramPaper *self,
                                 const char     *id,
                                 const char     *style_class)
{
  g_return_if_fail (KC_IS_DIAGRAM_PAPER (self));
  g_return_if_fail (id != NULL && style_class != NULL);

  g_hash_table_replace (self->part_classes, g_strdup (id), g_strdup (style_class));
  load_stylesheet (self);
  /* What lies on top may have changed where a click would land. */
  for (guint i = 0; i < self->parts->len; i++)
    ((Part *)g_ptr_array_index (self->parts, i))->has_anchor = FALSE;
}

/**
 * kc_diagram_paper_add_path:
 * @from_id: a part, or any element of the SVG (an invisible "origin"
 *   marker for a place not drawn in this view)
 * @to_id: a part
 * @color: of every path of the paper
 *
 * Returns: whether an arrow from @from_id to @to_id is drawn now, as
 *   kc_diagram_view_add_paths() would draw it
 */
gboolean
kc_diagram_paper_add_path (KcDiagramPaper *self,
                           const char     *from_id,
                           const char     *to_id,
                           const GdkRGBA  *color)
{
  Path path = { 0 };

  g_return_val_if_fail (KC_IS_DIAGRAM_PAPER (self), FALSE);
  g_return_val_if_fail (from_id != NULL && to_id != NULL && color != NULL, FALSE);

  if (g_strcmp0 (from_id, to_id) == 0 || find_part (self, to_id) == NULL ||
      !_kc_diagram_find_origin (self->handle, &self->viewport, self->parts, from_id,
                                &path.from_x, &path.from_y))
    return FALSE;

  for (guint i = 0; i < self->paths->len; i++)
    {
      Path *drawn = &g_array_index (self->paths, Path, i);

      if (drawn->from_x == path.from_x && drawn->from_y == path.from_y &&
          g_str_equal (drawn->to, to_id))
        return FALSE;
    }

  path.to = g_strdup (to_id);
  g_array_append_val (self->paths, path);
  self->path_color = *color;
  return TRUE;
}

guint
kc_diagram_paper_get_n_paths (KcDiagramPaper *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_PAPER (self), 0);
  return self->paths->len;
}

/**
 * kc_diagram_paper_render:
 *
 * Draws the diagram as lit, with its arrows, fitted and centred in a
 * @width × @height box at the origin of @cr.
 */
void
kc_diagram_paper_render (KcDiagramPaper *self,
                         cairo_t        *cr,
                         double          width,
                         double          height)
{
  double scale, ox, oy;
  RsvgRectangle viewport;

  g_return_if_fail (KC_IS_DIAGRAM_PAPER (self));

  scale = MIN (width / self->viewport.width, height / self->viewport.height);
  ox = (width - self->viewport.width * scale) / 2.0;
  oy = (height - self->viewport.height * scale) / 2.0;
  viewport = (RsvgRectangle) { ox, oy, self->viewport.width * scale,
                               self->viewport.height * scale };
  rsvg_handle_render_document (self->handle, cr, &viewport, NULL);

  cairo_save (cr);
  _kc_diagram_set_path_style (cr, &self->path_color);
  for (guint i = 0; i < self->paths->len; i++)
    {
      Path *path = &g_array_index (self->paths, Path, i);
      Part *part = find_part (self, path->to);

      if (part != NULL && _kc_diagram_find_anchor (self->handle, &self->viewport, self->parts,
                                                   part))
        _kc_diagram_draw_path (cr, ox + path->from_x * scale, oy + path->from_y * scale,
                               ox + part->anchor_x * scale, oy + part->anchor_y * scale);
    }
  cairo_restore (cr);
}
