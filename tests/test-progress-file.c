/* test-progress-file.c: a patient's progress exported, read back and merged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kc-test-plan.h"
#include "plan/kc-plan-change.h"
#include "plan/kc-plan-suggestions.h"
#include "plan/kc-plan-file.h"
#include "plan/kc-plan-store.h"
#include "content/kc-xml.h"
#include "plan/kc-progress-file.h"
#include "plan/kc-psfs.h"

/* Two weeks of sessions, a scale rated twice, a decision, a day's pain. */
static KcPlan *
patient_plan (void)
{
  KcPlan *plan = kc_plan_new ("zoe-plan", "Back and knee");
  GDate first = kc_test_plan_day (0), later = kc_test_plan_day (8);
  const KcPsfsActivity *stairs;
  g_autoptr(KcPlanChange) change = NULL;
  KcDose dose = { .sets = 2, .reps = 10 };

  kc_plan_set_patient (plan, "Zoë");
  kc_plan_set_notes (plan, "The physiotherapist's notes");
  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 2, "bridge", &dose);
  kc_test_plan_add_record (plan, 0, "bridge", 2, 2, 20);
  kc_test_plan_add_record (plan, 2, "bridge", 3, 2, 18);
  kc_test_plan_add_record (plan, 9, "bridge", 1, 2, 20);
  stairs = kc_plan_add_psfs_activity (plan, "Climbing stairs", &first);
  g_assert_true (kc_plan_set_psfs_score (plan, &first, stairs->id, 3));
  g_assert_true (kc_plan_set_psfs_score (plan, &later, stairs->id, 6));
  g_assert_true (kc_plan_set_pain (plan, &first, 4));
  change = kc_plan_change_new (KC_CHANGE_HIGHER_DOSE, KC_CHANGE_REASON_EASY, "bridge", &dose);
  change->decision = KC_DECISION_ACCEPTED;
  change->decided = later;
  change->evidence = later;
  change->new_dose = dose;
  change->new_dose.sets = 3;
  g_assert_true (kc_plan_add_change (plan, change));
  return plan;
}

static void
assert_same_figures (KcPlan *one,
                     KcPlan *other)
{
  for (int week = 0; week < 3; week++)
    {
      GDate monday = kc_test_plan_day (week * 7);
      guint done[2], planned[2];
      double pain[2], psfs[2];
      gboolean rated[2];

      kc_plan_get_week_figures (one, &monday, &done[0], &planned[0], &pain[0]);
      kc_plan_get_week_figures (other, &monday, &done[1], &planned[1], &pain[1]);
      g_assert_cmpuint (done[0], ==, done[1]);
      g_assert_cmpuint (planned[0], ==, planned[1]);
      g_assert_cmpfloat (pain[0], ==, pain[1]);
      rated[0] = kc_plan_get_psfs_week (one, &monday, NULL, &psfs[0]);
      rated[1] = kc_plan_get_psfs_week (other, &monday, NULL, &psfs[1]);
      g_assert_cmpint (rated[0], ==, rated[1]);
      if (rated[0])
        g_assert_cmpfloat (psfs[0], ==, psfs[1]);
    }
  g_assert_cmpuint (kc_plan_get_records (one)->len, ==, kc_plan_get_records (other)->len);
  g_assert_cmpuint (kc_plan_get_changes (one)->len, ==, kc_plan_get_changes (other)->len);
}

static GFile *
export_to (KcTestPlanFolder *fixture,
           KcPlan           *plan,
           const char       *name)
{
  g_autofree char *path = kc_test_plan_path (fixture, name);
  GFile *file = g_file_new_for_path (path);
  GDate today = kc_test_plan_day (30);
  g_autoptr(GError) error = NULL;

  g_assert_true (kc_progress_export (plan, file, &today, &error));
  g_assert_no_error (error);
  return file;
}

/* Export → import on a fresh data folder: the same week's numbers. */
static void
test_round_trip_new_plan (KcTestPlanFolder *fixture,
                          gconstpointer     data)
{
  g_autoptr(KcPlan) plan = patient_plan ();
  g_autoptr(GFile) file = export_to (fixture, plan, "progress.xml");
  g_autoptr(GFile) folder = g_file_get_child (fixture->folder, "plans");
  g_autoptr(KcPlanStore) store = kc_plan_store_new (folder, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_UNIX_MODE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  KcProgressAdded added;
  KcPlan *imported;

  g_assert_cmphex (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE) & 0777,
                   ==, 0600);
  kc_plan_store_load (store);

  imported = kc_progress_import (store, file, FALSE, &added, NULL, &error);
  g_assert_null (imported);
  g_assert_error (error, KC_PROGRESS_ERROR, KC_PROGRESS_ERROR_NO_PLAN);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 0);

  imported = kc_progress_import (store, file, TRUE, &added, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (imported);
  g_assert_cmpstr (kc_plan_get_patient (imported), ==, "Zoë");
  g_assert_cmpstr (kc_plan_get_notes (imported), ==, "");
  assert_same_figures (plan, imported);
  g_assert_cmpuint (added.records, ==, 3);
  g_assert_cmpuint (added.sessions, ==, 3);
  g_assert_cmpuint (added.ratings, ==, 2);
  g_assert_cmpuint (added.activities, ==, 1);
  g_assert_cmpuint (added.changes, ==, 1);
  g_assert_cmpuint (added.log_days, ==, 1);
  g_assert_cmpuint (g_date_get_day (&added.newest_week), ==, 9);
}

