/* kc-plan-removal.h: a patient's plans as they were before being deleted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_PLAN_REMOVAL (kc_plan_removal_get_type ())

G_DECLARE_FINAL_TYPE (KcPlanRemoval, kc_plan_removal, KC, PLAN_REMOVAL, GObject)

const char *kc_plan_removal_get_patient (KcPlanRemoval *self);
guint       kc_plan_removal_get_n_plans (KcPlanRemoval *self);
KcPlan     *kc_plan_removal_get_plan    (KcPlanRemoval *self,
                                         guint          index);

G_END_DECLS
