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

#include "content/kc-svg.h"
#include "kc-diagram-view-private.h"
#include "kc-diagram-view.h"

/* Room around the picture, in pixels, so strokes at the edge are not cut. */
#define FIT_MARGIN 12.0
/* How far, in pixels, a pointer may miss a thin part and still hit it. */
#define NEAR_MISS 4.0
#define DRAG_THRESHOLD 6.0
#define ZOOM_STEP 1.25

typedef struct
{
  char *id;
  char *name;
  RsvgRectangle ink;      /* in document units */
  double anchor_x;        /* a point on the part, in document units */
  double anchor_y;
  gboolean has_anchor;
} Part;

typedef struct
{
  const char *resource;
  const char *hover_stroke;
  const char *selected_fill;
  const char *selected_stroke;
} Palette;

static const Palette light_palette = {
  RESOURCE_PREFIX "/diagrams/diagram-light.css", "#1c71d8", "#99c1f1", "#1a5fb4",
};
static const Palette dark_palette = {
  RESOURCE_PREFIX "/diagrams/diagram-dark.css", "#99c1f1", "#1c71d8", "#c0dcfa",
};

struct _KcDiagramView
{
  GtkWidget parent_instance;

  RsvgHandle *handle;
  double doc_width;
  double doc_height;
  GPtrArray *parts;          /* of Part, in paint order */
  RsvgRectangle content;     /* all parts together, in document units */
  char **part_ids;           /* the same ids, for callers */
  GHashTable *emphasis;      /* id → CSS declarations */

  char *hovered;
  char *selected;
  const Palette *palette;    /* the one the current stylesheet was made for */
  gboolean style_dirty;

  double zoom;
  double pan_x, pan_y;       /* pixels, from the centred position */
  double drag_start_pan_x, drag_start_pan_y;
  double pinch_start_zoom;
  double pointer_x, pointer_y;
  gboolean has_pointer;
  gboolean dragged;
  gboolean show_labels;
};

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
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
part_free (Part *part)
{
  g_free (part->id);
  g_free (part->name);
  g_free (part);
}

static Part *
find_part (KcDiagramView *self,
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

/* ---- Geometry ---------------------------------------------------------- */

/* The scale and top-left corner of the document in widget pixels.
 *
 * With labels on, the parts (not the whole page, which may have empty
 * sides) are centred, and shrunk only as far as the label columns need. */
void
_kc_diagram_view_get_transform (KcDiagramView *self,
                                double        *scale,
                                double        *origin_x,
                                double        *origin_y)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double fit, centre_x;

  if (self->doc_width <= 0 || self->doc_height <= 0)
    {
      *scale = 1.0;
      *origin_x = *origin_y = 0.0;
      return;
    }

  fit = MIN ((width - 2 * FIT_MARGIN) / self->doc_width,
             (height - 2 * FIT_MARGIN) / self->doc_height);
  centre_x = self->doc_width / 2.0;

  if (self->show_labels && self->content.width > 0)
    {
      double margin = _kc_diagram_view_label_margin (self);

      fit = MIN (fit, (width - 2 * (margin + FIT_MARGIN)) / self->content.width);
      centre_x = self->content.x + self->content.width / 2.0;
    }

  *scale = MAX (fit, 0.01) * self->zoom;
  *origin_x = width / 2.0 - centre_x * *scale + self->pan_x;
  *origin_y = (height - self->doc_height * *scale) / 2.0 + self->pan_y;
}

