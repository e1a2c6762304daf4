/* kc-trend-chart.h: one series of a plan's progress, week by week, with its words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plan/kc-plan-progress.h"

G_BEGIN_DECLS

#define KC_TYPE_TREND_CHART (kc_trend_chart_get_type ())

G_DECLARE_FINAL_TYPE (KcTrendChart, kc_trend_chart, KC, TREND_CHART, GtkWidget)

GtkWidget  *kc_trend_chart_new             (void);
void        kc_trend_chart_set_series      (KcTrendChart     *self,
                                            KcPlanProgress   *progress,
                                            KcProgressSeries  series,
                                            guint             activity);
const char *kc_trend_chart_get_title       (KcTrendChart     *self);
const char *kc_trend_chart_get_description (KcTrendChart     *self);

G_END_DECLS
