/* kc-print-flow.c: text and pictures flowed onto as many pages as they need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A handout is a list of blocks: paragraphs, list items, legend entries
 * and figures.  Paginating lays each text block out once with Pango and
 * places it whole, or line by line across a page break; never a line in
 * half, never a heading alone at the foot of a page, never fewer than two
 * lines of a paragraph left behind.  Every page gets the title and date
 * in its header and "Page N of M" in its footer.  Nothing here needs a
 * printer or a display: a test paginates onto a PDF surface.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-print-brand.h"
#include "kc-print-flow.h"

#define BRAND_GAP 6.0      /* between the clinic's band and the title */
#define BOX_PAD 8.0        /* between a box's border and its text */
#define HEADER_GAP 14.0    /* between the header's rule and the first block */
#define FOOTER_GAP 8.0
#define SWATCH 10.0
#define MIN_LINES 2        /* lines of a block that may stand alone on a page */

static const struct {
  const char *font;
  double space_before;
  double indent;          /* of the first line */
  double hanging;         /* of the lines after it */
  gboolean keep_with_next;
} styles[] = {
  [KC_PRINT_STYLE_HEADING] = { "Sans Bold 13", 16, 0, 0, TRUE },
  [KC_PRINT_STYLE_SUBHEADING] = { "Sans Bold 10", 7, 0, 0, TRUE },
  [KC_PRINT_STYLE_BODY] = { "Sans 10", 3, 0, 0, FALSE },
  [KC_PRINT_STYLE_EMPHASIS] = { "Sans Italic 10", 3, 0, 0, FALSE },
  [KC_PRINT_STYLE_BULLET] = { "Sans 10", 2, 4, 10, FALSE },
  [KC_PRINT_STYLE_SMALL] = { "Sans 8", 2, 0, 0, FALSE },
};

typedef struct
{
  KcPrintStyle style;
  char *text;                /* %NULL for a figure */
  gboolean boxed;
  gboolean has_swatch;
  GdkRGBA swatch;

  /* A figure: columns side by side, each with a caption under it. */
  double share;              /* of the height between header and footer */
  GStrv captions;
  KcPrintFigureFunc func;
  gpointer user_data;
  GDestroyNotify destroy;

  /* Made by paginating */
  PangoLayout *layout;
  GArray *line_tops;         /* of double, one per line and one for the bottom */
  GPtrArray *caption_layouts;
  double x;
  double height;             /* of a figure */
} Block;

/* What of a block one page shows. */
typedef struct
{
  guint block;
  guint first_line;
  guint n_lines;
  guint page;
  double y;
  double height;
} Piece;

struct _KcPrintFlow
{
  GObject parent_instance;

  char *title;
  char *date;
  KcPrintBrand *brand;       /* the clinic and patient above the title, or %NULL */
  GPtrArray *blocks;         /* of Block */
  gboolean boxing;

  /* Made by paginating */
  PangoContext *context;
  GArray *pieces;            /* of Piece, in page order */
  double width;
  double height;
  double top;
  double bottom;
  guint n_pages;
};

G_DEFINE_FINAL_TYPE (KcPrintFlow, kc_print_flow, G_TYPE_OBJECT)

static void
block_free (Block *block)
{
  if (block->destroy != NULL)
    block->destroy (block->user_data);
  g_clear_pointer (&block->text, g_free);
  g_clear_pointer (&block->captions, g_strfreev);
  g_clear_object (&block->layout);
  g_clear_pointer (&block->line_tops, g_array_unref);
  g_clear_pointer (&block->caption_layouts, g_ptr_array_unref);
  g_free (block);
}

static void
kc_print_flow_finalize (GObject *object)
{
  KcPrintFlow *self = KC_PRINT_FLOW (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_object (&self->brand);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pieces, g_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (kc_print_flow_parent_class)->finalize (object);
}

static void
kc_print_flow_class_init (KcPrintFlowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_print_flow_finalize;
}

static void
kc_print_flow_init (KcPrintFlow *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)block_free);
  self->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
}

/**
 * kc_print_flow_new:
 * @title: what every page's header says
 * @date: (nullable): the date beside it, already formatted
 */
KcPrintFlow *
kc_print_flow_new (const char *title,
                   const char *date)
{
  KcPrintFlow *self = g_object_new (KC_TYPE_PRINT_FLOW, NULL);

  self->title = g_strdup (title);
  self->date = g_strdup (date);

  return self;
}

/**
 * kc_print_flow_set_brand:
 * @brand: (nullable): the clinic and patient every page's header names
 */
void
kc_print_flow_set_brand (KcPrintFlow  *self,
                         KcPrintBrand *brand)
{
  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  g_set_object (&self->brand, brand);
}

