/* kc-diagram-view.c: an SVG diagram whose parts can be pointed at and chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SVG carries shapes and classes, never colours.  The view turns the
 * theme and its state (hovered, selected, emphasised parts) into one CSS
 * stylesheet for librsvg, so that a highlight is a restyle, not a redraw by
 * hand.  A part is an element with an id and class="part"; hit-testing asks
 * librsvg to paint just that element into a 1×1 surface under the pointer,
 * after a bounding-box check, topmost part first.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <librsvg/rsvg.h>
#include <math.h>

#include "kc-diagram-view-private.h"
#include "kc-diagram-view.h"

G_DEFINE_FINAL_TYPE (KcDiagramView, kc_diagram_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_PART,
  PROP_HOVERED_PART,
  PROP_ZOOM,
  PROP_SHOW_LABELS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PART_ACTIVATED,
  STROKE_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- Geometry ---------------------------------------------------------- */

/* The scale and top-left corner of the document in widget pixels.
 *
 * With labels on, the parts (not the whole page, which may have empty
 * margins) are centred and fill the height, shrunk only as far as the
 * label columns need. */
void
_kc_diagram_view_get_transform (KcDiagramView *self,
                                double        *scale,
                                double        *origin_x,
                                double        *origin_y)
{
  double width, height, zoom, pan_x, pan_y, fit, centre_x, centre_y;
  gboolean labels = _kc_diagram_view_labels_shown (self);

  if (self->doc_width <= 0 || self->doc_height <= 0)
    {
      *scale = 1.0;
      *origin_x = *origin_y = 0.0;
      return;
    }

  _kc_diagram_view_get_room (self, &width, &height);
  _kc_diagram_view_get_zoom_pan (self, &zoom, &pan_x, &pan_y);
  fit = MIN ((width - 2 * KC_DIAGRAM_FIT_MARGIN) / self->doc_width,
             (height - 2 * KC_DIAGRAM_FIT_MARGIN) / self->doc_height);
  centre_x = self->doc_width / 2.0;
  centre_y = self->doc_height / 2.0;

  if (labels)
    _kc_diagram_view_ensure_measured (self);
  if (labels && self->content.width > 0 && self->content.height > 0)
    {
      double left, right;

      _kc_diagram_view_get_label_margins (self, &left, &right);
      fit = MIN ((width - left - right - 2 * KC_DIAGRAM_FIT_MARGIN) / self->content.width,
                 (height - 2 * KC_DIAGRAM_FIT_MARGIN) / self->content.height);
      centre_x = self->content.x + self->content.width / 2.0;
      centre_y = self->content.y + self->content.height / 2.0;
      /* Between the columns, which may differ in width. */
      width += left - right;
    }

  *scale = MAX (fit, 0.01) * zoom;
  *origin_x = width / 2.0 - centre_x * *scale + pan_x;
  *origin_y = height / 2.0 - centre_y * *scale + pan_y;
}

/* Where the parts are drawn, in widget pixels: what labels sit beside. */
void
_kc_diagram_view_get_content_span (KcDiagramView *self,
                                   double        *left,
                                   double        *right)
{
  double scale, ox, oy;

  _kc_diagram_view_ensure_measured (self);
  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  *left = ox + self->content.x * scale;
  *right = ox + (self->content.x + self->content.width) * scale;
}

/**
 * kc_diagram_view_document_to_widget:
 *
 * Converts a point of the SVG document (its user units) to widget
 * coordinates, as drawn now.
 */
void
kc_diagram_view_document_to_widget (KcDiagramView *self,
                                    double         doc_x,
                                    double         doc_y,
                                    double        *x,
                                    double        *y)
{
  double scale, ox, oy;

  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  *x = ox + doc_x * scale;
  *y = oy + doc_y * scale;
}

void
_kc_diagram_view_widget_to_document (KcDiagramView *self,
                                     double         x,
                                     double         y,
                                     double        *doc_x,
                                     double        *doc_y)
{
  double scale, ox, oy;

  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  *doc_x = (x - ox) / scale;
  *doc_y = (y - oy) / scale;
}

RsvgRectangle
_kc_diagram_view_document_viewport (KcDiagramView *self)
{
  return (RsvgRectangle) { 0, 0, self->doc_width, self->doc_height };
}

/* ---- Drawing ------------------------------------------------------------- */

