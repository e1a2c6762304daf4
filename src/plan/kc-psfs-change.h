/* kc-psfs-change.h: the change on the functional scale, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan.h"

G_BEGIN_DECLS

gboolean kc_plan_get_psfs_first  (KcPlan      *self,
                                  const char  *activity_id,
                                  GDate       *date,
                                  guint       *score);
gboolean kc_plan_get_psfs_first_average (KcPlan *self,
                                         GDate  *monday,
                                         double *average);
char    *kc_psfs_describe_change (double       first,
                                  double       latest,
                                  const GDate *since,
                                  gboolean     average);

G_END_DECLS
