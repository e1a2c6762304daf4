/* kc-faq-entry.h: one question and its answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kc-item.h"
#include "kc-text-block.h"
#include "kc-warning-signs.h"

G_BEGIN_DECLS

#define KC_TYPE_FAQ_ENTRY (kc_faq_entry_get_type ())

G_DECLARE_FINAL_TYPE (KcFaqEntry, kc_faq_entry, KC, FAQ_ENTRY, KcItem)

gboolean            kc_faq_entry_get_urgent    (KcFaqEntry *self);
GPtrArray          *kc_faq_entry_get_answer    (KcFaqEntry *self);
GPtrArray          *kc_faq_entry_get_warnings  (KcFaqEntry *self);
const char * const *kc_faq_entry_get_see_also  (KcFaqEntry *self);
GListModel         *kc_faq_entry_get_links     (KcFaqEntry *self);
gboolean            kc_faq_entry_matches       (KcFaqEntry *self,
                                                const char *folded_query);

G_END_DECLS