/* Into the physiotherapist's own plan: only the patient's part is taken;
 * twice adds nothing. */
static void
test_merge_twice (void)
{
  g_autoptr(KcPlan) patient = patient_plan ();
  g_autoptr(KcPlan) plan = kc_plan_new ("zoe-plan", "Knee and back, physio's name");
  g_autofree char *before = NULL, *summary = NULL;
  g_autoptr(GError) error = NULL;
  KcDose dose = { .sets = 1, .reps = 5 };
  KcProgressAdded added;

  kc_plan_set_patient (plan, "Zoë");
  kc_plan_set_notes (plan, "Mine");
  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_test_plan_add_record (plan, 0, "bridge", 2, 2, 20);   /* already here */

  g_assert_true (kc_progress_merge (plan, patient, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added.records, ==, 2);
  g_assert_cmpuint (added.ratings, ==, 2);
  g_assert_cmpuint (added.changes, ==, 1);
  g_assert_cmpstr (kc_plan_get_name (plan), ==, "Knee and back, physio's name");
  g_assert_cmpstr (kc_plan_get_notes (plan), ==, "Mine");
  g_assert_cmpuint (kc_plan_get_n_items (plan), ==, 1);
  summary = kc_progress_added_dup_summary (&added, plan);
  g_assert_cmpstr (summary, ==, "Added 2 sessions, 2 ratings, 1 activity, 1 decision and "
                   "1 day of the log from Zoë’s progress, up to the week of 9 November.");

  before = kc_plan_to_xml (plan);
  g_assert_true (kc_progress_merge (plan, patient, &added, &error));
  g_assert_cmpuint (added.records + added.ratings + added.changes + added.activities +
                    added.log_days, ==, 0);
  g_assert_false (g_date_valid (&added.newest_week));
  {
    g_autofree char *after = kc_plan_to_xml (plan);
    g_autofree char *nothing = kc_progress_added_dup_summary (&added, plan);

    g_assert_cmpstr (before, ==, after);
    g_assert_true (g_str_has_prefix (nothing, "Nothing new"));
  }
}

static GBytes *
folder_bytes (GFile *folder)
{
  g_autoptr(GFile) file = g_file_get_child (folder, "zoe-plan.xml");
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, NULL);

  g_assert_nonnull (bytes);
  return bytes;
}

/* Hostile or broken files are refused with file and line, or their bad
 * values left out; a refused one changes nothing on disk. */
static const struct
{
  const char *name;
  const char *text;
  gboolean refused;
} hostile[] = {
  { "newer", "<progress format=\"2\" plan=\"zoe-plan\"/>", TRUE },
  { "xxe", "<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
           "<progress format=\"1\" plan=\"zoe-plan\">&x;</progress>", TRUE },
  { "laughs", "<!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
              "<progress format=\"1\" plan=\"zoe-plan\">&b;</progress>", TRUE },
  { "truncated", "<progress format=\"1\" plan=\"zoe-plan\"><exported day=\"2026-12-02\"", TRUE },
  { "plan", "<plan format=\"3\" id=\"zoe-plan\"><name>x</name></plan>", TRUE },
  { "year-0", "<progress format=\"1\" plan=\"zoe-plan\"><exported day=\"2026-12-02\" "
              "version=\"0.1\"/><name>x</name><log><date day=\"0000-01-01\"/></log></progress>",
    TRUE },
  { "absurd", "<progress format=\"1\" plan=\"zoe-plan\"><exported day=\"2026-12-02\" "
              "version=\"0.1\"/><name>x</name><records>\n"
              "<record day=\"2026-11-02\" exercise=\"bridge\" reps=\"100000000000000000000\"/>\n"
              "<record day=\"0000-11-02\" exercise=\"bridge\"/>\n"
              "</records><psfs><activity id=\"activity-1\">Stairs</activity>\n"
              "<rating day=\"2026-11-02\" activity=\"activity-1\" score=\"11\"/>\n"
              "<rating day=\"2026-11-02\" activity=\"dangling\" score=\"3\"/>\n"
              "</psfs></progress>", FALSE },
};

