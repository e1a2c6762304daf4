/* kc-anatomy-part.c: one structure of an anatomy diagram
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-anatomy-part-private.h"

struct _KcAnatomyPart
{
  KcItem parent_instance;

  KcAnatomyPartKind kind;
  char *function;
  char *back_knee;
  char **condition_ids;
};

G_DEFINE_FINAL_TYPE (KcAnatomyPart, kc_anatomy_part, KC_TYPE_ITEM)

static void
kc_anatomy_part_finalize (GObject *object)
{
  KcAnatomyPart *self = (KcAnatomyPart *)object;

  g_clear_pointer (&self->function, g_free);
  g_clear_pointer (&self->back_knee, g_free);
  g_clear_pointer (&self->condition_ids, g_strfreev);

  G_OBJECT_CLASS (kc_anatomy_part_parent_class)->finalize (object);
}

/* What search finds it by besides its name. */
static char *
kc_anatomy_part_dup_search_text (KcItem    *item,
                                  KcLibrary *library)
{
  KcAnatomyPart *self = KC_ANATOMY_PART (item);

  return g_strjoin ("\n", self->function, self->back_knee, NULL);
}

static void
kc_anatomy_part_class_init (KcAnatomyPartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  object_class->finalize = kc_anatomy_part_finalize;

  item_class->kind = KC_ITEM_KIND_ANATOMY_PART;
  item_class->page = "anatomy";
  item_class->dup_search_text = kc_anatomy_part_dup_search_text;
}

static void
kc_anatomy_part_init (KcAnatomyPart *self)
{
}

KcAnatomyPart *
_kc_anatomy_part_new (const char         *id,
                      KcAnatomyPartKind   kind,
                      const char         *name,
                      const char         *function,
                      const char         *back_knee,
                      const char * const *condition_ids)
{
  KcAnatomyPart *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (KC_TYPE_ANATOMY_PART, "id", id, "name", name, NULL);
  self->kind = kind;
  self->function = g_strdup (function);
  self->back_knee = g_strdup (back_knee);
  self->condition_ids = g_strdupv ((char **)condition_ids);

  return self;
}

KcAnatomyPartKind
kc_anatomy_part_get_kind (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), 0);
  return self->kind;
}

const char *
kc_anatomy_part_get_function (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return self->function;
}

const char *
kc_anatomy_part_get_back_knee (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return self->back_knee;
}

const char * const *
kc_anatomy_part_get_condition_ids (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return (const char * const *)self->condition_ids;
}
