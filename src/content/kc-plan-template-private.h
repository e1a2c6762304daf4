/* kc-plan-template-private.h: building plan templates, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan-template.h"

G_BEGIN_DECLS

KcPlanTemplate *_kc_plan_template_new      (const char     *id,
                                            const char     *name,
                                            const char     *description);
void            _kc_plan_template_add_item (KcPlanTemplate *self,
                                            guint           weekday,
                                            const char     *exercise_id,
                                            const KcDose   *dose);

G_END_DECLS
