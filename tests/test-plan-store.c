/* test-plan-store.c: no plan is ever lost (issue 19), one principle at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content/kc-library.h"
#include "content/kc-problem.h"
#include "kc-test-library.h"
#include "kc-test-plan.h"
#include "plan/kc-plan-file-private.h"
#include "plan/kc-plan-store-private.h"

static KcLibrary *library;

typedef KcTestPlanFolder Fixture;

static void
write_plan (Fixture    *fixture,
            const char *file_name,
            const char *id,
            const char *name,
            const char *exercise)
{
  g_autofree char *path = kc_test_plan_path (fixture, file_name);
  g_autofree char *xml =
    g_strdup_printf ("<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"%s\">\n<name>%s</name>\n"
                     "<day name=\"monday\"><item exercise=\"%s\" sets=\"2\"/></day>\n</plan>\n",
                     id, name, exercise);

  g_assert_true (g_file_set_contents (path, xml, -1, NULL));
}

static char *
read_text (Fixture    *fixture,
           const char *file_name)
{
  g_autofree char *path = kc_test_plan_path (fixture, file_name);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static KcPlan *
nth_plan (KcPlanStore *store,
          guint        n)
{
  return g_list_model_get_item (kc_plan_store_get_plans (store), n);
}

/* ---- 1. A plan's file is its identity ------------------------------------ */

/* A backup copy made in a file manager claims the same id: both plans are
 * shown, each edit goes to its own file, and the copy is named as one. */
static void
test_same_id_both_shown (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcPlan) first = NULL;
  g_autoptr(KcPlan) second = NULL;
  g_autoptr(KcProblem) problem = NULL;
  g_autofree char *original = NULL;
  g_autofree char *copy = NULL;

  /* "a copy.xml" sorts before "knees.xml": still the copy is the second. */
  write_plan (fixture, "knees.xml", "knees", "Knees", "bridge");
  write_plan (fixture, "a copy.xml", "knees", "Knees (old)", "plank");
  kc_plan_store_load (store);

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 2);
  first = nth_plan (store, 0);
  second = nth_plan (store, 1);
  g_assert_cmpstr (kc_plan_get_name (first), ==, "Knees");
  g_assert_false (kc_plan_store_is_duplicate (store, first));
  g_assert_true (kc_plan_store_is_duplicate (store, second));

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_problems (store)), ==, 1);
  problem = g_list_model_get_item (kc_plan_store_get_problems (store), 0);
  g_assert_nonnull (strstr (kc_problem_get_file (problem), "a copy.xml"));
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "Knees (old)"));
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "delete"));

  kc_plan_set_notes (first, "new notes");
  kc_plan_set_notes (second, "old notes");
  kc_plan_store_flush (store);

  original = read_text (fixture, "knees.xml");
  copy = read_text (fixture, "a copy.xml");
  g_assert_nonnull (strstr (original, "new notes"));
  g_assert_null (strstr (original, "old notes"));
  g_assert_nonnull (strstr (copy, "old notes"));
  g_assert_nonnull (strstr (copy, "plank"));
}

/* A renamed file is saved under its own name, not under "ID.xml". */
static void
test_renamed_file_saved_in_place (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcPlan) plan = NULL;
  g_autofree char *canonical = kc_test_plan_path (fixture, "knees.xml");
  g_autofree char *text = NULL;

  write_plan (fixture, "for Anna.xml", "knees", "Knees", "bridge");
  kc_plan_store_load (store);
  plan = nth_plan (store, 0);
  kc_plan_set_patient (plan, "Anna");
  kc_plan_store_flush (store);

  g_assert_false (g_file_test (canonical, G_FILE_TEST_EXISTS));
  text = read_text (fixture, "for Anna.xml");
  g_assert_nonnull (strstr (text, "<patient>Anna</patient>"));
}

