/* kc-body-map-print.c: printing the body map's sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet (kc-body-map-sheet.c) is laid out when the print begins, on
 * the printer's page size, and has as many pages as it needs; each page
 * is drawn from that one layout.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-body-map-page-private.h"
#include "kc-body-map-sheet.h"
#include "widgets/kc-print.h"

/* Draws view @index of the page as it is lit and drawn on now. */
static void
draw_view (cairo_t  *cr,
           guint     index,
           double    width,
           double    height,
           gpointer  user_data)
{
  kc_diagram_view_render (_kc_body_map_page_get_view (user_data, index), cr, width, height);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   KcPrintFlow       *sheet)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  guint n_pages = kc_print_flow_paginate (sheet, pango, gtk_print_context_get_width (context),
                                          gtk_print_context_get_height (context));

  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, (int)n_pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 KcPrintFlow       *sheet)
{
  kc_print_flow_draw_page (sheet, gtk_print_context_get_cairo_context (context), (guint)page_nr);
}

/**
 * kc_body_map_page_get_answer:
 *
 * Returns: (transfer none) (nullable): what the map shows now; %NULL
 *   before the page was built
 */
KcReferralAnswer *
kc_body_map_page_get_answer (KcBodyMapPage *self)
{
  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), NULL);
  return self->built ? self->answer : NULL;
}

/* Draws view @index (0 front, 1 back) as lit and drawn on, into a
 * @width × @height box: for the visit summary. */
void
kc_body_map_page_draw_view (KcBodyMapPage *self,
                            guint          index,
                            cairo_t       *cr,
                            double         width,
                            double         height)
{
  g_return_if_fail (KC_IS_BODY_MAP_PAGE (self));
  g_return_if_fail (self->built && index < 2);
  draw_view (cr, index, width, height, self);
}

/**
 * kc_body_map_page_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @export_pdf: (nullable): a file to write a PDF to, without any dialog
 *
 * Prints the current map and its answer on as many pages as they need,
 * or saves them as PDF.
 */
gboolean
kc_body_map_page_print (KcBodyMapPage  *self,
                        GtkWindow      *parent,
                        const char     *export_pdf,
                        GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(KcPrintFlow) sheet = NULL;
  g_autoptr(KcPrintBrand) brand = kc_print_dup_brand ();

  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), FALSE);

  _kc_body_map_page_ensure_built (self);
  sheet = kc_body_map_sheet_new (self->answer, now, draw_view, g_object_ref (self),
                                 g_object_unref);

  kc_print_flow_set_brand (sheet, brand);

  kc_print_set_name (operation, _("Body map handout"));
  kc_print_ask_patient (operation, brand);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print_cb), sheet, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page_cb), sheet, 0);

  return kc_print_run (operation, parent, export_pdf, error);
}
