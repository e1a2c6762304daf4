/* kc-library-load.c: queuing content files and loading them into the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading takes each queued file through four gates on its own
 * (kc-content-source.c): read (size-capped), parse (safely), validate
 * (RELAX NG), and read into a KcContentFile that records the ids the file
 * declares and the ids it refers to.  Then the ids of all files are
 * checked together, in queue order, against what the library already
 * holds.  A file that fails any gate is skipped as a whole and reported;
 * the others load.
 *
 * A load can run on a worker (kc_library_load_async): the window opens on
 * the bundled content while the user's files are read, and they join the
 * library, in one step on the main thread, when they are ready.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "kc-content-file.h"
#include "kc-content-links.h"
#include "kc-content-source.h"
#include "kc-library-private.h"
#include "kc-problem.h"
#include "kc-xml.h"

#define CONTENT_RESOURCE_DIR RESOURCE_PREFIX "/content/"

/* One queued entry: a file, or a folder whose files are listed when the
 * load runs (on a worker, for an async load). */
typedef struct
{
  KcContentSource *source;
  GFile *directory;
  gboolean must_exist;
} Queued;

void
_kc_library_queued_free (gpointer data)
{
  Queued *queued = data;

  g_clear_pointer (&queued->source, kc_content_source_free);
  g_clear_object (&queued->directory);
  g_free (queued);
}

static void
queue_source (KcLibrary       *self,
              KcContentSource *source)
{
  Queued *queued = g_new0 (Queued, 1);

  queued->source = source;
  g_ptr_array_add (self->queue, queued);
}

/* One load: what it takes from the library, and what it gives back. */
typedef struct
{
  GPtrArray *queue;       /* of Queued, taken from the library */
  GHashTable *owners;     /* id → KcContentId: the library's, then this load's */
  GPtrArray *problems;    /* of KcProblem, in queue order */
  GPtrArray *files;       /* of KcContentFile whose ids were claimed */
  guint n_skipped_files;
  guint n_skipped_folders;
} LoadJob;

static LoadJob *
load_job_new (KcLibrary *self)
{
  LoadJob *job = g_new0 (LoadJob, 1);
  GHashTableIter iter;
  gpointer id, owner;

  job->queue = g_steal_pointer (&self->queue);
  self->queue = g_ptr_array_new_with_free_func (_kc_library_queued_free);
  /* A copy, so that a worker never reads what the main thread changes. */
  job->owners = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&iter, self->owners);
  while (g_hash_table_iter_next (&iter, &id, &owner))
    g_hash_table_insert (job->owners, id, owner);
  job->problems = g_ptr_array_new_with_free_func (g_object_unref);
  job->files = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_content_file_free);

  return job;
}

static void
load_job_free (gpointer data)
{
  LoadJob *job = data;

  g_clear_pointer (&job->queue, g_ptr_array_unref);
  g_clear_pointer (&job->owners, g_hash_table_unref);
  g_clear_pointer (&job->problems, g_ptr_array_unref);
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_free (job);
}

static KcProblem *
new_more_problem (const char *file,
                  guint       n)
{
  g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "…and %u more problem in this file.",
                                                           "…and %u more problems in this file.",
                                                           n), n);

  return kc_problem_new (file, 0, KC_CONTENT_ERROR_TOO_LARGE, message);
}

/* The first KC_XML_MAX_PROBLEMS problems of each file, each file's followed
 * by one saying how many more it has: the details dialog stays readable
 * and fast whatever a file holds.  @more holds the files with problems
 * that were only counted, and how many (kc_content_links_resolve). */
static void
cap_problems (GPtrArray  *problems,
              GHashTable *more)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < problems->len; i++)
    {
      KcProblem *problem = g_ptr_array_index (problems, i);
      const char *file = kc_problem_get_file (problem);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, file)) + 1;

      g_hash_table_insert (counts, (char *)file, GUINT_TO_POINTER (n));
      if (n <= KC_XML_MAX_PROBLEMS)
        g_ptr_array_add (kept, g_object_ref (problem));
    }
  if (kept->len == problems->len && g_hash_table_size (more) == 0)
    return;

  for (guint i = kept->len; i-- > 0;)
    {
      const char *file = kc_problem_get_file (g_ptr_array_index (kept, i));
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, file));
      guint n_more = (n > KC_XML_MAX_PROBLEMS ? n - KC_XML_MAX_PROBLEMS : 0) +
                     GPOINTER_TO_UINT (g_hash_table_lookup (more, file));

      /* The file's last kept problem: the summary goes after it. */
      if (n_more == 0 || !g_hash_table_remove (counts, file))
        continue;

      g_ptr_array_insert (kept, (int)i + 1, new_more_problem (file, n_more));
    }

  g_ptr_array_set_size (problems, 0);
  g_ptr_array_extend_and_steal (problems, g_steal_pointer (&kept));
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

/**
 * kc_library_add_bundled:
 *
 * Queues every content file compiled into the program.
 */
