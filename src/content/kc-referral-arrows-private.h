/* kc-referral-arrows-private.h: the arrows of a referral answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-referral-answer.h"

G_BEGIN_DECLS

GPtrArray  *_kc_referral_arrows_new         (void);
void        _kc_referral_arrows_add         (GPtrArray    *arrows,
                                             GPtrArray    *leads,
                                             const char   *from,
                                             const char   *to,
                                             KcPainSource *source,
                                             KcCommonness  how);
GPtrArray  *_kc_referral_arrows_dup_ranked  (GPtrArray    *leads,
                                             GPtrArray    *sources);

G_END_DECLS
