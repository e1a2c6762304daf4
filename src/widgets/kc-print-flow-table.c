/* kc-print-flow-table.c: a table in a KcPrintFlow, ruled, its header shaded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row is one of the block's lines to the paginator, as tall as its
 * tallest cell: a page breaks between rows, never inside one, and the
 * header row is drawn again at the top of each page the table goes on to.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include "kc-print-flow-private.h"

#define CELL_PAD 4.0
#define HEADER_GREY 0.88

static double
column_x (KcPrintFlow *self,
          Block       *block,
          guint        column)
{
  double x = 0;

  for (guint i = 0; i < column; i++)
    x += block->column_widths[i] * self->width;

  return x;
}

static PangoLayout *
cell_layout (KcPrintFlow *self,
             Block       *block,
             guint        index)
{
  guint column = index % block->n_columns;
  KcPrintStyle style = index < block->n_columns ? KC_PRINT_STYLE_SUBHEADING : KC_PRINT_STYLE_BODY;
  double width = block->column_widths[column] * self->width - 2 * CELL_PAD;

  return _kc_print_new_layout (self, style, block->cells[index], MAX (width, 1));
}

void
_kc_print_table_lay_out (KcPrintFlow *self,
                         Block       *block)
{
  guint n_cells = g_strv_length (block->cells);
  double top = 0;

  g_clear_pointer (&block->cell_layouts, g_ptr_array_unref);
  g_clear_pointer (&block->line_tops, g_array_unref);
  block->cell_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  block->line_tops = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n_cells; i++)
    g_ptr_array_add (block->cell_layouts, cell_layout (self, block, i));

  g_array_append_val (block->line_tops, top);
  for (guint row = 0; row < n_cells / block->n_columns; row++)
    {
      double height = 0;

      for (guint column = 0; column < block->n_columns; column++)
        {
          PangoLayout *layout = g_ptr_array_index (block->cell_layouts,
                                                   row * block->n_columns + column);

          height = MAX (height, _kc_print_layout_height (layout));
        }
      top += height + 2 * CELL_PAD;
      g_array_append_val (block->line_tops, top);
    }
}

static void
draw_row (KcPrintFlow *self,
          cairo_t     *cr,
          Block       *block,
          guint        row,
          double       y,
          double       height)
{
  cairo_set_line_width (cr, 0.5);
  if (row == 0)
    {
      cairo_set_source_rgb (cr, HEADER_GREY, HEADER_GREY, HEADER_GREY);
      cairo_rectangle (cr, 0, y, self->width, height);
      cairo_fill (cr);
    }

  for (guint column = 0; column < block->n_columns; column++)
    {
      double x = column_x (self, block, column);
      double width = block->column_widths[column] * self->width;

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, x, y, width, height);
      cairo_stroke (cr);
      cairo_move_to (cr, x + CELL_PAD, y + CELL_PAD);
      pango_cairo_show_layout (cr, g_ptr_array_index (block->cell_layouts,
                                                      row * block->n_columns + column));
    }
}

void
_kc_print_table_draw (KcPrintFlow *self,
                      cairo_t     *cr,
                      Block       *block,
                      const Piece *piece)
{
  double first_top = g_array_index (block->line_tops, double, piece->first_line);
  double y = piece->y;

  /* Continued from a page before: its header again, then its rows. */
  if (piece->first_line > 0)
    {
      double header = g_array_index (block->line_tops, double, 1);

      draw_row (self, cr, block, 0, y, header);
      y += header;
    }

  for (guint row = piece->first_line; row < piece->first_line + piece->n_lines; row++)
    {
      double top = g_array_index (block->line_tops, double, row);
      double bottom = g_array_index (block->line_tops, double, row + 1);

      draw_row (self, cr, block, row, y + top - first_top, bottom - top);
    }
}
