/* kc-plan-progress.h: a plan's weeks in figures, for the progress view and report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan.h"

G_BEGIN_DECLS

/* What a week had none of: no pain rated, no functional score. */
#define KC_PROGRESS_NONE (-1.0)

/* The weeks a progress shows at most, newest last. */
#define KC_PROGRESS_MAX_WEEKS 26
/* …and at least, so that a first week still shows as part of a trend. */
#define KC_PROGRESS_MIN_WEEKS 4

/* One series of figures; each chart and each description shows one. */
typedef enum
{
  KC_PROGRESS_ADHERENCE,      /* planned exercises done */
  KC_PROGRESS_PAIN,           /* pain during exercise */
  KC_PROGRESS_PSFS_AVERAGE,   /* the functional scale's average */
  KC_PROGRESS_PSFS_ACTIVITY,  /* one activity of it */
} KcProgressSeries;

typedef struct
{
  GDate  monday;
  guint  done;                          /* planned exercises done */
  guint  planned;
  double median;                        /* pain during exercise, or KC_PROGRESS_NONE */
  int    worst;                         /* -1 if none */
  guint  bands[KC_N_PAIN_BANDS];        /* ratings in each traffic-light band */
  double psfs[KC_PSFS_MAX_ACTIVITIES];  /* by activity, or KC_PROGRESS_NONE */
  double psfs_average;                  /* or KC_PROGRESS_NONE */
  guint  suggested;                     /* suggestions resting on this week's sessions */
  guint  accepted;                      /* decisions taken this week */
  guint  dismissed;
  guint  waiting;                       /* suggestions made from this week's sessions that
                                           wait for a decision (kc_plan_progress_count_waiting) */
} KcProgressWeek;

/* The first and latest functional score of an activity, or the average. */
typedef struct
{
  double first;       /* KC_PROGRESS_NONE if never rated */
  double latest;
  GDate  first_week;  /* Mondays */
  GDate  latest_week;
} KcPsfsTrend;

typedef struct _KcPlanProgress KcPlanProgress;

#define KC_TYPE_PLAN_PROGRESS (kc_plan_progress_get_type ())

GType                 kc_plan_progress_get_type       (void) G_GNUC_CONST;

KcPlanProgress       *kc_plan_progress_new            (KcPlan               *plan,
                                                       const GDate          *first_monday,
                                                       guint                 n_weeks);
KcPlanProgress       *kc_plan_progress_new_to_date    (KcPlan               *plan,
                                                       const GDate          *today);
KcPlanProgress       *kc_plan_progress_ref            (KcPlanProgress       *self);
void                  kc_plan_progress_unref          (KcPlanProgress       *self);
void                  kc_plan_progress_count_waiting  (KcPlanProgress       *self,
                                                       KcPlan               *plan,
                                                       KcLibrary            *library,
                                                       const GDate          *today);
gboolean              kc_plan_progress_is_empty       (KcPlanProgress       *self);
guint                 kc_plan_progress_get_n_weeks    (KcPlanProgress       *self);
const KcProgressWeek *kc_plan_progress_get_week       (KcPlanProgress       *self,
                                                       guint                 week);
guint                 kc_plan_progress_get_n_activities (KcPlanProgress     *self);
const KcPsfsActivity *kc_plan_progress_get_activity   (KcPlanProgress       *self,
                                                       guint                 activity);
double                kc_plan_progress_get_value      (KcPlanProgress       *self,
                                                       KcProgressSeries      series,
                                                       guint                 activity,
                                                       guint                 week);
const KcPsfsTrend    *kc_plan_progress_get_trend      (KcPlanProgress       *self,
                                                       KcProgressSeries      series,
                                                       guint                 activity);
gboolean              kc_plan_progress_trend_matters  (const KcPsfsTrend    *trend,
                                                       KcProgressSeries      series);
void                  kc_plan_progress_get_totals     (KcPlanProgress       *self,
                                                       guint                *done,
                                                       guint                *planned,
                                                       guint                 bands[KC_N_PAIN_BANDS]);
char                 *kc_plan_progress_dup_title      (KcPlanProgress       *self,
                                                       KcProgressSeries      series,
                                                       guint                 activity);
char                 *kc_plan_progress_dup_description (KcPlanProgress      *self,
                                                        KcProgressSeries     series,
                                                        guint                activity);
char                 *kc_plan_progress_dup_decisions  (KcPlanProgress      *self);
char                 *kc_progress_format_score        (double                value);
char                 *kc_progress_format_week         (const GDate          *monday);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcPlanProgress, kc_plan_progress_unref)

G_END_DECLS
