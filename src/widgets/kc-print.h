/* kc-print.h: running a print operation, to a printer or a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     kc_print_set_name (GtkPrintOperation *operation,
                            const char        *name);
gboolean kc_print_run (GtkPrintOperation  *operation,
                       GtkWindow          *parent,
                       const char         *export_pdf,
                       GError            **error);

G_END_DECLS
