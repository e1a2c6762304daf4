/* kc-test-plan.c: a temporary plans folder, for the plan tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

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

/* The whole of a file that must be there. */
char *
kc_test_read_file (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Who may read and write it: the permission bits of its mode. */
guint
kc_test_file_mode (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_mode & 0777;
}

/* Monday 2 November 2026, or @offset days after it. */
GDate
kc_test_plan_day (int offset)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, G_DATE_NOVEMBER, 2026);
  g_date_add_days (&date, offset);
  return date;
}

/* A session's record of @exercise_id on kc_test_plan_day (@offset). */
void
kc_test_plan_add_record (KcPlan     *plan,
                         int         offset,
                         const char *exercise_id,
                         int         pain,
                         guint       sets,
                         guint       reps)
{
  GDate date = kc_test_plan_day (offset);
  g_autoptr(KcExerciseRecord) record = kc_exercise_record_new (&date, exercise_id);

  record->pain = pain;
  record->sets_done = sets;
  record->reps_done = reps;
  g_assert_true (kc_plan_add_record (plan, record));
}
