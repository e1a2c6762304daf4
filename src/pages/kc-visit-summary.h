/* kc-visit-summary.h: one printed page of what a consultation showed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "content/kc-anatomy-part.h"
#include "content/kc-library.h"
#include "content/kc-referral-answer.h"
#include "plan/kc-plan.h"
#include "widgets/kc-print-flow.h"

G_BEGIN_DECLS

/* What was shown, each borrowed and each but the library and date
 * optional.  @draw_figure draws column 0 (front) and 1 (back) of the body
 * map as drawn on when @answer is set, and the next column, the anatomy
 * diagram, when @part is set. */
typedef struct
{
  KcLibrary *library;
  GDateTime *date;
  KcPrintBrand *brand;
  KcReferralAnswer *answer;
  KcAnatomyPart *part;
  KcPlan *plan;
  const char *next_steps;
  KcPrintFigureFunc draw_figure;
  gpointer figure_data;
} KcVisit;

/* Typed next steps longer than this would not leave room for the rest. */
#define KC_VISIT_NEXT_STEPS_MAX 600

KcPrintFlow *kc_visit_summary_fit (const KcVisit *visit,
                                   PangoContext  *context,
                                   double         width,
                                   double         height);

G_END_DECLS
