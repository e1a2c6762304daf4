/* test-plan-load.c: the plans folder is read off the main thread (issue 19, principle 8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "content/kc-problem.h"
#include "kc-test-plan.h"
#include "plan/kc-plan-store.h"

typedef KcTestPlanFolder Fixture;

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *text)
{
  g_autofree char *path = kc_test_plan_path (fixture, name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
write_plan (Fixture    *fixture,
            const char *name,
            const char *id,
            const char *title)
{
  g_autofree char *xml =
    g_strdup_printf ("<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"%s\">\n<name>%s</name>\n"
                     "<day name=\"monday\"><item exercise=\"bridge\" sets=\"2\"/></day>\n"
                     "</plan>\n", id, title);

  write_file (fixture, name, xml);
}

/* Every kind of file the loader meets: plans, a copy with the same id, one
 * that is not a plan (kept aside), one from a newer version (left). */
static void
fill_folder (Fixture *fixture)
{
  write_plan (fixture, "knees.xml", "knees", "Knees");
  write_plan (fixture, "a copy.xml", "knees", "Knees (old)");
  write_plan (fixture, "back.xml", "back", "Back");
  write_file (fixture, "broken.xml", "<plan format=\"1\" id=\"broken\"><name>B</nam></plan>");
  write_file (fixture, "newer.xml",
              "<?xml version=\"1.0\"?>\n<plan format=\"9\" id=\"newer\"><name>N</name></plan>\n");
}

/* What a loaded store holds, in order, without the folder's own path. */
static char *
describe (KcPlanStore *store,
          const char  *dir)
{
  GListModel *plans = kc_plan_store_get_plans (store);
  GListModel *problems = kc_plan_store_get_problems (store);
  GString *text = g_string_new (NULL);
  g_autofree char *description = NULL;
  g_auto(GStrv) parts = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(KcPlan) plan = g_list_model_get_item (plans, i);
      g_autoptr(GFile) file = kc_plan_store_dup_file (store, plan);
      g_autofree char *base = g_file_get_basename (file);

      g_string_append_printf (text, "plan %s “%s” in %s%s\n", kc_plan_get_id (plan),
                              kc_plan_get_name (plan), base,
                              kc_plan_store_is_duplicate (store, plan) ? ", a duplicate" : "");
    }
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);

      g_string_append_printf (text, "problem %s: %s\n", kc_problem_get_file (problem),
                              kc_problem_get_message (problem));
    }

  description = g_string_free (text, FALSE);
  parts = g_strsplit (description, dir, -1);
  return g_strjoinv ("FOLDER", parts);
}

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (kc_plan_store_load_finish (KC_PLAN_STORE (object), result, &error));
  g_assert_no_error (error);
  g_assert_false (kc_plan_store_get_loading (KC_PLAN_STORE (object)));
  *done = TRUE;
}

/* The asynchronous load adds nothing until the worker is done, then adds
 * exactly what the synchronous one does, in the same order. */
static void
test_async_same_as_sync (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(KcPlanStore) by_async = kc_plan_store_new (fixture->folder, NULL);
  g_autoptr(KcPlanStore) by_sync = kc_plan_store_new (fixture->folder, NULL);
  g_autofree char *async_text = NULL;
  g_autofree char *sync_text = NULL;
  g_autofree char *kept = NULL;
  gboolean done = FALSE;

  fill_folder (fixture);
  kc_plan_store_load_async (by_async, NULL, on_loaded_cb, &done);
  g_assert_true (kc_plan_store_get_loading (by_async));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (by_async)), ==, 0);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  async_text = describe (by_async, fixture->dir);
  g_assert_nonnull (strstr (async_text, "plan knees “Knees (old)” in a copy.xml, a duplicate\n"));
  g_assert_nonnull (strstr (async_text, "problem FOLDER/broken.xml: This plan could not be read"));
  g_assert_nonnull (strstr (async_text, "problem FOLDER/newer.xml:"));

  /* The broken file was kept aside: put it back for the second reader. */
  kept = kc_test_plan_path (fixture, "kept-aside/broken.xml");
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_remove (kept), ==, 0);
  fill_folder (fixture);

  kc_plan_store_load (by_sync);
  sync_text = describe (by_sync, fixture->dir);
  g_assert_cmpstr (async_text, ==, sync_text);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (by_sync)), ==, 3);
}

/* The planner starts the load when first shown, and only once. */
static void
test_ensure_loaded_starts_once (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, NULL);

  write_plan (fixture, "back.xml", "back", "Back");
  kc_plan_store_ensure_loaded (store);
  g_assert_true (kc_plan_store_get_loading (store));
  kc_plan_store_ensure_loaded (store);
  while (kc_plan_store_get_loading (store))
    g_main_context_iteration (NULL, TRUE);
  kc_plan_store_ensure_loaded (store);
  g_assert_false (kc_plan_store_get_loading (store));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 1);
}

/* A PDF, a gzip file or a picture saved into the plans folder is named
 * for what it is (and kept aside, as anything that is not a plan); only
 * an empty file is called empty. */
static void
test_not_a_plan_named (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct
  {
    const char *name;
    const char *bytes;
    gsize length;
    const char *says;
  } cases[] = {
    { "scan.xml", "%PDF-1.4\n%\xe2\xe3", 13,
      "is not a Kinetic Chain plan (it looks like a PDF document)" },
    { "backup.xml", "\x1f\x8b\x08\0\0\0", 6, "(it looks like a gzip-compressed file)" },
    { "letter.xml", "PK\x03\x04\x14\0", 6, "(it looks like a ZIP archive" },
    { "photo.xml", "\x89PNG\r\n\x1a\n\0", 9, "(it looks like a PNG picture)" },
    { "notes.xml", "Plan for Monday: bridges", 24, "not an XML file: it does not start with “<”" },
    { "zero.xml", "", 0, "The file is empty." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, NULL);
      g_autofree char *path = kc_test_plan_path (fixture, cases[i].name);
      g_autoptr(KcProblem) problem = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].bytes, (gssize)cases[i].length, NULL));
      kc_plan_store_load (store);
      g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_problems (store)), ==, 1);
      problem = g_list_model_get_item (kc_plan_store_get_problems (store), 0);
      g_test_message ("%s", kc_problem_get_message (problem));
      g_assert_nonnull (strstr (kc_problem_get_file (problem), cases[i].name));
      g_assert_nonnull (strstr (kc_problem_get_message (problem), cases[i].says));
      g_assert_null (strstr (kc_problem_get_message (problem), i < 5 ? "empty" : "XML file"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  KC_TEST_ADD_WITH_FOLDER ("/plan-load/async-same-as-sync", test_async_same_as_sync);
  KC_TEST_ADD_WITH_FOLDER ("/plan-load/ensure-loaded-starts-once", test_ensure_loaded_starts_once);
  KC_TEST_ADD_WITH_FOLDER ("/plan-load/not-a-plan-named", test_not_a_plan_named);

  return g_test_run ();
}
