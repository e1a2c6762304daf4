/* kc-plan-store.c: the user's plans on disk, loaded and saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file per plan, loaded in kc-plan-store-load.c and saved in
 * kc-plan-store-save.c; here the store itself, and import and export.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-problem.h"
#include "kc-plan-file.h"
#include "kc-plan-store-private.h"

G_DEFINE_FINAL_TYPE (KcPlanStore, kc_plan_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SAVE_ERROR,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_plan_store_dispose (GObject *object)
{
  KcPlanStore *self = (KcPlanStore *)object;

  _kc_plan_store_dispose_saving (self);

  if (self->plans != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plans)); i++)
      {
        g_autoptr(KcPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);
        g_signal_handlers_disconnect_by_data (plan, self);
      }

  g_clear_object (&self->plans);
  g_clear_object (&self->problems);
  g_clear_object (&self->directory);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_plan_store_parent_class)->dispose (object);
}

static void
kc_plan_store_finalize (GObject *object)
{
  KcPlanStore *self = (KcPlanStore *)object;

  g_clear_pointer (&self->save_error, g_free);

  G_OBJECT_CLASS (kc_plan_store_parent_class)->finalize (object);
}

static void
kc_plan_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KcPlanStore *self = KC_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_SAVE_ERROR:
      g_value_set_string (value, self->save_error);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_plan_store_class_init (KcPlanStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kc_plan_store_dispose;
  object_class->finalize = kc_plan_store_finalize;
  object_class->get_property = kc_plan_store_get_property;

  properties[PROP_SAVE_ERROR] =
    g_param_spec_string ("save-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether kc_plan_store_load_async() is reading the folder. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kc_plan_store_init (KcPlanStore *self)
{
  self->plans = g_list_store_new (KC_TYPE_PLAN);
  self->problems = g_list_store_new (KC_TYPE_PROBLEM);
  _kc_plan_store_init_saving (self);
}

/**
 * kc_plan_store_new:
 * @directory: where the plan files are; created on the first save
 * @library: (nullable): exercises a loaded plan may use
 */
KcPlanStore *
kc_plan_store_new (GFile     *directory,
                   KcLibrary *library)
{
  KcPlanStore *self;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  self = g_object_new (KC_TYPE_PLAN_STORE, NULL);
  self->directory = g_object_ref (directory);
  self->library = library ? g_object_ref (library) : NULL;

  return self;
}

void
_kc_plan_store_set_save_error (KcPlanStore *self,
                               const char  *message)
{
  if (g_strcmp0 (self->save_error, message) == 0)
    return;

  g_free (self->save_error);
  self->save_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

void
_kc_plan_store_set_loading (KcPlanStore *self,
                            gboolean     loading)
{
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* A problem with a plan's file; made on any thread. */
KcProblem *
_kc_plan_store_new_problem (GFile      *file,
                            const char *message)
{
  g_autofree char *name = g_file_get_parse_name (file);

  return kc_problem_new (name, 0, KC_CONTENT_ERROR_IO, message);
}

void
_kc_plan_store_add_problem (KcPlanStore *self,
                            GFile       *file,
                            const char  *message)
{
  g_autoptr(KcProblem) problem = _kc_plan_store_new_problem (file, message);

  g_list_store_append (self->problems, problem);
}

/**
 * kc_plan_store_get_plans:
 *
 * Returns: (transfer none): a #GListModel of #KcPlan
 */
GListModel *
kc_plan_store_get_plans (KcPlanStore *self)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);
  return G_LIST_MODEL (self->plans);
}

/**
 * kc_plan_store_get_problems:
 *
 * Returns: (transfer none): a #GListModel of #KcProblem found while loading
 */
GListModel *
kc_plan_store_get_problems (KcPlanStore *self)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);
  return G_LIST_MODEL (self->problems);
}

const char *
kc_plan_store_get_save_error (KcPlanStore *self)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);
  return self->save_error;
}

KcPlan *
kc_plan_store_lookup (KcPlanStore *self,
                      const char  *id)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plans)); i++)
    {
      g_autoptr(KcPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      if (g_strcmp0 (kc_plan_get_id (plan), id) == 0)
        return plan;   /* the store keeps it alive */
    }

  return NULL;
}

/* Adds @plan and saves it. The plan is added even if saving fails. */
gboolean
kc_plan_store_add (KcPlanStore  *self,
                   KcPlan       *plan,
                   GError      **error)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);

  if (!g_hash_table_contains (self->autosaves, plan))
    _kc_plan_store_track (self, plan, NULL, FALSE);
  return kc_plan_store_save (self, plan, error);
}

/* Removes @plan and its file; kc_plan_store_add() undoes it. */
gboolean
kc_plan_store_remove (KcPlanStore  *self,
                      KcPlan       *plan,
                      GError      **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  guint position;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);

  if (!g_list_store_find (self->plans, plan, &position))
    return TRUE;

  /* A save under way would bring the file back. */
  path = _kc_plan_store_path_for (self, plan);
  if (path != NULL)
    kc_plan_saver_wait (self->saver, path, NULL);

  /* The file it came from, which for a duplicate is not "ID.xml". */
  file = _kc_plan_store_file_for (self, plan);
  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (path != NULL)
    kc_plan_saver_forget (self->saver, path);
  _kc_plan_store_untrack (self, plan);
  g_list_store_remove (self->plans, position);
  return TRUE;
}

gboolean
kc_plan_store_export (KcPlanStore  *self,
                      KcPlan       *plan,
                      GFile        *destination,
                      GError      **error)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  return kc_plan_save_to_file (plan, destination, error);
}

/**
 * kc_plan_store_import:
 * @replace: whether a plan with the same id may be replaced
 *
 * Reads @source fully before anything changes.  An existing plan with the
 * same id is replaced only if @replace; otherwise this fails with
 * %KC_PLAN_ERROR_EXISTS, so the caller can ask.
 *
 * Returns: (transfer none): the imported plan
 */
KcPlan *
kc_plan_store_import (KcPlanStore  *self,
                      GFile        *source,
                      gboolean      replace,
                      GError      **error)
{
  g_autoptr(KcPlan) plan = NULL;
  KcPlan *existing;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);

  plan = kc_plan_load_file (source, self->library, error);
  if (plan == NULL)
    return NULL;

  existing = kc_plan_store_lookup (self, kc_plan_get_id (plan));
  if (existing != NULL && !replace)
    {
      g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_EXISTS,
                   _("You already have this plan, “%s”."), kc_plan_get_name (existing));
      return NULL;
    }

  /* The imported plan takes the replaced one's file, and no other. */
  if (existing != NULL)
    {
      g_autoptr(GFile) file = _kc_plan_store_file_for (self, existing);
      guint position;

      _kc_plan_store_untrack (self, existing);
      if (g_list_store_find (self->plans, existing, &position))
        g_list_store_remove (self->plans, position);
      _kc_plan_store_track (self, plan, file, FALSE);
    }

  kc_plan_store_add (self, plan, NULL);
  return plan;
}

/* Imports @source as a new plan beside any with the same id. */
KcPlan *
kc_plan_store_import_copy (KcPlanStore  *self,
                           GFile        *source,
                           GError      **error)
{
  g_autoptr(KcPlan) plan = NULL;
  g_autoptr(KcPlan) copy = NULL;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);

  plan = kc_plan_load_file (source, self->library, error);
  if (plan == NULL)
    return NULL;

  copy = kc_plan_duplicate (plan);
  kc_plan_store_add (self, copy, NULL);
  return copy;
}

