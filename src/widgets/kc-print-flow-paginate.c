/* kc-print-flow-paginate.c: sharing a KcPrintFlow's blocks between pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each text block is laid out once with Pango and placed whole, or line
 * by line across a page break; never a line in half, never a heading
 * alone at the foot of a page, never fewer than two lines of a paragraph
 * left behind.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-print-flow-private.h"

static void
lay_out_text (KcPrintFlow *self,
              Block       *block)
{
  double inset = block->boxed ? BOX_PAD : 0;
  double indent = _kc_print_styles[block->style].indent;
  double hanging = _kc_print_styles[block->style].hanging;
  double text_x = inset + indent + (block->has_swatch ? SWATCH + 6 : 0);
  PangoLayoutIter *iter;
  int y0, y1;

  g_clear_object (&block->layout);
  block->x = text_x;
  block->layout = _kc_print_new_layout (self, block->style, block->text,
                                        self->width - text_x - inset);
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
      PangoLayout *caption = _kc_print_new_layout (self, KC_PRINT_STYLE_EMPHASIS,
                                                   block->captions[i], self->width / n - 8);

      pango_layout_set_alignment (caption, PANGO_ALIGN_CENTER);
      caption_height = MAX (caption_height, _kc_print_layout_height (caption));
      g_ptr_array_add (block->caption_layouts, caption);
    }

  block->height = MAX (block->share * (self->bottom - self->top), caption_height + 40);
}

static guint
n_lines (Block *block)
{
  if (block->kind == BLOCK_PAGE_BREAK || block->kind == BLOCK_KEEP)
    return 0;
  return block->kind == BLOCK_FIGURE ? 1 : block->line_tops->len - 1;
}

/* The height of lines @first to @first + @count of @block. */
double
_kc_print_lines_height (Block *block,
                        guint  first,
                        guint  count)
{
  if (block->kind == BLOCK_FIGURE)
    return block->height;
  if (block->kind == BLOCK_PAGE_BREAK || block->kind == BLOCK_KEEP)
    return 0;

  return g_array_index (block->line_tops, double, first + count) -
         g_array_index (block->line_tops, double, first);
}

/* The fewest lines of @block, from @line on, that a page may end with:
 * all of them if they are few, and a whole table if a page holds it. */
static guint
least_lines (KcPrintFlow *self,
             Block       *block,
             guint        line)
{
  guint left = n_lines (block) - line;

  if (block->kind == BLOCK_TABLE && line == 0 &&
      _kc_print_lines_height (block, 0, left) <= self->bottom - self->top)
    return left;

  return MIN (left, MIN_LINES);
}

static double
least_height (KcPrintFlow *self,
              Block       *block)
{
  return _kc_print_lines_height (block, 0, least_lines (self, block, 0));
}

static double
space_before (KcPrintFlow *self,
              guint        index)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  Block *previous = index > 0 ? g_ptr_array_index (self->blocks, index - 1) : NULL;
  double space = _kc_print_styles[block->style].space_before;

  if (block->kind != BLOCK_TEXT)
    space = 10;
  if (self->compact)
    space /= 2;
  if (previous != NULL && previous->boxed != block->boxed)
    space += BOX_PAD + 4;

  return space;
}

/* A table's header, repeated on each page it continues on. */
static double
repeated_height (Block *block,
                 guint  first_line)
{
  return block->kind == BLOCK_TABLE && first_line > 0 ? _kc_print_lines_height (block, 0, 1) : 0;
}

static void
add_piece (KcPrintFlow *self,
           guint        block,
           guint        first,
           guint        count,
           guint        page,
           double       y)
{
  Block *shown = g_ptr_array_index (self->blocks, block);
  Piece piece = { block, first, count, page, y,
                  _kc_print_lines_height (shown, first, count) + repeated_height (shown, first) };

  g_array_append_val (self->pieces, piece);
}

/* The height of a keep's blocks placed one after another. */
static double
keep_height (KcPrintFlow *self,
             guint        index)
{
  Block *keep = g_ptr_array_index (self->blocks, index);
  double height = 0;

  for (guint i = index + 1; i <= index + keep->keep_count && i < self->blocks->len; i++)
    height += (i > index + 1 ? space_before (self, i) : 0) +
              _kc_print_lines_height (g_ptr_array_index (self->blocks, i), 0,
                                      n_lines (g_ptr_array_index (self->blocks, i)));

  return height;
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

  if (block->kind == BLOCK_PAGE_BREAK && *y > self->top)
    {
      (*page)++;
      *y = self->top;
    }
  /* What a page holds whole starts on the next one rather than break. */
  if (block->kind == BLOCK_KEEP && *y > self->top && index + 1 < self->blocks->len)
    {
      double height = keep_height (self, index);

      if (height <= self->bottom - self->top &&
          *y + space_before (self, index + 1) + height > self->bottom)
        {
          (*page)++;
          *y = self->top;
        }
    }

  while (line < total)
    {
      gboolean at_top = *y <= self->top;
      double space = at_top || line > 0 ? 0 : space_before (self, index);
      double room = self->bottom - *y - space - repeated_height (block, line);
      guint fit = 0;
      guint least = least_lines (self, block, line);
      gboolean keep = _kc_print_styles[block->style].keep_with_next && block->kind == BLOCK_TEXT;

      /* A heading goes where the start of what it heads fits too. */
      if (line == 0 && keep && index + 1 < self->blocks->len && !at_top)
        room -= space_before (self, index + 1) +
                least_height (self, g_ptr_array_index (self->blocks, index + 1));

      while (line + fit < total && _kc_print_lines_height (block, line, fit + 1) <= room)
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
      if (line + fit < total && total - line - fit < MIN_LINES && least <= MIN_LINES)
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
      *y += space + repeated_height (block, line) + _kc_print_lines_height (block, line, fit);
      line += fit;
      if (line < total)
        {
          (*page)++;
          *y = self->top;
        }
    }
}

PangoLayout *
_kc_print_footer_layout (KcPrintFlow *self,
                         guint        page)
{
  /* Translators: the footer of each printed page */
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  PangoLayout *layout = _kc_print_new_layout (self, KC_PRINT_STYLE_SMALL, text, self->width);

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  return layout;
}

/* The height of the clinic's band above the title, with its gap. */
double
_kc_print_brand_height (KcPrintFlow *self)
{
  if (self->brand == NULL || kc_print_brand_is_empty (self->brand))
    return 0;
  return kc_print_brand_measure (self->brand, self->context, self->width) + BRAND_GAP;
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

  title = _kc_print_new_layout (self, KC_PRINT_STYLE_HEADING, self->title, width);
  footer = _kc_print_footer_layout (self, 0);
  self->top = _kc_print_brand_height (self) + _kc_print_layout_height (title) + HEADER_GAP;
  self->bottom = height - _kc_print_layout_height (footer) - FOOTER_GAP;

  g_array_set_size (self->pieces, 0);
  y = self->top;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == BLOCK_TEXT)
        lay_out_text (self, block);
      else if (block->kind == BLOCK_FIGURE)
        lay_out_figure (self, block);
      else if (block->kind == BLOCK_TABLE)
        _kc_print_table_lay_out (self, block);
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
