/* kc-print.c: running a print operation, to a printer or a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include "kc-print.h"

/**
 * kc_print_run:
 * @parent: (nullable): the window the print dialog belongs to
 * @export_pdf: (nullable): a PDF file to write instead of showing the
 *   print dialog (tests, "Save as PDF" without a dialog)
 *
 * Returns: %FALSE with @error set if printing failed; a print the user
 *   cancelled is not a failure
 */
gboolean
kc_print_run (GtkPrintOperation  *operation,
              GtkWindow          *parent,
              const char         *export_pdf,
              GError            **error)
{
  GtkPrintOperationResult result;

  g_return_val_if_fail (GTK_IS_PRINT_OPERATION (operation), FALSE);

  if (export_pdf != NULL)
    {
      gtk_print_operation_set_export_filename (operation, export_pdf);
      result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent,
                                        error);
    }
  else
    result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                      parent, error);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}
