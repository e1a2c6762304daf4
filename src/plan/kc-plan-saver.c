/* kc-plan-saver.c: plan files written off the main thread, one at a time each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving syncs the disk (kc_plan_write_path), which can take long enough
 * to make typing stutter, so the writes run in a GTask's thread.  Each
 * file has a queue of at most one write running and one waiting: content
 * queued while a write runs replaces what waits, so the newest content is
 * always written last and never two writes of one file overlap.  Results
 * come back on the main thread as ::finished, after the task or at once
 * when someone waits (kc_plan_saver_wait, used on quit).
 *
 * A file is not overwritten if another program changed it: the saver
 * remembers each file's modification time and size as last read
 * (kc_plan_saver_remember) or written, and refuses to write over a file
 * that no longer has them (%KC_PLAN_ERROR_CHANGED_ON_DISK).
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <string.h>

#include "core/kc-data-folder.h"
#include "kc-plan-file.h"
#include "kc-plan-saver.h"

typedef struct
{
  GBytes *waiting;        /* the newest content not yet written, or */
  KcPlan *waiting_plan;   /* a snapshot of the plan, made into XML by the worker */
  char *waiting_name;
  gboolean busy;          /* a task is writing this file */

  /* The last write's outcome, until reported on the main thread */
  gboolean finished;
  char *finished_name;
  GError *error;
} FileQueue;

/* What a file was like when last read or written. */
typedef struct
{
  gint64 mtime_usec;
  goffset size;
} Stamp;

/* Shared with the tasks, which may outlive the saver by an idle. */
typedef struct
{
  GMutex lock;
  GCond idle;             /* signalled when a file's queue runs dry */
  GHashTable *files;      /* path → FileQueue, under lock */
  GHashTable *stamps;     /* path → Stamp, under lock */
  KcPlanSaver *saver;     /* main thread only; NULL once it is gone */
} Shared;

typedef struct
{
  Shared *shared;
  char *path;
} Job;

struct _KcPlanSaver
{
  GObject parent_instance;

  Shared *shared;
};

G_DEFINE_FINAL_TYPE (KcPlanSaver, kc_plan_saver, G_TYPE_OBJECT)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
file_queue_free (FileQueue *queue)
{
  g_clear_pointer (&queue->waiting, g_bytes_unref);
  g_clear_object (&queue->waiting_plan);
  g_clear_pointer (&queue->waiting_name, g_free);
  g_clear_pointer (&queue->finished_name, g_free);
  g_clear_error (&queue->error);
  g_free (queue);
}

static void
shared_clear (Shared *shared)
{
  g_mutex_clear (&shared->lock);
  g_cond_clear (&shared->idle);
  g_hash_table_unref (shared->files);
  g_hash_table_unref (shared->stamps);
}

static Shared *
shared_ref (Shared *shared)
{
  return g_atomic_rc_box_acquire (shared);
}

static void
shared_unref (Shared *shared)
{
  g_atomic_rc_box_release_full (shared, (GDestroyNotify)shared_clear);
}

static void
job_free (Job *job)
{
  shared_unref (job->shared);
  g_free (job->path);
  g_free (job);
}

/* ---- The worker ---------------------------------------------------------- */

/* @file's stamp now; FALSE if it is not there. */
static gboolean
read_stamp (GFile *file,
            Stamp *stamp)
{
  g_autoptr(GFileInfo) info =
    g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC
                       "," G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return FALSE;

  stamp->mtime_usec =
    (gint64)g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) *
      G_USEC_PER_SEC +
    g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
  stamp->size = g_file_info_get_size (info);
  return TRUE;
}