/* Deleting a plan deletes the file it came from, and only that. */
static void
test_delete_deletes_its_file (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcPlan) second = NULL;
  g_autofree char *original = kc_test_plan_path (fixture, "knees.xml");
  g_autofree char *copy = kc_test_plan_path (fixture, "knees backup.xml");
  g_autoptr(GError) error = NULL;

  write_plan (fixture, "knees.xml", "knees", "Knees", "bridge");
  write_plan (fixture, "knees backup.xml", "knees", "Knees", "bridge");
  kc_plan_store_load (store);
  second = nth_plan (store, 1);
  g_assert_true (kc_plan_store_is_duplicate (store, second));

  g_assert_true (kc_plan_store_remove (store, second, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (original, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 1);
}

/* A new plan never takes a file that is there already: not a plan file the
 * store could not read (a newer version's), not another plan's. */
static void
test_new_plan_takes_a_free_file (Fixture       *fixture,
                                 gconstpointer  data)
{
  static const char future[] =
    "<?xml version=\"1.0\"?>\n<plan format=\"99\" id=\"knees\"><name>From 2030</name></plan>\n";
  g_autofree char *future_path = kc_test_plan_path (fixture, "knees.xml");
  g_autofree char *source_path = kc_test_plan_path (fixture, "import.xml");
  g_autoptr(GFile) source = g_file_new_for_path (source_path);
  g_autoptr(GFile) plans = g_file_get_child (fixture->folder, "plans");
  g_autoptr(KcPlanStore) store = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *base = NULL;
  KcPlan *imported;

  g_assert_true (g_file_make_directory (plans, NULL, NULL));
  g_free (future_path);
  future_path = g_build_filename (fixture->dir, "plans", "knees.xml", NULL);
  g_assert_true (g_file_set_contents (future_path, future, -1, NULL));
  write_plan (fixture, "import.xml", "knees", "Knees", "bridge");

  store = kc_plan_store_new (plans, library);
  kc_plan_store_load (store);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 0);

  imported = kc_plan_store_import (store, source, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (imported);
  kc_plan_store_flush (store);

  g_assert_true (g_file_get_contents (future_path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, future);
  file = kc_plan_store_dup_file (store, imported);
  base = g_file_get_basename (file);
  g_assert_cmpstr (base, ==, "knees-2.xml");
}

/* ---- 2. Unknown is not corrupt ------------------------------------------- */

/* A clinic's own exercise, whose content file is missing: the plan loads,
 * and its id is written back as it was. */
static void
test_unknown_exercise_kept (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcPlan) plan = NULL;
  g_autoptr(KcPlanItem) item = NULL;
  g_autofree char *kept = g_build_filename (fixture->dir, "kept-aside", NULL);
  g_autofree char *text = NULL;

  write_plan (fixture, "clinic.xml", "clinic", "Clinic", "clinic-wall-slide");
  kc_plan_store_load (store);

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_problems (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 1);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  plan = nth_plan (store, 0);
  item = g_list_model_get_item (kc_plan_get_day (plan, 0), 0);
  g_assert_cmpstr (kc_plan_item_get_exercise_id (item), ==, "clinic-wall-slide");
  g_assert_null (kc_library_lookup_exercise (library, "clinic-wall-slide"));

  kc_plan_set_notes (plan, "edited");
  kc_plan_store_flush (store);
  text = read_text (fixture, "clinic.xml");
  g_assert_nonnull (strstr (text, "<item exercise=\"clinic-wall-slide\" sets=\"2\"/>"));
  g_assert_nonnull (strstr (text, "edited"));
}

/* Imported, such a plan is kept whole too. */
static void
test_unknown_exercise_imported (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GFile) plans = g_file_get_child (fixture->folder, "plans");
  g_autoptr(KcPlanStore) store = kc_plan_store_new (plans, library);
  g_autofree char *path = kc_test_plan_path (fixture, "from-the-clinic.xml");
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlanItem) item = NULL;
  KcPlan *plan;

  write_plan (fixture, "from-the-clinic.xml", "clinic", "Clinic", "levitation");
  plan = kc_plan_store_import (store, source, FALSE, &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (kc_plan_get_day (plan, 0), 0);
  g_assert_cmpstr (kc_plan_item_get_exercise_id (item), ==, "levitation");
}

/* Not being able to read a file is its own error, not "not a plan". */
static void
test_unreadable_is_its_own_error (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = kc_test_plan_path (fixture, "gone.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_null (kc_plan_load_file (file, library, &error));
  g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_UNREADABLE);
  g_clear_error (&error);

  write_plan (fixture, "gone.xml", "gone", "Gone", "bridge");
  g_assert_true (g_file_set_contents (path, "<plan>", -1, NULL));
  g_assert_null (kc_plan_load_file (file, library, &error));
  g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID);
}

