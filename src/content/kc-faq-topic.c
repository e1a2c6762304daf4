/* kc-faq-topic.c: a group of questions under one heading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-faq-topic-private.h"

struct _KcFaqTopic
{
  GObject parent_instance;

  char *id;
  char *title;
  GListStore *entries;
};

G_DEFINE_FINAL_TYPE (KcFaqTopic, kc_faq_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_faq_topic_dispose (GObject *object)
{
  KcFaqTopic *self = (KcFaqTopic *)object;

  g_clear_object (&self->entries);

  G_OBJECT_CLASS (kc_faq_topic_parent_class)->dispose (object);
}

static void
kc_faq_topic_finalize (GObject *object)
{
  KcFaqTopic *self = (KcFaqTopic *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (kc_faq_topic_parent_class)->finalize (object);
}

static void
kc_faq_topic_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KcFaqTopic *self = KC_FAQ_TOPIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_faq_topic_class_init (KcFaqTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kc_faq_topic_dispose;
  object_class->finalize = kc_faq_topic_finalize;
  object_class->get_property = kc_faq_topic_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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

  self = g_object_new (KC_TYPE_FAQ_TOPIC, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);

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

const char *
kc_faq_topic_get_id (KcFaqTopic *self)
{
  g_return_val_if_fail (KC_IS_FAQ_TOPIC (self), NULL);
  return self->id;
}

const char *
kc_faq_topic_get_title (KcFaqTopic *self)
{
  g_return_val_if_fail (KC_IS_FAQ_TOPIC (self), NULL);
  return self->title;
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
