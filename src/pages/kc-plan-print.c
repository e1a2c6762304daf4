/* kc-plan-print.c: a plan as a printed handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The print operation around the handout (kc-plan-handout.c): A4 or
 * Letter, whatever the print setup says, or a PDF without a dialog.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plan-handout.h"
#include "kc-plan-print.h"
#include "widgets/kc-print.h"

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   KcPlanHandout     *handout)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);
  int n_pages;

  /* As gtk_print_context_create_pango_layout() would. */
  pango_cairo_update_context (gtk_print_context_get_cairo_context (context), pango);
  n_pages = kc_plan_handout_paginate (handout, pango, gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n_pages);
  g_object_unref (pango);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 KcPlanHandout     *handout)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  kc_plan_handout_draw_page (handout, pango, gtk_print_context_get_cairo_context (context),
                             page_nr, gtk_print_context_get_width (context));
  g_object_unref (pango);
}

/**
 * kc_plan_print_dup_name:
 *
 * Returns: the handout's name, the plan's and its patient's: "Gentle
 *   start – Anna"; the plan's alone without a patient
 */
char *
kc_plan_print_dup_name (KcPlan *plan)
{
  const char *patient;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);

  patient = kc_plan_get_patient (plan);
  if (patient == NULL || *patient == '\0')
    return g_strdup (kc_plan_get_name (plan));

  /* Translators: a printed plan's name (and PDF file name): plan – patient */
  return g_strdup_printf (_("%s – %s"), kc_plan_get_name (plan), patient);
}

/**
 * kc_plan_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @export_pdf: (nullable): a file to write a PDF to, without any dialog
 */
gboolean
kc_plan_print (KcPlan     *plan,
               KcLibrary  *library,
               GtkWindow  *parent,
               const char *export_pdf,
               GError    **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *name = NULL;
  KcPlanHandout *handout;

  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (KC_IS_LIBRARY (library), FALSE);

  operation = gtk_print_operation_new ();
  handout = kc_plan_handout_new (plan, library);
  name = kc_plan_print_dup_name (plan);

  kc_print_set_name (operation, name);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), handout);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb), handout,
                         (GClosureNotify)(void (*)(void))kc_plan_handout_free, 0);

  return kc_print_run (operation, parent, export_pdf, error);
}