static gboolean
measure_when_idle_cb (gpointer data)
{
  KcDiagramView *self = data;

  self->measure_idle = 0;
  _kc_diagram_view_ensure_measured (self);

  return G_SOURCE_REMOVE;
}

/* The picture without hover, into an image of @bounds (widget pixels). */
static cairo_surface_t *
render_base (KcDiagramView         *self,
             const graphene_rect_t *bounds,
             const RsvgRectangle   *viewport)
{
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        (int)ceil (bounds->size.width * scale_factor),
                                        (int)ceil (bounds->size.height * scale_factor));
  cairo_surface_set_device_scale (surface, scale_factor, scale_factor);
  cr = cairo_create (surface);
  cairo_translate (cr, -bounds->origin.x, -bounds->origin.y);
  rsvg_handle_render_document (self->handle, cr, viewport, NULL);
  if (self->show_labels)
    _kc_diagram_view_draw_labels (self, cr);
  cairo_destroy (cr);

  return surface;
}

/* The base picture, drawn again only when its placement or stylesheet
 * changed, and the hovered part outlined over it, in its own box. */
static void
snapshot_picture (KcDiagramView         *self,
                  GtkSnapshot           *snapshot,
                  const graphene_rect_t *bounds,
                  const RsvgRectangle   *viewport)
{
  const char *base_css = _kc_diagram_view_load_base_stylesheet (self);
  g_autofree char *key = g_strdup_printf ("%g %g %g %g %g %g %g %g %d %u\n%s",
                                          bounds->origin.x, bounds->origin.y,
                                          bounds->size.width, bounds->size.height,
                                          viewport->x, viewport->y,
                                          viewport->width, viewport->height,
                                          gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                          self->show_labels ? self->labels_serial : 0,
                                          base_css);
  Part *hovered = _kc_diagram_view_find_part (self, self->hovered);
  g_autofree char *layer = NULL;
  RsvgHandle *outline;
  graphene_rect_t box;
  cairo_t *cr;

  if (self->base == NULL || g_strcmp0 (key, self->base_key) != 0)
    {
      g_clear_pointer (&self->base, cairo_surface_destroy);
      self->base = render_base (self, bounds, viewport);
      g_free (self->base_key);
      self->base_key = g_steal_pointer (&key);
    }
  /* A cairo node, not a texture: GTK 4.8's cairo renderer draws a
   * texture node through a padded pattern, many times slower. */
  cr = gtk_snapshot_append_cairo (snapshot, bounds);
  cairo_set_source_surface (cr, self->base, bounds->origin.x, bounds->origin.y);
  cairo_paint (cr);
  cairo_destroy (cr);

  if (hovered == NULL || g_strcmp0 (self->hovered, self->selected) == 0)
    return;

  /* Its box, with room for the outline; the whole picture if not known. */
  box = *bounds;
  if (hovered->ink.width > 0)
    {
      double scale = viewport->width / self->doc_width;

      graphene_rect_intersection (&GRAPHENE_RECT_INIT (floor (viewport->x + hovered->ink.x * scale) - 4,
                                                       floor (viewport->y + hovered->ink.y * scale) - 4,
                                                       ceil (hovered->ink.width * scale) + 9,
                                                       ceil (hovered->ink.height * scale) + 9),
                                  bounds, &box);
    }
  if (box.size.width <= 0 || box.size.height <= 0)
    return;

  outline = _kc_diagram_view_get_outline_handle (self);
  if (outline == NULL)
    return;

  layer = g_strconcat ("#", hovered->id, NULL);
  cr = gtk_snapshot_append_cairo (snapshot, &box);
  rsvg_handle_render_layer (outline, cr, layer, viewport, NULL);
  cairo_destroy (cr);
}

