/* kc-diagram-view-paper.c: a diagram view drawn on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paper is white whatever the theme, has no pointer, zoom or pan, and its
 * own size and fonts.  For a picture with name labels the view lays its
 * labels out for the box on paper (a PaperRoom in place of the widget's
 * size and fonts, kc-diagram-labels.c) and draws them in the light
 * stylesheet's colours, dark text on white, as on screen; the screen's
 * layout is found again when next drawn.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include "kc-diagram-view-private.h"
#include "kc-diagram-view.h"

/* The labels' font on paper, in points: below the body text's 10. */
#define PAPER_LABEL_FONT "Sans 7"

/* The size things are laid out in: the box on paper while printed, else
 * the widget. Either may be %NULL. */
void
_kc_diagram_view_get_room (KcDiagramView *self,
                           double        *width,
                           double        *height)
{
  if (width != NULL)
    *width = self->paper ? self->paper->width : gtk_widget_get_width (GTK_WIDGET (self));
  if (height != NULL)
    *height = self->paper ? self->paper->height : gtk_widget_get_height (GTK_WIDGET (self));
}

/* Paper shows the whole picture: no zoom, no pan. */
void
_kc_diagram_view_get_zoom_pan (KcDiagramView *self,
                               double        *zoom,
                               double        *pan_x,
                               double        *pan_y)
{
  *zoom = self->paper ? 1.0 : self->zoom;
  *pan_x = self->paper ? 0.0 : self->pan_x;
  *pan_y = self->paper ? 0.0 : self->pan_y;
}

gboolean
_kc_diagram_view_labels_shown (KcDiagramView *self)
{
  return self->paper ? self->paper->labels : self->show_labels;
}

/* Returns: (transfer none): the context labels are measured in */
PangoContext *
_kc_diagram_view_get_room_context (KcDiagramView *self)
{
  if (self->paper != NULL && self->paper->context != NULL)
    return self->paper->context;
  return gtk_widget_get_pango_context (GTK_WIDGET (self));
}

/* Returns: (transfer full): a layout of @text in the labels' font */
PangoLayout *
_kc_diagram_view_new_layout (KcDiagramView *self,
                             const char    *text)
{
  PangoLayout *layout = pango_layout_new (_kc_diagram_view_get_room_context (self));

  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* The whole document, centred in the box, as printed without labels. */
static void
render_plain (KcDiagramView *self,
              cairo_t       *cr,
              double         width,
              double         height)
{
  double scale = MIN (width / self->doc_width, height / self->doc_height);
  double ox = (width - self->doc_width * scale) / 2.0;
  double oy = (height - self->doc_height * scale) / 2.0;
  RsvgRectangle viewport = { ox, oy, self->doc_width * scale, self->doc_height * scale };

  _kc_diagram_view_use_paper_stylesheet (self);
  rsvg_handle_render_document (self->handle, cr, &viewport, NULL);
  _kc_diagram_view_draw_ink_at (self, cr, scale, ox, oy);
}

/* The parts with their labels beside them, laid out for the box. */
static void
render_labelled (KcDiagramView *self,
                 cairo_t       *cr,
                 double         width,
                 double         height)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (PAPER_LABEL_FONT);
  g_autoptr(GBytes) css = g_resources_lookup_data (RESOURCE_PREFIX "/diagrams/diagram-light.css",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  PaperRoom room = { width, height, pango_cairo_create_context (cr), TRUE };
  RsvgRectangle viewport;
  double scale, ox, oy;

  pango_context_set_font_description (room.context, font);
  self->paper = &room;

  /* Laid out first: finding where a label points hit-tests the parts,
   * which loads the screen's stylesheet. */
  _kc_diagram_view_get_labels (self);
  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  viewport = (RsvgRectangle) { ox, oy, self->doc_width * scale, self->doc_height * scale };

  _kc_diagram_view_use_paper_stylesheet (self);
  rsvg_handle_render_document (self->handle, cr, &viewport, NULL);
  _kc_diagram_view_draw_ink_at (self, cr, scale, ox, oy);
  _kc_diagram_view_draw_labels_in (self, cr, css != NULL ? g_bytes_get_data (css, NULL) : "");

  self->paper = NULL;
  g_object_unref (room.context);
  /* The screen's layout, not paper's, when next drawn. */
  self->labels_known = self->column_known = FALSE;
}

static void
render (KcDiagramView *self,
        cairo_t       *cr,
        double         width,
        double         height,
        gboolean       labels)
{
  if (self->handle == NULL || self->doc_width <= 0 || self->doc_height <= 0)
    return;

  if (labels)
    render_labelled (self, cr, width, height);
  else
    render_plain (self, cr, width, height);
  _kc_diagram_view_update_stylesheet (self);
}

/**
 * kc_diagram_view_render:
 *
 * Draws the diagram as it is styled now, with its paths and pen strokes,
 * fitted and centred in a @width × @height box at the origin of @cr: for
 * printing.
 */
void
kc_diagram_view_render (KcDiagramView *self,
                        cairo_t       *cr,
                        double         width,
                        double         height)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));
  render (self, cr, width, height, FALSE);
}

/**
 * kc_diagram_view_render_with_labels:
 *
 * Draws the diagram as kc_diagram_view_render() does, with its parts'
 * names beside it on leader lines, laid out as on screen for a @width ×
 * @height box (whether the screen shows them or not): an anatomy picture
 * on paper.
 */
void
kc_diagram_view_render_with_labels (KcDiagramView *self,
                                    cairo_t       *cr,
                                    double         width,
                                    double         height)
{
  g_return_if_fail (KC_IS_DIAGRAM_VIEW (self));
  render (self, cr, width, height, TRUE);
}
