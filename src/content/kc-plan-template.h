/* kc-plan-template.h: a ready weekly plan from the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-dose.h"
#include "kc-item.h"

G_BEGIN_DECLS

#define KC_N_WEEKDAYS 7   /* Monday is 0 */

typedef struct
{
  char *exercise_id;
  KcDose dose;            /* empty: the exercise's own */
} KcTemplateItem;

#define KC_TYPE_PLAN_TEMPLATE (kc_plan_template_get_type ())

G_DECLARE_FINAL_TYPE (KcPlanTemplate, kc_plan_template, KC, PLAN_TEMPLATE, KcItem)

const char     *kc_plan_template_get_description (KcPlanTemplate *self);
GArray         *kc_plan_template_get_day         (KcPlanTemplate *self,
                                                  guint           weekday);

G_END_DECLS