/* A file that cannot be read says nothing about what is in it: it stays
 * where it is, and the store says so. */
static void
assert_left_in_place (KcTestPlanFolder *fixture,
                      const char       *path)
{
  g_autofree char *kept = g_build_filename (fixture->dir, "kept-aside", NULL);
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcProblem) problem = NULL;

  kc_plan_store_load (store);

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_problems (store)), ==, 1);
  problem = g_list_model_get_item (kc_plan_store_get_problems (store), 0);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "left where it is"));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
}

/* What reading a file without permission gives, whoever runs the test. */
static GBytes *
read_denied (GFile      *file,
             const char *display_name,
             GPtrArray  *problems)
{
  g_ptr_array_add (problems, kc_problem_new (display_name, 0, KC_CONTENT_ERROR_IO,
                                             "The file could not be read: Permission denied"));
  return NULL;
}

static void
test_unreadable_left_in_place (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = kc_test_plan_path (fixture, "locked.xml");

  write_plan (fixture, "locked.xml", "locked", "Locked", "bridge");
  _kc_plan_file_set_reader (read_denied);
  assert_left_in_place (fixture, path);
  _kc_plan_file_set_reader (NULL);
}

/* The same with the file's permissions really taken away (root reads any
 * file, so this one runs only for other users). */
static void
test_unreadable_mode_left_in_place (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *path = kc_test_plan_path (fixture, "locked.xml");

  write_plan (fixture, "locked.xml", "locked", "Locked", "bridge");
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  assert_left_in_place (fixture, path);
  g_chmod (path, 0600);
}

/* ---- 3. Whatever a user can type saves and loads ------------------------- */

/* Text pasted from a word processor or a PDF: cleaned, and what is kept
 * is kept exactly, a carriage return included. */
static void
test_control_characters_cleaned (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Page\fbreak\x01 \xef\xbf\xbe!");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KcPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  char *xml;

  g_assert_cmpstr (kc_plan_get_name (plan), ==, "Page\nbreak !");
  kc_plan_set_notes (plan, "Line one\r\nline two\vthree\ttab \x1b[0m\xff end");
  g_assert_cmpstr (kc_plan_get_notes (plan), ==,
                   "Line one\r\nline two\nthree\ttab [0m\xef\xbf\xbd end");
  kc_plan_set_patient (plan, "Ordinary – “text” <b>&amp;</b> 😀");
  g_assert_cmpstr (kc_plan_get_patient (plan), ==, "Ordinary – “text” <b>&amp;</b> 😀");

  xml = kc_plan_to_xml (plan);
  bytes = g_bytes_new_take (xml, strlen (xml));
  loaded = kc_plan_from_bytes (bytes, "pasted.xml", library, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kc_plan_get_name (loaded), ==, kc_plan_get_name (plan));
  g_assert_cmpstr (kc_plan_get_notes (loaded), ==, kc_plan_get_notes (plan));
  g_assert_cmpstr (kc_plan_get_patient (loaded), ==, kc_plan_get_patient (plan));
}

/* Any string at all, within and beyond the limits: characters from every
 * plane, controls, noncharacters, bytes that are not UTF-8. */
static char *
random_text (GRand *rand,
             guint  max_length)
{
  guint length = (guint)g_rand_int_range (rand, 0, (gint32)max_length + 1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    {
      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:   /* controls, C1 included */
          g_string_append_unichar (text, (gunichar)g_rand_int_range (rand, 1, 0xA0));
          break;
        case 1:   /* a raw byte: often not UTF-8 */
          g_string_append_c (text, (char)g_rand_int_range (rand, 1, 256));
          break;
        case 2:   /* the edges of the planes */
          {
            static const gunichar edges[] = { 0xD7FF, 0xE000, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000,
                                              0x10FFFF, 0xFEFF, 0x85, 0x2028, '&', '<', '>',
                                              '"', '\'', ']', '\r', '\n', '\t', ' ' };
            g_string_append_unichar (text, edges[g_rand_int_range (rand, 0, G_N_ELEMENTS (edges))]);
          }
          break;
        case 3:
          g_string_append_unichar (text, (gunichar)g_rand_int_range (rand, 0x20, 0xD800));
          break;
        case 4:
          g_string_append_unichar (text, (gunichar)g_rand_int_range (rand, 0x10000, 0x110000));
          break;
        default:
          g_string_append_c (text, (char)g_rand_int_range (rand, 'a', 'z' + 1));
        }
    }

  return g_string_free (text, FALSE);
}

