/* kc-diagram-labels.c: name labels with leader lines beside a diagram
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A callout layout, as anatomy atlases do it: labels sit in two columns,
 * left and right of the picture, each on the side of its part; a column is
 * ordered by its parts from top to bottom, pushed apart so that none
 * overlap, and a thin line leads from beside the text to a dot on the part.
 * A name wider than its column wraps, never to more than two lines if the
 * room allows, and is never cut short.  Zoomed in, the columns stay inside
 * the view, on plates of the page's colour, and parts out of sight lose
 * their labels.  Text uses the widget's font, so the window's text zoom
 * applies; colours come from the diagram stylesheet (.kc-label, .kc-leader).
 *
 * The columns' widths are found once per size, font and names, the placement
 * once per zoom and pan as well: never as the pointer moves.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "kc-diagram-view-private.h"

#define LABEL_GAP 10.0         /* between a column and the picture */
#define LINE_PAD 4.0           /* between the text and its leader line */
#define PLATE_PAD 2.0          /* the plate around the text */
#define SPACING 5.0            /* between two labels of a column */
#define DOT_RADIUS 3.0         /* of the dot on the part */
#define EDGE 4.0               /* between a label and the view's edge */
#define MAX_COLUMN_SHARE 0.5   /* of the view's width, for one column */

void
_kc_diagram_view_label_clear (Label *label)
{
  g_clear_object (&label->layout);
}

static gboolean
label_key_equal (const LabelKey *a,
                 const LabelKey *b)
{
  return a->width == b->width && a->height == b->height && a->font == b->font &&
         a->names == b->names && a->selection == b->selection && a->zoom == b->zoom &&
         a->pan_x == b->pan_x && a->pan_y == b->pan_y;
}

static LabelKey
label_key (KcDiagramView *self,
           gboolean       with_placement)
{
  PangoContext *context = _kc_diagram_view_get_room_context (self);
  double width, height, zoom, pan_x, pan_y;

  _kc_diagram_view_get_room (self, &width, &height);
  _kc_diagram_view_get_zoom_pan (self, &zoom, &pan_x, &pan_y);
  return (LabelKey) {
    .width = width,
    .height = height,
    .font = pango_font_description_hash (pango_context_get_font_description (context)),
    .names = self->names_serial,
    /* Which parts are labelled follows the choice only on a short view. */
    .selection = with_placement && _kc_diagram_view_labels_crowd (self) ?
                 self->selection_serial : 0,
    .zoom = with_placement ? zoom : 0,
    .pan_x = with_placement ? pan_x : 0,
    .pan_y = with_placement ? pan_y : 0,
  };
}

/* @name, never broken after a dash of a range (“L1–L2”). */
static char *
dup_unbroken (const char *name)
{
  g_auto(GStrv) pieces = g_strsplit (name, "–", -1);

  return g_strjoinv ("–\u2060", pieces);   /* a word joiner after each */
}

/* ---- The column's width ---------------------------------------------------- */

static gboolean
fits_in_two_lines (PangoLayout *layout,
                   int          width)
{
  int used;

  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, &used, NULL);
  return pango_layout_get_line_count (layout) <= 2 && used <= width;
}

/* The narrowest width at which @layout wraps, between words, to at most
 * two lines: a greedy wrap only gets shorter as the width grows. */
static int
two_line_width (PangoLayout *layout,
                int          natural)
{
  int low = 1, high = natural;

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  while (low < high)
    {
      int middle = (low + high) / 2;

      if (fits_in_two_lines (layout, middle))
        high = middle;
      else
        low = middle + 1;
    }

  return high;
}

static int
compare_parts_by_x (gconstpointer a,
                    gconstpointer b)
{
  const Part *pa = *(Part * const *)a;
  const Part *pb = *(Part * const *)b;

  return (pa->anchor_x > pb->anchor_x) - (pa->anchor_x < pb->anchor_x);
}

/* Where the sides divide, in document units: half the named parts, from
 * the left, go left, so that neither column crowds while the other is
 * empty. */
static double
find_split (KcDiagramView *self)
{
  g_autoptr(GPtrArray) named = g_ptr_array_new ();
  guint half;

  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);

      if (part->name != NULL && _kc_diagram_view_find_anchor (self, part))
        g_ptr_array_add (named, part);
    }
  if (named->len < 2)
    return self->content.x + self->content.width / 2;

  g_ptr_array_sort (named, compare_parts_by_x);
  half = named->len / 2;
  return (((Part *)g_ptr_array_index (named, half - 1))->anchor_x +
          ((Part *)g_ptr_array_index (named, half))->anchor_x) / 2;
}

