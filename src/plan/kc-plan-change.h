/* kc-plan-change.h: a change to a plan suggested from its log, and what was decided
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Suggestions are never silent changes: each is shown, then accepted or
 * dismissed, and the plan keeps the decision — what was suggested, on
 * what evidence, what changed, when and why — in its file.  A suggestion
 * not yet decided is a change whose decision is KC_DECISION_NONE.
 */
#pragma once

#include <glib-object.h>

#include "content/kc-dose.h"

G_BEGIN_DECLS

/* The nicks are the words of plan.rng's <change>. */
typedef enum
{
  KC_CHANGE_EASIER,        /* the exercise's easier version instead */
  KC_CHANGE_LOWER_DOSE,    /* one set fewer, or fewer repetitions */
  KC_CHANGE_HARDER,        /* the exercise's harder version instead */
  KC_CHANGE_HIGHER_DOSE,   /* one more set */
} KcChangeKind;

typedef enum
{
  KC_CHANGE_REASON_PAIN,          /* red, or not settled, in two sessions */
  KC_CHANGE_REASON_EASY,          /* green at full dose for two weeks */
} KcChangeReason;

typedef enum
{
  KC_DECISION_NONE,        /* suggested, not decided yet */
  KC_DECISION_ACCEPTED,
  KC_DECISION_DISMISSED,
} KcDecision;

typedef struct
{
  KcChangeKind    kind;
  KcChangeReason  reason;
  KcDecision      decision;
  GDate           decided;          /* when accepted or dismissed */
  GDate           evidence;         /* the newest session the suggestion rests on */
  char           *exercise_id;      /* before */
  KcDose          dose;             /* before: the exercise's first item's */
  char           *new_exercise_id;  /* after: another only for easier or harder */
  KcDose          new_dose;         /* after */
} KcPlanChange;

#define KC_TYPE_CHANGE_KIND   (kc_change_kind_get_type ())
#define KC_TYPE_CHANGE_REASON (kc_change_reason_get_type ())
#define KC_TYPE_DECISION      (kc_decision_get_type ())
#define KC_TYPE_PLAN_CHANGE   (kc_plan_change_get_type ())

GType         kc_change_kind_get_type   (void) G_GNUC_CONST;
GType         kc_change_reason_get_type (void) G_GNUC_CONST;
GType         kc_decision_get_type      (void) G_GNUC_CONST;
GType         kc_plan_change_get_type   (void) G_GNUC_CONST;

KcPlanChange *kc_plan_change_new        (KcChangeKind        kind,
                                         KcChangeReason      reason,
                                         const char         *exercise_id,
                                         const KcDose       *dose);
KcPlanChange *kc_plan_change_copy       (const KcPlanChange *self);
void          kc_plan_change_free       (KcPlanChange       *self);
char         *kc_plan_change_dup_title  (const KcPlanChange *self,
                                         const char         *name,
                                         const char         *new_name);
const char   *kc_plan_change_get_why    (const KcPlanChange *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcPlanChange, kc_plan_change_free)

G_END_DECLS