void
kc_library_add_bundled (KcLibrary *self)
{
  g_auto(GStrv) names = NULL;

  g_return_if_fail (KC_IS_LIBRARY (self));

  names = g_resources_enumerate_children (CONTENT_RESOURCE_DIR,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names == NULL)
    {
      g_critical ("No bundled content at %s", CONTENT_RESOURCE_DIR);
      return;
    }

  /* Sorted, so that load order and reports never depend on the build. */
  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *resource = g_strconcat (CONTENT_RESOURCE_DIR, names[i], NULL);
      /* Translators: a content file that is part of the program, e.g. "faq.xml (built in)" */
      g_autofree char *display_name = g_strdup_printf (_("%s (built in)"), names[i]);

      queue_source (self, kc_content_source_new_resource (resource, display_name));
    }
}

/**
 * kc_library_add_file:
 *
 * Queues one of the user's content files.
 */
void
kc_library_add_file (KcLibrary *self,
                     GFile     *file)
{
  g_return_if_fail (KC_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (file));

  queue_source (self, kc_content_source_new_file (file));
}

/**
 * kc_library_add_bytes:
 * @display_name: what problems call the file
 *
 * Queues content given as bytes, treated like a user's file.
 */
void
kc_library_add_bytes (KcLibrary  *self,
                      const char *display_name,
                      GBytes     *bytes)
{
  g_return_if_fail (KC_IS_LIBRARY (self));
  g_return_if_fail (bytes != NULL);

  queue_source (self, kc_content_source_new_bytes (display_name, bytes));
}

/**
 * kc_library_add_directory:
 * @must_exist: whether a missing folder is a problem worth reporting
 *
 * Queues every `*.xml` file in @directory, in name order; the folder is
 * read when the load runs.
 */
void
kc_library_add_directory (KcLibrary *self,
                          GFile     *directory,
                          gboolean   must_exist)
{
  Queued *queued;

  g_return_if_fail (KC_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (directory));

  queued = g_new0 (Queued, 1);
  queued->directory = g_object_ref (directory);
  queued->must_exist = must_exist;
  g_ptr_array_add (self->queue, queued);
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *name_a = g_file_get_basename (*(GFile **)a);
  g_autofree char *name_b = g_file_get_basename (*(GFile **)b);

  return g_strcmp0 (name_a, name_b);
}

/* Why a content folder gives nothing, in words that say what to do. */
static char *
describe_folder_error (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return g_strdup (_("The content folder does not exist. Check the folder's name and "
                       "where it is."));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    return g_strdup (_("This is a file, not a folder. Give the folder that holds the "
                       "content files instead."));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return g_strdup (_("The content folder cannot be read: you do not have permission to "
                       "open it. Change its permissions, or copy the files to a folder "
                       "of your own."));
  return g_strdup_printf (_("The content folder could not be opened: %s"), error->message);
}

static void
add_folder_problem (LoadJob        *job,
                    GFile          *directory,
                    KcContentError  code,
                    char           *message)
{
  g_autofree char *name = g_file_get_parse_name (directory);

  g_ptr_array_add (job->problems, kc_problem_new (name, 0, code, message));
  g_free (message);
  job->n_skipped_folders++;
}

/* Adds a source to @sources for every `*.xml` file in @directory. */
static void
list_directory (LoadJob   *job,
                GFile     *directory,
                gboolean   must_exist,
                GPtrArray *sources)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GFileInfo *info;   /* owned by the enumerator */

  enumerator = g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                                     G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (enumerator == NULL)
    {
      if (must_exist || !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        add_folder_problem (job, directory, KC_CONTENT_ERROR_IO, describe_folder_error (error));
      return;
    }

  while (g_file_enumerator_iterate (enumerator, &info, NULL, NULL, NULL) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (!g_file_info_get_is_hidden (info) && g_str_has_suffix (name, ".xml"))
        g_ptr_array_add (files, g_file_get_child (directory, name));
    }

  /* A folder named on the command line that gives nothing is a mistake
   * worth naming: a wrong path, not a choice. */
  if (must_exist && files->len == 0)
    add_folder_problem (job, directory, KC_CONTENT_ERROR_EMPTY,
                        g_strdup (_("The content folder holds no content files (files whose "
                                    "names end in “.xml”). Check that this is the folder "
                                    "you meant.")));

  g_ptr_array_sort (files, compare_files);
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (sources, kc_content_source_new_file (g_ptr_array_index (files, i)));
}

/* The queue as sources, each folder replaced by its files. */
static GPtrArray *
list_sources (LoadJob *job)
{
  GPtrArray *sources = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_content_source_free);

  for (guint i = 0; i < job->queue->len; i++)
    {
      Queued *queued = g_ptr_array_index (job->queue, i);

      if (queued->directory != NULL)
        list_directory (job, queued->directory, queued->must_exist, sources);
      else
        g_ptr_array_add (sources, g_steal_pointer (&queued->source));
    }

  return sources;
}

