/* kc-plan-item.h: one exercise on one day of a plan, with its dose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "content/kc-dose.h"

G_BEGIN_DECLS

#define KC_TYPE_PLAN_ITEM (kc_plan_item_get_type ())

G_DECLARE_FINAL_TYPE (KcPlanItem, kc_plan_item, KC, PLAN_ITEM, GObject)

KcPlanItem   *kc_plan_item_new             (const char   *exercise_id,
                                            const KcDose *dose);
KcPlanItem   *kc_plan_item_copy            (KcPlanItem   *self);
const char   *kc_plan_item_get_exercise_id (KcPlanItem   *self);
const KcDose *kc_plan_item_get_dose        (KcPlanItem   *self);
void          kc_plan_item_set_dose        (KcPlanItem   *self,
                                            const KcDose *dose);

G_END_DECLS
