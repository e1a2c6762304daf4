/* kc-print.h: running a print operation, to a printer or a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kc-print-brand.h"
#include "kc-print-flow.h"

G_BEGIN_DECLS

/* Makes a flow to print, with fewer pages if @compact. */
typedef KcPrintFlow *(*KcPrintBuildFunc) (gboolean compact,
                                          gpointer user_data);

const char   *kc_print_get_patient (void);
gboolean      kc_print_get_compact (void);
void          kc_print_set_compact (gboolean           compact);
void          kc_print_set_patient (const char        *patient);
KcPrintBrand *kc_print_dup_brand   (void);
void          kc_print_ask_patient (GtkPrintOperation *operation,
                                    KcPrintBrand      *brand,
                                    gboolean           offer_compact);

void     kc_print_set_name (GtkPrintOperation *operation,
                            const char        *name);
gboolean kc_print_run (GtkPrintOperation  *operation,
                       GtkWindow          *parent,
                       const char         *export_pdf,
                       GError            **error);
gboolean kc_print_run_flow (KcPrintBuildFunc   build,
                            gpointer           user_data,
                            GDestroyNotify     destroy,
                            const char        *name,
                            GtkWindow         *parent,
                            const char        *export_pdf,
                            GError           **error);

G_END_DECLS