/* Per side, the widest name on one line, and the widest of the names
 * that do not fit @room, wrapped to two lines. */
static void
measure_names (KcDiagramView *self,
               double         split,
               double         room,
               int            widest[2],
               int            widest_wrapped[2])
{
  widest[0] = widest[1] = widest_wrapped[0] = widest_wrapped[1] = 0;
  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *text = NULL;
      int side, width;

      if (part->name == NULL || !_kc_diagram_view_find_anchor (self, part))
        continue;

      side = part->anchor_x < split ? 0 : 1;
      text = dup_unbroken (part->name);
      layout = _kc_diagram_view_new_layout (self, text);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest[side] = MAX (widest[side], width);
      /* Searched only for names that do not fit the room on one line. */
      if (width > room)
        widest_wrapped[side] = MAX (widest_wrapped[side], two_line_width (layout, width));
    }
}

/* The height of the names of one side, wrapped to @column pixels. */
static double
names_height (KcDiagramView *self,
              double         split,
              gboolean       left,
              double         column)
{
  double sum = 0;

  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *text = NULL;
      int height;

      if (part->name == NULL || !_kc_diagram_view_find_anchor (self, part) ||
          (part->anchor_x < split) != left)
        continue;

      text = dup_unbroken (part->name);
      layout = _kc_diagram_view_new_layout (self, text);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_width (layout, (int)(column * PANGO_SCALE));
      pango_layout_get_pixel_size (layout, NULL, &height);
      sum += height + SPACING;
    }

  return sum;
}

/* Columns for labels divided at @split (document units), sharing the
 * room the picture leaves at its full height; each as wide as its longest
 * name if that is less, and never so narrow that a name takes more than
 * two lines, if the view is wide enough.
 *
 * Returns: the picture's scale with them, 0 if a column is too tall */
static double
columns_for_split (KcDiagramView *self,
                   double         split,
                   double         columns[2])
{
  double width, height, full, room;
  double used = 2 * KC_DIAGRAM_FIT_MARGIN;
  int widest[2], wrapped[2];

  _kc_diagram_view_get_room (self, &width, &height);
  full = (height - 2 * KC_DIAGRAM_FIT_MARGIN) / self->content.height;
  room = width - 2 * KC_DIAGRAM_FIT_MARGIN - self->content.width * full - 2 * LABEL_GAP;
  measure_names (self, split, room / 2, widest, wrapped);

  /* Half the room each, then what one side leaves to the other. */
  columns[0] = MIN (widest[0], MAX (wrapped[0], room / 2));
  columns[1] = MIN (widest[1], MAX (wrapped[1], room - columns[0]));
  columns[0] = MIN (widest[0], MAX (wrapped[0], room - columns[1]));

  for (int side = 0; side < 2; side++)
    {
      columns[side] = MIN (columns[side], width * MAX_COLUMN_SHARE);
      if (names_height (self, split, side == 0, columns[side]) > height - 2 * EDGE + SPACING)
        return 0;
      used += columns[side] > 0 ? columns[side] + LABEL_GAP : 0;
    }

  return MIN (full, (width - used) / self->content.width);
}

/* Two columns, or one where long names would leave the picture little
 * room between two: whichever draws the picture larger. */
static void
find_column_widths (KcDiagramView *self)
{
  const double splits[] = { find_split (self), -G_MAXDOUBLE, G_MAXDOUBLE };
  double best = -1;

  _kc_diagram_view_ensure_measured (self);
  self->label_columns[0] = self->label_columns[1] = 0;
  self->label_split = splits[0];
  if (self->content.width <= 0 || self->content.height <= 0)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (splits); i++)
    {
      double columns[2];
      double scale = columns_for_split (self, splits[i], columns);

      /* Two columns unless one draws the picture much larger. */
      if (scale > best * 1.25)
        {
          best = scale;
          self->label_split = splits[i];
          self->label_columns[0] = columns[0];
          self->label_columns[1] = columns[1];
        }
    }
}

/* The room each column takes beside the picture, in pixels. */
void
_kc_diagram_view_get_label_margins (KcDiagramView *self,
                                    double        *left,
                                    double        *right)
{
  LabelKey key = label_key (self, FALSE);

  if (!self->column_known || !label_key_equal (&key, &self->column_key))
    {
      find_column_widths (self);
      self->column_key = key;
      self->column_known = TRUE;
    }

  *left = self->label_columns[0] > 0 ? self->label_columns[0] + LABEL_GAP : 0;
  *right = self->label_columns[1] > 0 ? self->label_columns[1] + LABEL_GAP : 0;
}