/* Where the parts are drawn, in widget pixels: what labels sit beside. */
void
_kc_diagram_view_get_content_span (KcDiagramView *self,
                                   double        *left,
                                   double        *right)
{
  double scale, ox, oy;

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

static void
widget_to_document (KcDiagramView *self,
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

static RsvgRectangle
document_viewport (KcDiagramView *self)
{
  return (RsvgRectangle) { 0, 0, self->doc_width, self->doc_height };
}

/* ---- Hit-testing --------------------------------------------------------- */

/* Paints only @part into one pixel covering a square of @size document
 * units at (@doc_x, @doc_y), and reports whether anything landed there. */
static gboolean
part_covers (KcDiagramView *self,
             Part          *part,
             double         doc_x,
             double         doc_y,
             double         size)
{
  g_autofree char *layer = g_strconcat ("#", part->id, NULL);
  RsvgRectangle viewport = document_viewport (self);
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean hit;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  cairo_scale (cr, 1.0 / size, 1.0 / size);
  cairo_translate (cr, -(doc_x - size / 2.0), -(doc_y - size / 2.0));
  rsvg_handle_render_layer (self->handle, cr, layer, &viewport, NULL);
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

static Part *
part_at_document (KcDiagramView *self,
                  double         doc_x,
                  double         doc_y,
                  double         size)
{
  /* Topmost first: the last painted part is the one the pointer is on. */
  for (guint i = self->parts->len; i > 0; i--)
    {
      Part *part = g_ptr_array_index (self->parts, i - 1);

      if (ink_contains (&part->ink, doc_x, doc_y, size) &&
          part_covers (self, part, doc_x, doc_y, size))
        return part;
    }

  return NULL;
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
  widget_to_document (self, x, y, &doc_x, &doc_y);

  /* Exact first: one pixel's worth of document under the pointer. */
  part = part_at_document (self, doc_x, doc_y, 1.0 / scale);
  if (part == NULL)
    part = part_at_document (self, doc_x, doc_y, 2 * NEAR_MISS / scale);

  return part ? part->id : NULL;
}

/* A point on the part where a click lands on it (not on something above
 * it): the middle of its box if that works, else the nearest point of a
 * grid across the box.  Found once, in document units. */
static gboolean
find_anchor (KcDiagramView *self,
             Part          *part)
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

          if (part_at_document (self, doc_x, doc_y, 1.0) == part)
            {
              part->anchor_x = doc_x;
              part->anchor_y = doc_y;
              part->has_anchor = TRUE;
              return TRUE;
            }
        }

  return FALSE;
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

  part = find_part (self, id);
  if (part == NULL || !find_anchor (self, part))
    return FALSE;

  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  *x = ox + part->anchor_x * scale;
  *y = oy + part->anchor_y * scale;

  return TRUE;
}

/* ---- Style --------------------------------------------------------------- */

static const Palette *
current_palette (KcDiagramView *self)
{
  GdkRGBA color;

  /* Light text means a dark theme. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return 0.299 * color.red + 0.587 * color.green + 0.114 * color.blue > 0.5
           ? &dark_palette : &light_palette;
}

static void
append_state_rule (GString    *css,
                   const char *id,
                   const char *declarations)
{
  /* "#id *" reaches the shapes inside a group, whose class rules would
   * otherwise win over what they inherit. */
  g_string_append_printf (css, "#%s, #%s * { %s }\n", id, id, declarations);
}

static char *
build_stylesheet (KcDiagramView *self,
                  const Palette *palette)
{
  g_autoptr(GBytes) base = g_resources_lookup_data (palette->resource,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GString *css = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;

  if (base != NULL)
    g_string_append_len (css, g_bytes_get_data (base, NULL), g_bytes_get_size (base));

  g_hash_table_iter_init (&iter, self->emphasis);
  while (g_hash_table_iter_next (&iter, &key, &value))
    append_state_rule (css, key, value);

  if (self->hovered != NULL && g_strcmp0 (self->hovered, self->selected) != 0)
    {
      g_autofree char *rule = g_strdup_printf ("stroke: %s; stroke-width: 4;",
                                               palette->hover_stroke);
      append_state_rule (css, self->hovered, rule);
    }

  if (self->selected != NULL)
    {
      g_autofree char *rule = g_strdup_printf ("fill: %s; fill-opacity: 1; stroke: %s; "
                                               "stroke-width: 3;",
                                               palette->selected_fill,
                                               palette->selected_stroke);
      append_state_rule (css, self->selected, rule);
    }

  return g_string_free (css, FALSE);
}

static void
update_stylesheet (KcDiagramView *self)
{
  const Palette *palette = current_palette (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *css = NULL;

  if (self->handle == NULL || (!self->style_dirty && palette == self->palette))
    return;

  css = build_stylesheet (self, palette);
  if (!rsvg_handle_set_stylesheet (self->handle, (const guint8 *)css, strlen (css), &error))
    g_critical ("Diagram stylesheet refused: %s", error->message);

  self->palette = palette;
  self->style_dirty = FALSE;
}

static void
invalidate_style (KcDiagramView *self)
{
  self->style_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Drawing ------------------------------------------------------------- */

static void
kc_diagram_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  KcDiagramView *self = KC_DIAGRAM_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double scale, ox, oy;
  RsvgRectangle viewport;
  cairo_t *cr;

  if (self->handle == NULL || width <= 0 || height <= 0)
    return;

  update_stylesheet (self);
  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  viewport = (RsvgRectangle) { ox, oy, self->doc_width * scale, self->doc_height * scale };

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rsvg_handle_render_document (self->handle, cr, &viewport, NULL);
  if (self->show_labels)
    _kc_diagram_view_draw_labels (self, cr);
  cairo_destroy (cr);
}

/* ---- Input --------------------------------------------------------------- */

static void
set_hovered (KcDiagramView *self,
             const char    *id)
{
  if (g_strcmp0 (self->hovered, id) == 0)
    return;

  g_free (self->hovered);
  self->hovered = g_strdup (id);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), id ? "pointer" : NULL);
  invalidate_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_PART]);
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              KcDiagramView            *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
  set_hovered (self, kc_diagram_view_part_at (self, x, y));
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             KcDiagramView            *self)
{
  self->has_pointer = FALSE;
  set_hovered (self, NULL);
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      KcDiagramView   *self)
{
  const char *id;

  if (self->dragged)
    return;

  id = kc_diagram_view_part_at (self, x, y);
  kc_diagram_view_set_selected_part (self, id);
  if (id != NULL)
    g_signal_emit (self, signals[PART_ACTIVATED], 0, id);
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  KcDiagramView  *self)
{
  self->dragged = FALSE;
  self->drag_start_pan_x = self->pan_x;
  self->drag_start_pan_y = self->pan_y;
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   KcDiagramView  *self)
{
  /* Panning only means something once the picture is larger than the view. */
  if (self->zoom <= KC_DIAGRAM_ZOOM_MIN || (!self->dragged && hypot (dx, dy) < DRAG_THRESHOLD))
    return;

  self->dragged = TRUE;
  self->pan_x = self->drag_start_pan_x + dx;
  self->pan_y = self->drag_start_pan_y + dy;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                KcDiagramView  *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->hovered ? "pointer" : NULL);
}

