/* kc-plan-private.h: a plan's fields, shared by its two files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan is one object in two files: the plan and its days (kc-plan.c),
 * the log and the week's figures (kc-plan-log.c).
 */
#pragma once

#include "kc-plan.h"

G_BEGIN_DECLS

typedef struct
{
  GHashTable *done;   /* exercise ids ticked that day */
  int pain;           /* 0–10, or -1 when not recorded */
} KcPlanDayLog;

struct _KcPlan
{
  GObject parent_instance;

  char *id;
  char *name;
  char *patient;
  char *notes;
  GListStore *days[KC_N_WEEKDAYS];   /* of KcPlanItem */
  GHashTable *log;                   /* "YYYY-MM-DD" → KcPlanDayLog */
  GPtrArray *records;                /* of KcExerciseRecord, oldest first */
};

void _kc_plan_emit_changed  (KcPlan       *self);
void _kc_plan_day_log_free  (KcPlanDayLog *log);
void _kc_plan_copy_log      (KcPlan       *self,
                             KcPlan       *copy);

G_END_DECLS
