/* kc-condition.h: a condition or biomechanical cause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-item.h"
#include "kc-text-block.h"

G_BEGIN_DECLS

typedef enum
{
  KC_CONDITION_KIND_CONDITION,
  KC_CONDITION_KIND_CAUSE,
} KcConditionKind;

typedef enum
{
  KC_CONDITION_SECTION_WHAT_HAPPENS,
  KC_CONDITION_SECTION_SIGNS,
  KC_CONDITION_SECTION_DIAGNOSIS,
  KC_CONDITION_SECTION_WHAT_HELPS,
  KC_CONDITION_SECTION_BACK_KNEE,
  KC_CONDITION_N_SECTIONS
} KcConditionSection;

#define KC_TYPE_CONDITION (kc_condition_get_type ())

G_DECLARE_FINAL_TYPE (KcCondition, kc_condition, KC, CONDITION, KcItem)

KcConditionKind  kc_condition_get_kind    (KcCondition        *self);
const char      *kc_condition_get_summary (KcCondition        *self);
const char * const *kc_condition_get_exercise_ids (KcCondition   *self);
GPtrArray       *kc_condition_get_section (KcCondition        *self,
                                           KcConditionSection  section);
GPtrArray       *kc_condition_get_warnings (KcCondition       *self);

G_END_DECLS
