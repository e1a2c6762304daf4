/* kc-plan-store-patients.c: a patient's plans, deleted together and brought back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A physiotherapist keeps many patients' plans on one computer; when one
 * stops coming, deleting the patient deletes every plan of theirs, and
 * with them their log and progress, which live in each plan's file.  The
 * files' bytes are kept in a KcPlanRemoval, so that Undo, while the app
 * runs, writes back exactly what was there.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include "kc-plan-file.h"
#include "kc-plan-patient.h"
#include "kc-plan-removal-private.h"
#include "kc-plan-store-private.h"

static int
compare_plans (gconstpointer a,
               gconstpointer b)
{
  return kc_plan_compare_by_patient (*(KcPlan **)a, *(KcPlan **)b);
}

/**
 * kc_plan_store_dup_patient_plans:
 * @patient: a name as typed, or "" for the plans without a patient
 *
 * Returns: (transfer container): @patient's plans in the list's order
 *   (kc_plan_compare_by_patient): the first one's spelling of the name
 *   is the one shown
 */
GPtrArray *
kc_plan_store_dup_patient_plans (KcPlanStore *self,
                                 const char  *patient)
{
  GListModel *plans;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), found);

  plans = G_LIST_MODEL (self->plans);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(KcPlan) plan = g_list_model_get_item (plans, i);

      if (kc_plan_same_patient (plan, patient))
        g_ptr_array_add (found, g_steal_pointer (&plan));
    }

  g_ptr_array_sort (found, compare_plans);
  return found;
}

/* The file's bytes once every save of @plan is on disk, or %NULL with no
 * error if it has no file yet. */
static GBytes *
read_saved (KcPlanStore  *self,
            KcPlan       *plan,
            GFile        *file,
            GError      **error)
{
  Autosave *autosave = g_hash_table_lookup (self->autosaves, plan);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) local_error = NULL;
  GBytes *contents;

  /* A save held back (typing) goes now: the file is to hold the plan. */
  if (autosave != NULL && (autosave->waiting != 0 || autosave->unsaved))
    kc_plan_store_save (self, plan, NULL);
  if (path != NULL)
    kc_plan_saver_wait (self->saver, path, NULL);

  contents = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (contents == NULL && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return contents;
}

static gboolean
remove_one (KcPlanStore    *self,
            KcPlanRemoval  *removal,
            KcPlan         *plan,
            GError        **error)
{
  g_autoptr(GFile) file = _kc_plan_store_file_for (self, plan);
  Autosave *autosave = g_hash_table_lookup (self->autosaves, plan);
  gboolean duplicate = autosave != NULL && autosave->duplicate;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local_error = NULL;

  contents = read_saved (self, plan, file, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!kc_plan_store_remove (self, plan, error))
    return FALSE;

  _kc_plan_removal_add (removal, plan, file, contents, duplicate);
  return TRUE;
}

/**
 * kc_plan_store_remove_patient:
 * @patient: a name as typed
 *
 * Deletes every plan of @patient and its file.  If one cannot be deleted,
 * those deleted before it are put back and nothing has changed.
 *
 * Returns: (transfer full) (nullable): what kc_plan_store_restore() needs
 *   to undo it, or %NULL with @error set
 */
KcPlanRemoval *
kc_plan_store_remove_patient (KcPlanStore  *self,
                              const char   *patient,
                              GError      **error)
{
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(KcPlanRemoval) removal = NULL;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);
  g_return_val_if_fail (patient != NULL, NULL);

  plans = kc_plan_store_dup_patient_plans (self, patient);
  {
    g_autofree char *spelled = plans->len > 0
      ? g_strstrip (g_strdup (kc_plan_get_patient (g_ptr_array_index (plans, 0))))
      : g_strstrip (g_strdup (patient));

    removal = _kc_plan_removal_new (spelled);
  }

  for (guint i = 0; i < plans->len; i++)
    if (!remove_one (self, removal, g_ptr_array_index (plans, i), error))
      {
        kc_plan_store_restore (self, removal, NULL);
        return NULL;
      }

  return g_steal_pointer (&removal);
}

/* Writes back @removed's file as it was, unless another plan has taken
 * its name meanwhile. */
static gboolean
restore_file (KcPlanStore    *self,
              KcRemovedPlan  *removed,
              GError        **error)
{
  g_autofree char *path = g_file_get_path (removed->file);

  if (removed->contents == NULL || path == NULL ||
      _kc_plan_store_file_is_taken (self, removed->file))
    return FALSE;

  if (!kc_plan_write_path (path, removed->contents, error))
    return FALSE;

  /* Ours again: a later save may write over it. */
  kc_plan_saver_remember (self->saver, path);
  return TRUE;
}

/**
 * kc_plan_store_restore:
 *
 * Puts back the plans @removal took away, each in its old file with the
 * old bytes.  A plan whose file cannot be written back is kept all the
 * same, saved to a file of its own (and retried, like any failed save).
 * Plans already back are left alone, so restoring twice restores once.
 *
 * Returns: whether every file was written back as it was
 */
gboolean
kc_plan_store_restore (KcPlanStore    *self,
                       KcPlanRemoval  *removal,
                       GError        **error)
{
  g_autoptr(GError) first_error = NULL;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (KC_IS_PLAN_REMOVAL (removal), FALSE);

  for (guint i = 0; i < kc_plan_removal_get_n_plans (removal); i++)
    {
      KcRemovedPlan *removed = _kc_plan_removal_get_plan (removal, i);
      g_autoptr(GError) local_error = NULL;
      guint position;

      if (g_list_store_find (self->plans, removed->plan, &position))
        continue;

      if (restore_file (self, removed, &local_error))
        _kc_plan_store_track (self, removed->plan, removed->file, removed->duplicate);
      else
        kc_plan_store_add (self, removed->plan, NULL);

      if (local_error != NULL && first_error == NULL)
        first_error = g_steal_pointer (&local_error);
    }

  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return FALSE;
    }
  return TRUE;
}
