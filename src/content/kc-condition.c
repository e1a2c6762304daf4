/* kc-condition.c: a condition or biomechanical cause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-condition-private.h"
#include "kc-warning-signs.h"

struct _KcCondition
{
  KcItem parent_instance;

  char *summary;
  GPtrArray *sections[KC_CONDITION_N_SECTIONS];  /* of KcTextBlock */
  GStrv exercise_ids;
  GPtrArray *warnings;   /* of KcWarningSigns, most urgent first */
  KcConditionKind kind;
};

G_DEFINE_FINAL_TYPE (KcCondition, kc_condition, KC_TYPE_ITEM)

static void
kc_condition_finalize (GObject *object)
{
  KcCondition *self = (KcCondition *)object;

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->exercise_ids, g_strfreev);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  for (guint i = 0; i < KC_CONDITION_N_SECTIONS; i++)
    g_clear_pointer (&self->sections[i], g_ptr_array_unref);

  G_OBJECT_CLASS (kc_condition_parent_class)->finalize (object);
}

/* What search finds it by besides its name. */
static char *
kc_condition_dup_search_text (KcItem    *item,
                               KcLibrary *library)
{
  KcCondition *self = KC_CONDITION (item);
  GString *text = g_string_new (self->summary);

  for (guint section = 0; section < KC_CONDITION_N_SECTIONS; section++)
    kc_text_blocks_append_plain (self->sections[section], text);
  /* A calf that is swollen, warm and tender finds the blood clot. */
  for (guint i = 0; i < self->warnings->len; i++)
    {
      const char * const *signs = kc_warning_signs_get_signs (g_ptr_array_index (self->warnings, i));

      for (guint j = 0; signs[j] != NULL; j++)
        g_string_append_printf (text, " %s", signs[j]);
    }

  return g_string_free (text, FALSE);
}

static void
kc_condition_class_init (KcConditionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  object_class->finalize = kc_condition_finalize;

  item_class->kind = KC_ITEM_KIND_CONDITION;
  item_class->page = "anatomy";
  item_class->dup_search_text = kc_condition_dup_search_text;
}

static void
kc_condition_init (KcCondition *self)
{
  for (guint i = 0; i < KC_CONDITION_N_SECTIONS; i++)
    self->sections[i] = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_text_block_free);
  self->warnings = g_ptr_array_new_with_free_func (g_object_unref);
}

KcCondition *
_kc_condition_new (const char      *id,
                   KcConditionKind  kind,
                   const char      *name,
                   const char      *summary)
{
  KcCondition *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (KC_TYPE_CONDITION, "id", id, "name", name, NULL);
  self->kind = kind;
  self->summary = g_strdup (summary);

  return self;
}

/* Takes ownership of @blocks. */
void
_kc_condition_set_section (KcCondition        *self,
                           KcConditionSection  section,
                           GPtrArray          *blocks)
{
  g_return_if_fail (KC_IS_CONDITION (self));
  g_return_if_fail (section < KC_CONDITION_N_SECTIONS);

  g_clear_pointer (&self->sections[section], g_ptr_array_unref);
  self->sections[section] = blocks;
}

KcConditionKind
kc_condition_get_kind (KcCondition *self)
{
  g_return_val_if_fail (KC_IS_CONDITION (self), 0);
  return self->kind;
}

const char *
kc_condition_get_summary (KcCondition *self)
{
  g_return_val_if_fail (KC_IS_CONDITION (self), NULL);
  return self->summary;
}

/* Returns: (transfer none): the ids of exercises that may help, most
 *   useful first; never %NULL */
const char * const *
kc_condition_get_exercise_ids (KcCondition *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (KC_IS_CONDITION (self), none);
  return self->exercise_ids != NULL ? (const char * const *)self->exercise_ids : none;
}

void
_kc_condition_set_exercise_ids (KcCondition        *self,
                                const char * const *exercise_ids)
{
  g_return_if_fail (KC_IS_CONDITION (self));

  g_strfreev (self->exercise_ids);
  self->exercise_ids = g_strdupv ((char **)exercise_ids);
}

/**
 * kc_condition_get_section:
 *
 * Returns: (transfer none) (element-type KcTextBlock): the section's blocks
 */
GPtrArray *
kc_condition_get_section (KcCondition        *self,
                          KcConditionSection  section)
{
  g_return_val_if_fail (KC_IS_CONDITION (self), NULL);
  g_return_val_if_fail (section < KC_CONDITION_N_SECTIONS, NULL);

  return self->sections[section];
}

/**
 * kc_condition_get_warnings:
 *
 * Returns: (transfer none) (element-type KcWarningSigns): when to get help
 *   for this condition, in the warning signs' tiers, most urgent first;
 *   empty if it names none
 */
GPtrArray *
kc_condition_get_warnings (KcCondition *self)
{
  g_return_val_if_fail (KC_IS_CONDITION (self), NULL);
  return self->warnings;
}

/* Takes ownership of @tiers. */
void
_kc_condition_set_warnings (KcCondition *self,
                            GPtrArray   *tiers)
{
  g_return_if_fail (KC_IS_CONDITION (self));
  g_return_if_fail (tiers != NULL);

  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  self->warnings = tiers;
}