static void
test_random_text_round_trips (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(KcPlan) plan = kc_plan_new (NULL, NULL);
      g_autofree char *name = random_text (rand, KC_PLAN_MAX_NAME + 20);
      g_autofree char *patient = random_text (rand, 40);
      g_autofree char *notes = random_text (rand, round % 50 == 0 ? KC_PLAN_MAX_NOTES + 10 : 500);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(KcPlan) loaded = NULL;
      g_autoptr(GError) error = NULL;
      char *xml;

      kc_plan_set_name (plan, name);
      kc_plan_set_patient (plan, patient);
      kc_plan_set_notes (plan, notes);
      g_assert_true (g_utf8_validate (kc_plan_get_notes (plan), -1, NULL));

      xml = kc_plan_to_xml (plan);
      bytes = g_bytes_new_take (xml, strlen (xml));
      loaded = kc_plan_from_bytes (bytes, "random.xml", library, &error);
      if (error != NULL)
        g_test_message ("name %s\npatient %s", kc_plan_get_name (plan), kc_plan_get_patient (plan));
      g_assert_no_error (error);
      g_assert_cmpstr (kc_plan_get_name (loaded), ==, kc_plan_get_name (plan));
      g_assert_cmpstr (kc_plan_get_patient (loaded), ==, kc_plan_get_patient (plan));
      g_assert_cmpstr (kc_plan_get_notes (loaded), ==, kc_plan_get_notes (plan));
    }
}

/* ---- 4. One limit, everywhere -------------------------------------------- */

/* The value of the <param name="@param"> under the <element name="@name">
 * (or <define name="@name">) of plan.rng, or -1. */
static long
schema_param (xmlNode    *node,
              const char *kind,
              const char *name,
              const char *param,
              gboolean    inside)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *attr_name = NULL;
      g_autofree char *value = NULL;
      gboolean here = inside;
      long found;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      attr_name = (char *)xmlGetProp (child, (const xmlChar *)"name");
      if (!inside && g_strcmp0 ((const char *)child->name, kind) == 0 &&
          g_strcmp0 (attr_name, name) == 0)
        here = TRUE;
      else if (inside && (g_strcmp0 ((const char *)child->name, "element") == 0 ||
                          g_strcmp0 ((const char *)child->name, "attribute") == 0))
        continue;   /* a nested element has its own limits */

      if (here && g_strcmp0 ((const char *)child->name, "param") == 0 &&
          g_strcmp0 (attr_name, param) == 0)
        {
          value = (char *)xmlNodeGetContent (child);
          return strtol (value, NULL, 10);
        }

      if ((found = schema_param (child, kind, name, param, here)) >= 0)
        return found;
    }

  return -1;
}

static void
test_schema_says_the_same (void)
{
  g_autoptr(GBytes) schema = g_resources_lookup_data (RESOURCE_PREFIX "/schema/plan.rng", 0,
                                                      NULL);
  gsize length;
  const char *data = g_bytes_get_data (schema, &length);
  xmlDoc *doc = xmlReadMemory (data, (int)length, "plan.rng", NULL, XML_PARSE_NONET);
  xmlNode *root = xmlDocGetRootElement (doc);

  g_assert_cmpint (schema_param (root, "element", "name", "maxLength", FALSE), ==,
                   KC_PLAN_MAX_NAME);
  g_assert_cmpint (schema_param (root, "element", "patient", "maxLength", FALSE), ==,
                   KC_PLAN_MAX_PATIENT);
  g_assert_cmpint (schema_param (root, "element", "notes", "maxLength", FALSE), ==,
                   KC_PLAN_MAX_NOTES);
  g_assert_cmpint (schema_param (root, "define", "count", "maxInclusive", FALSE), ==,
                   KC_PLAN_MAX_DOSE);
  xmlFreeDoc (doc);
}