/* ---- Placing ----------------------------------------------------------- */

static int
compare_by_x (gconstpointer a,
              gconstpointer b)
{
  const Label *la = *(Label * const *)a;
  const Label *lb = *(Label * const *)b;

  return (la->to.x > lb->to.x) - (la->to.x < lb->to.x);
}

static int
compare_by_y (gconstpointer a,
              gconstpointer b)
{
  const Label *la = *(Label * const *)a;
  const Label *lb = *(Label * const *)b;

  return (la->to.y > lb->to.y) - (la->to.y < lb->to.y);
}

static double
stack_height (GPtrArray *labels,
              guint      from,
              guint      to)
{
  double sum = 0;

  for (guint i = from; i < to; i++)
    sum += ((Label *)g_ptr_array_index (labels, i))->rect.size.height + SPACING;

  return sum;
}

/* Labels sorted by their parts from left to right: the first @returns go
 * left.  The split starts at @middle and moves while one column is taller
 * than the view and the other has room; every left part stays left of
 * every right part, so lines of the two columns can never cross. */
static guint
split_sides (GPtrArray *by_x,
             double     middle,
             double     room,
             gboolean   two_columns)
{
  guint n = by_x->len, split = 0;

  while (split < n && ((Label *)g_ptr_array_index (by_x, split))->to.x < middle)
    split++;
  if (!two_columns)
    return split;

  while (split > 0 && stack_height (by_x, 0, split) > room &&
         stack_height (by_x, split - 1, n) <= room)
    split--;
  while (split < n && stack_height (by_x, split, n) > room &&
         stack_height (by_x, 0, split + 1) <= room)
    split++;

  return split;
}

/* Top to bottom in the order given, each as near its part's height as the
 * labels above allow, then pushed back up from the bottom edge. */
static void
stack_column (GPtrArray *column,
              double     height)
{
  double next = EDGE, limit = height - EDGE;

  for (guint i = 0; i < column->len; i++)
    {
      Label *label = g_ptr_array_index (column, i);

      label->rect.origin.y = MAX (label->to.y - label->rect.size.height / 2, next);
      next = label->rect.origin.y + label->rect.size.height + SPACING;
    }

  for (guint i = column->len; i > 0; i--)
    {
      Label *label = g_ptr_array_index (column, i - 1);

      label->rect.origin.y = MIN (label->rect.origin.y, limit - label->rect.size.height);
      limit = label->rect.origin.y - SPACING;
      label->from.y = label->rect.origin.y + label->rect.size.height / 2;
    }
}

static double
cross (const graphene_point_t *o,
       const graphene_point_t *a,
       const graphene_point_t *b)
{
  return (a->x - o->x) * (b->y - o->y) - (a->y - o->y) * (b->x - o->x);
}

gboolean
_kc_diagram_view_lines_cross (const graphene_point_t *a1,
                              const graphene_point_t *a2,
                              const graphene_point_t *b1,
                              const graphene_point_t *b2)
{
  return cross (a1, a2, b1) * cross (a1, a2, b2) < 0 &&
         cross (b1, b2, a1) * cross (b1, b2, a2) < 0;
}

/* Parts close in height but far apart across can still cross their
 * lines once pushed apart: swap such pairs' places until none cross.
 * Each swap shortens the lines, so this ends; the bound is a guard. */
static void
uncross_column (GPtrArray *column,
                double     height)
{
  for (guint round = 0; round < column->len * column->len; round++)
    {
      gboolean swapped = FALSE;

      for (guint i = 0; i < column->len && !swapped; i++)
        for (guint j = i + 1; j < column->len && !swapped; j++)
          {
            Label *a = g_ptr_array_index (column, i);
            Label *b = g_ptr_array_index (column, j);

            if (_kc_diagram_view_lines_cross (&a->from, &a->to, &b->from, &b->to))
              {
                column->pdata[i] = b;
                column->pdata[j] = a;
                stack_column (column, height);
                swapped = TRUE;
              }
          }

      if (!swapped)
        return;
    }
}

/* Puts @column's labels at @edge (the right edge of the left column's
 * text, the left edge of the right one's) and stacks them. */
