/* kc-plan-store-save.c: saving plans, retrying failed saves, flushing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is saved atomically, at once or, while changes come quickly
 * (typing), at most once a second, on a worker thread (kc-plan-saver.c) so
 * that the disk never makes the window wait; kc_plan_store_flush() saves
 * what is waiting and waits until it is on disk.  A save that failed is
 * tried again at the next edit, on a timer and on flush, until one works.
 * A file another program changed since we read or wrote it is not written
 * over: the plan goes to a new file beside it.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plan-file.h"
#include "kc-plan-store-private.h"

/* Typing in a plan's notes changes it at every key; saving (and syncing
 * the disk) every time would make typing wait for the disk. */
#define SAVE_INTERVAL (G_USEC_PER_SEC)

/* A save that failed (disk full, folder read-only) is tried again this
 * often, at the next edit of any plan, and when the app quits. */
#define RETRY_INTERVAL_MS 10000

static void
autosave_free (Autosave *autosave)
{
  g_clear_handle_id (&autosave->waiting, g_source_remove);
  g_clear_object (&autosave->file);
  g_free (autosave);
}

char *
_kc_plan_store_path_for (KcPlanStore *self,
                         KcPlan      *plan)
{
  g_autoptr(GFile) file = _kc_plan_store_file_for (self, plan);
  return file ? g_file_get_path (file) : NULL;
}

static Autosave *
autosave_for_path (KcPlanStore *self,
                   const char  *path)
{
  GHashTableIter iter;
  Autosave *autosave;

  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    {
      g_autofree char *its_path = g_file_get_path (autosave->file);

      if (g_strcmp0 (its_path, path) == 0)
        return autosave;
    }

  return NULL;
}

static gboolean
any_unsaved (KcPlanStore *self)
{
  GHashTableIter iter;
  Autosave *autosave;

  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    if (autosave->unsaved)
      return TRUE;

  return FALSE;
}

static gboolean retry_cb (gpointer data);
static char *queue_save (KcPlanStore *self,
                         KcPlan      *plan);

/* Another program changed the plan's file since we read or wrote it: that
 * file stays as it is, and this plan goes to a new file beside it. */
static void
keep_both (KcPlanStore *self,
           Autosave    *autosave)
{
  g_autoptr(GFile) changed = g_object_ref (autosave->file);
  GFile *fresh = _kc_plan_store_new_file_for (self, autosave->plan);
  g_autofree char *new_name = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&autosave->file);
  autosave->file = fresh;
  new_name = g_file_get_parse_name (autosave->file);
  message = g_strdup_printf (_("“%s” was changed by another program while it was open here, "
                               "so it was not overwritten. Your version is saved beside it in "
                               "%s."), kc_plan_get_name (autosave->plan), new_name);
  _kc_plan_store_add_problem (self, changed, message);
  g_free (queue_save (self, autosave->plan));
}

/* A write finished, on the main thread: the last one says whether saving
 * works, and a plan whose save failed is tried again until one works. */
static void
on_saved_cb (KcPlanSaver  *saver,
             const char   *path,
             const char   *name,
             const GError *error,
             KcPlanStore  *self)
{
  g_autofree char *message = NULL;
  Autosave *autosave = self->autosaves ? autosave_for_path (self, path) : NULL;

  if (autosave != NULL &&
      g_error_matches (error, KC_PLAN_ERROR, KC_PLAN_ERROR_CHANGED_ON_DISK))
    {
      keep_both (self, autosave);
      return;
    }

  if (autosave != NULL)
    autosave->unsaved = error != NULL;

  if (self->autosaves != NULL && !any_unsaved (self))
    g_clear_handle_id (&self->retry, g_source_remove);
  else if (self->retry == 0 && self->autosaves != NULL)
    self->retry = g_timeout_add (self->retry_interval, retry_cb, self);

  if (error == NULL)
    {
      if (self->autosaves == NULL || !any_unsaved (self))
        _kc_plan_store_set_save_error (self, NULL);
      return;
    }

  message = g_strdup_printf (_("“%s” could not be saved: %s. Your changes are kept while "
                               "Kinetic Chain is open; they will be saved as soon as that works "
                               "again."), name, error->message);
  _kc_plan_store_set_save_error (self, message);
}

/* Hands @plan, as it is now, to the saver and returns its file's path. */
static char *
queue_save (KcPlanStore *self,
            KcPlan      *plan)
{
  g_autofree char *path = _kc_plan_store_path_for (self, plan);
  g_autoptr(KcPlan) snapshot = NULL;
  Autosave *autosave;

  if (self->autosaves != NULL && (autosave = g_hash_table_lookup (self->autosaves, plan)))
    {
      g_clear_handle_id (&autosave->waiting, g_source_remove);
      autosave->saved_at = g_get_monotonic_time ();
    }

  if (path == NULL)
    return NULL;

  /* The plan belongs to the main thread: the worker makes the XML from a
   * copy of it as it is now. */
  snapshot = kc_plan_snapshot (plan);
  kc_plan_saver_queue_plan (self->saver, path, snapshot, kc_plan_get_name (plan));
  return g_steal_pointer (&path);
}

/* Saves again every plan whose last save failed, except @except. */
static void
retry_unsaved (KcPlanStore *self,
               KcPlan      *except)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  GHashTableIter iter;
  Autosave *autosave;

  /* Collected first: queueing may report at once and change the table. */
  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    if (autosave->unsaved && autosave->plan != except && autosave->waiting == 0)
      g_ptr_array_add (plans, autosave->plan);

  for (guint i = 0; i < plans->len; i++)
    g_free (queue_save (self, g_ptr_array_index (plans, i)));
}

