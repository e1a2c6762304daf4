/* kc-plan-store-private.h: what only the plan library and its tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan-store.h"

G_BEGIN_DECLS

/* For tests: how long a failed save waits for its next try. */
void _kc_plan_store_set_retry_interval (KcPlanStore *self,
                                        guint        milliseconds);

G_END_DECLS