static void
place_column (GPtrArray *column,
              gboolean   left,
              double     edge,
              double     width,
              double     height)
{
  for (guint i = 0; i < column->len; i++)
    {
      Label *label = g_ptr_array_index (column, i);
      PangoRectangle logical;

      pango_layout_set_width (label->layout, (int)(width * PANGO_SCALE));
      pango_layout_set_alignment (label->layout, left ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      pango_layout_get_pixel_extents (label->layout, NULL, &logical);
      label->left = left;
      label->origin_x = left ? edge - width : edge;
      label->rect.origin.x = label->origin_x + logical.x;
      label->rect.size.width = logical.width;
      label->rect.size.height = logical.height;
      label->from.x = left ? edge + LINE_PAD : edge - LINE_PAD;
    }

  g_ptr_array_sort (column, compare_by_y);
  stack_column (column, height);
  uncross_column (column, height);
}

/* A label for each named part in sight, between the columns' lines; on a
 * short view with a part chosen, only for it and its neighbours. */
static void
collect_labels (KcDiagramView *self,
                double         column,
                double         left_edge,
                double         right_edge)
{
  g_autoptr(GHashTable) shown = _kc_diagram_view_dup_labelled_parts (self);
  double height;

  _kc_diagram_view_get_room (self, NULL, &height);
  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);
      Label label = { 0 };
      g_autofree char *text = NULL;
      double x, y;
      int text_height;

      if (part->name == NULL || (shown != NULL && !g_hash_table_contains (shown, part)) ||
          !kc_diagram_view_get_part_point (self, part->id, &x, &y) ||
          x <= left_edge + 2 * LINE_PAD || x >= right_edge - 2 * LINE_PAD ||
          y < 0 || y > height)
        continue;

      label.part = part;
      label.to = GRAPHENE_POINT_INIT (x, y);
      text = dup_unbroken (part->name);
      label.layout = _kc_diagram_view_new_layout (self, text);
      pango_layout_set_wrap (label.layout, PANGO_WRAP_WORD);
      pango_layout_set_width (label.layout, (int)(column * PANGO_SCALE));
      pango_layout_get_pixel_size (label.layout, NULL, &text_height);
      label.rect.size.height = text_height;
      g_array_append_val (self->labels, label);
    }
}

static void
place_labels (KcDiagramView *self)
{
  double width, height;
  g_autoptr(GPtrArray) by_x = g_ptr_array_new ();
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GPtrArray) right = NULL;
  double picture_left, picture_right, left_edge, right_edge, middle;
  double left_column, right_column, scale, origin_x, origin_y;
  guint split;

  _kc_diagram_view_get_room (self, &width, &height);
  _kc_diagram_view_get_label_margins (self, &left_column, &right_column);
  left_column = MAX (left_column - LABEL_GAP, 0);
  right_column = MAX (right_column - LABEL_GAP, 0);

  /* The columns hug the parts, but stay in the view when zoomed. */
  _kc_diagram_view_get_content_span (self, &picture_left, &picture_right);
  left_edge = MAX (picture_left - LABEL_GAP, KC_DIAGRAM_FIT_MARGIN + left_column);
  right_edge = MIN (picture_right + LABEL_GAP, width - KC_DIAGRAM_FIT_MARGIN - right_column);
  _kc_diagram_view_get_transform (self, &scale, &origin_x, &origin_y);
  middle = CLAMP (origin_x + self->label_split * scale, left_edge, right_edge);

  g_array_set_size (self->labels, 0);
  collect_labels (self, MAX (left_column, right_column), left_edge, right_edge);
  for (guint i = 0; i < self->labels->len; i++)
    g_ptr_array_add (by_x, &g_array_index (self->labels, Label, i));
  g_ptr_array_sort (by_x, compare_by_x);

  split = split_sides (by_x, middle, height - 2 * EDGE + SPACING,
                       left_column > 0 && right_column > 0);
  left = g_ptr_array_new_full (split, NULL);
  right = g_ptr_array_new_full (by_x->len - split, NULL);
  for (guint i = 0; i < by_x->len; i++)
    g_ptr_array_add (i < split ? left : right, g_ptr_array_index (by_x, i));

  place_column (left, TRUE, left_edge, left_column, height);
  place_column (right, FALSE, right_edge, right_column, height);
}

/* What the labels cover, plates, lines and dots, in whole pixels. */
static graphene_rect_t
find_bounds (GArray *labels)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);

  for (guint i = 0; i < labels->len; i++)
    {
      Label *label = &g_array_index (labels, Label, i);
      graphene_rect_t box;

      graphene_rect_inset_r (&label->rect, -PLATE_PAD, -PLATE_PAD, &box);
      graphene_rect_expand (&box, &label->to, &box);
      graphene_rect_inset (&box, -DOT_RADIUS - 1, -DOT_RADIUS - 1);
      if (i == 0)
        bounds = box;
      else
        graphene_rect_union (&bounds, &box, &bounds);
    }

  graphene_rect_round_extents (&bounds, &bounds);
  return bounds;
}

