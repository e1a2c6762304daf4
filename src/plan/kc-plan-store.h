/* kc-plan-store.h: the user's plans on disk, loaded and saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan.h"
#include "kc-plan-removal.h"

G_BEGIN_DECLS

#define KC_TYPE_PLAN_STORE (kc_plan_store_get_type ())

G_DECLARE_FINAL_TYPE (KcPlanStore, kc_plan_store, KC, PLAN_STORE, GObject)

KcPlanStore *kc_plan_store_new          (GFile        *directory,
                                         KcLibrary    *library);
void         kc_plan_store_load         (KcPlanStore  *self);
void         kc_plan_store_load_async   (KcPlanStore         *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean     kc_plan_store_load_finish  (KcPlanStore   *self,
                                         GAsyncResult  *result,
                                         GError       **error);
void         kc_plan_store_ensure_loaded (KcPlanStore *self);
gboolean     kc_plan_store_get_loading  (KcPlanStore  *self);
GListModel  *kc_plan_store_get_plans    (KcPlanStore  *self);
GListModel  *kc_plan_store_get_problems (KcPlanStore  *self);
const char  *kc_plan_store_get_save_error (KcPlanStore *self);
KcPlan      *kc_plan_store_lookup       (KcPlanStore  *self,
                                         const char   *id);
gboolean     kc_plan_store_is_duplicate (KcPlanStore  *self,
                                         KcPlan       *plan);
GFile       *kc_plan_store_dup_file     (KcPlanStore  *self,
                                         KcPlan       *plan);
gboolean     kc_plan_store_add          (KcPlanStore  *self,
                                         KcPlan       *plan,
                                         GError      **error);
gboolean     kc_plan_store_save         (KcPlanStore  *self,
                                         KcPlan       *plan,
                                         GError      **error);
void         kc_plan_store_flush        (KcPlanStore  *self);
GPtrArray   *kc_plan_store_dup_unsaved  (KcPlanStore  *self);
gboolean     kc_plan_store_remove       (KcPlanStore  *self,
                                         KcPlan       *plan,
                                         GError      **error);
gboolean     kc_plan_store_export       (KcPlanStore  *self,
                                         KcPlan       *plan,
                                         GFile        *destination,
                                         GError      **error);
KcPlan      *kc_plan_store_import       (KcPlanStore  *self,
                                         GFile        *source,
                                         gboolean      replace,
                                         GError      **error);
KcPlan      *kc_plan_store_import_copy  (KcPlanStore  *self,
                                         GFile        *source,
                                         GError      **error);

GPtrArray     *kc_plan_store_dup_patient_plans (KcPlanStore   *self,
                                                const char    *patient);
KcPlanRemoval *kc_plan_store_remove_patient    (KcPlanStore   *self,
                                                const char    *patient,
                                                GError       **error);
gboolean       kc_plan_store_restore           (KcPlanStore   *self,
                                                KcPlanRemoval *removal,
                                                GError       **error);

G_END_DECLS
