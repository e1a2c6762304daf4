/* test-plan-patients.c: plans grouped by patient, a patient deleted and
 * brought back, and every file in the data folder private (issue 18)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "content/kc-library.h"
#include "core/kc-data-folder.h"
#include "kc-test-library.h"
#include "kc-test-plan.h"
#include "plan/kc-plan-patient.h"
#include "plan/kc-plan-store-private.h"

static KcLibrary *library;

typedef KcTestPlanFolder Fixture;

static KcPlan *
new_plan (const char *name,
          const char *patient)
{
  KcDose dose = { .sets = 2, .reps = 10 };
  KcPlan *plan = kc_plan_new (NULL, name);

  kc_plan_set_patient (plan, patient);
  g_assert_nonnull (kc_plan_add_item (plan, 0, "bridge", &dose));
  return plan;
}

static guint
n_plans (KcPlanStore *store)
{
  return g_list_model_get_n_items (kc_plan_store_get_plans (store));
}

static char *
file_of (KcPlanStore *store,
         KcPlan      *plan)
{
  g_autoptr(GFile) file = kc_plan_store_dup_file (store, plan);

  return g_file_get_path (file);
}

/* ---- Grouping ------------------------------------------------------------ */

/* Typed by hand: case, composition and spaces around do not make another
 * patient; a name that differs does. */
static void
test_one_patient_however_typed (void)
{
  g_autoptr(KcPlan) plan = new_plan ("Knees", "Zoë");
  g_autofree char *none = kc_plan_patient_key ("   ");

  g_assert_true (kc_plan_same_patient (plan, "Zoë"));
  g_assert_true (kc_plan_same_patient (plan, " zoë "));
  g_assert_true (kc_plan_same_patient (plan, "ZOE\xcc\x88"));   /* E + combining diaeresis */
  g_assert_false (kc_plan_same_patient (plan, "Zoe"));
  g_assert_false (kc_plan_same_patient (plan, ""));
  g_assert_cmpstr (none, ==, "");
}

static int
compare_plans (gconstpointer a,
               gconstpointer b)
{
  return kc_plan_compare_by_patient (*(KcPlan **)a, *(KcPlan **)b);
}

/* Patients by name, one patient's plans together and by name, the plans
 * without a patient last. */
static void
test_plans_ordered_by_patient (void)
{
  const char *plans[][2] = {
    { "Stairs", "" }, { "Knees", "zoë" }, { "Back", "Bernd" }, { "Alpha", "" },
    { "Hips", "Zoë " }, { "Walk", "anna" },
  };
  const char *expected[] = { "Walk", "Back", "Hips", "Knees", "Alpha", "Stairs" };
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    g_ptr_array_add (sorted, new_plan (plans[i][0], plans[i][1]));
  g_ptr_array_sort (sorted, compare_plans);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (kc_plan_get_name (g_ptr_array_index (sorted, i)), ==, expected[i]);
}

static void
test_search_matches_name_and_patient (void)
{
  g_autoptr(KcPlan) plan = new_plan ("Knee Week 2", "Zoë Brandt");

  g_assert_true (kc_plan_matches (plan, NULL));
  g_assert_true (kc_plan_matches (plan, " "));
  g_assert_true (kc_plan_matches (plan, "week"));
  g_assert_true (kc_plan_matches (plan, "BRANDT"));
  g_assert_true (kc_plan_matches (plan, "zoë"));
  g_assert_false (kc_plan_matches (plan, "zoe"));
  g_assert_false (kc_plan_matches (plan, "hip"));
}

