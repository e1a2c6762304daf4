/* kc-story.c: an illustrative patient story about one or more conditions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-story-private.h"

struct _KcStory
{
  GObject parent_instance;

  char *id;
  char *title;
  char **paragraphs;
  char **condition_ids;
};

G_DEFINE_FINAL_TYPE (KcStory, kc_story, G_TYPE_OBJECT)

static void
kc_story_finalize (GObject *object)
{
  KcStory *self = (KcStory *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->paragraphs, g_strfreev);
  g_clear_pointer (&self->condition_ids, g_strfreev);

  G_OBJECT_CLASS (kc_story_parent_class)->finalize (object);
}

static void
kc_story_class_init (KcStoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_story_finalize;
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

  self = g_object_new (KC_TYPE_STORY, NULL);
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->paragraphs = g_strdupv ((char **)paragraphs);
  self->condition_ids = g_strdupv ((char **)condition_ids);

  return self;
}

const char *
kc_story_get_id (KcStory *self)
{
  g_return_val_if_fail (KC_IS_STORY (self), NULL);
  return self->id;
}

const char *
kc_story_get_title (KcStory *self)
{
  g_return_val_if_fail (KC_IS_STORY (self), NULL);
  return self->title;
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
