/* kc-plan-print.h: a plan as a printed booklet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "plan/kc-plan.h"
#include "widgets/kc-print-flow.h"

G_BEGIN_DECLS

/* Makes a document of @plan, with fewer pages if @compact. */
typedef KcPrintFlow *(*KcPlanPrintBuildFunc) (KcPlan    *plan,
                                              KcLibrary *library,
                                              gboolean   compact);

char        *kc_plan_print_dup_name    (KcPlan     *plan);
KcPrintFlow *kc_plan_print_new_booklet (KcPlan     *plan,
                                        KcLibrary  *library,
                                        gboolean    compact);
gboolean     kc_plan_print             (KcPlan     *plan,
                                        KcLibrary  *library,
                                        GtkWindow  *parent,
                                        const char *export_pdf,
                                        GError    **error);
gboolean     kc_plan_print_run         (KcPlan               *plan,
                                        KcLibrary            *library,
                                        KcPlanPrintBuildFunc  build,
                                        const char           *name,
                                        GtkWindow            *parent,
                                        const char           *export_pdf,
                                        GError              **error);

G_END_DECLS