static gboolean
write_one (Shared      *shared,
           const char  *path,
           GBytes      *contents,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  Stamp *known;
  Stamp now;
  gboolean changed;

  /* Only this file's job writes it, so the check and the write are not
   * raced by another of our writes. */
  g_mutex_lock (&shared->lock);
  known = g_hash_table_lookup (shared->stamps, path);
  changed = known != NULL && read_stamp (file, &now) &&
            (now.mtime_usec != known->mtime_usec || now.size != known->size);
  g_mutex_unlock (&shared->lock);
  if (changed)
    {
      g_set_error_literal (error, KC_PLAN_ERROR, KC_PLAN_ERROR_CHANGED_ON_DISK,
                           "The file was changed by another program");
      return FALSE;
    }

  /* Private (kc-data-folder.c); if it cannot be made, the write says why. */
  if (folder != NULL)
    kc_make_private_folder (folder, NULL);

  if (!kc_plan_write_path (path, contents, error))
    return FALSE;

  g_mutex_lock (&shared->lock);
  if (read_stamp (file, &now))
    g_hash_table_insert (shared->stamps, g_strdup (path), g_memdup2 (&now, sizeof now));
  g_mutex_unlock (&shared->lock);
  return TRUE;
}

static GBytes *
plan_to_bytes (KcPlan *plan)
{
  char *xml = kc_plan_to_xml (plan);

  return g_bytes_new_take (xml, strlen (xml));
}

/* Writes what waits for the file until nothing does. */
static void
write_job_cb (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  Shared *shared = job->shared;

  for (;;)
    {
      g_autoptr(GBytes) contents = NULL;
      g_autoptr(KcPlan) plan = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GError) error = NULL;
      FileQueue *queue;

      g_mutex_lock (&shared->lock);
      queue = g_hash_table_lookup (shared->files, job->path);
      contents = g_steal_pointer (&queue->waiting);
      plan = g_steal_pointer (&queue->waiting_plan);
      name = g_steal_pointer (&queue->waiting_name);
      if (contents == NULL && plan == NULL)
        {
          queue->busy = FALSE;
          g_cond_broadcast (&shared->idle);
          g_mutex_unlock (&shared->lock);
          break;
        }
      g_mutex_unlock (&shared->lock);

      /* A large plan's XML takes long enough to stall typing: made here. */
      if (plan != NULL)
        contents = plan_to_bytes (plan);
      write_one (shared, job->path, contents, &error);

      g_mutex_lock (&shared->lock);
      queue->finished = TRUE;
      g_free (queue->finished_name);
      queue->finished_name = g_steal_pointer (&name);
      g_clear_error (&queue->error);
      queue->error = g_steal_pointer (&error);
      g_mutex_unlock (&shared->lock);
    }

  g_task_return_boolean (task, TRUE);
}

/* ---- Back on the main thread --------------------------------------------- */

typedef struct
{
  char *path;
  char *name;
  GError *error;
} Outcome;

static void
outcome_free (Outcome *outcome)
{
  g_free (outcome->path);
  g_free (outcome->name);
  g_clear_error (&outcome->error);
  g_free (outcome);
}

/* Reports every write that finished since the last report, and forgets
 * the files with nothing left to do. */
static void
report (KcPlanSaver *self)
{
  g_autoptr(GPtrArray) outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify)outcome_free);
  Shared *shared = self->shared;
  GHashTableIter iter;
  const char *path;
  FileQueue *queue;

  g_mutex_lock (&shared->lock);
  g_hash_table_iter_init (&iter, shared->files);
  while (g_hash_table_iter_next (&iter, (gpointer *)&path, (gpointer *)&queue))
    {
      if (queue->finished)
        {
          Outcome *outcome = g_new0 (Outcome, 1);

          outcome->path = g_strdup (path);
          outcome->name = g_steal_pointer (&queue->finished_name);
          outcome->error = g_steal_pointer (&queue->error);
          queue->finished = FALSE;
          g_ptr_array_add (outcomes, outcome);
        }
      if (!queue->busy)
        g_hash_table_iter_remove (&iter);
    }
  g_mutex_unlock (&shared->lock);

  /* Outside the lock: a handler may queue the next write. */
  for (guint i = 0; i < outcomes->len; i++)
    {
      Outcome *outcome = g_ptr_array_index (outcomes, i);

      g_signal_emit (self, signals[FINISHED], 0, outcome->path, outcome->name, outcome->error);
    }
}

