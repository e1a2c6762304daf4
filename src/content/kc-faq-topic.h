/* kc-faq-topic.h: a group of questions under one heading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kc-item.h"

G_BEGIN_DECLS

#define KC_TYPE_FAQ_TOPIC (kc_faq_topic_get_type ())

G_DECLARE_FINAL_TYPE (KcFaqTopic, kc_faq_topic, KC, FAQ_TOPIC, KcItem)

GListModel *kc_faq_topic_get_entries (KcFaqTopic *self);

G_END_DECLS