static KcPlan *
save_and_load (KcPlan *plan)
{
  g_autofree char *xml = kc_plan_to_xml (plan);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  KcPlan *loaded = kc_plan_from_bytes (bytes, "limits.xml", library, &error);

  g_assert_no_error (error);
  return loaded;
}

/* "Copy of" a name at the limit is a plan the loader reads. */
static void
test_duplicate_of_long_name_loads (void)
{
  g_autofree char *long_name = g_strnfill (KC_PLAN_MAX_NAME, 'n');
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, long_name);
  g_autoptr(KcPlan) copy = kc_plan_duplicate (plan);
  g_autoptr(KcPlan) loaded = NULL;

  g_assert_cmpint (g_utf8_strlen (kc_plan_get_name (copy), -1), ==, KC_PLAN_MAX_NAME);
  loaded = save_and_load (copy);
  g_assert_cmpstr (kc_plan_get_name (loaded), ==, kc_plan_get_name (copy));
}

/* A dose beyond the limit is kept at the limit by the model, so the file
 * says what the plan shows. */
static void
test_dose_limit (void)
{
  KcDose huge = { 5000, KC_PLAN_MAX_DOSE, 1, 0 };
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Doses");
  KcPlanItem *item = kc_plan_add_item (plan, 0, "bridge", &huge);
  g_autoptr(KcPlan) loaded = NULL;
  g_autoptr(KcPlanItem) loaded_item = NULL;

  g_assert_cmpuint (kc_plan_item_get_dose (item)->sets, ==, KC_PLAN_MAX_DOSE);
  huge.reps = 4000;
  kc_plan_item_set_dose (item, &huge);
  g_assert_cmpuint (kc_plan_item_get_dose (item)->reps, ==, KC_PLAN_MAX_DOSE);

  loaded = save_and_load (plan);
  loaded_item = g_list_model_get_item (kc_plan_get_day (loaded, 0), 0);
  g_assert_true (kc_dose_equal (kc_plan_item_get_dose (loaded_item),
                                kc_plan_item_get_dose (item)));
}

/* The patient has its own limit, not the name's by accident. */
static void
test_patient_limit (void)
{
  g_autofree char *long_text = g_strnfill (KC_PLAN_MAX_PATIENT + 5, 'p');
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Patient");
  g_autoptr(KcPlan) loaded = NULL;

  kc_plan_set_patient (plan, long_text);
  g_assert_cmpint (strlen (kc_plan_get_patient (plan)), ==, KC_PLAN_MAX_PATIENT);
  loaded = save_and_load (plan);
  g_assert_cmpstr (kc_plan_get_patient (loaded), ==, kc_plan_get_patient (plan));
}

/* ---- 5. A failed save is not forgotten ----------------------------------- */

static gboolean
disk_full_writer (const char  *path,
                  const char  *contents,
                  gsize        length,
                  GError     **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  return FALSE;
}

/* Two plans; the first edited while the disk is full. */
static KcPlanStore *
store_with_failed_save (Fixture  *fixture,
                        KcPlan  **first,
                        KcPlan  **second)
{
  KcPlanStore *store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(GPtrArray) unsaved = NULL;

  *first = kc_plan_new ("first", "First");
  *second = kc_plan_new ("second", "Second");
  g_assert_true (kc_plan_store_add (store, *first, NULL));
  g_assert_true (kc_plan_store_add (store, *second, NULL));

  _kc_plan_file_set_writer (disk_full_writer);
  kc_plan_set_notes (*first, "typed while the disk was full");
  kc_plan_store_flush (store);
  g_assert_nonnull (kc_plan_store_get_save_error (store));
  unsaved = kc_plan_store_dup_unsaved (store);
  g_assert_cmpuint (unsaved->len, ==, 1);
  g_assert_true (g_ptr_array_index (unsaved, 0) == *first);

  _kc_plan_file_set_writer (NULL);   /* space freed */
  return store;
}

static void
assert_first_saved (Fixture     *fixture,
                    KcPlanStore *store)
{
  g_autoptr(GPtrArray) unsaved = kc_plan_store_dup_unsaved (store);
  g_autofree char *text = read_text (fixture, "first.xml");

  g_assert_nonnull (strstr (text, "typed while the disk was full"));
  g_assert_cmpuint (unsaved->len, ==, 0);
  g_assert_null (kc_plan_store_get_save_error (store));
}

