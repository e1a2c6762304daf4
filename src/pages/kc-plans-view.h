/* kc-plans-view.h: the weekly planner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "plan/kc-plan-store.h"

G_BEGIN_DECLS

#define KC_TYPE_PLANS_VIEW (kc_plans_view_get_type ())

G_DECLARE_FINAL_TYPE (KcPlansView, kc_plans_view, KC, PLANS_VIEW, GtkWidget)

void    kc_plans_view_set_store (KcPlansView *self,
                                 KcPlanStore *store,
                                 KcLibrary   *library);
void    kc_plans_view_select    (KcPlansView *self,
                                 KcPlan      *plan);
KcPlan *kc_plans_view_get_plan  (KcPlansView *self);
KcPlan *kc_plans_view_import    (KcPlansView *self,
                                 GFile       *file);
gboolean kc_plans_view_export_progress (KcPlansView *self,
                                        GFile       *file);
KcPlan *kc_plans_view_import_progress  (KcPlansView *self,
                                        GFile       *file);
void    kc_plans_view_move_to_day (KcPlansView *self,
                                   guint        from_day,
                                   guint        index,
                                   guint        to_day);
KcPlan *kc_plans_view_add_exercise (KcPlansView *self,
                                    const char  *exercise_id,
                                    guint        weekday);

G_END_DECLS