static Block *
add_block (KcPrintFlow  *self,
           KcPrintStyle  style)
{
  Block *block = g_new0 (Block, 1);

  block->style = style;
  block->boxed = self->boxing;
  g_ptr_array_add (self->blocks, block);

  return block;
}

void
kc_print_flow_add_text (KcPrintFlow  *self,
                        KcPrintStyle  style,
                        const char   *text)
{
  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  g_return_if_fail (text != NULL);

  add_block (self, style)->text = style == KC_PRINT_STYLE_BULLET
                                    ? g_strconcat ("• ", text, NULL) : g_strdup (text);
}

/* A legend entry: a square of @color, then what it means. */
void
kc_print_flow_add_swatch (KcPrintFlow   *self,
                          const GdkRGBA *color,
                          const char    *text)
{
  Block *block;

  g_return_if_fail (KC_IS_PRINT_FLOW (self));

  block = add_block (self, KC_PRINT_STYLE_BODY);
  block->text = g_strdup (text);
  block->has_swatch = TRUE;
  block->swatch = *color;
}

/**
 * kc_print_flow_add_figure:
 * @share: the figure's height, as a share of the page between header and
 *   footer
 * @captions: one per column; the columns share the width equally
 */
void
kc_print_flow_add_figure (KcPrintFlow        *self,
                          double              share,
                          const char * const *captions,
                          KcPrintFigureFunc   func,
                          gpointer            user_data,
                          GDestroyNotify      destroy)
{
  Block *block;

  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  g_return_if_fail (captions != NULL && captions[0] != NULL);

  block = add_block (self, KC_PRINT_STYLE_BODY);
  block->share = CLAMP (share, 0.1, 1.0);
  block->captions = g_strdupv ((char **)captions);
  block->func = func;
  block->user_data = user_data;
  block->destroy = destroy;
}

/* The blocks added until kc_print_flow_end_box() are framed together, on
 * each page they reach: a card that survives black-and-white printing. */
void
kc_print_flow_begin_box (KcPrintFlow *self)
{
  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  self->boxing = TRUE;
}

void
kc_print_flow_end_box (KcPrintFlow *self)
{
  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  self->boxing = FALSE;
}

static PangoLayout *
new_layout (KcPrintFlow  *self,
            KcPrintStyle  style,
            const char   *text,
            double        width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (styles[style].font);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double)height / PANGO_SCALE;
}

static void
lay_out_text (KcPrintFlow *self,
              Block       *block)
{
  double inset = block->boxed ? BOX_PAD : 0;
  double indent = styles[block->style].indent;
  double hanging = styles[block->style].hanging;
  double text_x = inset + indent + (block->has_swatch ? SWATCH + 6 : 0);
  PangoLayoutIter *iter;
  int y0, y1;

  g_clear_object (&block->layout);
  block->x = text_x;
  block->layout = new_layout (self, block->style, block->text, self->width - text_x - inset);
  if (hanging > 0)
    pango_layout_set_indent (block->layout, (int)(-hanging * PANGO_SCALE));

  g_clear_pointer (&block->line_tops, g_array_unref);
  block->line_tops = g_array_new (FALSE, FALSE, sizeof (double));
  iter = pango_layout_get_iter (block->layout);
  do
    {
      double top;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = (double)y0 / PANGO_SCALE;
      g_array_append_val (block->line_tops, top);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  {
    double bottom = (double)y1 / PANGO_SCALE;

    g_array_append_val (block->line_tops, bottom);
  }
}

static void
lay_out_figure (KcPrintFlow *self,
                Block       *block)
{
  guint n = g_strv_length (block->captions);
  double caption_height = 0;

  g_clear_pointer (&block->caption_layouts, g_ptr_array_unref);
  block->caption_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      PangoLayout *caption = new_layout (self, KC_PRINT_STYLE_EMPHASIS, block->captions[i],
                                         self->width / n - 8);

      pango_layout_set_alignment (caption, PANGO_ALIGN_CENTER);
      caption_height = MAX (caption_height, layout_height (caption));
      g_ptr_array_add (block->caption_layouts, caption);
    }

  block->height = MAX (block->share * (self->bottom - self->top), caption_height + 40);
}

/* The height of the clinic's band above the title, with its gap. */
static double
brand_height (KcPrintFlow *self)
{
  if (self->brand == NULL || kc_print_brand_is_empty (self->brand))
    return 0;
  return kc_print_brand_measure (self->brand, self->context, self->width) + BRAND_GAP;
}

static guint
n_lines (Block *block)
{
  return block->text != NULL ? block->line_tops->len - 1 : 1;
}