static void
test_patient_plans_counted (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(GPtrArray) zoe = NULL;
  g_autoptr(GPtrArray) none = NULL;
  const char *plans[][2] = {
    { "Knees", "Zoë" }, { "Back", "Bernd" }, { "Hips", "zoë" }, { "Stairs", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      g_autoptr(KcPlan) plan = new_plan (plans[i][0], plans[i][1]);
      g_assert_true (kc_plan_store_add (store, plan, NULL));
    }

  zoe = kc_plan_store_dup_patient_plans (store, "ZOË");
  none = kc_plan_store_dup_patient_plans (store, "");
  /* In the list's order. */
  g_assert_cmpuint (zoe->len, ==, 2);
  g_assert_cmpstr (kc_plan_get_name (g_ptr_array_index (zoe, 0)), ==, "Hips");
  g_assert_cmpstr (kc_plan_get_name (g_ptr_array_index (zoe, 1)), ==, "Knees");
  g_assert_cmpuint (none->len, ==, 1);
  g_assert_cmpstr (kc_plan_get_name (g_ptr_array_index (none, 0)), ==, "Stairs");
}

/* ---- Deleting a patient -------------------------------------------------- */

typedef struct
{
  KcPlanStore *store;
  KcPlan *plans[3];     /* Zoë's two, and Bernd's */
  char *paths[3];
  char *contents[3];
} Patients;

static void
patients_set_up (Patients *patients,
                 Fixture  *fixture)
{
  const char *plans[][2] = { { "Knees", "Zoë" }, { "Hips", "zoë" }, { "Back", "Bernd" } };

  patients->store = kc_plan_store_new (fixture->folder, library);
  for (guint i = 0; i < G_N_ELEMENTS (plans); i++)
    {
      KcPlan *plan = new_plan (plans[i][0], plans[i][1]);

      /* The log and progress live in the plan's file: they go and come back with it. */
      kc_test_plan_add_record (plan, (int)i, "bridge", 2, 2, 10);
      g_assert_true (kc_plan_store_add (patients->store, plan, NULL));
      patients->plans[i] = plan;
      patients->paths[i] = file_of (patients->store, plan);
      patients->contents[i] = kc_test_read_file (patients->paths[i]);
    }
}

static void
patients_tear_down (Patients *patients)
{
  for (guint i = 0; i < G_N_ELEMENTS (patients->plans); i++)
    {
      g_clear_object (&patients->plans[i]);
      g_clear_pointer (&patients->paths[i], g_free);
      g_clear_pointer (&patients->contents[i], g_free);
    }
  g_clear_object (&patients->store);
}

static void
assert_files_as_before (Patients *patients)
{
  for (guint i = 0; i < G_N_ELEMENTS (patients->plans); i++)
    {
      g_autofree char *now = kc_test_read_file (patients->paths[i]);

      g_assert_cmpstr (now, ==, patients->contents[i]);
      g_assert_cmpuint (kc_test_file_mode (patients->paths[i]), ==, 0600);
    }
}

static void
test_delete_patient_and_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  Patients patients = { 0 };
  g_autoptr(KcPlanRemoval) removal = NULL;
  g_autoptr(KcPlanStore) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  patients_set_up (&patients, fixture);

  removal = kc_plan_store_remove_patient (patients.store, " ZOË", &error);
  g_assert_no_error (error);
  /* As the list shows them: spelled as their first plan, "Hips", spells it. */
  g_assert_cmpstr (kc_plan_removal_get_patient (removal), ==, "zoë");
  g_assert_true (kc_plan_removal_get_plan (removal, 0) == patients.plans[1]);
  g_assert_cmpuint (kc_plan_removal_get_n_plans (removal), ==, 2);
  g_assert_cmpuint (n_plans (patients.store), ==, 1);
  g_assert_false (g_file_test (patients.paths[0], G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (patients.paths[1], G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (patients.paths[2], G_FILE_TEST_EXISTS));

  g_assert_true (kc_plan_store_restore (patients.store, removal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_plans (patients.store), ==, 3);
  assert_files_as_before (&patients);
  /* Back in their own files, the same plans. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = file_of (patients.store, patients.plans[i]);
      g_assert_cmpstr (path, ==, patients.paths[i]);
    }

  /* Twice is once. */
  g_assert_true (kc_plan_store_restore (patients.store, removal, NULL));
  g_assert_cmpuint (n_plans (patients.store), ==, 3);

  /* An edit after Undo saves over the restored file, which is ours again. */
  kc_plan_set_notes (patients.plans[0], "Back again");
  kc_plan_store_flush (patients.store);
  g_assert_null (kc_plan_store_get_save_error (patients.store));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_problems (patients.store)), ==, 0);

  reloaded = kc_plan_store_new (fixture->folder, library);
  kc_plan_store_load (reloaded);
  g_assert_cmpuint (n_plans (reloaded), ==, 3);
  patients_tear_down (&patients);
}

/* Edits held back (typing saves at most once a second) are in the file
 * that comes back. */
static void
test_delete_keeps_last_edit (Fixture       *fixture,
                             gconstpointer  data)
{
  Patients patients = { 0 };
  g_autoptr(KcPlanRemoval) removal = NULL;
  g_autofree char *restored = NULL;

  patients_set_up (&patients, fixture);
  kc_plan_set_notes (patients.plans[0], "First");
  kc_plan_set_notes (patients.plans[0], "Second, typed at once");

  removal = kc_plan_store_remove_patient (patients.store, "Zoë", NULL);
  g_assert_nonnull (removal);
  g_assert_true (kc_plan_store_restore (patients.store, removal, NULL));
  restored = kc_test_read_file (patients.paths[0]);
  g_assert_nonnull (strstr (restored, "Second, typed at once"));
  patients_tear_down (&patients);
}

/* A plan whose file cannot be read or deleted: nothing is deleted, and
 * what was deleted before it is back as it was. */
static void
test_delete_fails_changes_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  Patients patients = { 0 };
  g_autoptr(KcPlanRemoval) removal = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = NULL;
  g_autofree char *second = NULL;

  patients_set_up (&patients, fixture);
  /* Zoë's second plan's file turned into a folder that holds a file:
   * neither read nor deleted, even by root. */
  kc_plan_store_flush (patients.store);
  g_assert_cmpint (g_remove (patients.paths[1]), ==, 0);
  g_assert_cmpint (g_mkdir (patients.paths[1], 0700), ==, 0);
  blocker = g_build_filename (patients.paths[1], "x", NULL);
  g_assert_true (g_file_set_contents (blocker, "x", -1, NULL));

  removal = kc_plan_store_remove_patient (patients.store, "Zoë", &error);
  g_assert_null (removal);
  g_assert_nonnull (error);
  g_assert_cmpuint (n_plans (patients.store), ==, 3);
  second = kc_test_read_file (patients.paths[0]);
  g_assert_cmpstr (second, ==, patients.contents[0]);
  patients_tear_down (&patients);
}