static void
test_hostile (KcTestPlanFolder *fixture,
              gconstpointer     data)
{
  g_autoptr(GFile) folder = g_file_get_child (fixture->folder, "plans");
  g_autoptr(KcPlanStore) store = kc_plan_store_new (folder, NULL);
  g_autoptr(KcPlan) patient = patient_plan ();
  g_autoptr(GBytes) before = NULL;

  kc_plan_store_load (store);
  g_assert_true (kc_plan_store_add (store, patient, NULL));
  kc_plan_store_flush (store);
  before = folder_bytes (folder);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = g_strconcat (hostile[i].name, ".xml", NULL);
      g_autofree char *path = kc_test_plan_path (fixture, name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) after = NULL;
      KcProgressAdded added;
      KcPlan *plan;

      g_test_message ("%s", hostile[i].name);
      g_assert_true (g_file_set_contents (path, hostile[i].text, -1, NULL));
      plan = kc_progress_import (store, file, TRUE, &added, problems, &error);
      if (hostile[i].refused)
        {
          g_assert_null (plan);
          g_assert_nonnull (error);
          g_assert_nonnull (strstr (error->message, name));
        }
      else
        {
          /* Four bad values, each left out with its line; the plan had them all. */
          g_assert_no_error (error);
          g_assert_cmpuint (problems->len, ==, 4);
          g_assert_cmpuint (added.records + added.ratings + added.activities, ==, 0);
        }
      kc_plan_store_flush (store);
      after = folder_bytes (folder);
      g_assert_true (g_bytes_equal (before, after));
    }
}

/* A store holding the patient's plan, saved, and its file's bytes. */
static KcPlanStore *
store_with (KcTestPlanFolder *fixture,
            KcPlan           *plan,
            GBytes          **bytes)
{
  g_autoptr(GFile) folder = g_file_get_child (fixture->folder, "plans");
  KcPlanStore *store = kc_plan_store_new (folder, NULL);

  kc_plan_store_load (store);
  g_assert_true (kc_plan_store_add (store, plan, NULL));
  kc_plan_store_flush (store);
  *bytes = folder_bytes (folder);
  return store;
}

/* Imports @text as @name into @store: refused, naming the file, and the
 * plan's file on disk as it was. */
