/* kc-print-flow.h: text and pictures flowed onto as many pages as they need
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kc-print-brand.h"

G_BEGIN_DECLS

typedef enum
{
  KC_PRINT_STYLE_HEADING,      /* a section's title; kept with what follows */
  KC_PRINT_STYLE_SUBHEADING,   /* a heading inside a section; kept with what follows */
  KC_PRINT_STYLE_BODY,
  KC_PRINT_STYLE_EMPHASIS,     /* a line that says what the text around it means */
  KC_PRINT_STYLE_BULLET,       /* an item of a list, its lines hanging under the text */
  KC_PRINT_STYLE_SMALL,        /* references */
  KC_PRINT_STYLE_TITLE,        /* a cover's title */
} KcPrintStyle;

/* Draws column @column of a figure into a @width × @height box at the
 * origin of @cr. */
typedef void (*KcPrintFigureFunc) (cairo_t  *cr,
                                   guint     column,
                                   double    width,
                                   double    height,
                                   gpointer  user_data);

#define KC_TYPE_PRINT_FLOW (kc_print_flow_get_type ())

G_DECLARE_FINAL_TYPE (KcPrintFlow, kc_print_flow, KC, PRINT_FLOW, GObject)

KcPrintFlow *kc_print_flow_new          (const char         *title,
                                         const char         *date);
void         kc_print_flow_set_compact  (KcPrintFlow        *self,
                                         gboolean            compact);
void         kc_print_flow_set_brand    (KcPrintFlow        *self,
                                         KcPrintBrand       *brand);
void         kc_print_flow_add_text     (KcPrintFlow        *self,
                                         KcPrintStyle        style,
                                         const char         *text);
void         kc_print_flow_add_swatch   (KcPrintFlow        *self,
                                         const GdkRGBA      *color,
                                         const char         *text);
void         kc_print_flow_add_figure   (KcPrintFlow        *self,
                                         double              share,
                                         const char * const *captions,
                                         KcPrintFigureFunc   func,
                                         gpointer            user_data,
                                         GDestroyNotify      destroy);
void         kc_print_flow_add_table    (KcPrintFlow        *self,
                                         guint               n_columns,
                                         const double       *widths,
                                         const char * const *cells);
void         kc_print_flow_add_page_break (KcPrintFlow      *self);
void         kc_print_flow_begin_box    (KcPrintFlow        *self);
void         kc_print_flow_end_box      (KcPrintFlow        *self);
void         kc_print_flow_begin_keep   (KcPrintFlow        *self);
void         kc_print_flow_end_keep     (KcPrintFlow        *self);
guint        kc_print_flow_paginate     (KcPrintFlow        *self,
                                         PangoContext       *context,
                                         double              width,
                                         double              height);
guint        kc_print_flow_get_n_pages  (KcPrintFlow        *self);
void         kc_print_flow_draw_page    (KcPrintFlow        *self,
                                         cairo_t            *cr,
                                         guint               page);

G_END_DECLS