static void
kc_diagram_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  KcDiagramView *self = KC_DIAGRAM_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double scale, ox, oy;
  RsvgRectangle viewport;
  graphene_rect_t bounds;
  cairo_t *cr;

  if (self->handle == NULL || width <= 0 || height <= 0)
    return;

  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  viewport = (RsvgRectangle) { ox, oy, self->doc_width * scale, self->doc_height * scale };

  /* The picture's own bounds keep the image of it, and each redraw on
   * hover, small; labels, drawn into it, widen it. */
  graphene_rect_intersection (&GRAPHENE_RECT_INIT (floor (ox), floor (oy),
                                                   ceil (viewport.width) + 1,
                                                   ceil (viewport.height) + 1),
                              &GRAPHENE_RECT_INIT (0, 0, width, height), &bounds);
  if (self->show_labels)
    {
      graphene_rect_t labels = _kc_diagram_view_get_labels_bounds (self);

      if (labels.size.width > 0)
        graphene_rect_union (&bounds, &labels, &bounds);
    }
  if (bounds.size.width > 0 && bounds.size.height > 0)
    snapshot_picture (self, snapshot, &bounds, &viewport);

  /* Measured while the user looks at the picture, not when the pointer
   * first moves over it. */
  if (!self->measured && self->measure_idle == 0)
    self->measure_idle = g_idle_add_full (G_PRIORITY_LOW, measure_when_idle_cb, self, NULL);

  /* Ink and labels may reach beyond the picture. */
  if (_kc_diagram_view_has_ink (self))
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      _kc_diagram_view_draw_ink (self, cr);
      cairo_destroy (cr);
    }

}

/* ---- Object -------------------------------------------------------------- */

static void
kc_diagram_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  *minimum = 120;
  /* Small: views that should be big expand; pictograms set their size. */
  *natural = *minimum;
}

static void
kc_diagram_view_dispose (GObject *object)
{
  KcDiagramView *self = (KcDiagramView *)object;

  g_clear_handle_id (&self->measure_idle, g_source_remove);
  g_clear_object (&self->handle);
  g_clear_pointer (&self->base, cairo_surface_destroy);
  g_clear_object (&self->outline_handle);

  G_OBJECT_CLASS (kc_diagram_view_parent_class)->dispose (object);
}

static void
kc_diagram_view_finalize (GObject *object)
{
  KcDiagramView *self = (KcDiagramView *)object;

  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->part_ids, g_strfreev);
  g_clear_pointer (&self->part_classes, g_hash_table_unref);
  g_clear_pointer (&self->shown_layers, g_hash_table_unref);
  g_clear_pointer (&self->strokes, g_ptr_array_unref);
  g_clear_pointer (&self->paths, g_array_unref);
  g_clear_pointer (&self->hovered, g_free);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->loaded_css, g_free);
  g_clear_pointer (&self->base_key, g_free);
  g_clear_pointer (&self->outline_css, g_free);
  g_clear_pointer (&self->svg, g_bytes_unref);
  g_clear_pointer (&self->labels, g_array_unref);

  G_OBJECT_CLASS (kc_diagram_view_parent_class)->finalize (object);
}

