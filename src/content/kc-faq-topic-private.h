/* kc-faq-topic-private.h: building topics, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-faq-entry.h"
#include "kc-faq-topic.h"

G_BEGIN_DECLS

KcFaqTopic *_kc_faq_topic_new       (const char *id,
                                     const char *title);
void        _kc_faq_topic_add_entry (KcFaqTopic *self,
                                     KcFaqEntry *entry);

G_END_DECLS