static void
on_job_done_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));

  if (job->shared->saver != NULL)
    report (job->shared->saver);
}

/* ---- Object -------------------------------------------------------------- */

static void
kc_plan_saver_dispose (GObject *object)
{
  KcPlanSaver *self = (KcPlanSaver *)object;

  /* Nothing queued is lost when the saver goes. */
  if (self->shared->saver != NULL)
    {
      kc_plan_saver_wait (self, NULL, NULL);
      self->shared->saver = NULL;
    }

  G_OBJECT_CLASS (kc_plan_saver_parent_class)->dispose (object);
}

static void
kc_plan_saver_finalize (GObject *object)
{
  KcPlanSaver *self = (KcPlanSaver *)object;

  g_clear_pointer (&self->shared, shared_unref);

  G_OBJECT_CLASS (kc_plan_saver_parent_class)->finalize (object);
}

static void
kc_plan_saver_class_init (KcPlanSaverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kc_plan_saver_dispose;
  object_class->finalize = kc_plan_saver_finalize;

  /**
   * KcPlanSaver::finished:
   * @path: the file written
   * @name: the name queued with its content
   * @error: (nullable): why the write failed, or %NULL
   *
   * The newest write of @path so far is done, on the main thread.
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 3,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
kc_plan_saver_init (KcPlanSaver *self)
{
  self->shared = g_atomic_rc_box_new0 (Shared);
  g_mutex_init (&self->shared->lock);
  g_cond_init (&self->shared->idle);
  self->shared->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify)file_queue_free);
  self->shared->stamps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->shared->saver = self;
}

KcPlanSaver *
kc_plan_saver_new (void)
{
  return g_object_new (KC_TYPE_PLAN_SAVER, NULL);
}

/**
 * kc_plan_saver_queue:
 * @path: the file to write
 * @contents: all of its new content
 * @name: what the file holds, to name it in messages
 *
 * Writes @contents to @path on a worker thread, after any write of @path
 * under way.  Content queued for @path before this is written replaces
 * it: the newest content wins.
 */
static void
queue_write (KcPlanSaver *self,
             const char  *path,
             GBytes      *contents,
             KcPlan      *plan,
             const char  *name)
{
  Shared *shared = self->shared;
  FileQueue *queue;
  gboolean start;

  g_mutex_lock (&shared->lock);
  queue = g_hash_table_lookup (shared->files, path);
  if (queue == NULL)
    {
      queue = g_new0 (FileQueue, 1);
      g_hash_table_insert (shared->files, g_strdup (path), queue);
    }
  g_clear_pointer (&queue->waiting, g_bytes_unref);
  g_clear_object (&queue->waiting_plan);
  g_free (queue->waiting_name);
  queue->waiting = contents ? g_bytes_ref (contents) : NULL;
  queue->waiting_plan = plan ? g_object_ref (plan) : NULL;
  queue->waiting_name = g_strdup (name);
  start = !queue->busy;
  queue->busy = TRUE;
  g_mutex_unlock (&shared->lock);

  if (start)
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, on_job_done_cb, NULL);
      Job *job = g_new0 (Job, 1);

      job->shared = shared_ref (shared);
      job->path = g_strdup (path);
      g_task_set_source_tag (task, kc_plan_saver_queue);
      g_task_set_task_data (task, job, (GDestroyNotify)job_free);
      g_task_run_in_thread (task, write_job_cb);
    }
}