/* Zooms keeping the document point under (@x, @y) where it is. */
static void
zoom_around (KcDiagramView *self,
             double         zoom,
             double         x,
             double         y)
{
  double doc_x, doc_y, scale, ox, oy;

  zoom = CLAMP (zoom, KC_DIAGRAM_ZOOM_MIN, KC_DIAGRAM_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 1e-6))
    return;

  widget_to_document (self, x, y, &doc_x, &doc_y);
  self->zoom = zoom;
  self->pan_x = self->pan_y = 0;
  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  /* Where that point is now, and back by the difference. */
  self->pan_x = x - (ox + doc_x * scale);
  self->pan_y = y - (oy + doc_y * scale);
  if (G_APPROX_VALUE (zoom, KC_DIAGRAM_ZOOM_MIN, 1e-6))
    self->pan_x = self->pan_y = 0;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              KcDiagramView            *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = self->pointer_x;
  double y = self->pointer_y;

  /* Plain scrolling belongs to whatever scrolls around the view. */
  if (!(state & GDK_CONTROL_MASK))
    return GDK_EVENT_PROPAGATE;

  if (!self->has_pointer)
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }

  zoom_around (self, self->zoom * pow (ZOOM_STEP, -dy), x, y);
  return GDK_EVENT_STOP;
}

static void
on_pinch_begin_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   KcDiagramView    *self)
{
  self->pinch_start_zoom = self->zoom;
}

static void
on_pinch_scale_changed_cb (GtkGestureZoom *gesture,
                           double          scale,
                           KcDiagramView  *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  zoom_around (self, self->pinch_start_zoom * scale, x, y);
}

