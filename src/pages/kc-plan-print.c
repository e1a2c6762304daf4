/* kc-plan-print.c: a plan as a printed booklet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The print operation around the booklet (kc-plan-booklet.c): A4 or
 * Letter, whatever the print setup says, or a PDF without a dialog.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plan-booklet.h"
#include "kc-plan-print.h"
#include "widgets/kc-print.h"

/**
 * kc_plan_print_dup_name:
 *
 * Returns: the booklet's name, the plan's and its patient's: "Gentle
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
 * kc_plan_print_new_booklet:
 *
 * Returns: (transfer full): @plan's booklet as printed today: it starts
 *   today, headed by the practice from the settings
 */
KcPrintFlow *
kc_plan_print_new_booklet (KcPlan    *plan,
                           KcLibrary *library)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(KcPrintBrand) brand = kc_print_dup_brand ();
  KcPrintFlow *booklet;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));

  booklet = kc_plan_booklet_new (plan, library, &start, now, kc_print_brand_get_clinic (brand));
  kc_print_flow_set_brand (booklet, brand);
  return booklet;
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
  g_autoptr(KcPrintFlow) booklet = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (KC_IS_LIBRARY (library), FALSE);

  booklet = kc_plan_print_new_booklet (plan, library);
  name = kc_plan_print_dup_name (plan);

  return kc_print_run_flow (booklet, name, parent, export_pdf, error);
}
