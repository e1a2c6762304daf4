/* kc-test-plan.h: a temporary plans folder, for the plan tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "plan/kc-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  GFile *folder;
} KcTestPlanFolder;

void  kc_test_plan_folder_set_up    (KcTestPlanFolder *fixture,
                                     gconstpointer     data);
void  kc_test_plan_folder_tear_down (KcTestPlanFolder *fixture,
                                     gconstpointer     data);
char *kc_test_plan_path             (KcTestPlanFolder *fixture,
                                     const char       *name);

char *kc_test_read_file             (const char       *path);
guint kc_test_file_mode             (const char       *path);

GDate kc_test_plan_day              (int               offset);
void  kc_test_plan_add_record       (KcPlan           *plan,
                                     int               offset,
                                     const char       *exercise_id,
                                     int               pain,
                                     guint             sets,
                                     guint             reps);

/* A test that gets a fresh, empty folder, removed after it. */
#define KC_TEST_ADD_WITH_FOLDER(path, func) \
  g_test_add (path, KcTestPlanFolder, NULL, kc_test_plan_folder_set_up, func, \
              kc_test_plan_folder_tear_down)

G_END_DECLS
