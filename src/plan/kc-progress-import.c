/* kc-progress-import.c: a progress file brought into the plans, and what it added
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is read whole before anything changes.  Its plan is found by
 * id in the store and merged into (kc-progress-merge.c); a plan that is
 * not on this computer is added as a new plan only when asked to, so the
 * caller can ask first.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plan-file.h"
#include "kc-progress-file.h"

/* A plan of @progress's id, name, patient and days, holding nothing else. */
static KcPlan *
new_plan_like (KcPlan *progress)
{
  KcPlan *plan = kc_plan_new (kc_plan_get_id (progress), kc_plan_get_name (progress));

  kc_plan_set_patient (plan, kc_plan_get_patient (progress));
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (progress, day);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);

          kc_plan_add_item (plan, day, kc_plan_item_get_exercise_id (item),
                            kc_plan_item_get_dose (item));
        }
    }
  return plan;
}

/* A file that added nothing leaves the plan as it was, its mark too. */
static void
remember_import (KcPlan                *plan,
                 GFile                 *file,
                 const KcProgressAdded *added)
{
  g_autofree char *name = NULL;
  GDate today;

  if (!g_date_valid (&added->newest_week))
    return;

  name = g_file_get_basename (file);
  today = kc_plan_today ();
  kc_plan_set_progress_imported (plan, &today, name);
}

/**
 * kc_progress_import:
 * @add_new: whether a plan not in @store is added as a new plan
 * @added: (out caller-allocates): what was added
 * @problems: (nullable) (element-type KcProblem): each record left out,
 *   with its line
 *
 * Reads @file and merges it into its plan in @store.  On any refusal
 * nothing changes, in the store or on disk.
 *
 * Returns: (transfer none) (nullable): the plan merged into or added;
 *   %NULL with %KC_PROGRESS_ERROR_NO_PLAN if the plan is not here and not
 *   @add_new
 */
KcPlan *
kc_progress_import (KcPlanStore      *store,
                    GFile            *file,
                    gboolean          add_new,
                    KcProgressAdded  *added,
                    GPtrArray        *problems,
                    GError          **error)
{
  g_autoptr(KcPlan) progress = NULL;
  g_autoptr(KcPlan) plan = NULL;
  KcPlan *existing;

  g_return_val_if_fail (KC_IS_PLAN_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (added != NULL, NULL);

  progress = kc_progress_load_file (file, problems, error);
  if (progress == NULL)
    return NULL;

  existing = kc_plan_store_lookup (store, kc_plan_get_id (progress));
  if (existing != NULL)
    {
      if (!kc_progress_merge (existing, progress, added, error))
        return NULL;
      remember_import (existing, file, added);
      return existing;
    }

  if (!add_new)
    {
      g_set_error (error, KC_PROGRESS_ERROR, KC_PROGRESS_ERROR_NO_PLAN,
                   _("The plan “%s” is not on this computer. Add it as a new plan to see "
                     "this progress?"), kc_plan_get_name (progress));
      return NULL;
    }

  plan = new_plan_like (progress);
  if (!kc_progress_merge (plan, progress, added, error))
    return NULL;
  remember_import (plan, file, added);
  kc_plan_store_add (store, plan, NULL);
  return plan;
}

/* "3 sessions", "1 rating" … joined as "3 sessions, 1 rating and 2 decisions". */
static char *
dup_counts (const KcProgressAdded *added)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *text;

  if (added->sessions > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u session", "%u sessions",
                                                       added->sessions), added->sessions));
  if (added->ratings > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u rating", "%u ratings",
                                                       added->ratings), added->ratings));
  if (added->activities > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u activity", "%u activities",
                                                       added->activities), added->activities));
  if (added->changes > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u decision", "%u decisions",
                                                       added->changes), added->changes));
  if (added->log_days > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u day of the log", "%u days of the log",
                                                       added->log_days), added->log_days));
  if (parts->len == 0)
    return NULL;

  text = g_strdup (g_ptr_array_index (parts, 0));
  for (guint i = 1; i < parts->len; i++)
    {
      char *longer = i + 1 < parts->len
                       ? g_strdup_printf ("%s, %s", text, (char *)g_ptr_array_index (parts, i))
                       /* Translators: the last two of a list, e.g. "4 sessions and 2 ratings" */
                       : g_strdup_printf (_("%s and %s"), text, (char *)g_ptr_array_index (parts, i));

      g_free (text);
      text = longer;
    }
  return text;
}

/**
 * kc_progress_added_dup_summary:
 * @plan: the plan merged into
 *
 * Returns: (transfer full): what an import added, in a sentence, e.g.
 *   "Added 12 sessions and 4 ratings from Zoë’s progress, up to the week
 *   of 30 November."
 */
char *
kc_progress_added_dup_summary (const KcProgressAdded *added,
                               KcPlan                *plan)
{
  g_autofree char *counts = NULL;
  const char *patient;
  char week[64] = "";

  g_return_val_if_fail (added != NULL, NULL);
  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);

  counts = dup_counts (added);
  if (counts == NULL || !g_date_valid (&added->newest_week))
    return g_strdup_printf (_("Nothing new: “%s” already holds all of this progress."),
                            kc_plan_get_name (plan));

  /* Translators: a day and a month, as strftime writes them (%-d: the
   * day without padding, %B: the month's name) */
  g_date_strftime (week, sizeof week, _("%-d %B"), &added->newest_week);
  patient = kc_plan_get_patient (plan);
  if (patient != NULL && patient[0] != '\0')
    /* Translators: e.g. "Added 12 sessions and 4 ratings from Zoë’s progress, up to the week
     * of 30 November." */
    return g_strdup_printf (_("Added %s from %s’s progress, up to the week of %s."), counts,
                            patient, week);
  /* Translators: e.g. "Added 12 sessions to “Back and knee”, up to the week of 30 November." */
  return g_strdup_printf (_("Added %s to “%s”, up to the week of %s."), counts,
                          kc_plan_get_name (plan), week);
}
