/* kc-plan-item-row.h: one exercise of a day in the planner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plan/kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_PLAN_ITEM_ROW (kc_plan_item_row_get_type ())

G_DECLARE_FINAL_TYPE (KcPlanItemRow, kc_plan_item_row, KC, PLAN_ITEM_ROW, GtkWidget)

GtkWidget  *kc_plan_item_row_new      (KcPlan        *plan,
                                       KcPlanItem    *item,
                                       guint          weekday,
                                       const char    *name);
KcPlanItem *kc_plan_item_row_get_item (KcPlanItemRow *self);

G_END_DECLS
