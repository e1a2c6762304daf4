/* kc-plan-booklet.h: a plan as a printed booklet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "content/kc-library.h"
#include "plan/kc-plan.h"
#include "widgets/kc-print-flow.h"

G_BEGIN_DECLS

KcPrintFlow *kc_plan_booklet_new (KcPlan       *plan,
                                  KcLibrary    *library,
                                  const GDate  *start,
                                  GDateTime    *printed,
                                  KcPrintBrand *brand,
                                  gboolean      compact);

G_END_DECLS
