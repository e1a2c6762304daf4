/* kc-print-flow-private.h: the blocks of a KcPrintFlow, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-print-flow.h"

G_BEGIN_DECLS

#define BRAND_GAP 6.0      /* between the clinic's band and the title */
#define BOX_PAD 8.0        /* between a box's border and its text */
#define HEADER_GAP 14.0    /* between the header's rule and the first block */
#define FOOTER_GAP 8.0
#define SWATCH 10.0
#define MIN_LINES 2        /* lines of a block that may stand alone on a page */

typedef struct
{
  const char *font;
  double space_before;
  double indent;          /* of the first line */
  double hanging;         /* of the lines after it */
  gboolean keep_with_next;
} KcPrintStyleInfo;

extern const KcPrintStyleInfo _kc_print_styles[];

typedef enum
{
  BLOCK_TEXT,
  BLOCK_FIGURE,
  BLOCK_TABLE,               /* its rows are its lines */
  BLOCK_PAGE_BREAK,
  BLOCK_KEEP,                /* the next keep_count blocks go on one page if one holds them */
} BlockKind;

typedef struct
{
  BlockKind kind;
  KcPrintStyle style;
  char *text;                /* of a text block */
  gboolean boxed;
  guint keep_count;          /* of a keep */
  gboolean has_swatch;
  GdkRGBA swatch;

  /* A figure: columns side by side, each with a caption under it. */
  double share;              /* of the height between header and footer */
  GStrv captions;
  KcPrintFigureFunc func;
  gpointer user_data;
  GDestroyNotify destroy;

  /* A table: the first row its header */
  guint n_columns;
  GStrv cells;               /* row by row */
  double *column_widths;     /* shares of the width, summing to 1 */

  /* Made by paginating */
  PangoLayout *layout;
  GArray *line_tops;         /* of double, one per line and one for the bottom */
  GPtrArray *caption_layouts;
  GPtrArray *cell_layouts;   /* of PangoLayout, one per cell */
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
  gboolean compact;          /* less space between blocks, smaller headings */
  int keep_start;            /* the open keep's block, or -1 */

  /* Made by paginating */
  PangoContext *context;
  GArray *pieces;            /* of Piece, in page order */
  double width;
  double height;
  double top;
  double bottom;
  guint n_pages;
};

PangoLayout *_kc_print_new_layout    (KcPrintFlow  *self,
                                      KcPrintStyle  style,
                                      const char   *text,
                                      double        width);
double       _kc_print_layout_height (PangoLayout  *layout);
double       _kc_print_lines_height  (Block        *block,
                                      guint         first,
                                      guint         count);
PangoLayout *_kc_print_footer_layout (KcPrintFlow  *self,
                                      guint         page);
double       _kc_print_brand_height  (KcPrintFlow  *self);

void         _kc_print_table_lay_out (KcPrintFlow  *self,
                                      Block        *block);
void         _kc_print_table_draw    (KcPrintFlow  *self,
                                      cairo_t      *cr,
                                      Block        *block,
                                      const Piece  *piece);

G_END_DECLS