/* Runs on any thread: touches only the job. */
static void
load_job_run (LoadJob *job)
{
  g_autoptr(GPtrArray) sources = list_sources (job);
  g_autoptr(GHashTable) more = g_hash_table_new (g_str_hash, g_str_equal);
  KcContentStaged *staged = kc_content_sources_stage (sources);

  for (guint i = 0; i < sources->len; i++)
    {
      KcContentFile *file = g_steal_pointer (&staged[i].file);

      g_ptr_array_extend_and_steal (job->problems, g_steal_pointer (&staged[i].problems));
      if (file != NULL && !kc_content_links_claim (file, job->owners, job->problems))
        g_clear_pointer (&file, kc_content_file_free);

      if (file != NULL)
        g_ptr_array_add (job->files, file);
      else
        job->n_skipped_files++;
    }
  kc_content_staged_free (staged, sources->len);

  job->n_skipped_files += kc_content_links_resolve (job->files, job->owners, job->problems);

  for (guint i = 0; i < job->files->len; i++)
    {
      KcContentFile *file = g_ptr_array_index (job->files, i);

      if (file->n_more_problems > 0)
        g_hash_table_insert (more, file->display_name, GUINT_TO_POINTER (file->n_more_problems));
    }
  cap_problems (job->problems, more);
}

/* Every declared id names an item; each kind's list keeps content order. */
static void
commit_file (KcLibrary     *self,
             KcContentFile *file)
{
  for (guint i = 0; i < file->ids->len; i++)
    {
      KcContentId *id = g_ptr_array_index (file->ids, i);
      KcItem *item = KC_ITEM (id->object);

      g_hash_table_insert (self->items, g_strdup (id->id), g_object_ref (item));
      g_list_store_append (self->kinds[kc_item_get_kind (item)], item);
    }

  g_hash_table_insert (self->reviewed, g_strdup (file->display_name),
                       file->reviewed != NULL ? g_date_time_ref (file->reviewed) : NULL);
}

/* On the main thread: what the job accepted joins the library at once. */
static void
load_job_commit (KcLibrary *self,
                 LoadJob   *job)
{
  guint n_terms = g_list_model_get_n_items (G_LIST_MODEL (self->kinds[KC_ITEM_KIND_GLOSSARY_TERM]));
  gboolean changed = job->problems->len > 0 || job->n_skipped_files > 0 ||
                     job->n_skipped_folders > 0;

  for (guint i = 0; i < job->files->len; i++)
    {
      KcContentFile *file = g_ptr_array_index (job->files, i);

      if (file->rejected)
        continue;
      commit_file (self, file);
      changed = TRUE;
      /* The library's owners point into the file: it lives as long. */
      g_ptr_array_add (self->files, g_ptr_array_steal_index (job->files, i--));
    }

  /* The job's owners are the library's and those of the files accepted. */
  g_clear_pointer (&self->owners, g_hash_table_unref);
  self->owners = g_steal_pointer (&job->owners);

  g_list_store_splice (self->problems, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                       0, job->problems->pdata, job->problems->len);
  self->n_skipped_files += job->n_skipped_files;
  self->n_skipped_folders += job->n_skipped_folders;

  if (self->glossary != NULL &&
      n_terms != g_list_model_get_n_items (G_LIST_MODEL (self->kinds[KC_ITEM_KIND_GLOSSARY_TERM])))
    kc_glossary_update (self->glossary, G_LIST_MODEL (self->kinds[KC_ITEM_KIND_GLOSSARY_TERM]));

  /* An empty folder of the user's costs the pages nothing. */
  if (changed)
    _kc_library_emit_changed (self);
}

/**
 * kc_library_load:
 *
 * Loads everything queued, in the calling thread.  Problems are collected
 * in kc_library_get_problems(); a file with any problem is skipped whole.
 * The library may be loaded again after more is queued.
 */
void
kc_library_load (KcLibrary *self)
{
  LoadJob *job;

  g_return_if_fail (KC_IS_LIBRARY (self));
  g_return_if_fail (!self->loading);

  job = load_job_new (self);
  load_job_run (job);
  load_job_commit (self, job);
  load_job_free (job);
}

static void
load_in_thread_cb (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  load_job_run (task_data);
  g_task_return_boolean (task, TRUE);
}

/* Commits before the caller's callback runs, so that it sees the result. */
static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  KcLibrary *self = KC_LIBRARY (object);
  g_autoptr(GTask) task = user_data;

  self->loading = FALSE;
  load_job_commit (self, g_task_get_task_data (G_TASK (result)));
  g_task_return_boolean (task, TRUE);
}

/**
 * kc_library_load_async:
 *
 * Loads everything queued on a worker thread.  What it accepts joins the
 * library, and its problems the list of problems, in one step on the
 * main thread, before @callback runs; then ::changed is emitted.
 */
void
kc_library_load_async (KcLibrary           *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) worker = NULL;
  GTask *task;

  g_return_if_fail (KC_IS_LIBRARY (self));
  g_return_if_fail (!self->loading);

  self->loading = TRUE;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, kc_library_load_async);

  worker = g_task_new (self, NULL, load_done_cb, task);
  g_task_set_task_data (worker, load_job_new (self), load_job_free);
  g_task_run_in_thread (worker, load_in_thread_cb);
}

gboolean
kc_library_load_finish (KcLibrary     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