static gboolean
retry_cb (gpointer data)
{
  KcPlanStore *self = data;

  retry_unsaved (self, NULL);
  return G_SOURCE_CONTINUE;   /* on_saved_cb stops it once all are saved */
}

/**
 * kc_plan_store_save:
 *
 * Saves @plan atomically and waits until it is on disk.  On failure the
 * plan stays as it is in memory, :save-error says why, and the next save
 * tries again.
 */
gboolean
kc_plan_store_save (KcPlanStore  *self,
                    KcPlan       *plan,
                    GError      **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);

  path = queue_save (self, plan);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Plans can only be saved to local files."));
      return FALSE;
    }

  return kc_plan_saver_wait (self->saver, path, error);
}

static gboolean
save_when_due_cb (gpointer data)
{
  Autosave *autosave = data;

  autosave->waiting = 0;
  g_free (queue_save (autosave->store, autosave->plan));

  return G_SOURCE_REMOVE;
}

/* Saves at once, unless the plan was saved less than SAVE_INTERVAL ago:
 * then once that interval is up, with every change made meanwhile. */
static void
on_plan_changed_cb (KcPlan      *plan,
                    KcPlanStore *self)
{
  Autosave *autosave = g_hash_table_lookup (self->autosaves, plan);
  gint64 now = g_get_monotonic_time ();
  gint64 due;

  if (autosave->waiting != 0)
    return;

  due = autosave->saved_at + SAVE_INTERVAL;
  if (autosave->saved_at == 0 || now >= due)
    g_free (queue_save (self, plan));
  else
    autosave->waiting = g_timeout_add ((guint)((due - now + 999) / 1000),
                                       save_when_due_cb, autosave);

  /* The user is back: a disk that was full may have room again. */
  retry_unsaved (self, plan);
}

/* Starts saving @plan to @file (%NULL: a new file of its own). */
Autosave *
_kc_plan_store_track (KcPlanStore *self,
                      KcPlan      *plan,
                      GFile       *file,
                      gboolean     duplicate)
{
  Autosave *autosave = g_new0 (Autosave, 1);

  autosave->store = self;
  autosave->plan = plan;
  autosave->duplicate = duplicate;   /* before the list shows it */
  autosave->file = file ? g_object_ref (file) : _kc_plan_store_new_file_for (self, plan);
  g_hash_table_insert (self->autosaves, plan, autosave);
  g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  g_list_store_append (self->plans, plan);
  return autosave;
}

/* Stops saving @plan; the caller removes it from the list. */
void
_kc_plan_store_untrack (KcPlanStore *self,
                        KcPlan      *plan)
{
  g_signal_handlers_disconnect_by_data (plan, self);
  g_hash_table_remove (self->autosaves, plan);
}

/**
 * kc_plan_store_flush:
 *
 * Saves now every change that is waiting for its save, tries once more
 * every save that failed, and waits until every save is on disk.
 * kc_plan_store_dup_unsaved() then says which plans are not.
 */
void
kc_plan_store_flush (KcPlanStore *self)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  GHashTableIter iter;
  Autosave *autosave;

  g_return_if_fail (KC_IS_PLAN_STORE (self));

  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    {
      if (autosave->waiting != 0 || autosave->unsaved)
        g_ptr_array_add (plans, autosave->plan);
    }
  for (guint i = 0; i < plans->len; i++)
    g_free (queue_save (self, g_ptr_array_index (plans, i)));

  /* A report may queue one more write (keep_both). */
  do
    kc_plan_saver_wait (self->saver, NULL, NULL);
  while (kc_plan_saver_is_busy (self->saver));
}

/**
 * kc_plan_store_dup_unsaved:
 *
 * Returns: (transfer container): the plans whose last save failed, whose
 *   changes are only in memory
 */
GPtrArray *
kc_plan_store_dup_unsaved (KcPlanStore *self)
{
  GPtrArray *plans = g_ptr_array_new ();

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plans)); i++)
    {
      g_autoptr(KcPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);
      Autosave *autosave = g_hash_table_lookup (self->autosaves, plan);

      if (autosave != NULL && autosave->unsaved)
        g_ptr_array_add (plans, plan);   /* the store keeps it alive */
    }

  return plans;
}

void
_kc_plan_store_set_retry_interval (KcPlanStore *self,
                                   guint        milliseconds)
{
  g_return_if_fail (KC_IS_PLAN_STORE (self));

  self->retry_interval = milliseconds;
  if (self->retry != 0)
    {
      g_source_remove (self->retry);
      self->retry = g_timeout_add (self->retry_interval, retry_cb, self);
    }
}

void
_kc_plan_store_init_saving (KcPlanStore *self)
{
  self->autosaves = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)autosave_free);
  self->saver = kc_plan_saver_new ();
  self->retry_interval = RETRY_INTERVAL_MS;
  g_signal_connect (self->saver, "finished", G_CALLBACK (on_saved_cb), self);
}

void
_kc_plan_store_dispose_saving (KcPlanStore *self)
{
  /* Nothing typed is lost when the app closes. */
  if (self->autosaves != NULL)
    kc_plan_store_flush (self);
  g_clear_pointer (&self->autosaves, g_hash_table_unref);
  g_clear_handle_id (&self->retry, g_source_remove);
  if (self->saver != NULL)
    g_signal_handlers_disconnect_by_data (self->saver, self);
  g_clear_object (&self->saver);
}