/* Undo after another plan took the file's name: both kept, the restored
 * one in a file of its own. */
static void
test_restore_beside_a_new_file (Fixture       *fixture,
                                gconstpointer  data)
{
  Patients patients = { 0 };
  g_autoptr(KcPlanRemoval) removal = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *taker = NULL;

  patients_set_up (&patients, fixture);
  removal = kc_plan_store_remove_patient (patients.store, "Zoë", NULL);
  g_assert_true (g_file_set_contents (patients.paths[0], "someone else's", -1, NULL));

  kc_plan_store_restore (patients.store, removal, NULL);
  g_assert_cmpuint (n_plans (patients.store), ==, 3);
  taker = kc_test_read_file (patients.paths[0]);
  g_assert_cmpstr (taker, ==, "someone else's");
  moved = file_of (patients.store, patients.plans[0]);
  g_assert_cmpstr (moved, !=, patients.paths[0]);
  g_assert_true (g_file_test (moved, G_FILE_TEST_EXISTS));
  patients_tear_down (&patients);
}

/* ---- Privacy ------------------------------------------------------------- */

/* Whatever the umask lets through, plans and their folders are the
 * user's alone.  The saver writes a temporary file and renames it over
 * the plan's, so the file checked is that temporary file. */
static void
test_plan_files_private (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GFile) nested = g_file_new_build_filename (fixture->dir, "data", "plans", NULL);
  g_autoptr(KcPlanStore) store = kc_plan_store_new (nested, library);
  g_autoptr(KcPlan) plan = new_plan ("Knees", "Zoë");
  g_autofree char *data_dir = g_build_filename (fixture->dir, "data", NULL);
  g_autofree char *path = NULL;
  mode_t old_umask = umask (0);

  g_assert_true (kc_plan_store_add (store, plan, NULL));
  path = file_of (store, plan);
  g_assert_cmpuint (kc_test_file_mode (path), ==, 0600);
  g_assert_cmpuint (kc_test_file_mode (data_dir), ==, 0700);
  g_assert_cmpuint (kc_test_file_mode (g_file_peek_path (nested)), ==, 0700);

  /* Saved again: still private. */
  kc_plan_set_notes (plan, "Again");
  kc_plan_store_flush (store);
  g_assert_cmpuint (kc_test_file_mode (path), ==, 0600);
  umask (old_umask);
}

