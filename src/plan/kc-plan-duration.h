/* kc-plan-duration.h: how long a plan's exercises take, roughly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan.h"

G_BEGIN_DECLS

guint kc_plan_item_estimate_seconds (KcPlanItem *item);
guint kc_plan_get_day_minutes       (KcPlan     *self,
                                     guint       weekday);
guint kc_plan_count_left            (KcPlan     *self,
                                     GDate      *date,
                                     guint      *minutes);

G_END_DECLS
