/* kc-relations.c: what an item relates to, across kinds of content
 *
 * The content names each link once (a condition lists the exercises that
 * may help it); the other direction is found here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-condition.h"
#include "kc-pain-source.h"
#include "kc-relations.h"

/**
 * kc_relations_conditions_helped_by:
 *
 * Returns: (transfer full) (element-type KcCondition): the conditions
 *   that list @exercise_id among the exercises that may help, in library
 *   order
 */
GPtrArray *
kc_relations_conditions_helped_by (KcLibrary  *library,
                                   const char *exercise_id)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *conditions;

  g_return_val_if_fail (KC_IS_LIBRARY (library), found);
  g_return_val_if_fail (exercise_id != NULL, found);

  conditions = kc_library_get_conditions (library);
  for (guint i = 0; i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(KcCondition) condition = g_list_model_get_item (conditions, i);

      if (g_strv_contains (kc_condition_get_exercise_ids (condition), exercise_id))
        g_ptr_array_add (found, g_steal_pointer (&condition));
    }

  return found;
}

/**
 * kc_relations_source_for_condition:
 *
 * Returns: (transfer none) (nullable): the first pain source on the body
 *   map that lists @condition_id
 */
KcPainSource *
kc_relations_source_for_condition (KcLibrary  *library,
                                   const char *condition_id)
{
  GListModel *sources;

  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (condition_id != NULL, NULL);

  sources = kc_library_get_pain_sources (library);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KcPainSource) source = g_list_model_get_item (sources, i);
      const char * const *conditions = kc_pain_source_get_condition_ids (source);

      if (conditions != NULL && g_strv_contains (conditions, condition_id))
        return source;   /* the library keeps it alive */
    }

  return NULL;
}
