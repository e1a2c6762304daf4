/* fuzz-store.c: libFuzzer target for the plan store on a folder of files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is several files, split at "\n--8<--\n": all but the last
 * are put in a fresh plans folder (named plan-0.xml, plan-1.xml, … so
 * that ids can match file names or not), the last is imported.  Then the
 * store loads, one plan is edited, the import is made, one plan is
 * removed.  Any crash or sanitizer report is a bug, and so is a lost plan:
 * a file that loading did not keep somewhere unchanged, a removed plan
 * whose file stays, or a second store on the same folder that reads back
 * other plans than the first one saved.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sanitizer/lsan_interface.h>
#include <stdint.h>
#include <string.h>

#include "plan/kc-plan-file.h"
#include "plan/kc-plan-store.h"

#define SEPARATOR "\n--8<--\n"
#define MAX_FILES 6

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* GIO's default VFS, and the modules it scans for it, are made once,
 * before any input, and not counted as leaks: GIO keeps them as long as
 * the process without a pointer LeakSanitizer can see (the stack lsan.supp
 * matches is lost to fast unwinding in the campaign). */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  __lsan_disable ();
  g_assert_nonnull (g_vfs_get_default ());
  __lsan_enable ();
  return 0;
}

static GPtrArray *
split_files (const uint8_t *data,
             size_t         size)
{
  GPtrArray *files = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  const char *start = (const char *)data;
  const char *end = start + size;

  while (files->len < MAX_FILES - 1)
    {
      const char *cut = g_strstr_len (start, end - start, SEPARATOR);

      if (cut == NULL)
        break;
      g_ptr_array_add (files, g_bytes_new (start, cut - start));
      start = cut + strlen (SEPARATOR);
    }
  g_ptr_array_add (files, g_bytes_new (start, end - start));
  return files;
}

/* Every file's bytes under @dir, recursively. */
static void
collect_contents (const char *dir,
                  GPtrArray  *contents)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *text = NULL;
      gsize length;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_contents (path, contents);
      else if (g_file_get_contents (path, &text, &length, NULL))
        g_ptr_array_add (contents, g_bytes_new_take (text, length));
    }
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        remove_tree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* Loading moves a file aside at most, never changes or drops it. */
static void
check_nothing_lost (const char *plans_dir,
                    GPtrArray  *files)
{
  g_autoptr(GPtrArray) contents = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);

  collect_contents (plans_dir, contents);
  for (guint i = 0; i + 1 < files->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < contents->len && !found; j++)
        found = g_bytes_equal (g_ptr_array_index (files, i), g_ptr_array_index (contents, j));
      if (!found)
        __builtin_trap ();
    }
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

/* Each plan's saved form, sorted: what a store holds, independent of order. */
static GPtrArray *
dup_plan_texts (KcPlanStore *store)
{
  GListModel *plans = kc_plan_store_get_plans (store);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(KcPlan) plan = g_list_model_get_item (plans, i);
      g_ptr_array_add (texts, kc_plan_to_xml (plan));
    }
  g_ptr_array_sort (texts, compare_strings);
  return texts;
}

static void
check_reads_back (GFile       *folder,
                  KcPlanStore *store)
{
  g_autoptr(KcPlanStore) again = kc_plan_store_new (folder, NULL);
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GPtrArray) read = NULL;

  kc_plan_store_flush (store);
  kc_plan_store_load (again);
  saved = dup_plan_texts (store);
  read = dup_plan_texts (again);
  if (saved->len != read->len)
    __builtin_trap ();
  for (guint i = 0; i < saved->len; i++)
    if (strcmp (g_ptr_array_index (saved, i), g_ptr_array_index (read, i)) != 0)
      __builtin_trap ();
}

static void
exercise_store (GFile     *folder,
                GFile     *import,
                GPtrArray *files,
                gboolean   replace)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (folder, NULL);
  g_autofree char *plans_dir = g_file_get_path (folder);
  GListModel *plans = kc_plan_store_get_plans (store);
  KcPlan *copy;
  guint n;

  kc_plan_store_load (store);
  check_nothing_lost (plans_dir, files);

  if (g_list_model_get_n_items (plans) > 0)
    {
      g_autoptr(KcPlan) first = g_list_model_get_item (plans, 0);

      kc_plan_set_notes (first, "edited by fuzz-store");
      kc_plan_store_save (store, first, NULL);
    }
  /* Both return a plan the store keeps, or NULL with a reason. */
  kc_plan_store_import (store, import, replace, NULL);
  copy = kc_plan_store_import_copy (store, import, NULL);
  g_clear_object (&copy);
  check_reads_back (folder, store);

  n = g_list_model_get_n_items (plans);
  if (n > 0)
    {
      g_autoptr(KcPlan) last = g_list_model_get_item (plans, n - 1);
      g_autoptr(GFile) file = kc_plan_store_dup_file (store, last);

      if (kc_plan_store_remove (store, last, NULL) && file != NULL &&
          g_file_query_exists (file, NULL))
        __builtin_trap ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *top = g_dir_make_tmp ("fuzz-store-XXXXXX", NULL);
  g_autofree char *plans_dir = g_build_filename (top, "plans", NULL);
  g_autofree char *import_path = g_build_filename (top, "import.xml", NULL);
  g_autoptr(GPtrArray) files = split_files (data, size);
  g_autoptr(GFile) folder = g_file_new_for_path (plans_dir);
  g_autoptr(GFile) import = g_file_new_for_path (import_path);
  GBytes *last = g_ptr_array_index (files, files->len - 1);

  g_mkdir (plans_dir, 0700);
  for (guint i = 0; i + 1 < files->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("plan-%u.xml", i);
      g_autofree char *path = g_build_filename (plans_dir, name, NULL);
      GBytes *bytes = g_ptr_array_index (files, i);

      g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
    }
  g_file_set_contents (import_path, g_bytes_get_data (last, NULL), g_bytes_get_size (last), NULL);

  exercise_store (folder, import, files, size % 2 == 0);

  remove_tree (top);
  return 0;
}
