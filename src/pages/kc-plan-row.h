/* kc-plan-row.h: one plan in the planner's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "plan/kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_PLAN_ROW (kc_plan_row_get_type ())

G_DECLARE_FINAL_TYPE (KcPlanRow, kc_plan_row, KC, PLAN_ROW, AdwActionRow)

GtkWidget  *kc_plan_row_new       (KcPlan    *plan,
                                   GFile     *copy_file);
KcPlan     *kc_plan_row_get_plan  (KcPlanRow *self);

G_END_DECLS
