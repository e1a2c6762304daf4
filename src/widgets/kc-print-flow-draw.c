/* kc-print-flow-draw.c: drawing a paginated KcPrintFlow, one page at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include "kc-print-flow-private.h"

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
      double line_height = _kc_print_lines_height (block, 0, 1);

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
                          _kc_print_layout_height (g_ptr_array_index (block->caption_layouts, i)));
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
  g_autoptr(PangoLayout) title = _kc_print_new_layout (self, KC_PRINT_STYLE_HEADING,
                                                        self->title, self->width);
  g_autoptr(PangoLayout) footer = _kc_print_footer_layout (self, page);
  double band = _kc_print_brand_height (self);
  double rule = band + _kc_print_layout_height (title) + 4;

  if (band > 0)
    kc_print_brand_draw (self->brand, cr, self->context, self->width);
  cairo_move_to (cr, 0, band);
  pango_cairo_show_layout (cr, title);
  if (self->date != NULL)
    {
      g_autoptr(PangoLayout) date = _kc_print_new_layout (self, KC_PRINT_STYLE_BODY,
                                                         self->date, self->width);

      pango_layout_set_alignment (date, PANGO_ALIGN_RIGHT);
      cairo_move_to (cr, 0, rule - 4 - _kc_print_layout_height (date));
      pango_cairo_show_layout (cr, date);
    }

  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, 0, rule);
  cairo_line_to (cr, self->width, rule);
  cairo_stroke (cr);

  cairo_move_to (cr, 0, self->height - _kc_print_layout_height (footer));
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
      if (block->kind == BLOCK_TEXT)
        draw_lines (cr, block, piece);
      else if (block->kind == BLOCK_FIGURE)
        draw_figure (self, cr, block, piece);
      else
        _kc_print_table_draw (self, cr, block, piece);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  draw_boxes (self, cr, page);
  cairo_restore (cr);
}