/* The height of lines @first to @first + @count of @block. */
static double
lines_height (Block *block,
              guint  first,
              guint  count)
{
  if (block->text == NULL)
    return block->height;

  return g_array_index (block->line_tops, double, first + count) -
         g_array_index (block->line_tops, double, first);
}

/* The least of @block a page may end with: all of it if it is short. */
static double
least_height (Block *block)
{
  return lines_height (block, 0, MIN (n_lines (block), MIN_LINES));
}

static double
space_before (KcPrintFlow *self,
              guint        index)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  Block *previous = index > 0 ? g_ptr_array_index (self->blocks, index - 1) : NULL;
  double space = styles[block->style].space_before;

  if (block->text == NULL)
    space = 10;
  if (previous != NULL && previous->boxed != block->boxed)
    space += BOX_PAD + 4;

  return space;
}

static void
add_piece (KcPrintFlow *self,
           guint        block,
           guint        first,
           guint        count,
           guint        page,
           double       y)
{
  Piece piece = { block, first, count, page, y,
                  lines_height (g_ptr_array_index (self->blocks, block), first, count) };

  g_array_append_val (self->pieces, piece);
}

/* Places @index's lines from the page at *@page, *@y on; moves on to new
 * pages as needed. */
static void
place_block (KcPrintFlow *self,
             guint        index,
             guint       *page,
             double      *y)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  guint total = n_lines (block);
  guint line = 0;

  while (line < total)
    {
      gboolean at_top = *y <= self->top;
      double space = at_top || line > 0 ? 0 : space_before (self, index);
      double room = self->bottom - *y - space;
      guint fit = 0;
      guint least = MIN (total - line, MIN_LINES);

      /* A heading goes where the start of what it heads fits too. */
      if (line == 0 && styles[block->style].keep_with_next && index + 1 < self->blocks->len &&
          !at_top)
        room -= space_before (self, index + 1) +
                least_height (g_ptr_array_index (self->blocks, index + 1));

      while (line + fit < total && lines_height (block, line, fit + 1) <= room)
        fit++;

      if (!at_top && fit < least)
        {
          (*page)++;
          *y = self->top;
          continue;
        }
      if (fit == 0)
        fit = 1;     /* taller than a page: it can only be cut off */
      /* Never leave a line alone on the next page. */
      if (line + fit < total && total - line - fit < MIN_LINES)
        {
          guint short_by = MIN_LINES - (total - line - fit);

          if (fit >= least + short_by)
            fit -= short_by;
          else if (!at_top)
            {
              (*page)++;
              *y = self->top;
              continue;
            }
        }

      add_piece (self, index, line, fit, *page, *y + space);
      *y += space + lines_height (block, line, fit);
      line += fit;
      if (line < total)
        {
          (*page)++;
          *y = self->top;
        }
    }
}

static PangoLayout *
footer_layout (KcPrintFlow *self,
               guint        page)
{
  /* Translators: the footer of each printed page */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  PangoLayout *layout = new_layout (self, KC_PRINT_STYLE_SMALL, text, self->width);

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  return layout;
}

/**
 * kc_print_flow_paginate:
 * @context: the Pango context of the print, whose layouts are drawn
 * @width: (in the print's units) of a page's printable area
 * @height: likewise
 *
 * Lays out every block and shares them between pages.
 *
 * Returns: the number of pages, at least one
 */
guint
kc_print_flow_paginate (KcPrintFlow  *self,
                        PangoContext *context,
                        double        width,
                        double        height)
{
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  guint page = 0;
  double y;

  g_return_val_if_fail (KC_IS_PRINT_FLOW (self), 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  g_set_object (&self->context, context);
  self->width = width;
  self->height = height;
  self->n_pages = 1;

  title = new_layout (self, KC_PRINT_STYLE_HEADING, self->title, width);
  footer = footer_layout (self, 0);
  self->top = brand_height (self) + layout_height (title) + HEADER_GAP;
  self->bottom = height - layout_height (footer) - FOOTER_GAP;

  g_array_set_size (self->pieces, 0);
  y = self->top;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->text != NULL)
        lay_out_text (self, block);
      else
        lay_out_figure (self, block);
    }
  /* Every block is measured first: a heading looks at the next one. */
  for (guint i = 0; i < self->blocks->len; i++)
    place_block (self, i, &page, &y);

  self->n_pages = page + 1;
  return self->n_pages;
}

guint
kc_print_flow_get_n_pages (KcPrintFlow *self)
{
  g_return_val_if_fail (KC_IS_PRINT_FLOW (self), 0);
  return self->n_pages;
}

