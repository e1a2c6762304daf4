/* kc-faq-entry-private.h: building entries, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-faq-entry.h"
#include "kc-link.h"

G_BEGIN_DECLS

KcFaqEntry *_kc_faq_entry_new           (const char  *id,
                                         const char  *question,
                                         gboolean     urgent);
void        _kc_faq_entry_add_block     (KcFaqEntry  *self,
                                         KcTextBlock *block);
void        _kc_faq_entry_add_see_also  (KcFaqEntry  *self,
                                         const char  *ref);
void        _kc_faq_entry_add_link      (KcFaqEntry  *self,
                                         KcLink      *link);
void        _kc_faq_entry_add_warnings  (KcFaqEntry     *self,
                                         KcWarningSigns *tier);

G_END_DECLS
