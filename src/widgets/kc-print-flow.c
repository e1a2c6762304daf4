/* kc-print-flow.c: text and pictures flowed onto as many pages as they need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A handout is a list of blocks: paragraphs, list items, legend entries
 * and figures, added here.  kc-print-flow-paginate.c shares them between
 * pages, kc-print-flow-draw.c draws a page.  Every page gets the title
 * and date in its header and "Page N of M" in its footer.  Nothing here
 * needs a printer or a display: a test paginates onto a PDF surface.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include "kc-print-flow-private.h"

const KcPrintStyleInfo _kc_print_styles[] = {
  [KC_PRINT_STYLE_HEADING] = { "Sans Bold 13", 16, 0, 0, TRUE },
  [KC_PRINT_STYLE_SUBHEADING] = { "Sans Bold 10", 7, 0, 0, TRUE },
  [KC_PRINT_STYLE_BODY] = { "Sans 10", 3, 0, 0, FALSE },
  [KC_PRINT_STYLE_EMPHASIS] = { "Sans Italic 10", 3, 0, 0, FALSE },
  [KC_PRINT_STYLE_BULLET] = { "Sans 10", 2, 4, 10, FALSE },
  [KC_PRINT_STYLE_SMALL] = { "Sans 8", 2, 0, 0, FALSE },
  [KC_PRINT_STYLE_TITLE] = { "Sans Bold 24", 0, 0, 0, TRUE },
};

/* A compact flow's, where they differ; references stay at 8 points. */
static const char * const compact_fonts[] = {
  [KC_PRINT_STYLE_HEADING] = "Sans Bold 11",
  [KC_PRINT_STYLE_SUBHEADING] = "Sans Bold 9",
  [KC_PRINT_STYLE_BODY] = "Sans 9",
  [KC_PRINT_STYLE_EMPHASIS] = "Sans Italic 9",
  [KC_PRINT_STYLE_BULLET] = "Sans 9",
  [KC_PRINT_STYLE_SMALL] = NULL,
  [KC_PRINT_STYLE_TITLE] = NULL,
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
  g_clear_pointer (&block->cells, g_strfreev);
  g_clear_pointer (&block->column_widths, g_free);
  g_clear_pointer (&block->cell_layouts, g_ptr_array_unref);
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
  self->keep_start = -1;
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

/* Fewer pages: half the space between blocks, headings a size smaller,
 * the text at 9 points, no smaller. */
void
kc_print_flow_set_compact (KcPrintFlow *self,
                           gboolean     compact)
{
  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  self->compact = !!compact;
}

static Block *
add_block (KcPrintFlow  *self,
           BlockKind     kind,
           KcPrintStyle  style)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
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

  add_block (self, BLOCK_TEXT, style)->text = style == KC_PRINT_STYLE_BULLET
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

  block = add_block (self, BLOCK_TEXT, KC_PRINT_STYLE_BODY);
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

  block = add_block (self, BLOCK_FIGURE, KC_PRINT_STYLE_BODY);
  block->share = CLAMP (share, 0.1, 1.0);
  block->captions = g_strdupv ((char **)captions);
  block->func = func;
  block->user_data = user_data;
  block->destroy = destroy;
}

/**
 * kc_print_flow_add_table:
 * @n_columns: cells a row
 * @widths: (nullable): each column's share of the width; equal if %NULL
 * @cells: (array zero-terminated=1): row by row, the first row the
 *   header; a cell may hold several lines
 *
 * A table is kept on one page when a page holds it, else split between
 * rows.
 */
void
kc_print_flow_add_table (KcPrintFlow        *self,
                         guint               n_columns,
                         const double       *widths,
                         const char * const *cells)
{
  Block *block;

  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  g_return_if_fail (n_columns > 0 && cells != NULL);
  g_return_if_fail (g_strv_length ((char **)cells) % n_columns == 0);

  block = add_block (self, BLOCK_TABLE, KC_PRINT_STYLE_BODY);
  block->n_columns = n_columns;
  block->cells = g_strdupv ((char **)cells);
  block->column_widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    block->column_widths[i] = widths != NULL ? widths[i] : 1.0 / n_columns;
}

/* What follows starts on a new page, unless it would anyway. */
void
kc_print_flow_add_page_break (KcPrintFlow *self)
{
  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  add_block (self, BLOCK_PAGE_BREAK, KC_PRINT_STYLE_BODY);
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

/* The blocks added until kc_print_flow_end_keep() start on a new page
 * rather than break across one, unless they are taller than a page: an
 * exercise of a compact booklet. */
void
kc_print_flow_begin_keep (KcPrintFlow *self)
{
  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  g_return_if_fail (self->keep_start < 0);

  self->keep_start = (int)self->blocks->len;
  add_block (self, BLOCK_KEEP, KC_PRINT_STYLE_BODY);
}

void
kc_print_flow_end_keep (KcPrintFlow *self)
{
  Block *keep;

  g_return_if_fail (KC_IS_PRINT_FLOW (self));
  g_return_if_fail (self->keep_start >= 0);

  keep = g_ptr_array_index (self->blocks, self->keep_start);
  keep->keep_count = self->blocks->len - self->keep_start - 1;
  self->keep_start = -1;
}

PangoLayout *
_kc_print_new_layout (KcPrintFlow  *self,
                      KcPrintStyle  style,
                      const char   *text,
                      double        width)
{
  const char *font_name = _kc_print_styles[style].font;

  if (self->compact && compact_fonts[style] != NULL)
    font_name = compact_fonts[style];
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (font_name);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

double
_kc_print_layout_height (PangoLayout *layout)
{
  int width, height;

  pango_layout_get_size (layout, &width, &height);
  return (double)height / PANGO_SCALE;
}
