/* kc-progress-report.h: a plan's progress on one or two printed pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "plan/kc-plan.h"
#include "widgets/kc-print-flow.h"

G_BEGIN_DECLS

/* The weeks the report shows at most, newest last: two pages hold them. */
#define KC_PROGRESS_REPORT_WEEKS 8

KcPrintFlow *kc_progress_report_new   (KcPlan      *plan,
                                       KcLibrary   *library,
                                       const GDate *today);
KcPrintFlow *kc_progress_report_new_today (KcPlan    *plan,
                                           KcLibrary *library);
gboolean     kc_progress_report_print (KcPlan      *plan,
                                       KcLibrary   *library,
                                       GtkWindow   *parent,
                                       const char  *export_pdf,
                                       GError     **error);

G_END_DECLS
