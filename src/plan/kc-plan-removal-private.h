/* kc-plan-removal-private.h: what the store keeps of deleted plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan.h"
#include "kc-plan-removal.h"

G_BEGIN_DECLS

typedef struct
{
  KcPlan *plan;
  GFile *file;          /* where it was saved */
  GBytes *contents;     /* nullable: the file's bytes, if it had one */
  gboolean duplicate;   /* another file claimed its id first */
} KcRemovedPlan;

KcPlanRemoval *_kc_plan_removal_new      (const char    *patient);
void           _kc_plan_removal_add      (KcPlanRemoval *self,
                                          KcPlan        *plan,
                                          GFile         *file,
                                          GBytes        *contents,
                                          gboolean       duplicate);
KcRemovedPlan *_kc_plan_removal_get_plan (KcPlanRemoval *self,
                                          guint          index);

G_END_DECLS