static void
assert_refused (KcTestPlanFolder *fixture,
                KcPlanStore      *store,
                GBytes           *before,
                const char       *name,
                const char       *text,
                gsize             length,
                const char       *expected)
{
  g_autofree char *path = kc_test_plan_path (fixture, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_child (fixture->folder, "plans");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) after = NULL;
  KcProgressAdded added;

  g_assert_true (g_file_set_contents (path, text, length, NULL));
  g_assert_null (kc_progress_import (store, file, TRUE, &added, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s: %s", name, error->message);
  g_assert_nonnull (strstr (error->message, name));
  g_assert_nonnull (strstr (error->message, expected));
  kc_plan_store_flush (store);
  after = folder_bytes (folder);
  g_assert_true (g_bytes_equal (before, after));
}

/* Nesting past the safe reader's depth, and a file past its size, are
 * refused before anything is read into a plan. */
static void
test_deep_and_huge (KcTestPlanFolder *fixture,
                    gconstpointer     data)
{
  g_autoptr(KcPlan) patient = patient_plan ();
  g_autoptr(GBytes) before = NULL;
  g_autoptr(KcPlanStore) store = store_with (fixture, patient, &before);
  g_autoptr(GString) deep = g_string_new ("<progress format=\"1\" plan=\"zoe-plan\">\n");
  g_autoptr(GString) huge = g_string_new ("<progress format=\"1\" plan=\"zoe-plan\">\n<name>");

  for (int i = 0; i < 2 * KC_XML_MAX_DEPTH; i++)
    g_string_append (deep, "<name>");
  /* The line the depth is passed on is named. */
  assert_refused (fixture, store, before, "deep.xml", deep->str, deep->len, ":2");

  while (huge->len <= KC_XML_MAX_FILE_SIZE)
    g_string_append (huge, "Climbing stairs, sitting through a film. ");
  g_string_append (huge, "</name></progress>\n");
  assert_refused (fixture, store, before, "huge.xml", huge->str, huge->len, "larger than");
}

/* A plan that cannot hold what the file adds refuses all of it. */
static void
test_full_plan (KcTestPlanFolder *fixture,
                gconstpointer     data)
{
  g_autoptr(KcPlan) physio = kc_plan_new ("zoe-plan", "Back and knee");
  g_autoptr(KcPlan) patient = patient_plan ();
  g_autoptr(GBytes) before = NULL;
  g_autoptr(KcPlanStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GFile) folder = g_file_get_child (fixture->folder, "plans");
  GDate first = kc_test_plan_day (0);
  const KcPsfsActivity *sixth = NULL;
  KcProgressAdded added;

  /* The physiotherapist's plan names five activities of its own; the
   * patient's, one more of an id the plan has not seen. */
  for (int i = 0; i < KC_PSFS_MAX_ACTIVITIES; i++)
    g_assert_nonnull (kc_plan_add_psfs_activity (physio, "Kneeling", &first));
  for (int i = 0; i < KC_PSFS_MAX_ACTIVITIES - 1; i++)
    g_assert_nonnull (kc_plan_add_psfs_activity (patient, "Running", &first));
  g_assert_true (kc_plan_remove_psfs_activity (patient, "activity-1"));
  sixth = kc_plan_add_psfs_activity (patient, "Gardening", &first);
  g_assert_nonnull (sixth);
  g_assert_null (kc_plan_find_psfs_activity (physio, sixth->id));

  store = store_with (fixture, physio, &before);
  file = export_to (fixture, patient, "progress.xml");
  g_assert_null (kc_progress_import (store, file, FALSE, &added, NULL, &error));
  g_assert_error (error, KC_PROGRESS_ERROR, KC_PROGRESS_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "activities"));
  /* Nothing of it was taken: no records, no mark of an import. */
  g_assert_cmpuint (kc_plan_get_records (physio)->len, ==, 0);
  g_assert_null (kc_plan_get_progress_imported (physio));
  kc_plan_store_flush (store);
  after = folder_bytes (folder);
  g_assert_true (g_bytes_equal (before, after));
}

/* The plan remembers the last import that added to it, and its file;
 * the plan file keeps that, a progress file does not carry it on. */
static void
test_imported_mark (KcTestPlanFolder *fixture,
                    gconstpointer     data)
{
  g_autoptr(KcPlan) patient = patient_plan ();
  g_autoptr(GFile) file = export_to (fixture, patient, "zoe-progress.xml");
  g_autoptr(GFile) folder = g_file_get_child (fixture->folder, "plans");
  g_autoptr(KcPlanStore) store = kc_plan_store_new (folder, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL, *progress_xml = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KcPlan) read_back = NULL;
  GDate today = kc_plan_today ();
  KcProgressAdded added;
  KcPlan *imported;

  g_assert_null (kc_plan_get_progress_imported (patient));
  kc_plan_store_load (store);
  imported = kc_progress_import (store, file, TRUE, &added, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kc_plan_get_progress_imported (imported));
  g_assert_cmpint (g_date_compare (kc_plan_get_progress_imported (imported), &today), ==, 0);
  g_assert_cmpstr (kc_plan_get_progress_file (imported), ==, "zoe-progress.xml");

  xml = kc_plan_to_xml (imported);
  g_assert_nonnull (strstr (xml, ">zoe-progress.xml</imported>"));
  bytes = g_bytes_new (xml, strlen (xml));
  read_back = kc_plan_from_bytes (bytes, "zoe-plan.xml", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (kc_plan_get_progress_imported (read_back), &today), ==, 0);
  g_assert_cmpstr (kc_plan_get_progress_file (read_back), ==, "zoe-progress.xml");

  progress_xml = kc_progress_to_xml (imported, &today);
  g_assert_null (strstr (progress_xml, "imported"));

  /* The second import adds nothing, and the mark stays as it was. */
  kc_plan_set_progress_imported (imported, NULL, NULL);
  g_assert_nonnull (kc_progress_import (store, file, FALSE, &added, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (kc_plan_get_progress_imported (imported));
}

static void
test_newer_says_so (void)
{
  static const char newer[] = "<progress format=\"7\" plan=\"p\"/>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (newer, sizeof newer - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = kc_progress_from_bytes (bytes, "p.xml", NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer version"));
}

static void
test_file_name (void)
{
  g_autoptr(KcPlan) plan = patient_plan ();
  GDate today = kc_test_plan_day (30);
  g_autofree char *name = kc_progress_dup_file_name (plan, &today);

  g_assert_cmpstr (name, ==, "Zoë – Back and knee – progress 2026-12-02.xml");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  KC_TEST_ADD_WITH_FOLDER ("/progress-file/round-trip-new-plan", test_round_trip_new_plan);
  g_test_add_func ("/progress-file/merge-twice", test_merge_twice);
  KC_TEST_ADD_WITH_FOLDER ("/progress-file/hostile", test_hostile);
  KC_TEST_ADD_WITH_FOLDER ("/progress-file/deep-and-huge", test_deep_and_huge);
  KC_TEST_ADD_WITH_FOLDER ("/progress-file/full-plan", test_full_plan);
  KC_TEST_ADD_WITH_FOLDER ("/progress-file/imported-mark", test_imported_mark);
  g_test_add_func ("/progress-file/newer-says-so", test_newer_says_so);
  g_test_add_func ("/progress-file/file-name", test_file_name);

  return g_test_run ();
}
