/* kc-print.c: running a print operation, to a printer or a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-print.h"

/* The patient's name asked for in the print dialog: kept for this run
 * only, never saved, for privacy. */
static char *session_patient;
/* Whether the last print asked for fewer pages; for this run only too. */
static gboolean session_compact;

const char *
kc_print_get_patient (void)
{
  return session_patient;
}

/* @patient: (nullable): forgets the name when %NULL or empty */
void
kc_print_set_patient (const char *patient)
{
  g_clear_pointer (&session_patient, g_free);
  if (patient != NULL && *patient != '\0')
    session_patient = g_strdup (patient);
}

gboolean
kc_print_get_compact (void)
{
  return session_compact;
}

void
kc_print_set_compact (gboolean compact)
{
  session_compact = !!compact;
}

/**
 * kc_print_dup_brand:
 *
 * Returns: (transfer full): the practice's name and logo as Preferences
 *   set them, and the patient's name given last in this run
 */
KcPrintBrand *
kc_print_dup_brand (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  KcPrintBrand *brand;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);

      brand = kc_print_brand_new_from_settings (settings);
    }
  else
    brand = kc_print_brand_new ();

  kc_print_brand_set_patient (brand, session_patient);
  return brand;
}

static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation,
                            gpointer           offer_compact)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Patient’s name (optional)"));
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *hint = gtk_label_new (_("Printed in the header of each page; "
                                     "forgotten when Kinetic Chain closes."));

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin-start", 12, "margin-end", 12, "margin-top", 12, NULL);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), session_patient ? session_patient : "");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), entry, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), hint, 1, 1, 1, 1);
  if (GPOINTER_TO_INT (offer_compact))
    {
      GtkWidget *compact = gtk_check_button_new_with_mnemonic (
        _("_Compact: fewer pages, several exercises or sources to a page"));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (compact), session_compact);
      gtk_grid_attach (GTK_GRID (grid), compact, 1, 2, 1, 1);
    }

  return G_OBJECT (grid);
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *grid,
                           KcPrintBrand      *brand)
{
  GtkWidget *entry = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);
  GtkWidget *compact = gtk_grid_get_child_at (GTK_GRID (grid), 1, 2);

  kc_print_set_patient (gtk_editable_get_text (GTK_EDITABLE (entry)));
  kc_print_brand_set_patient (brand, session_patient);
  if (compact != NULL)
    kc_print_set_compact (gtk_check_button_get_active (GTK_CHECK_BUTTON (compact)));
}

/**
 * kc_print_ask_patient:
 * @brand: takes the name typed, before the pages are laid out
 * @offer_compact: whether the tab offers fewer pages too, for
 *   kc_print_get_compact()
 *
 * Adds a Patient tab to @operation's print dialog.
 */
void
kc_print_ask_patient (GtkPrintOperation *operation,
                      KcPrintBrand      *brand,
                      gboolean           offer_compact)
{
  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (KC_IS_PRINT_BRAND (brand));

  /* Translators: a tab of the print dialog */
  gtk_print_operation_set_custom_tab_label (operation, _("Patient"));
  /* The handlers own the brand: whoever else holds it may let go first. */
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget_cb),
                    GINT_TO_POINTER (offer_compact));
  g_signal_connect_data (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply_cb),
                         g_object_ref (brand), (GClosureNotify)(void (*) (void))g_object_unref, 0);
}

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

/* One print of a flow, alive as long as its print operation */
typedef struct
{
  KcPrintBuildFunc build;
  gpointer user_data;
  GDestroyNotify destroy;
  KcPrintBrand *brand;
  KcPrintFlow *flow;       /* built when the print begins */
} FlowPrint;

static void
flow_print_free (FlowPrint *print)
{
  if (print->destroy != NULL)
    print->destroy (print->user_data);
  g_clear_object (&print->brand);
  g_clear_object (&print->flow);
  g_free (print);
}

/* Built now, after the dialog: the Patient tab may have asked for compact. */
static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   FlowPrint         *print)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  guint n_pages;

  g_clear_object (&print->flow);
  print->flow = print->build (session_compact, print->user_data);
  kc_print_flow_set_brand (print->flow, print->brand);
  n_pages = kc_print_flow_paginate (print->flow, pango, gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context));
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, (int)n_pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 FlowPrint         *print)
{
  kc_print_flow_draw_page (print->flow, gtk_print_context_get_cairo_context (context),
                           (guint)page_nr);
}

/**
 * kc_print_run_flow:
 * @build: makes the flow, compact or not, when the print begins
 * @destroy: (nullable): frees @user_data once the print is done
 * @name: the print job's name, see kc_print_set_name()
 * @parent: (nullable): the window the print dialog belongs to
 * @export_pdf: (nullable): a file to write a PDF to, without any dialog
 *
 * Prints a flow, laid out when the print begins on the printer's page
 * size, with as many pages as it needs, headed by the practice from the
 * settings and the patient the print dialog's Patient tab names, compact
 * if that tab asks for it.
 */
gboolean
kc_print_run_flow (KcPrintBuildFunc   build,
                   gpointer           user_data,
                   GDestroyNotify     destroy,
                   const char        *name,
                   GtkWindow         *parent,
                   const char        *export_pdf,
                   GError           **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  FlowPrint *print = g_new0 (FlowPrint, 1);

  print->build = build;
  print->user_data = user_data;
  print->destroy = destroy;
  print->brand = kc_print_dup_brand ();

  kc_print_set_name (operation, name);
  kc_print_ask_patient (operation, print->brand, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb), print,
                         (GClosureNotify)(void (*) (void))flow_print_free, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), print);

  return kc_print_run (operation, parent, export_pdf, error);
}
