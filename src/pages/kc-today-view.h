/* kc-today-view.h: today's exercises, ticked off, with the week's progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "plan/kc-plan-store.h"

G_BEGIN_DECLS

#define KC_TYPE_TODAY_VIEW (kc_today_view_get_type ())

G_DECLARE_FINAL_TYPE (KcTodayView, kc_today_view, KC, TODAY_VIEW, GtkWidget)

void    kc_today_view_set_store (KcTodayView *self,
                                 KcPlanStore *store,
                                 KcLibrary   *library);
void    kc_today_view_set_date  (KcTodayView *self,
                                 GDate       *date);
void    kc_today_view_set_plan  (KcTodayView *self,
                                 KcPlan      *plan);
KcPlan *kc_today_view_get_plan  (KcTodayView *self);

G_END_DECLS