static gboolean
kc_diagram_view_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard,
                               GtkTooltip *tooltip)
{
  KcDiagramView *self = KC_DIAGRAM_VIEW (widget);
  Part *part = find_part (self, kc_diagram_view_part_at (self, x, y));

  if (part == NULL || part->name == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, part->name);
  return TRUE;
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
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 600;
}

static void
kc_diagram_view_dispose (GObject *object)
{
  KcDiagramView *self = (KcDiagramView *)object;

  g_clear_object (&self->handle);

  G_OBJECT_CLASS (kc_diagram_view_parent_class)->dispose (object);
}

static void
kc_diagram_view_finalize (GObject *object)
{
  KcDiagramView *self = (KcDiagramView *)object;

  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->part_ids, g_strfreev);
  g_clear_pointer (&self->emphasis, g_hash_table_unref);
  g_clear_pointer (&self->hovered, g_free);
  g_clear_pointer (&self->selected, g_free);

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
  widget_class->query_tooltip = kc_diagram_view_query_tooltip;

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

  gtk_widget_class_set_css_name (widget_class, "diagram");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kc_diagram_view_init (KcDiagramView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();

  self->parts = g_ptr_array_new_with_free_func ((GDestroyNotify)part_free);
  self->emphasis = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->zoom = 1.0;
  self->style_dirty = TRUE;

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin_cb), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
kc_diagram_view_new (void)
{
  return g_object_new (KC_TYPE_DIAGRAM_VIEW, NULL);
}

static void
measure_parts (KcDiagramView *self)
{
  RsvgRectangle viewport = document_viewport (self);
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);
      g_autofree char *layer = g_strconcat ("#", part->id, NULL);
      RsvgRectangle logical;

      if (!rsvg_handle_get_geometry_for_layer (self->handle, layer, &viewport,
                                               &part->ink, &logical, NULL))
        {
          part->ink = (RsvgRectangle) { 0, 0, 0, 0 };
          continue;
        }

      x1 = MIN (x1, part->ink.x);
      y1 = MIN (y1, part->ink.y);
      x2 = MAX (x2, part->ink.x + part->ink.width);
      y2 = MAX (y2, part->ink.y + part->ink.height);
    }

  self->content = x2 > x1 ? (RsvgRectangle) { x1, y1, x2 - x1, y2 - y1 }
                          : (RsvgRectangle) { 0, 0, 0, 0 };
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

  measure_parts (self);
  g_clear_pointer (&self->hovered, g_free);
  g_clear_pointer (&self->selected, g_free);
  g_hash_table_remove_all (self->emphasis);
  self->zoom = 1.0;
  self->pan_x = self->pan_y = 0;
  invalidate_style (self);

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

  part = find_part (self, id);
  if (part == NULL)
    return;

  g_free (part->name);
  part->name = g_strdup (name);
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

  if (id != NULL && find_part (self, id) == NULL)
    id = NULL;
  if (g_strcmp0 (self->selected, id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (id);
  invalidate_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PART]);
}

const char *
kc_diagram_view_get_hovered_part (KcDiagramView *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_VIEW (self), NULL);
  return self->hovered;
}

/**
 * kc_diagram_view_set_emphasis:
 * @fill: a CSS colour for the part's fill
 * @stroke: (nullable): a CSS colour for its outline
 *
 * Colours @id, for views that light up several parts at once.
 */
void
kc_diagram_view_set_emphasis (KcDiagramView *self,
                              const char    *id,
                              const char    *fill,
                              const char    *stroke)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));
  g_return_if_fail (id != NULL && fill != NULL);

  g_hash_table_insert (self->emphasis, g_strdup (id),
                       stroke ? g_strdup_printf ("fill: %s; stroke: %s;", fill, stroke)
                              : g_strdup_printf ("fill: %s;", fill));
  invalidate_style (self);
}

void
kc_diagram_view_clear_emphasis (KcDiagramView *self)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));

  g_hash_table_remove_all (self->emphasis);
  invalidate_style (self);
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

  zoom_around (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LABELS]);
}
