/* kc-plan-store-load.c: a plan's file, and reading the plans folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan's file is its identity: the store remembers the file each plan
 * came from and writes only that one, so two files that claim one id (a
 * backup copy made in a file manager) are both shown, the second named as
 * a duplicate, and neither overwrites the other.  A new plan's file is
 * named after its id.
 *
 * Unknown is not corrupt: a plan naming an exercise the library lacks
 * loads, with the id kept.  A file that is not a valid plan is moved, byte
 * for byte, into "kept-aside/" and reported; a file from a newer version,
 * or one that cannot be opened at all (permissions), is left where it is,
 * untouched, and reported.  Nothing a user wrote is ever overwritten by
 * something the app could not read.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "core/kc-data-folder.h"
#include "kc-plan-file.h"
#include "kc-plan-store-private.h"

/* The file @plan was read from or first saved to. */
GFile *
_kc_plan_store_file_for (KcPlanStore *self,
                         KcPlan      *plan)
{
  Autosave *autosave = self->autosaves ? g_hash_table_lookup (self->autosaves, plan) : NULL;

  return autosave ? g_object_ref (autosave->file) : NULL;
}

/* Whether @file exists or a plan of the store is saved to it. */
gboolean
_kc_plan_store_file_is_taken (KcPlanStore *self,
                              GFile       *file)
{
  GHashTableIter iter;
  Autosave *autosave;

  if (g_file_query_exists (file, NULL))
    return TRUE;

  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    if (g_file_equal (autosave->file, file))
      return TRUE;

  return FALSE;
}

/* A file for a new plan: "ID.xml", or "ID-2.xml"… if another plan's file
 * has that name, so that a new plan never overwrites one. */
GFile *
_kc_plan_store_new_file_for (KcPlanStore *self,
                             KcPlan      *plan)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.xml", kc_plan_get_id (plan))
                                     : g_strdup_printf ("%s-%u.xml", kc_plan_get_id (plan), n);
      g_autoptr(GFile) file = g_file_get_child (self->directory, name);

      if (!_kc_plan_store_file_is_taken (self, file))
        return g_steal_pointer (&file);
    }
}

/* Moves @file, unchanged, to kept-aside/ under a name not yet taken. */
static GFile *
keep_aside (GFile   *directory,
            GFile   *file,
            GError **error)
{
  g_autoptr(GFile) folder = g_file_get_child (directory, "kept-aside");
  g_autofree char *base = g_file_get_basename (file);

  kc_make_private_folder (folder, NULL);
  for (guint n = 0; n < 1000; n++)
    {
      g_autofree char *name = n == 0 ? g_strdup (base) : g_strdup_printf ("%s.%u", base, n);
      g_autoptr(GFile) target = g_file_get_child (folder, name);
      g_autoptr(GError) local_error = NULL;

      if (g_file_move (file, target, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL,
                       &local_error))
        return g_steal_pointer (&target);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("Too many kept files"));
  return NULL;
}

/* A plan read from its file, before the store takes it. */
typedef struct
{
  KcPlan *plan;
  GFile *file;
  gboolean canonical;   /* the file is named after the plan's id */
} Loaded;

static void
loaded_clear (Loaded *loaded)
{
  g_clear_object (&loaded->plan);
  g_clear_object (&loaded->file);
}

/* The folder as a worker read it, for the main thread to take. */
typedef struct
{
  GFile *directory;
  KcLibrary *library;
  GArray *loaded;        /* of Loaded, in the order the store takes them */
  GPtrArray *problems;   /* of KcProblem */
} FolderRead;

static FolderRead *
folder_read_new (KcPlanStore *self)
{
  FolderRead *read = g_new0 (FolderRead, 1);

  read->directory = g_object_ref (self->directory);
  read->library = self->library ? g_object_ref (self->library) : NULL;
  read->loaded = g_array_new (FALSE, TRUE, sizeof (Loaded));
  g_array_set_clear_func (read->loaded, (GDestroyNotify)loaded_clear);
  read->problems = g_ptr_array_new_with_free_func (g_object_unref);
  return read;
}

