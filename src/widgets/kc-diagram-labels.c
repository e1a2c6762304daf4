/* kc-diagram-labels.c: name labels with leader lines beside a diagram
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels sit in two columns, left and right of the picture, each on the
 * side nearer its part, in the order of the parts from top to bottom and
 * pushed apart so that none overlap; a thin line leads to a dot on the
 * part.  Text uses the widget's font, so the window's text zoom applies.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <pango/pangocairo.h>

#include "kc-diagram-view-private.h"

#define LABEL_GAP 16.0     /* between the column and the picture */
#define MAX_MARGIN_SHARE 0.3

typedef struct
{
  PangoLayout *layout;
  double anchor_x, anchor_y;   /* widget pixels, on the part */
  double y;                    /* of the label's middle */
  int width, height;
  gboolean left;
} Label;

static void
label_clear (Label *label)
{
  g_clear_object (&label->layout);
}

/* The widest label decides how much room the columns need. */
double
_kc_diagram_view_label_margin (KcDiagramView *self)
{
  int widest = 0;

  for (guint i = 0; i < _kc_diagram_view_get_n_parts (self); i++)
    {
      const char *name;
      g_autoptr(PangoLayout) layout = NULL;

      _kc_diagram_view_get_part (self, i, &name);
      int width;

      if (name == NULL)
        continue;

      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), name);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }

  return MIN (widest + LABEL_GAP, gtk_widget_get_width (GTK_WIDGET (self)) * MAX_MARGIN_SHARE);
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  const Label *la = a;
  const Label *lb = b;

  return (la->anchor_y > lb->anchor_y) - (la->anchor_y < lb->anchor_y);
}

/* Top to bottom, each label at least one line below the one before. */
static void
spread_column (GArray   *labels,
               gboolean  left,
               double    height)
{
  double next_free = 0;

  for (guint i = 0; i < labels->len; i++)
    {
      Label *label = &g_array_index (labels, Label, i);

      if (label->left != left)
        continue;

      label->y = MAX (label->anchor_y, next_free + label->height / 2.0);
      next_free = label->y + label->height / 2.0 + 2;
    }

  /* If the column ran off the bottom, push it back up from there. */
  for (guint i = labels->len; i > 0; i--)
    {
      Label *label = &g_array_index (labels, Label, i - 1);

      if (label->left != left)
        continue;

      label->y = MIN (label->y, height - label->height / 2.0);
      height = label->y - label->height / 2.0 - 2;
    }
}

static void
collect_labels (KcDiagramView *self,
                GArray        *labels,
                double         max_width)
{
  double middle = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;

  for (guint i = 0; i < _kc_diagram_view_get_n_parts (self); i++)
    {
      const char *name;
      const char *id = _kc_diagram_view_get_part (self, i, &name);
      Label label = { 0 };

      if (name == NULL ||
          !kc_diagram_view_get_part_point (self, id, &label.anchor_x, &label.anchor_y))
        continue;

      label.layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), name);
      /* A name wider than its column is shortened, never cut off. */
      pango_layout_set_width (label.layout, (int)(max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (label.layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (label.layout, &label.width, &label.height);
      label.left = label.anchor_x < middle;
      g_array_append_val (labels, label);
    }

  g_array_sort (labels, compare_labels);
}

void
_kc_diagram_view_draw_labels (KcDiagramView *self,
                              cairo_t       *cr)
{
  g_autoptr(GArray) labels = g_array_new (FALSE, TRUE, sizeof (Label));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double margin = _kc_diagram_view_label_margin (self);
  double picture_left, picture_right;
  GdkRGBA color;

  /* The columns hug the parts, whatever room is left around them. */
  _kc_diagram_view_get_content_span (self, &picture_left, &picture_right);

  g_array_set_clear_func (labels, (GDestroyNotify)label_clear);
  collect_labels (self, labels, margin - LABEL_GAP);
  spread_column (labels, TRUE, height);
  spread_column (labels, FALSE, height);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (guint i = 0; i < labels->len; i++)
    {
      Label *label = &g_array_index (labels, Label, i);
      double text_x = label->left ? picture_left - LABEL_GAP - label->width
                                  : picture_right + LABEL_GAP;
      double line_x = label->left ? picture_left - LABEL_GAP + 4 : picture_right + LABEL_GAP - 4;

      cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.55);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, line_x, label->y);
      cairo_line_to (cr, label->anchor_x, label->anchor_y);
      cairo_stroke (cr);
      cairo_arc (cr, label->anchor_x, label->anchor_y, 3.0, 0, 2 * G_PI);
      cairo_fill (cr);

      gdk_cairo_set_source_rgba (cr, &color);
      cairo_move_to (cr, MAX (text_x, 2), label->y - label->height / 2.0);
      pango_cairo_show_layout (cr, label->layout);
    }
}
