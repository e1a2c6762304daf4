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
 * @compact: fewer pages, see kc_plan_booklet_new()
 *
 * Returns: (transfer full): @plan's booklet as printed today: it starts
 *   today, headed by the practice from the settings
 */
KcPrintFlow *
kc_plan_print_new_booklet (KcPlan    *plan,
                           KcLibrary *library,
                           gboolean   compact)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(KcPrintBrand) brand = kc_print_dup_brand ();
  KcPrintFlow *booklet;
  GDate start = kc_plan_date_of (now);

  booklet = kc_plan_booklet_new (plan, library, &start, now, brand, compact);
  kc_print_flow_set_brand (booklet, brand);
  return booklet;
}

/* What a print of a plan needs when it begins. */
typedef struct
{
  KcPlan *plan;
  KcLibrary *library;
  KcPlanPrintBuildFunc build;
} PlanPrint;

static void
plan_print_free (PlanPrint *print)
{
  g_clear_object (&print->plan);
  g_clear_object (&print->library);
  g_free (print);
}

static KcPrintFlow *
build_flow (gboolean compact,
            gpointer user_data)
{
  PlanPrint *print = user_data;

  return print->build (print->plan, print->library, compact);
}

/**
 * kc_plan_print_run:
 * @library: (nullable): handed to @build
 * @build: makes the document of @plan when the print begins
 * @name: the print job's name, and the PDF's
 * @parent: (nullable): the window the print dialog belongs to
 * @export_pdf: (nullable): a file to write a PDF to, without any dialog
 *
 * Prints a document of @plan: its booklet, its progress report.
 */
gboolean
kc_plan_print_run (KcPlan                *plan,
                   KcLibrary             *library,
                   KcPlanPrintBuildFunc   build,
                   const char            *name,
                   GtkWindow             *parent,
                   const char            *export_pdf,
                   GError               **error)
{
  PlanPrint *print;

  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (build != NULL, FALSE);

  print = g_new0 (PlanPrint, 1);
  print->plan = g_object_ref (plan);
  print->library = library != NULL ? g_object_ref (library) : NULL;
  print->build = build;

  return kc_print_run_flow (build_flow, print, (GDestroyNotify)plan_print_free, name, parent,
                            export_pdf, error);
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
  g_autofree char *name = NULL;

  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (KC_IS_LIBRARY (library), FALSE);

  name = kc_plan_print_dup_name (plan);
  return kc_plan_print_run (plan, library, kc_plan_print_new_booklet, name, parent, export_pdf,
                            error);
}
