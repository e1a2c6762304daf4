/* kc-trend-paint.h: one series of a plan's progress drawn as a weekly chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plan/kc-plan-progress.h"

G_BEGIN_DECLS

typedef struct
{
  GdkRGBA fg;                       /* text, grid, marks */
  GdkRGBA accent;                   /* bars and lines */
  GdkRGBA bands[KC_N_PAIN_BANDS];   /* the traffic light */
} KcTrendColors;

void kc_trend_colors_init (KcTrendColors    *colors,
                           const GdkRGBA    *fg);
void kc_trend_paint       (cairo_t          *cr,
                           PangoContext     *context,
                           const KcTrendColors *colors,
                           KcPlanProgress   *progress,
                           KcProgressSeries  series,
                           guint             activity,
                           double            width,
                           double            height);

G_END_DECLS
