/* kc-faq-row.h: a question that opens to show its answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include <adwaita.h>

#include "content/kc-faq-entry.h"
#include "content/kc-faq-topic.h"
#include "content/kc-glossary.h"

G_BEGIN_DECLS

#define KC_TYPE_FAQ_ROW (kc_faq_row_get_type ())

G_DECLARE_FINAL_TYPE (KcFaqRow, kc_faq_row, KC, FAQ_ROW, AdwExpanderRow)

KcFaqRow   *kc_faq_row_new          (KcFaqEntry         *entry,
                                     KcFaqTopic         *topic,
                                     GPtrArray          *related,
                                     KcGlossary         *glossary);
KcFaqEntry *kc_faq_row_get_entry    (KcFaqRow           *self);
KcFaqTopic *kc_faq_row_get_topic    (KcFaqRow           *self);
gboolean    kc_faq_row_get_expanded (KcFaqRow           *self);
void        kc_faq_row_set_expanded (KcFaqRow           *self,
                                     gboolean            expanded);

G_END_DECLS
