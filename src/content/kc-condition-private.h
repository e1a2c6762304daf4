/* kc-condition-private.h: building conditions, for the loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-condition.h"

G_BEGIN_DECLS

KcCondition *_kc_condition_new         (const char         *id,
                                        KcConditionKind     kind,
                                        const char         *name,
                                        const char         *summary);
void         _kc_condition_set_section (KcCondition        *self,
                                        KcConditionSection  section,
                                        GPtrArray          *blocks);
void         _kc_condition_set_exercise_ids (KcCondition        *self,
                                             const char * const *exercise_ids);
void         _kc_condition_set_warnings (KcCondition        *self,
                                         GPtrArray          *tiers);

G_END_DECLS
