/* kc-plan-patient.h: plans grouped by patient, and found by a search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan.h"

G_BEGIN_DECLS

char    *kc_plan_patient_key        (const char *patient);
gboolean kc_plan_same_patient       (KcPlan     *plan,
                                     const char *patient);
int      kc_plan_compare_by_patient (KcPlan     *a,
                                     KcPlan     *b);
gboolean kc_plan_matches            (KcPlan     *plan,
                                     const char *query);

G_END_DECLS
