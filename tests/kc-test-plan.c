/* kc-test-plan.c: a temporary plans folder, for the plan tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-test-plan.h"
#include "plan/kc-plan-file-private.h"

void
kc_test_plan_folder_set_up (KcTestPlanFolder *fixture,
                            gconstpointer     data)
{
  fixture->dir = g_dir_make_tmp ("kc-plans-XXXXXX", NULL);
  fixture->folder = g_file_new_for_path (fixture->dir);
}

void
kc_test_plan_folder_tear_down (KcTestPlanFolder *fixture,
                               gconstpointer     data)
{
  const char *argv[] = { "rm", "-rf", fixture->dir, NULL };

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL,
                NULL);
  g_clear_object (&fixture->folder);
  g_free (fixture->dir);
  /* A test may have swapped the writer for one that fails. */
  _kc_plan_file_set_writer (NULL);
}

char *
kc_test_plan_path (KcTestPlanFolder *fixture,
                   const char       *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}
