/* kc-plan.h: a weekly exercise plan and the record of doing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "content/kc-library.h"
#include "kc-exercise-record.h"
#include "kc-plan-item.h"
#include "kc-plan-limits.h"
#include "kc-psfs.h"

G_BEGIN_DECLS

/* What WHO advises a week: at least 150 minutes of moderate aerobic
 * activity, and strengthening on at least two days (Bull et al. 2020). */
#define KC_WEEKLY_AEROBIC_MINUTES      150
#define KC_WEEKLY_STRENGTHENING_DAYS   2

#define KC_TYPE_PLAN (kc_plan_get_type ())

G_DECLARE_FINAL_TYPE (KcPlan, kc_plan, KC, PLAN, GObject)

KcPlan     *kc_plan_new               (const char     *id,
                                       const char     *name);
KcPlan     *kc_plan_new_from_template (KcPlanTemplate *template,
                                       KcLibrary      *library);
KcPlan     *kc_plan_duplicate         (KcPlan         *self);
KcPlan     *kc_plan_snapshot          (KcPlan         *self);
const char *kc_plan_get_id            (KcPlan         *self);
const char *kc_plan_get_name          (KcPlan         *self);
void        kc_plan_set_name          (KcPlan         *self,
                                       const char     *name);
const char *kc_plan_get_patient       (KcPlan         *self);
void        kc_plan_set_patient       (KcPlan         *self,
                                       const char     *patient);
const char *kc_plan_get_notes         (KcPlan         *self);
void        kc_plan_set_notes         (KcPlan         *self,
                                       const char     *notes);
GListModel *kc_plan_get_day           (KcPlan         *self,
                                       guint           weekday);
KcPlanItem *kc_plan_add_item          (KcPlan         *self,
                                       guint           weekday,
                                       const char     *exercise_id,
                                       const KcDose   *dose);
gboolean    kc_plan_day_has_room      (KcPlan         *self,
                                       guint           weekday);
gboolean    kc_plan_insert_item       (KcPlan         *self,
                                       guint           weekday,
                                       guint           position,
                                       KcPlanItem     *item);
KcPlanItem *kc_plan_remove_item       (KcPlan         *self,
                                       guint           weekday,
                                       guint           position);
void        kc_plan_move_item         (KcPlan         *self,
                                       guint           weekday,
                                       guint           from,
                                       guint           to);
gboolean    kc_plan_find_item         (KcPlan         *self,
                                       KcPlanItem     *item,
                                       guint          *weekday,
                                       guint          *position);
gboolean    kc_plan_move_item_to_day  (KcPlan         *self,
                                       KcPlanItem     *item,
                                       guint           weekday);
guint       kc_plan_get_n_items       (KcPlan         *self);
gboolean    kc_plan_set_done          (KcPlan         *self,
                                       GDate          *date,
                                       const char     *exercise_id,
                                       gboolean        done);
gboolean    kc_plan_get_done          (KcPlan         *self,
                                       GDate          *date,
                                       const char     *exercise_id);
gboolean    kc_plan_set_pain          (KcPlan         *self,
                                       GDate          *date,
                                       int             pain);
int         kc_plan_get_pain          (KcPlan         *self,
                                       GDate          *date);
char      **kc_plan_dup_log_dates     (KcPlan         *self);
gboolean    kc_plan_add_record        (KcPlan                 *self,
                                       const KcExerciseRecord *record);
GPtrArray  *kc_plan_get_records       (KcPlan         *self);
gboolean    kc_plan_set_settled       (KcPlan         *self,
                                       GDate          *date,
                                       const char     *exercise_id,
                                       KcSettled       settled);
GPtrArray  *kc_plan_dup_unsettled     (KcPlan         *self,
                                       GDate          *today,
                                       GDate          *session_day);
void        kc_plan_get_week_figures  (KcPlan         *self,
                                       GDate          *monday,
                                       guint          *done,
                                       guint          *planned,
                                       double         *pain);
void        kc_plan_get_week_pain     (KcPlan         *self,
                                       GDate          *monday,
                                       double         *median,
                                       int            *worst);
guint       kc_plan_count_week_changes (KcPlan        *self,
                                        GDate         *monday);
guint       kc_plan_get_minutes_of_kind (KcPlan         *self,
                                         KcLibrary      *library,
                                         KcExerciseKind  kind);
guint       kc_plan_count_days_of_kind  (KcPlan         *self,
                                         KcLibrary      *library,
                                         KcExerciseKind  kind);

const KcPsfsActivity *kc_plan_add_psfs_activity    (KcPlan               *self,
                                                    const char           *name,
                                                    const GDate          *added);
gboolean              kc_plan_insert_psfs_activity (KcPlan               *self,
                                                    const KcPsfsActivity *activity);
gboolean              kc_plan_rename_psfs_activity (KcPlan               *self,
                                                    const char           *id,
                                                    const char           *name);
gboolean              kc_plan_remove_psfs_activity (KcPlan               *self,
                                                    const char           *id);
const KcPsfsActivity *kc_plan_find_psfs_activity   (KcPlan               *self,
                                                    const char           *id);
GPtrArray            *kc_plan_get_psfs_activities  (KcPlan               *self);
gboolean              kc_plan_set_psfs_score       (KcPlan               *self,
                                                    const GDate          *date,
                                                    const char           *activity_id,
                                                    guint                 score);
int                   kc_plan_get_psfs_score       (KcPlan               *self,
                                                    const GDate          *date,
                                                    const char           *activity_id);
GPtrArray            *kc_plan_get_psfs_ratings     (KcPlan               *self);
gboolean              kc_plan_get_psfs_week        (KcPlan               *self,
                                                    const GDate          *monday,
                                                    const char           *activity_id,
                                                    double               *value);
gboolean              kc_plan_get_psfs_span        (KcPlan               *self,
                                                    GDate                *first,
                                                    GDate                *latest);
gboolean              kc_plan_psfs_is_due          (KcPlan               *self,
                                                    const GDate          *today);

guint       kc_weekday_of             (GDate          *date);
GDate       kc_plan_date_of           (GDateTime      *time);
GDate       kc_plan_today             (void);
/* kc-plan-imported.c */
const GDate *kc_plan_get_progress_imported (KcPlan      *self);
const char  *kc_plan_get_progress_file     (KcPlan      *self);
void         kc_plan_set_progress_imported (KcPlan      *self,
                                            const GDate *day,
                                            const char  *file_name);
char        *kc_plan_dup_progress_source   (KcPlan      *self);

gboolean    kc_plan_parse_date        (const char     *text,
                                       GDate          *date);
char       *kc_plan_clean_text        (const char     *text);

G_END_DECLS