static gboolean
quit_loop_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until no plan is unsaved, or for five seconds. */
static void
wait_until_saved (KcPlanStore *store)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  for (guint i = 0; i < 250; i++)
    {
      g_autoptr(GPtrArray) unsaved = kc_plan_store_dup_unsaved (store);

      if (unsaved->len == 0)
        break;
      g_timeout_add (20, quit_loop_cb, loop);
      g_main_loop_run (loop);
    }
}

/* Editing another plan tries the failed one again (the timer is ten
 * seconds away, and nothing is flushed). */
static void
test_retried_on_next_edit (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(KcPlan) first = NULL;
  g_autoptr(KcPlan) second = NULL;
  g_autoptr(KcPlanStore) store = store_with_failed_save (fixture, &first, &second);
  g_autofree char *before = read_text (fixture, "first.xml");

  g_assert_null (strstr (before, "typed while"));
  kc_plan_set_patient (second, "Anna");
  wait_until_saved (store);
  assert_first_saved (fixture, store);
}

/* Without any edit, a timer tries again. */
static void
test_retried_on_timer (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KcPlan) first = NULL;
  g_autoptr(KcPlan) second = NULL;
  g_autoptr(KcPlanStore) store = store_with_failed_save (fixture, &first, &second);

  _kc_plan_store_set_retry_interval (store, 20);
  wait_until_saved (store);
  assert_first_saved (fixture, store);
}

/* Quitting flushes: that tries once more. */
static void
test_retried_on_flush (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KcPlan) first = NULL;
  g_autoptr(KcPlan) second = NULL;
  g_autoptr(KcPlanStore) store = store_with_failed_save (fixture, &first, &second);

  kc_plan_store_flush (store);
  assert_first_saved (fixture, store);
}

/* ---- 6. A file changed behind our back is not overwritten ----------------- */

static void
test_changed_file_not_overwritten (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcPlan) plan = NULL;
  g_autoptr(KcProblem) problem = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *ours = NULL;

  write_plan (fixture, "knees.xml", "knees", "Knees", "bridge");
  kc_plan_store_load (store);
  plan = nth_plan (store, 0);

  /* Our own saves, one after another, are no conflict. */
  kc_plan_set_notes (plan, "first");
  kc_plan_store_flush (store);
  kc_plan_set_notes (plan, "second");
  kc_plan_store_flush (store);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_problems (store)), ==, 0);
  ours = read_text (fixture, "knees.xml");
  g_assert_nonnull (strstr (ours, "second"));
  g_clear_pointer (&ours, g_free);

  /* A second instance or a sync tool writes the file. */
  write_plan (fixture, "knees.xml", "knees", "Knees from the other computer", "plank");
  kc_plan_set_notes (plan, "third");
  kc_plan_store_flush (store);

  theirs = read_text (fixture, "knees.xml");
  g_assert_nonnull (strstr (theirs, "Knees from the other computer"));
  g_assert_null (strstr (theirs, "third"));
  ours = read_text (fixture, "knees-2.xml");
  g_assert_nonnull (strstr (ours, "third"));

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_problems (store)), ==, 1);
  problem = g_list_model_get_item (kc_plan_store_get_problems (store), 0);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "changed by another program"));
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "knees-2.xml"));
  g_assert_null (kc_plan_store_get_save_error (store));

  /* From now on the plan is saved to its new file. */
  kc_plan_set_notes (plan, "fourth");
  kc_plan_store_flush (store);
  g_clear_pointer (&ours, g_free);
  ours = read_text (fixture, "knees-2.xml");
  g_assert_nonnull (strstr (ours, "fourth"));
}

/* ---- 7. What it reads, it reads whole ------------------------------------ */

static KcPlan *
plan_from_text (const char  *xml,
                GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));

  return kc_plan_from_bytes (bytes, "whole.xml", library, error);
}

/* What the schema accepts is understood: spaces around a token, a date
 * with a time zone.  Nothing is dropped, so nothing is erased by a save. */