static void
folder_read_free (FolderRead *read)
{
  g_clear_object (&read->directory);
  g_clear_object (&read->library);
  g_clear_pointer (&read->loaded, g_array_unref);
  g_clear_pointer (&read->problems, g_ptr_array_unref);
  g_free (read);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FolderRead, folder_read_free)

static void
report (FolderRead *read,
        GFile      *file,
        const char *message)
{
  g_ptr_array_add (read->problems, _kc_plan_store_new_problem (file, message));
}

/* The file named after its id first, then by name: of two files that
 * claim one id, that one is the plan and the other the duplicate. */
static int
compare_loaded (gconstpointer a,
                gconstpointer b)
{
  const Loaded *la = a, *lb = b;
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;
  int by_id = g_strcmp0 (kc_plan_get_id (la->plan), kc_plan_get_id (lb->plan));

  if (by_id != 0)
    return by_id;
  if (la->canonical != lb->canonical)
    return la->canonical ? -1 : 1;

  name_a = g_file_get_basename (la->file);
  name_b = g_file_get_basename (lb->file);
  return g_strcmp0 (name_a, name_b);
}

/* Reads @file into @loaded, or reports why not: a file that is not a
 * plan is kept aside, one from a newer version or one that cannot be read
 * at all (permissions) is left where it is. */
static gboolean
read_one (FolderRead *read,
          GFile      *file,
          Loaded     *loaded)
{
  g_autoptr(GError) error = NULL;
  /* A session record left out is told; the plan loads without it. */
  g_autoptr(KcPlan) plan = kc_plan_load_file_full (file, read->library, read->problems, &error);
  g_autoptr(GFile) kept = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *base = NULL;
  g_autofree char *expected = NULL;

  if (plan != NULL)
    {
      base = g_file_get_basename (file);
      expected = g_strconcat (kc_plan_get_id (plan), ".xml", NULL);
      loaded->canonical = g_strcmp0 (base, expected) == 0;
      loaded->plan = g_steal_pointer (&plan);
      loaded->file = g_object_ref (file);
      return TRUE;
    }

  /* A newer format is fine where it is: a newer Kinetic Chain reads it. */
  if (g_error_matches (error, KC_PLAN_ERROR, KC_PLAN_ERROR_NEWER_VERSION))
    {
      report (read, file, error->message);
      return FALSE;
    }

  /* Nothing is known about a file that cannot be read: it stays. */
  if (g_error_matches (error, KC_PLAN_ERROR, KC_PLAN_ERROR_UNREADABLE))
    {
      message = g_strdup_printf (_("This plan could not be opened and was left where it is. "
                                   "%s"), error->message);
      report (read, file, message);
      return FALSE;
    }

  kept = keep_aside (read->directory, file, &move_error);
  if (kept != NULL)
    {
      kept_name = g_file_get_parse_name (kept);
      message = g_strdup_printf (_("This plan could not be read, so it was moved, unchanged, "
                                   "to %s. %s"), kept_name, error->message);
    }
  else
    message = g_strdup_printf (_("This plan could not be read and was left where it is. %s"),
                               error->message);
  report (read, file, message);
  return FALSE;
}

/* Takes @loaded; a second file with an id already taken is shown too,
 * saved to its own file, and named as a duplicate. */
static void
take_loaded (KcPlanStore *self,
             Loaded      *loaded)
{
  KcPlan *first = kc_plan_store_lookup (self, kc_plan_get_id (loaded->plan));
  g_autoptr(GFile) first_file = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;

  _kc_plan_store_track (self, loaded->plan, loaded->file, first != NULL);
  if ((path = g_file_get_path (loaded->file)) != NULL)
    kc_plan_saver_remember (self->saver, path);
  if (first == NULL)
    return;

  first_file = _kc_plan_store_file_for (self, first);
  first_name = g_file_get_parse_name (first_file);
  name = g_file_get_parse_name (loaded->file);
  message = g_strdup_printf (_("“%s” in %s is a copy of the plan “%s” in %s: both files have "
                               "the same id. Both are shown and each is saved to its own file. "
                               "If it is an old copy, delete it; to keep both, duplicate it and "
                               "delete the copy."),
                             kc_plan_get_name (loaded->plan), name, kc_plan_get_name (first),
                             first_name);
  _kc_plan_store_add_problem (self, loaded->file, message);
}

