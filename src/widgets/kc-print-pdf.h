/* kc-print-pdf.h: a KcPrintFlow written to a PDF file, without a print dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kc-print-flow.h"

G_BEGIN_DECLS

/* Returns: (transfer full): a flow paginated on @context, @width × @height */
typedef KcPrintFlow *(*KcPrintLayOutFunc) (PangoContext *context,
                                           double        width,
                                           double        height,
                                           gpointer      user_data);

gboolean kc_print_write_pdf      (KcPrintLayOutFunc lay_out,
                                  gpointer          user_data,
                                  GtkPaperSize     *paper,
                                  const char       *path,
                                  GError          **error);
gboolean kc_print_flow_write_pdf (KcPrintFlow   *flow,
                                  GtkPaperSize  *paper,
                                  const char    *path,
                                  GError       **error);

G_END_DECLS
