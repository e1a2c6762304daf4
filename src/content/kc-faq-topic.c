/* kc-faq-topic.c: a group of questions under one heading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-faq-topic-private.h"

struct _KcFaqTopic
{
  KcItem parent_instance;

  GListStore *entries;
};

G_DEFINE_FINAL_TYPE (KcFaqTopic, kc_faq_topic, KC_TYPE_ITEM)

static void
kc_faq_topic_dispose (GObject *object)
{
  KcFaqTopic *self = (KcFaqTopic *)object;

  g_clear_object (&self->entries);

  G_OBJECT_CLASS (kc_faq_topic_parent_class)->dispose (object);
}

static void
kc_faq_topic_class_init (KcFaqTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  object_class->dispose = kc_faq_topic_dispose;

  item_class->kind = KC_ITEM_KIND_FAQ_TOPIC;
}

static void
kc_faq_topic_init (KcFaqTopic *self)
{
  self->entries = g_list_store_new (KC_TYPE_FAQ_ENTRY);
}

KcFaqTopic *
_kc_faq_topic_new (const char *id,
                   const char *title)
{
  KcFaqTopic *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (KC_TYPE_FAQ_TOPIC, "id", id, "name", title, NULL);

  return self;
}

void
_kc_faq_topic_add_entry (KcFaqTopic *self,
                         KcFaqEntry *entry)
{
  g_return_if_fail (KC_IS_FAQ_TOPIC (self));
  g_return_if_fail (KC_IS_FAQ_ENTRY (entry));

  g_list_store_append (self->entries, entry);
}

/**
 * kc_faq_topic_get_entries:
 *
 * Returns: (transfer none): a #GListModel of #KcFaqEntry
 */
GListModel *
kc_faq_topic_get_entries (KcFaqTopic *self)
{
  g_return_val_if_fail (KC_IS_FAQ_TOPIC (self), NULL);
  return G_LIST_MODEL (self->entries);
}
