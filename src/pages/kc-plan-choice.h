/* kc-plan-choice.h: a drop-down of the user's plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plan/kc-plan-store.h"

G_BEGIN_DECLS

void    kc_plan_choice_set_store    (GtkDropDown *choice,
                                     KcPlanStore *store);
void    kc_plan_choice_select       (GtkDropDown *choice,
                                     KcPlanStore *store,
                                     KcPlan      *plan);
KcPlan *kc_plan_choice_dup_selected (GtkDropDown *choice,
                                     KcPlanStore *store);

G_END_DECLS
