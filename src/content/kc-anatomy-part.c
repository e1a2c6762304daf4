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

  /* A nerve root's: its skin (dermatome), muscles (myotome) and reflex */
  gboolean is_root;
  KcNerveRoot root;
  char *skin;
  char *muscles;
  char *reflex;
};

G_DEFINE_FINAL_TYPE (KcAnatomyPart, kc_anatomy_part, KC_TYPE_ITEM)

static void
kc_anatomy_part_finalize (GObject *object)
{
  KcAnatomyPart *self = (KcAnatomyPart *)object;

  g_clear_pointer (&self->function, g_free);
  g_clear_pointer (&self->back_knee, g_free);
  g_clear_pointer (&self->condition_ids, g_strfreev);
  g_clear_pointer (&self->skin, g_free);
  g_clear_pointer (&self->muscles, g_free);
  g_clear_pointer (&self->reflex, g_free);

  G_OBJECT_CLASS (kc_anatomy_part_parent_class)->finalize (object);
}

/* What search finds it by besides its name. */
static char *
kc_anatomy_part_dup_search_text (KcItem    *item,
                                  KcLibrary *library)
{
  KcAnatomyPart *self = KC_ANATOMY_PART (item);

  return g_strjoin ("\n", self->function, self->back_knee,
                    self->skin ? self->skin : "", self->muscles ? self->muscles : "", NULL);
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

/* For a nerve root's <supply>: what it feels, moves and tests. */
void
_kc_anatomy_part_set_supply (KcAnatomyPart *self,
                             KcNerveRoot    root,
                             const char    *skin,
                             const char    *muscles,
                             const char    *reflex)
{
  g_return_if_fail (KC_IS_ANATOMY_PART (self));

  self->is_root = TRUE;
  self->root = root;
  g_free (self->skin);
  self->skin = g_strdup (skin);
  g_free (self->muscles);
  self->muscles = g_strdup (muscles);
  g_free (self->reflex);
  self->reflex = g_strdup (reflex);
}

/**
 * kc_anatomy_part_get_root:
 * @root: (out) (optional): which root the part is
 *
 * Returns: %TRUE if the part is a nerve root with a dermatome, myotome
 *   and reflex
 */
gboolean
kc_anatomy_part_get_root (KcAnatomyPart *self,
                          KcNerveRoot   *root)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), FALSE);

  if (self->is_root && root != NULL)
    *root = self->root;
  return self->is_root;
}

/* Returns: (nullable): the skin a nerve root supplies, translated */
const char *
kc_anatomy_part_get_dermatome (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return self->skin;
}

/* Returns: (nullable): the movements a nerve root's muscles make, translated */
const char *
kc_anatomy_part_get_myotome (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return self->muscles;
}

/* Returns: (nullable): the reflex that tests a nerve root, translated */
const char *
kc_anatomy_part_get_reflex (KcAnatomyPart *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (self), NULL);
  return self->reflex;
}