static void
draw_lines (cairo_t     *cr,
            Block       *block,
            const Piece *piece)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  double first_top = g_array_index (block->line_tops, double, piece->first_line);
  guint line = 0;

  do
    {
      PangoRectangle logical;

      if (line >= piece->first_line && line < piece->first_line + piece->n_lines)
        {
          double baseline = (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, block->x + (double)logical.x / PANGO_SCALE,
                         piece->y + baseline - first_top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (block->has_swatch && piece->first_line == 0)
    {
      double line_height = lines_height (block, 0, 1);

      gdk_cairo_set_source_rgba (cr, &block->swatch);
      cairo_rectangle (cr, block->x - SWATCH - 6, piece->y + (line_height - SWATCH) / 2,
                       SWATCH, SWATCH);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
    }
}

static void
draw_figure (KcPrintFlow *self,
             cairo_t     *cr,
             Block       *block,
             const Piece *piece)
{
  guint n = block->caption_layouts->len;
  double width = self->width / n;
  double caption_height = 0;
  double picture_height;

  for (guint i = 0; i < n; i++)
    caption_height = MAX (caption_height,
                          layout_height (g_ptr_array_index (block->caption_layouts, i)));
  picture_height = piece->height - caption_height - 4;

  for (guint i = 0; i < n; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, i * width + 4, piece->y);
      if (block->func != NULL)
        block->func (cr, i, width - 8, picture_height, block->user_data);
      cairo_restore (cr);

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, i * width + 4, piece->y + picture_height + 4);
      pango_cairo_show_layout (cr, g_ptr_array_index (block->caption_layouts, i));
    }
}

/* Frames each run of boxed blocks on @page. */
static void
draw_boxes (KcPrintFlow *self,
            cairo_t     *cr,
            guint        page)
{
  double top = -1, bottom = 0;

  cairo_set_line_width (cr, 1.5);
  for (guint i = 0; i <= self->pieces->len; i++)
    {
      Piece *piece = i < self->pieces->len ? &g_array_index (self->pieces, Piece, i) : NULL;
      Block *block = piece ? g_ptr_array_index (self->blocks, piece->block) : NULL;
      gboolean boxed = piece != NULL && piece->page == page && block->boxed;

      if (boxed && top < 0)
        top = piece->y;
      if (boxed)
        bottom = piece->y + piece->height;
      if (!boxed && top >= 0)
        {
          cairo_rectangle (cr, 0, top - BOX_PAD, self->width, bottom - top + 2 * BOX_PAD);
          cairo_stroke (cr);
          top = -1;
        }
    }
}

static void
draw_header_and_footer (KcPrintFlow *self,
                        cairo_t     *cr,
                        guint        page)
{
  g_autoptr(PangoLayout) title = new_layout (self, KC_PRINT_STYLE_HEADING, self->title,
                                             self->width);
  g_autoptr(PangoLayout) footer = footer_layout (self, page);
  double band = brand_height (self);
  double rule = band + layout_height (title) + 4;

  if (band > 0)
    kc_print_brand_draw (self->brand, cr, self->context, self->width);
  cairo_move_to (cr, 0, band);
  pango_cairo_show_layout (cr, title);
  if (self->date != NULL)
    {
      g_autoptr(PangoLayout) date = new_layout (self, KC_PRINT_STYLE_BODY, self->date,
                                                self->width);

      pango_layout_set_alignment (date, PANGO_ALIGN_RIGHT);
      cairo_move_to (cr, 0, rule - 4 - layout_height (date));
      pango_cairo_show_layout (cr, date);
    }

  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, 0, rule);
  cairo_line_to (cr, self->width, rule);
  cairo_stroke (cr);

  cairo_move_to (cr, 0, self->height - layout_height (footer));
  pango_cairo_show_layout (cr, footer);
}

/**
 * kc_print_flow_draw_page:
 * @page: from 0, less than what kc_print_flow_paginate() returned
 *
 * Draws @page at the origin of @cr, in the units it was paginated in.
 */
void
kc_print_flow_draw_page (KcPrintFlow *self,
                         cairo_t     *cr,
                         guint        page)
{
  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  g_return_if_fail (self->context != NULL && page < self->n_pages);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_header_and_footer (self, cr, page);

  for (guint i = 0; i < self->pieces->len; i++)
    {
      const Piece *piece = &g_array_index (self->pieces, Piece, i);
      Block *block = g_ptr_array_index (self->blocks, piece->block);

      if (piece->page != page)
        continue;
      cairo_set_source_rgb (cr, 0, 0, 0);
      if (block->text != NULL)
        draw_lines (cr, block, piece);
      else
        draw_figure (self, cr, block, piece);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_boxes (self, cr, page);
  cairo_restore (cr);
}