void
kc_plan_saver_queue (KcPlanSaver *self,
                     const char  *path,
                     GBytes      *contents,
                     const char  *name)
{
  g_return_if_fail (KC_IS_PLAN_SAVER (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (contents != NULL);

  queue_write (self, path, contents, NULL, name);
}

/**
 * kc_plan_saver_queue_plan:
 * @snapshot: a plan no one else changes (kc_plan_snapshot())
 *
 * As kc_plan_saver_queue(), but the worker makes the file's content from
 * @snapshot: the main thread only copies the plan.
 */
void
kc_plan_saver_queue_plan (KcPlanSaver *self,
                          const char  *path,
                          KcPlan      *snapshot,
                          const char  *name)
{
  g_return_if_fail (KC_IS_PLAN_SAVER (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (KC_IS_PLAN (snapshot));

  queue_write (self, path, NULL, snapshot, name);
}

static gboolean
any_busy (Shared *shared)
{
  GHashTableIter iter;
  FileQueue *queue;

  g_hash_table_iter_init (&iter, shared->files);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&queue))
    if (queue->busy)
      return TRUE;

  return FALSE;
}

static gboolean
is_busy (Shared     *shared,
         const char *path)
{
  FileQueue *queue;

  if (path == NULL)
    return any_busy (shared);

  queue = g_hash_table_lookup (shared->files, path);
  return queue != NULL && queue->busy;
}

/**
 * kc_plan_saver_wait:
 * @path: (nullable): the file to wait for, or %NULL for all
 *
 * Blocks until everything queued for @path (or for any file) is on disk,
 * then reports what finished.
 *
 * Returns: whether the last write of @path succeeded; %TRUE for all files
 */
gboolean
kc_plan_saver_wait (KcPlanSaver  *self,
                    const char   *path,
                    GError      **error)
{
  Shared *shared;
  FileQueue *queue;
  g_autoptr(GError) last_error = NULL;

  g_return_val_if_fail (KC_IS_PLAN_SAVER (self), FALSE);

  shared = self->shared;
  g_mutex_lock (&shared->lock);
  while (is_busy (shared, path))
    g_cond_wait (&shared->idle, &shared->lock);
  if (path != NULL && (queue = g_hash_table_lookup (shared->files, path)) != NULL &&
      queue->error != NULL)
    last_error = g_error_copy (queue->error);
  g_mutex_unlock (&shared->lock);

  report (self);

  if (last_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&last_error));
      return FALSE;
    }
  return TRUE;
}

/* Whether any write is queued or under way. */
gboolean
kc_plan_saver_is_busy (KcPlanSaver *self)
{
  gboolean busy;

  g_return_val_if_fail (KC_IS_PLAN_SAVER (self), FALSE);

  g_mutex_lock (&self->shared->lock);
  busy = any_busy (self->shared);
  g_mutex_unlock (&self->shared->lock);

  return busy;
}

/**
 * kc_plan_saver_remember:
 * @path: a file just read
 *
 * Remembers @path's modification time and size as they are now: a later
 * write of @path fails if another program changed it meanwhile.
 */
void
kc_plan_saver_remember (KcPlanSaver *self,
                        const char  *path)
{
  g_autoptr(GFile) file = NULL;
  Stamp stamp;

  g_return_if_fail (KC_IS_PLAN_SAVER (self));
  g_return_if_fail (path != NULL);

  file = g_file_new_for_path (path);
  g_mutex_lock (&self->shared->lock);
  if (read_stamp (file, &stamp))
    g_hash_table_insert (self->shared->stamps, g_strdup (path), g_memdup2 (&stamp, sizeof stamp));
  else
    g_hash_table_remove (self->shared->stamps, path);
  g_mutex_unlock (&self->shared->lock);
}

/* Forgets what @path was like: the next write of it is not checked. */
void
kc_plan_saver_forget (KcPlanSaver *self,
                      const char  *path)
{
  g_return_if_fail (KC_IS_PLAN_SAVER (self));

  g_mutex_lock (&self->shared->lock);
  g_hash_table_remove (self->shared->stamps, path);
  g_mutex_unlock (&self->shared->lock);
}
