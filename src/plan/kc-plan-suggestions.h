/* kc-plan-suggestions.h: changes to a plan suggested from its log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan-change.h"
#include "kc-plan.h"

G_BEGIN_DECLS

/* Decisions a plan keeps: a few a month for years. */
#define KC_PLAN_MAX_CHANGES 1000

/* Days back over which the rules look: two weeks. */
#define KC_PLAN_SUGGESTION_DAYS 14

GPtrArray *kc_plan_dup_suggestions (KcPlan             *self,
                                    KcLibrary          *library,
                                    GDate              *today);
gboolean   kc_plan_decide          (KcPlan             *self,
                                    const KcPlanChange *suggestion,
                                    KcDecision          decision,
                                    GDate              *today);
gboolean   kc_plan_can_undo_change (KcPlan             *self);
gboolean   kc_plan_undo_change     (KcPlan             *self);
gboolean   kc_plan_add_change      (KcPlan             *self,
                                    const KcPlanChange *change);
GPtrArray *kc_plan_get_changes     (KcPlan             *self);
gboolean   kc_dose_lower           (const KcDose       *dose,
                                    KcDose             *lower);

G_END_DECLS
