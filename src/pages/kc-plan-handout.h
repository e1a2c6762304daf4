/* kc-plan-handout.h: a plan's printed handout, laid out on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "content/kc-library.h"
#include "plan/kc-plan.h"

G_BEGIN_DECLS

typedef struct _KcPlanHandout KcPlanHandout;

KcPlanHandout *kc_plan_handout_new       (KcPlan        *plan,
                                          KcLibrary     *library);
int            kc_plan_handout_paginate  (KcPlanHandout *handout,
                                          PangoContext  *context,
                                          double         width,
                                          double         height);
void           kc_plan_handout_draw_page (KcPlanHandout *handout,
                                          PangoContext  *context,
                                          cairo_t       *cr,
                                          int            page_nr,
                                          double         width);
int            kc_plan_handout_print_all (KcPlanHandout *handout,
                                          cairo_t       *cr,
                                          double         width,
                                          double         height);
void           kc_plan_handout_free      (KcPlanHandout *handout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcPlanHandout, kc_plan_handout_free)

G_END_DECLS
