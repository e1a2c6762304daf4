/* kc-print-pdf.c: a KcPrintFlow written to a PDF file, without a print dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the command line and tests: cairo's PDF surface and Pango's cairo
 * context need no display and no GtkPrintOperation.  The flow is laid out
 * on the paper's printable area, inside the margins GTK's page setup
 * gives it, as the print dialog would lay it out.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "core/kc-data-folder.h"
#include "kc-print-pdf.h"

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
draw_pages (KcPrintLayOutFunc  lay_out,
            gpointer           user_data,
            GtkPaperSize      *paper,
            GByteArray        *pdf)
{
  double width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  double height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);
  double left = gtk_paper_size_get_default_left_margin (paper, GTK_UNIT_POINTS);
  double right = gtk_paper_size_get_default_right_margin (paper, GTK_UNIT_POINTS);
  double top = gtk_paper_size_get_default_top_margin (paper, GTK_UNIT_POINTS);
  double bottom = gtk_paper_size_get_default_bottom_margin (paper, GTK_UNIT_POINTS);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, pdf, width, height);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(KcPrintFlow) flow = NULL;
  cairo_status_t status;
  guint n_pages;

  /* Points, as a print context measures them. */
  pango_cairo_context_set_resolution (context, 72);
  flow = lay_out (context, width - left - right, height - top - bottom, user_data);
  n_pages = kc_print_flow_get_n_pages (flow);
  for (guint i = 0; i < n_pages; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, left, top);
      kc_print_flow_draw_page (flow, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

/**
 * kc_print_write_pdf:
 * @lay_out: returns the flow paginated on the context and size it is given
 * @paper: the page size, e.g. gtk_paper_size_new (NULL) for the locale's
 * @path: the file to write; one already there is replaced
 *
 * Lays a flow out on @paper, as a print operation's begin-print would,
 * and writes every page as PDF.  The file is written beside @path and
 * renamed over it: a reader sees the old file or the new one, never half
 * of one.
 */
gboolean
kc_print_write_pdf (KcPrintLayOutFunc   lay_out,
                    gpointer            user_data,
                    GtkPaperSize       *paper,
                    const char         *path,
                    GError            **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GFile) file = NULL;
  cairo_status_t status;

  g_return_val_if_fail (lay_out != NULL, FALSE);
  g_return_val_if_fail (paper != NULL && path != NULL, FALSE);

  status = draw_pages (lay_out, user_data, paper, pdf);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("The PDF could not be made: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }

  /* Private in the data folder, like every file there (kc-data-folder.c). */
  file = g_file_new_for_path (path);
  return g_file_set_contents_full (path, (const char *)pdf->data, pdf->len,
                                   G_FILE_SET_CONTENTS_CONSISTENT,
                                   kc_data_folder_mode_for (file), error);
}

static KcPrintFlow *
paginate_cb (PangoContext *context,
             double        width,
             double        height,
             gpointer      flow)
{
  kc_print_flow_paginate (flow, context, width, height);
  return g_object_ref (flow);
}

/**
 * kc_print_flow_write_pdf:
 *
 * Writes @flow, laid out on @paper, to @path; see kc_print_write_pdf().
 */
gboolean
kc_print_flow_write_pdf (KcPrintFlow   *flow,
                         GtkPaperSize  *paper,
                         const char    *path,
                         GError       **error)
{
  g_return_val_if_fail (KC_IS_PRINT_FLOW (flow), FALSE);

  return kc_print_write_pdf (paginate_cb, flow, paper, path, error);
}
