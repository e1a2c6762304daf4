/* kc-plan-saver.h: plan files written off the main thread, one at a time each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_PLAN_SAVER (kc_plan_saver_get_type ())

G_DECLARE_FINAL_TYPE (KcPlanSaver, kc_plan_saver, KC, PLAN_SAVER, GObject)

KcPlanSaver *kc_plan_saver_new     (void);
void         kc_plan_saver_queue   (KcPlanSaver  *self,
                                    const char   *path,
                                    GBytes       *contents,
                                    const char   *name);
void         kc_plan_saver_queue_plan (KcPlanSaver *self,
                                       const char  *path,
                                       KcPlan      *snapshot,
                                       const char  *name);
gboolean     kc_plan_saver_wait    (KcPlanSaver  *self,
                                    const char   *path,
                                    GError      **error);
gboolean     kc_plan_saver_is_busy (KcPlanSaver  *self);
void         kc_plan_saver_remember (KcPlanSaver *self,
                                     const char  *path);
void         kc_plan_saver_forget  (KcPlanSaver  *self,
                                    const char   *path);

G_END_DECLS
