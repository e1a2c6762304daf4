/* kc-plan-store-private.h: what only the plan library and its tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store is one object in three files: the object, import and export
 * (kc-plan-store.c), a plan's file and reading the folder
 * (kc-plan-store-load.c), saving (kc-plan-store-save.c); a patient's
 * plans deleted together and brought back (kc-plan-store-patients.c).
 */
#pragma once

#include "content/kc-problem.h"
#include "kc-plan-saver.h"
#include "kc-plan-store.h"

G_BEGIN_DECLS

struct _KcPlanStore
{
  GObject parent_instance;

  GFile *directory;
  KcLibrary *library;
  GListStore *plans;       /* of KcPlan */
  GListStore *problems;    /* of KcProblem */
  char *save_error;        /* the last failed save, until one succeeds */
  GHashTable *autosaves;   /* KcPlan → Autosave, for each plan in the store */
  KcPlanSaver *saver;
  guint retry;             /* the timer that retries failed saves, or 0 */
  guint retry_interval;    /* milliseconds */
  gboolean loaded;         /* loading was started */
  gboolean loading;        /* a worker is reading the folder */
};

typedef struct
{
  KcPlanStore *store;  /* unowned: the store owns this */
  KcPlan *plan;        /* unowned: the store holds the plan */
  GFile *file;         /* the plan's file: the only one it is saved to */
  gboolean duplicate;  /* another file claimed the plan's id first */
  gboolean unsaved;    /* its last save failed: retried until one works */
  gint64 saved_at;     /* monotonic time of the last save, 0 for never */
  guint waiting;       /* the timeout of a save held back, or 0 */
} Autosave;

/* kc-plan-store.c */
KcProblem *_kc_plan_store_new_problem   (GFile       *file,
                                         const char  *message);
void      _kc_plan_store_set_save_error (KcPlanStore *self,
                                         const char  *message);
void      _kc_plan_store_set_loading    (KcPlanStore *self,
                                         gboolean     loading);
void      _kc_plan_store_add_problem    (KcPlanStore *self,
                                         GFile       *file,
                                         const char  *message);

/* kc-plan-store-load.c */
GFile    *_kc_plan_store_file_for       (KcPlanStore *self,
                                         KcPlan      *plan);
GFile    *_kc_plan_store_new_file_for   (KcPlanStore *self,
                                         KcPlan      *plan);
gboolean  _kc_plan_store_file_is_taken  (KcPlanStore *self,
                                         GFile       *file);

/* kc-plan-store-save.c */
void      _kc_plan_store_init_saving    (KcPlanStore *self);
void      _kc_plan_store_dispose_saving (KcPlanStore *self);
char     *_kc_plan_store_path_for       (KcPlanStore *self,
                                         KcPlan      *plan);
Autosave *_kc_plan_store_track          (KcPlanStore *self,
                                         KcPlan      *plan,
                                         GFile       *file,
                                         gboolean     duplicate);
void      _kc_plan_store_untrack        (KcPlanStore *self,
                                         KcPlan      *plan);

/* For tests: how long a failed save waits for its next try. */
void _kc_plan_store_set_retry_interval (KcPlanStore *self,
                                        guint        milliseconds);

G_END_DECLS