/* Reads every plan file of the folder: on a worker, touching no store. */
static void
read_folder (FolderRead *read)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GFileInfo *info;   /* owned by the enumerator */

  enumerator = g_file_enumerate_children (read->directory, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (enumerator == NULL)
    return;   /* no plans yet */

  while (g_file_enumerator_iterate (enumerator, &info, NULL, NULL, NULL) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);
      g_autoptr(GFile) file = NULL;
      Loaded one = { NULL, };

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
          !g_str_has_suffix (name, ".xml") || name[0] == '.')
        continue;

      file = g_file_get_child (read->directory, name);
      if (read_one (read, file, &one))
        g_array_append_val (read->loaded, one);
    }

  g_array_sort (read->loaded, compare_loaded);
}

/* On the main thread: the store takes what the worker read. */
static void
take_folder (KcPlanStore *self,
             FolderRead  *read)
{
  g_list_store_splice (self->problems,
                       g_list_model_get_n_items (G_LIST_MODEL (self->problems)), 0,
                       read->problems->pdata, read->problems->len);
  for (guint i = 0; i < read->loaded->len; i++)
    take_loaded (self, &g_array_index (read->loaded, Loaded, i));
}

/**
 * kc_plan_store_load:
 *
 * Loads every plan file of the folder, waiting for it; problems are in
 * kc_plan_store_get_problems().  The app uses kc_plan_store_load_async().
 */
void
kc_plan_store_load (KcPlanStore *self)
{
  g_autoptr(FolderRead) read = NULL;

  g_return_if_fail (KC_IS_PLAN_STORE (self));

  self->loaded = TRUE;
  read = folder_read_new (self);
  read_folder (read);
  take_folder (self, read);
}

static void
read_folder_thread_cb (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  read_folder (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
on_folder_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  KcPlanStore *self = KC_PLAN_STORE (object);
  g_autoptr(GTask) task = user_data;

  take_folder (self, g_task_get_task_data (G_TASK (result)));
  _kc_plan_store_set_loading (self, FALSE);
  g_task_return_boolean (task, TRUE);
}

/**
 * kc_plan_store_load_async:
 *
 * Reads the folder on a worker thread, so that no file, however large or
 * slow, makes the window wait; the plans and problems are added on the
 * main thread, all at once, before @callback.  :loading is %TRUE until
 * then.
 */
void
kc_plan_store_load_async (KcPlanStore         *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;

  g_return_if_fail (KC_IS_PLAN_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kc_plan_store_load_async);

  self->loaded = TRUE;
  _kc_plan_store_set_loading (self, TRUE);

  /* Not cancellable once started: a file half kept aside is no state to leave. */
  worker = g_task_new (self, NULL, on_folder_read_cb, g_steal_pointer (&task));
  g_task_set_task_data (worker, folder_read_new (self), (GDestroyNotify)folder_read_free);
  g_task_run_in_thread (worker, read_folder_thread_cb);
}

gboolean
kc_plan_store_load_finish (KcPlanStore   *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * kc_plan_store_is_duplicate:
 *
 * Returns: whether @plan came from a second file with the id of a plan
 *   read before it
 */
gboolean
kc_plan_store_is_duplicate (KcPlanStore *self,
                            KcPlan      *plan)
{
  Autosave *autosave;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);

  autosave = g_hash_table_lookup (self->autosaves, plan);
  return autosave != NULL && autosave->duplicate;
}

/**
 * kc_plan_store_dup_file:
 *
 * Returns: (transfer full) (nullable): the file @plan is saved to
 */
GFile *
kc_plan_store_dup_file (KcPlanStore *self,
                        KcPlan      *plan)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);
  return _kc_plan_store_file_for (self, plan);
}

/**
 * kc_plan_store_ensure_loaded:
 *
 * Starts loading the folder, off the main thread, unless that was done
 * before: the plans are read when the planner is first shown, not at
 * start-up.
 */
void
kc_plan_store_ensure_loaded (KcPlanStore *self)
{
  g_return_if_fail (KC_IS_PLAN_STORE (self));

  if (!self->loaded)
    kc_plan_store_load_async (self, NULL, NULL, NULL);
}

gboolean
kc_plan_store_get_loading (KcPlanStore *self)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  return self->loading;
}