/* A file that could not be read is moved to a folder of its own: private too. */
static void
test_kept_aside_private (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autofree char *broken = kc_test_plan_path (fixture, "broken.xml");
  g_autofree char *kept = kc_test_plan_path (fixture, "kept-aside");
  mode_t old_umask = umask (0);

  g_assert_true (g_file_set_contents (broken, "<plan format=\"1\" id=\"a\"><name>x</nam", -1,
                                      NULL));
  kc_plan_store_load (store);
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (kc_test_file_mode (kept), ==, 0700);
  umask (old_umask);
}

static void
test_data_folder_mode (void)
{
  g_autoptr(GFile) folder = kc_data_folder_dup ();
  g_autoptr(GFile) inside = g_file_get_child (folder, "exports/plan.ics");
  g_autoptr(GFile) beside = g_file_new_build_filename (g_get_user_data_dir (),
                                                       "kinetic-chain-other", "plan.ics", NULL);
  g_autoptr(GFile) home = g_file_new_build_filename (g_get_home_dir (), "plan.ics", NULL);

  g_assert_cmpint (kc_data_folder_mode_for (inside), ==, 0600);
  g_assert_cmpint (kc_data_folder_mode_for (folder), ==, 0600);
  g_assert_cmpint (kc_data_folder_mode_for (beside), ==, 0644);
  g_assert_cmpint (kc_data_folder_mode_for (home), ==, 0644);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = kc_test_bundled_library ();

#define ADD KC_TEST_ADD_WITH_FOLDER

  g_test_add_func ("/plan-patients/one-patient-however-typed", test_one_patient_however_typed);
  g_test_add_func ("/plan-patients/ordered-by-patient", test_plans_ordered_by_patient);
  g_test_add_func ("/plan-patients/search-name-and-patient", test_search_matches_name_and_patient);
  ADD ("/plan-patients/plans-counted", test_patient_plans_counted);
  ADD ("/plan-patients/delete/and-undo", test_delete_patient_and_undo);
  ADD ("/plan-patients/delete/keeps-last-edit", test_delete_keeps_last_edit);
  ADD ("/plan-patients/delete/fails-changes-nothing", test_delete_fails_changes_nothing);
  ADD ("/plan-patients/delete/restore-beside-new-file", test_restore_beside_a_new_file);
  ADD ("/privacy/plan-files", test_plan_files_private);
  ADD ("/privacy/kept-aside", test_kept_aside_private);
  g_test_add_func ("/privacy/data-folder-mode", test_data_folder_mode);

  status = g_test_run ();
  g_clear_object (&library);
  return status;
}