/**
 * _kc_diagram_view_get_labels:
 *
 * The name labels as they are drawn now, laid out if they were not.
 *
 * Returns: (transfer none) (element-type Label): the labels
 */
GArray *
_kc_diagram_view_get_labels (KcDiagramView *self)
{
  LabelKey key = label_key (self, TRUE);

  if (!self->labels_known || !label_key_equal (&key, &self->labels_key))
    {
      place_labels (self);
      self->labels_bounds = find_bounds (self->labels);
      self->labels_serial++;
      self->labels_key = key;
      self->labels_known = TRUE;
    }

  return self->labels;
}

/* Where the labels are drawn, laid out if they were not: empty if none. */
graphene_rect_t
_kc_diagram_view_get_labels_bounds (KcDiagramView *self)
{
  _kc_diagram_view_get_labels (self);
  return self->labels_bounds;
}

/* Names changed: lay the labels out again. */
void
_kc_diagram_view_forget_labels (KcDiagramView *self)
{
  self->names_serial++;
  self->column_known = self->labels_known = FALSE;
}

/* ---- Drawing ----------------------------------------------------------- */

/* The colour of @property ("fill:" or "stroke:") in @class's rule of the
 * theme's diagram stylesheet. */
static void
lookup_color (const char *css,
              const char *style_class,
              const char *property,
              GdkRGBA    *color)
{
  g_autofree char *rule = _kc_diagram_style_dup_class_rule (css, style_class);
  const char *value = rule != NULL ? strstr (rule, property) : NULL;
  g_autofree char *text = NULL;

  *color = (GdkRGBA) { 0, 0, 0, 1 };
  if (value == NULL)
    {
      g_critical ("The diagram stylesheet has no %s for .%s", property, style_class);
      return;
    }

  value += strlen (property);
  text = g_strstrip (g_strndup (value, strcspn (value, ";")));
  if (!gdk_rgba_parse (color, text))
    g_critical ("“%s” is not a colour", text);
}

/* @weight: 1 on screen, less on paper, whose labels are set smaller */
static void
draw_leader (cairo_t       *cr,
             const Label   *label,
             const GdkRGBA *color,
             double         weight)
{
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, weight);
  cairo_move_to (cr, label->from.x, label->from.y);
  cairo_line_to (cr, label->to.x, label->to.y);
  cairo_stroke (cr);
  cairo_arc (cr, label->to.x, label->to.y, DOT_RADIUS * weight, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
draw_label (cairo_t       *cr,
            const Label   *label,
            const GdkRGBA *text,
            const GdkRGBA *plate)
{
  const graphene_rect_t *r = &label->rect;

  /* Unseen beside the picture; over it, when zoomed, it keeps the text
   * as readable as on the page. */
  gdk_cairo_set_source_rgba (cr, plate);
  cairo_rectangle (cr, r->origin.x - PLATE_PAD, r->origin.y - PLATE_PAD / 2,
                   r->size.width + 2 * PLATE_PAD, r->size.height + PLATE_PAD);
  cairo_fill (cr);

  gdk_cairo_set_source_rgba (cr, text);
  cairo_move_to (cr, label->origin_x, r->origin.y);
  pango_cairo_show_layout (cr, label->layout);
}

/* Draws the labels as placed now, in the colours of the diagram
 * stylesheet @css. */
void
_kc_diagram_view_draw_labels_in (KcDiagramView *self,
                                 cairo_t       *cr,
                                 const char    *css)
{
  GArray *labels = _kc_diagram_view_get_labels (self);
  GdkRGBA text, plate, leader;

  lookup_color (css, "kc-label", "fill:", &text);
  lookup_color (css, "kc-label", "stroke:", &plate);
  lookup_color (css, "kc-leader", "stroke:", &leader);

  for (guint i = 0; i < labels->len; i++)
    draw_leader (cr, &g_array_index (labels, Label, i), &leader, self->paper ? 0.5 : 1.0);
  for (guint i = 0; i < labels->len; i++)
    draw_label (cr, &g_array_index (labels, Label, i), &text, &plate);
}

/* Draws the labels in the theme's colours: into the picture that is drawn
 * once per placement, since text is too slow to draw again on every hover. */
void
_kc_diagram_view_draw_labels (KcDiagramView *self,
                              cairo_t       *cr)
{
  g_autoptr(GBytes) bytes = _kc_diagram_style_dup_base (GTK_WIDGET (self));

  _kc_diagram_view_draw_labels_in (self, cr, bytes != NULL ? g_bytes_get_data (bytes, NULL) : "");
}
