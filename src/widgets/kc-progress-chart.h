/* kc-progress-chart.h: adherence and pain, week by week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plan/kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_PROGRESS_CHART (kc_progress_chart_get_type ())

G_DECLARE_FINAL_TYPE (KcProgressChart, kc_progress_chart, KC, PROGRESS_CHART, GtkWidget)

#define KC_PROGRESS_CHART_WEEKS 8

GtkWidget *kc_progress_chart_new         (void);
void       kc_progress_chart_set_plan    (KcProgressChart *self,
                                          KcPlan          *plan,
                                          GDate           *last_monday);
char      *kc_progress_chart_dup_summary (KcProgressChart *self);

G_END_DECLS
