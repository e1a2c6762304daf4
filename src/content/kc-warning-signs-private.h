/* kc-warning-signs-private.h: building a tier, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-warning-signs.h"

G_BEGIN_DECLS

KcWarningSigns *_kc_warning_signs_new (KcWarningTier       tier,
                                       const char         *action,
                                       const char * const *signs);

G_END_DECLS
