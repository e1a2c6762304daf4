/* kc-diagram-view-private.h: shared between the view, its labels and swatches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <librsvg/rsvg.h>

#include "kc-diagram-view.h"

G_BEGIN_DECLS

/* Paper is white whatever the theme: it takes the light colours. */
#define LIGHT_STYLESHEET RESOURCE_PREFIX "/diagrams/diagram-light.css"

/* Room around the picture, in pixels, so strokes at the edge are not cut. */
#define KC_DIAGRAM_FIT_MARGIN 12.0

/* A view shorter than this (pixels; a 600-pixel screen) labels only the
 * chosen part and this many of its neighbours (kc-diagram-labels-near.c). */
#define KC_DIAGRAM_LABELS_SMALL_HEIGHT 560.0
#define KC_DIAGRAM_LABELS_NEIGHBOURS 4

typedef struct
{
  GdkRGBA color;
  GArray *points;         /* of graphene_point_t, in document units */
} Stroke;

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
  double from_x, from_y;     /* document units */
  char *to;                  /* a part id */
} Path;

/* A name label, placed; widget pixels. */
typedef struct
{
  Part *part;                /* borrowed */
  PangoLayout *layout;
  double origin_x;           /* where the layout is drawn; its top is the box's */
  graphene_rect_t rect;      /* the text's box */
  graphene_point_t from;     /* the leader line, from beside the text */
  graphene_point_t to;       /* to the dot on the part */
  gboolean left;
} Label;

/* What a label layout was found for. */
typedef struct
{
  int width, height;
  guint font;                /* a hash of the font, which text zoom changes */
  guint names;
  guint selection;           /* on a short view, the chosen part's serial */
  double zoom, pan_x, pan_y;
} LabelKey;

/* A box on paper that a diagram is laid out in while it is printed
 * (kc-diagram-paper.c), in place of the widget: its size, the fonts its
 * labels are measured in, and whether it has labels. */
typedef struct
{
  double width, height;
  PangoContext *context;
  gboolean labels;
} PaperRoom;

struct _KcDiagramView
{
  GtkWidget parent_instance;

  RsvgHandle *handle;
  double doc_width;
  double doc_height;
  GPtrArray *parts;          /* of Part, in paint order */
  RsvgRectangle content;     /* all parts together, in document units */
  gboolean measured;         /* the boxes above are found when first needed, */
  guint measure_idle;        /* or once the first frame is drawn */
  char **part_ids;           /* the same ids, for callers */
  GHashTable *part_classes;  /* id → a class of the theme's diagram stylesheet */
  GHashTable *shown_layers;  /* ids of class="state" layers shown, a set */

  char *hovered;
  char *selected;
  guint selection_serial;    /* bumped when the chosen part changes */
  char *loaded_css;          /* the stylesheet the handle has now */

  /* The picture without hover, drawn once per size, zoom, theme and
   * state; a hovered part is outlined over it, so moving the pointer
   * never draws the whole document again.  The outline is drawn by a
   * second handle of the same document, so that neither handle's
   * stylesheet changes as the pointer moves. */
  cairo_surface_t *base;
  char *base_key;            /* the placement and stylesheet it was drawn with */
  GBytes *svg;               /* the document, for the second handle */
  RsvgHandle *outline_handle;
  char *outline_css;

  double zoom;
  double pan_x, pan_y;       /* pixels, from the centred position */
  double drag_start_pan_x, drag_start_pan_y;
  double drag_start_x, drag_start_y;
  double pinch_start_zoom;
  double pointer_x, pointer_y;
  gboolean has_pointer;
  gboolean dragged;
  gboolean show_labels;
  PaperRoom *paper;          /* set only while drawn for paper */

  /* Name labels: the width of their columns for a size, font and names,
   * and where each sits for that and a zoom and pan; found again only
   * when these change, never as the pointer moves. */
  GArray *labels;            /* of Label */
  LabelKey labels_key;
  LabelKey column_key;
  double label_columns[2];   /* the columns' widths, left and right, pixels */
  double label_split;        /* parts left of it are labelled left; document units */
  guint names_serial;        /* bumped when the names change */
  gboolean labels_known;
  gboolean column_known;
  guint labels_serial;       /* bumped when they are placed anew */
  graphene_rect_t labels_bounds;  /* what they cover */

  /* The pen: freehand strokes in document units, drawn over the picture. */
  GPtrArray *strokes;        /* of Stroke */
  GdkRGBA pen_color;
  gboolean pen_on;

  /* Arrows from a point to a part, e.g. from a source of pain to where
   * it is felt. */
  GArray *paths;             /* of Path */
  GdkRGBA path_color;
};


void          _kc_diagram_view_part_free           (Part          *part);

/* Without a widget: for the view and for a diagram drawn on paper */
RsvgRectangle _kc_diagram_measure_parts            (RsvgHandle          *handle,
                                                    const RsvgRectangle *viewport,
                                                    GPtrArray           *parts);
Part         *_kc_diagram_part_at                  (RsvgHandle          *handle,
                                                    const RsvgRectangle *viewport,
                                                    GPtrArray           *parts,
                                                    double               doc_x,
                                                    double               doc_y,
                                                    double               size);
gboolean      _kc_diagram_find_anchor              (RsvgHandle          *handle,
                                                    const RsvgRectangle *viewport,
                                                    GPtrArray           *parts,
                                                    Part                *part);