static void
test_schema_valid_values_understood (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"whole\"><name>Whole</name>\n"
    "<day name=\"monday\"><item exercise=\" bridge \" sets=\" 3\"/></day>\n"
    "<log>\n<date day=\"2026-11-23Z\" pain=\" 5 \"><done exercise=\" bridge\"/></date>\n"
    "<date day=\" 2026-11-24+01:00 \" pain=\"4\"/>\n</log>\n</plan>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = plan_from_text (xml, &error);
  g_autoptr(KcPlanItem) item = NULL;
  g_autoptr(KcPlan) again = NULL;
  GDate monday, tuesday;

  g_assert_no_error (error);
  item = g_list_model_get_item (kc_plan_get_day (plan, 0), 0);
  g_assert_cmpstr (kc_plan_item_get_exercise_id (item), ==, "bridge");
  g_assert_cmpuint (kc_plan_item_get_dose (item)->sets, ==, 3);
  g_assert_true (kc_plan_parse_date ("2026-11-23", &monday));
  g_assert_true (kc_plan_parse_date ("2026-11-24", &tuesday));
  g_assert_cmpint (kc_plan_get_pain (plan, &monday), ==, 5);
  g_assert_true (kc_plan_get_done (plan, &monday, "bridge"));
  g_assert_cmpint (kc_plan_get_pain (plan, &tuesday), ==, 4);

  again = save_and_load (plan);
  g_assert_cmpint (kc_plan_get_pain (again, &monday), ==, 5);
  g_assert_true (kc_plan_get_done (again, &monday, "bridge"));
  g_assert_cmpint (kc_plan_get_pain (again, &tuesday), ==, 4);
}

/* What cannot be understood is refused with the file and the line. */
static void
test_not_understood_refused (void)
{
  static const char *dates[] = { "12026-01-01", "-0001-01-01", "2026-02-30" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *xml =
        g_strdup_printf ("<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"x\"><name>X</name>\n"
                         "<log>\n<date day=\"%s\" pain=\"5\"/>\n</log>\n</plan>\n", dates[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(KcPlan) plan = plan_from_text (xml, &error);

      g_assert_null (plan);
      g_test_message ("%s", error->message);
      g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "whole.xml:4"));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();

#define ADD KC_TEST_ADD_WITH_FOLDER

  ADD ("/plan-store/identity/same-id-both-shown", test_same_id_both_shown);
  ADD ("/plan-store/identity/renamed-file-saved-in-place", test_renamed_file_saved_in_place);
  ADD ("/plan-store/identity/delete-deletes-its-file", test_delete_deletes_its_file);
  ADD ("/plan-store/identity/new-plan-takes-a-free-file", test_new_plan_takes_a_free_file);
  ADD ("/plan-store/unknown/exercise-kept", test_unknown_exercise_kept);
  ADD ("/plan-store/unknown/exercise-imported", test_unknown_exercise_imported);
  ADD ("/plan-store/unknown/unreadable-is-its-own-error", test_unreadable_is_its_own_error);
  ADD ("/plan-store/unknown/unreadable-left-in-place", test_unreadable_left_in_place);
  if (geteuid () != 0)
    ADD ("/plan-store/unknown/unreadable-mode-left-in-place", test_unreadable_mode_left_in_place);

  g_test_add_func ("/plan-store/text/control-characters-cleaned",
                   test_control_characters_cleaned);
  g_test_add_func ("/plan-store/text/random-text-round-trips", test_random_text_round_trips);

  g_test_add_func ("/plan-store/limits/schema-says-the-same", test_schema_says_the_same);
  g_test_add_func ("/plan-store/limits/duplicate-of-long-name-loads",
                   test_duplicate_of_long_name_loads);
  g_test_add_func ("/plan-store/limits/dose", test_dose_limit);
  g_test_add_func ("/plan-store/limits/patient", test_patient_limit);

  ADD ("/plan-store/failed-save/retried-on-next-edit", test_retried_on_next_edit);
  ADD ("/plan-store/failed-save/retried-on-timer", test_retried_on_timer);
  ADD ("/plan-store/failed-save/retried-on-flush", test_retried_on_flush);

  ADD ("/plan-store/changed-on-disk/not-overwritten", test_changed_file_not_overwritten);

  g_test_add_func ("/plan-store/whole/schema-valid-values-understood",
                   test_schema_valid_values_understood);
  g_test_add_func ("/plan-store/whole/not-understood-refused", test_not_understood_refused);

#undef ADD

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
