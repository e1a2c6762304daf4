/* kc-story.c: an illustrative patient story about one or more conditions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-story-private.h"

struct _KcStory
{
  KcItem parent_instance;

  char **paragraphs;
  char **condition_ids;
};

G_DEFINE_FINAL_TYPE (KcStory, kc_story, KC_TYPE_ITEM)

static void
kc_story_finalize (GObject *object)
{
  KcStory *self = (KcStory *)object;

  g_clear_pointer (&self->paragraphs, g_strfreev);
  g_clear_pointer (&self->condition_ids, g_strfreev);

  G_OBJECT_CLASS (kc_story_parent_class)->finalize (object);
}

static void
kc_story_class_init (KcStoryClass *klass)
{
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kc_story_finalize;

  item_class->kind = KC_ITEM_KIND_STORY;
}

static void
kc_story_init (KcStory *self)
{
}

KcStory *
_kc_story_new (const char         *id,
               const char         *title,
               const char * const *paragraphs,
               const char * const *condition_ids)
{
  KcStory *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (KC_TYPE_STORY, "id", id, "name", title, NULL);
  self->paragraphs = g_strdupv ((char **)paragraphs);
  self->condition_ids = g_strdupv ((char **)condition_ids);

  return self;
}

const char * const *
kc_story_get_paragraphs (KcStory *self)
{
  g_return_val_if_fail (KC_IS_STORY (self), NULL);
  return (const char * const *)self->paragraphs;
}

const char * const *
kc_story_get_condition_ids (KcStory *self)
{
  g_return_val_if_fail (KC_IS_STORY (self), NULL);
  return (const char * const *)self->condition_ids;
}
