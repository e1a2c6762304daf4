/* kc-library-load.c: queuing content files and loading them into the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading takes each queued file through four gates on its own
 * (kc-content-source.c): read (size-capped), parse (safely), validate
 * (RELAX NG), and read into a KcContentFile that records the ids the file
 * declares and the ids it refers to.  Then the ids of all files are
 * checked together, in queue order.  A file that fails any gate is
 * skipped as a whole and reported; the others load.
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

static void
add_problem (KcLibrary      *self,
             const char     *file,
             guint           line,
             KcContentError  code,
             const char     *message)
{
  g_autoptr(KcProblem) problem = kc_problem_new (file, line, code, message);

  g_list_store_append (self->problems, problem);
}

static void
append_problems (KcLibrary *self,
                 GPtrArray *problems)
{
  g_list_store_splice (self->problems, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                       0, problems->pdata, problems->len);
  g_ptr_array_set_size (problems, 0);
}

/* The first KC_XML_MAX_PROBLEMS problems of each file, each file's followed
 * by one saying how many more it has: the details dialog stays readable
 * and fast whatever a file holds. */
static void
cap_problems (KcLibrary *self)
{
  GListModel *all = G_LIST_MODEL (self->problems);
  guint n_all = g_list_model_get_n_items (all);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_all; i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (all, i);
      const char *file = kc_problem_get_file (problem);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, file)) + 1;

      g_hash_table_insert (counts, (char *)file, GUINT_TO_POINTER (n));
      if (n <= KC_XML_MAX_PROBLEMS)
        g_ptr_array_add (kept, g_steal_pointer (&problem));
    }
  if (kept->len == n_all)
    return;

  for (guint i = kept->len; i-- > 0;)
    {
      KcProblem *problem = g_ptr_array_index (kept, i);
      const char *file = kc_problem_get_file (problem);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, file));
      g_autofree char *message = NULL;

      /* The file's last kept problem: the summary goes after it. */
      if (n <= KC_XML_MAX_PROBLEMS || !g_hash_table_remove (counts, file))
        continue;

      n -= KC_XML_MAX_PROBLEMS;
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "…and %u more problem in this file.",
                                              "…and %u more problems in this file.", n), n);
      g_ptr_array_insert (kept, (int)i + 1,
                          kc_problem_new (file, 0, KC_CONTENT_ERROR_TOO_LARGE, message));
    }

  g_list_store_splice (self->problems, 0, n_all, kept->pdata, kept->len);
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

      g_ptr_array_add (self->sources, kc_content_source_new_resource (resource, display_name));
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
  g_return_if_fail (!self->loaded);

  g_ptr_array_add (self->sources, kc_content_source_new_file (file));
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
  g_return_if_fail (!self->loaded);

  g_ptr_array_add (self->sources, kc_content_source_new_bytes (display_name, bytes));
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
add_folder_problem (KcLibrary      *self,
                    GFile          *directory,
                    KcContentError  code,
                    char           *message)
{
  g_autofree char *name = g_file_get_parse_name (directory);

  add_problem (self, name, 0, code, message);
  g_free (message);
  self->n_skipped_folders++;
}

/**
 * kc_library_add_directory:
 * @must_exist: whether a missing folder is a problem worth reporting
 *
 * Queues every `*.xml` file in @directory, in name order.
 */
void
kc_library_add_directory (KcLibrary *self,
                          GFile     *directory,
                          gboolean   must_exist)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GFileInfo *info;   /* owned by the enumerator */

  g_return_if_fail (KC_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (directory));

  enumerator = g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                                     G_FILE_ATTRIBUTE_STANDARD_IS_HIDDEN,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (enumerator == NULL)
    {
      if (must_exist || !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        add_folder_problem (self, directory, KC_CONTENT_ERROR_IO,
                            describe_folder_error (error));
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
    add_folder_problem (self, directory, KC_CONTENT_ERROR_EMPTY,
                        g_strdup (_("The content folder holds no content files (files whose "
                                    "names end in “.xml”). Check that this is the folder "
                                    "you meant.")));

  g_ptr_array_sort (files, compare_files);
  for (guint i = 0; i < files->len; i++)
    kc_library_add_file (self, g_ptr_array_index (files, i));
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

/**
 * kc_library_load:
 *
 * Loads everything queued.  Problems are collected in
 * kc_library_get_problems(); a file with any problem is skipped whole.
 */
void
kc_library_load (KcLibrary *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_content_file_free);
  g_autoptr(GHashTable) owners = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  KcContentStaged *staged;

  g_return_if_fail (KC_IS_LIBRARY (self));
  g_return_if_fail (!self->loaded);

  self->loaded = TRUE;

  staged = kc_content_sources_stage (self->sources);
  for (guint i = 0; i < self->sources->len; i++)
    {
      KcContentFile *file = g_steal_pointer (&staged[i].file);

      append_problems (self, staged[i].problems);
      if (file != NULL && !kc_content_links_claim (file, owners, problems))
        g_clear_pointer (&file, kc_content_file_free);
      append_problems (self, problems);

      if (file != NULL)
        g_ptr_array_add (files, file);
      else
        self->n_skipped_files++;
    }
  kc_content_staged_free (staged, self->sources->len);

  self->n_skipped_files += kc_content_links_resolve (files, owners, problems);
  append_problems (self, problems);

  for (guint i = 0; i < files->len; i++)
    {
      KcContentFile *file = g_ptr_array_index (files, i);

      if (!file->rejected)
        commit_file (self, file);
    }

  cap_problems (self);
  g_ptr_array_set_size (self->sources, 0);
}