static void
kc_diagram_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KcDiagramView *self = KC_DIAGRAM_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_PART:
      g_value_set_string (value, self->selected);
      break;

    case PROP_HOVERED_PART:
      g_value_set_string (value, self->hovered);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_SHOW_LABELS:
      g_value_set_boolean (value, self->show_labels);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_diagram_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KcDiagramView *self = KC_DIAGRAM_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_PART:
      kc_diagram_view_set_selected_part (self, g_value_get_string (value));
      break;

    case PROP_ZOOM:
      kc_diagram_view_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_SHOW_LABELS:
      kc_diagram_view_set_show_labels (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_diagram_view_class_init (KcDiagramViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_diagram_view_dispose;
  object_class->finalize = kc_diagram_view_finalize;
  object_class->get_property = kc_diagram_view_get_property;
  object_class->set_property = kc_diagram_view_set_property;

  widget_class->snapshot = kc_diagram_view_snapshot;
  widget_class->measure = kc_diagram_view_measure;
  widget_class->query_tooltip = _kc_diagram_view_query_tooltip;

  properties[PROP_SELECTED_PART] =
    g_param_spec_string ("selected-part", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOVERED_PART] =
    g_param_spec_string ("hovered-part", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, KC_DIAGRAM_ZOOM_MIN, KC_DIAGRAM_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_LABELS] =
    g_param_spec_boolean ("show-labels", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KcDiagramView::part-activated:
   * @id: the part that was clicked
   */
  signals[PART_ACTIVATED] =
    g_signal_new ("part-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * KcDiagramView::stroke-added:
   *
   * A stroke was begun with the pen or added: what the pen's undo takes
   * back next, when the view is shown.
   */
  signals[STROKE_ADDED] =
    g_signal_new ("stroke-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "diagram");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

void
_kc_diagram_view_stroke_added (KcDiagramView *self)
{
  g_signal_emit (self, signals[STROKE_ADDED], 0);
}

static void
path_clear (Path *path)
{
  g_clear_pointer (&path->to, g_free);
}

static void
kc_diagram_view_init (KcDiagramView *self)
{
  self->parts = g_ptr_array_new_with_free_func ((GDestroyNotify)_kc_diagram_view_part_free);
  self->part_classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->shown_layers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->strokes = g_ptr_array_new_with_free_func ((GDestroyNotify)_kc_diagram_view_stroke_free);
  self->paths = g_array_new (FALSE, FALSE, sizeof (Path));
  g_array_set_clear_func (self->paths, (GDestroyNotify)path_clear);
  self->labels = g_array_new (FALSE, TRUE, sizeof (Label));
  g_array_set_clear_func (self->labels, (GDestroyNotify)_kc_diagram_view_label_clear);
  self->zoom = 1.0;

  _kc_diagram_view_init_input (self);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
kc_diagram_view_new (void)
{
  return g_object_new (KC_TYPE_DIAGRAM_VIEW, NULL);
}

const char *
kc_diagram_view_get_selected_part (KcDiagramView *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), NULL);
  return self->selected;
}

void
kc_diagram_view_set_selected_part (KcDiagramView *self,
                                   const char    *id)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  if (id != NULL && _kc_diagram_view_find_part (self, id) == NULL)
    id = NULL;
  if (g_strcmp0 (self->selected, id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (id);
  self->selection_serial++;
  _kc_diagram_view_invalidate_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PART]);
}

const char *
kc_diagram_view_get_hovered_part (KcDiagramView *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), NULL);
  return self->hovered;
}

/**
 * kc_diagram_view_set_part_class:
 * @style_class: (nullable): a class of the diagram stylesheets
 *   (data/diagrams/diagram-*.css), e.g. "kc-role-source"; %NULL for none
 *
 * Colours @id as the theme's stylesheet colours @style_class, for views
 * that light up several parts at once.
 */
void
kc_diagram_view_set_part_class (KcDiagramView *self,
                                const char    *id,
                                const char    *style_class)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));
  g_return_if_fail (id != NULL);

  if (style_class == NULL)
    {
      if (g_hash_table_remove (self->part_classes, id))
        _kc_diagram_view_invalidate_style (self);
      return;
    }

  g_hash_table_insert (self->part_classes, g_strdup (id), g_strdup (style_class));
  _kc_diagram_view_invalidate_style (self);
}

/* Returns: (nullable): the class given to @id, if any */
const char *
kc_diagram_view_get_part_class (KcDiagramView *self,
                                const char    *id)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->part_classes, id);
}

void
kc_diagram_view_clear_part_classes (KcDiagramView *self)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  g_hash_table_remove_all (self->part_classes);
  _kc_diagram_view_invalidate_style (self);
}

/**
 * kc_diagram_view_set_layer_shown:
 * @id: the id of an element with class="state" in the SVG
 *
 * Shows or hides a layer that the diagram stylesheets hide until asked,
 * such as a disc bulging onto a nerve root.
 */
void
kc_diagram_view_set_layer_shown (KcDiagramView *self,
                                 const char    *id,
                                 gboolean       shown)
{
  gboolean changed;

  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));
  g_return_if_fail (id != NULL);

  changed = shown ? g_hash_table_add (self->shown_layers, g_strdup (id))
                  : g_hash_table_remove (self->shown_layers, id);
  if (changed)
    _kc_diagram_view_invalidate_style (self);
}

gboolean
kc_diagram_view_get_layer_shown (KcDiagramView *self,
                                 const char    *id)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return g_hash_table_contains (self->shown_layers, id);
}

double
kc_diagram_view_get_zoom (KcDiagramView *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), 1.0);
  return self->zoom;
}

/* Zooms around the centre of the view. */
void
kc_diagram_view_set_zoom (KcDiagramView *self,
                          double         zoom)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  _kc_diagram_view_zoom_around (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
               gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

gboolean
kc_diagram_view_get_show_labels (KcDiagramView *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), FALSE);
  return self->show_labels;
}

void
kc_diagram_view_set_show_labels (KcDiagramView *self,
                                 gboolean       show_labels)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  show_labels = !!show_labels;
  if (self->show_labels == show_labels)
    return;

  self->show_labels = show_labels;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  /* The picture shrinks to make room for the names. */
  _kc_diagram_view_recheck_hover (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LABELS]);
}
