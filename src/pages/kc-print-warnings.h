/* kc-print-warnings.h: the warning-sign tiers on a printed page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "widgets/kc-print-flow.h"

G_BEGIN_DECLS

void kc_print_warnings_add (KcPrintFlow *flow,
                            GPtrArray   *tiers);

G_END_DECLS
