/* kc-print.c: running a print operation, to a printer or a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include "kc-print.h"

/**
 * kc_print_set_name:
 * @name: what is printed, e.g. "Gentle start – Anna"
 *
 * Names the print job and the file "Print to File" offers ("Gentle start –
 * Anna.pdf", not GTK's "output.pdf").  A slash cannot be in a file name.
 */
void
kc_print_set_name (GtkPrintOperation *operation,
                   const char        *name)
{
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autofree char *basename = g_strdelimit (g_strdup (name), "/\\", '-');

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (name != NULL);

  gtk_print_operation_set_job_name (operation, name);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_operation_set_print_settings (operation, settings);
}

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