gboolean      _kc_diagram_find_origin              (RsvgHandle          *handle,
                                                    const RsvgRectangle *viewport,
                                                    GPtrArray           *parts,
                                                    const char          *from_id,
                                                    double              *x,
                                                    double              *y);
GString      *_kc_diagram_style_build_lit          (const char          *resource,
                                                    GHashTable          *part_classes,
                                                    GHashTable          *shown_layers,
                                                    char               **base_css);
void          _kc_diagram_set_path_style           (cairo_t             *cr,
                                                    const GdkRGBA       *color);
void          _kc_diagram_draw_path                (cairo_t             *cr,
                                                    double               x0,
                                                    double               y0,
                                                    double               x1,
                                                    double               y1);

void          _kc_diagram_view_ensure_measured     (KcDiagramView *self);
Part         *_kc_diagram_view_find_part           (KcDiagramView *self,
                                                    const char    *id);
Part         *_kc_diagram_view_part_at_document    (KcDiagramView *self,
                                                    double         doc_x,
                                                    double         doc_y,
                                                    double         size);
RsvgRectangle _kc_diagram_view_document_viewport   (KcDiagramView *self);
void          _kc_diagram_view_widget_to_document  (KcDiagramView *self,
                                                    double         x,
                                                    double         y,
                                                    double        *doc_x,
                                                    double        *doc_y);
void          _kc_diagram_view_invalidate_style    (KcDiagramView *self);
void          _kc_diagram_view_update_stylesheet   (KcDiagramView *self);
void          _kc_diagram_view_use_paper_stylesheet (KcDiagramView *self);
const char   *_kc_diagram_view_load_base_stylesheet (KcDiagramView *self);
RsvgHandle   *_kc_diagram_view_get_outline_handle (KcDiagramView *self);
GBytes       *_kc_diagram_style_dup_base           (GtkWidget     *widget);
gboolean      _kc_diagram_style_is_dark            (GtkWidget     *widget);
char         *_kc_diagram_style_dup_class_rule     (const char    *css,
                                                    const char    *style_class);
void          _kc_diagram_view_zoom_around         (KcDiagramView *self,
                                                    double         zoom,
                                                    double         x,
                                                    double         y);
void          _kc_diagram_view_init_input          (KcDiagramView *self);
void          _kc_diagram_view_recheck_hover       (KcDiagramView *self);
gboolean      _kc_diagram_view_query_tooltip       (GtkWidget     *widget,
                                                    int            x,
                                                    int            y,
                                                    gboolean       keyboard,
                                                    GtkTooltip    *tooltip);
gboolean      _kc_diagram_view_find_anchor         (KcDiagramView *self,
                                                    Part          *part);
gboolean      _kc_diagram_view_has_ink             (KcDiagramView *self);
void          _kc_diagram_view_draw_ink            (KcDiagramView *self,
                                                    cairo_t       *cr);
void          _kc_diagram_view_draw_ink_at         (KcDiagramView *self,
                                                    cairo_t       *cr,
                                                    double         scale,
                                                    double         origin_x,
                                                    double         origin_y);
void          _kc_diagram_view_pen_begin           (KcDiagramView *self,
                                                    double         x,
                                                    double         y);
void          _kc_diagram_view_pen_extend          (KcDiagramView *self,
                                                    double         x,
                                                    double         y);
void          _kc_diagram_view_stroke_free         (Stroke        *stroke);
void          _kc_diagram_view_stroke_added        (KcDiagramView *self);

void        _kc_diagram_view_get_transform (KcDiagramView *self,
                                            double        *scale,
                                            double        *origin_x,
                                            double        *origin_y);
guint       _kc_diagram_view_get_n_parts   (KcDiagramView *self);
void        _kc_diagram_view_get_content_span (KcDiagramView *self,
                                               double        *left,
                                               double        *right);
const char *_kc_diagram_view_get_part      (KcDiagramView  *self,
                                            guint           index,
                                            const char    **name);
void        _kc_diagram_view_get_label_margins (KcDiagramView *self,
                                                double        *left,
                                                double        *right);
void        _kc_diagram_view_draw_labels   (KcDiagramView *self,
                                            cairo_t       *cr);
void        _kc_diagram_view_draw_labels_in (KcDiagramView *self,
                                             cairo_t       *cr,
                                             const char    *css);
void          _kc_diagram_view_get_room    (KcDiagramView *self,
                                            double        *width,
                                            double        *height);
void          _kc_diagram_view_get_zoom_pan (KcDiagramView *self,
                                             double        *zoom,
                                             double        *pan_x,
                                             double        *pan_y);
gboolean      _kc_diagram_view_labels_shown (KcDiagramView *self);
PangoContext *_kc_diagram_view_get_room_context (KcDiagramView *self);
PangoLayout  *_kc_diagram_view_new_layout  (KcDiagramView *self,
                                            const char    *text);
GArray     *_kc_diagram_view_get_labels    (KcDiagramView *self);
graphene_rect_t _kc_diagram_view_get_labels_bounds (KcDiagramView *self);
void        _kc_diagram_view_forget_labels (KcDiagramView *self);
gboolean    _kc_diagram_view_labels_crowd  (KcDiagramView *self);
GHashTable *_kc_diagram_view_dup_labelled_parts (KcDiagramView *self);
void        _kc_diagram_view_label_clear   (Label         *label);
gboolean    _kc_diagram_view_lines_cross   (const graphene_point_t *a1,
                                            const graphene_point_t *a2,
                                            const graphene_point_t *b1,
                                            const graphene_point_t *b2);

G_END_DECLS
