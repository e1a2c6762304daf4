/* kc-plan-private.h: a plan's fields, shared by its two files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan is one object in several files: the plan and its days (kc-plan.c),
 * the log and the week's figures (kc-plan-log.c), the suggestions made
 * from the log and the decisions on them (kc-plan-suggestions.c), the
 * Patient-Specific Functional Scale (kc-plan-psfs.c), where its progress was
 * imported from (kc-plan-imported.c).
 */
#pragma once

#include "kc-plan-suggestions.h"
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
  GPtrArray *changes;                /* of KcPlanChange, decided, oldest first */
  GPtrArray *psfs_activities;        /* of KcPsfsActivity, in the order named */
  GPtrArray *psfs_ratings;           /* of KcPsfsRating, oldest first */
  GPtrArray *undo;                   /* of KcPlanItem: the last accepted change's
                                        items, before and after, in pairs */
  GDate progress_imported;           /* when a progress file last added to the plan
                                        (kc-plan-imported.c); invalid if never */
  char *progress_file;               /* that file's name */
};

void _kc_plan_emit_changed  (KcPlan       *self);
char *_kc_plan_fit_text     (const char   *text,
                             glong         limit);
void _kc_plan_copy_psfs     (KcPlan       *self,
                             KcPlan       *copy);
void _kc_plan_day_log_free  (KcPlanDayLog *log);
void _kc_plan_copy_log      (KcPlan       *self,
                             KcPlan       *copy);
void _kc_plan_take_log      (KcPlan       *self,
                             KcPlan       *from);

GHashTable *_kc_plan_week_dup_recorded (KcPlan     *self,
                                        GDate      *monday);
gboolean    _kc_plan_week_has_record   (GHashTable *recorded,
                                        GDate      *date,
                                        const char *exercise_id);

G_END_DECLS
