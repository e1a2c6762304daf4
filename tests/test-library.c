/* test-library.c: loading bundled and user content together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kc-library.h"
#include "kc-problem.h"
#include "kc-test-library.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("kc-library-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* A small, valid user file; @id_prefix keeps ids apart between files. */
static char *
user_faq (const char *topic_id,
          const char *entry_id,
          const char *see_also)
{
  g_autofree char *see = see_also ? g_strdup_printf ("<see-also ref=\"%s\"/>", see_also)
                                  : g_strdup ("");

  return g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                          "<faq version=\"1\">\n"
                          "  <topic id=\"%s\">\n"
                          "    <title>Our clinic</title>\n"
                          "    <entry id=\"%s\">\n"
                          "      <question>When is the clinic open?</question>\n"
                          "      <answer><p>Weekdays.</p></answer>\n"
                          "      %s\n"
                          "      <references><reference>Clinic leaflet, 2026.</reference></references>\n"
                          "    </entry>\n"
                          "  </topic>\n"
                          "</faq>\n", topic_id, entry_id, see);
}

static KcLibrary *
load (Fixture *fixture)
{
  KcLibrary *library = kc_library_new ();
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);

  kc_library_add_bundled (library);
  kc_library_add_directory (library, dir, TRUE);
  kc_library_load (library);

  return library;
}

static guint
count_entries (KcLibrary *library)
{
  GListModel *topics = kc_library_get_faq_topics (library);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(KcFaqTopic) topic = g_list_model_get_item (topics, i);
      n += g_list_model_get_n_items (kc_faq_topic_get_entries (topic));
    }

  return n;
}

static guint
count_bundled_entries (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();

  return count_entries (library);
}

/* Returns the problems in @library with @code, asserting each is in
 * @file_suffix. */
static GPtrArray *
problems_with_code (KcLibrary      *library,
                    KcContentError  code)
{
  GListModel *problems = kc_library_get_problems (library);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = kc_problem_to_string (problem);

      g_test_message ("%s", text);
      if (kc_problem_get_code (problem) == code)
        g_ptr_array_add (found, g_object_ref (problem));
    }

  return found;
}

static void
test_valid_user_file_adds (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *xml = user_faq ("clinic", "clinic-hours", "what-are-warning-signs");
  g_autoptr(KcLibrary) library = NULL;
  KcFaqEntry *entry;

  write_file (fixture, "clinic.xml", xml);
  library = load (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_problems (library)), ==, 0);
  g_assert_cmpuint (kc_library_get_n_skipped_files (library), ==, 0);
  g_assert_cmpuint (count_entries (library), ==, count_bundled_entries () + 1);

  entry = kc_library_lookup_faq_entry (library, "clinic-hours");
  g_assert_nonnull (entry);
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (entry)), ==, "When is the clinic open?");
  g_assert_cmpstr (kc_faq_entry_get_see_also (entry)[0], ==, "what-are-warning-signs");
}

/* The heart of it: a broken file changes nothing but itself. */
static void
test_bad_file_skipped_rest_loads (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *good = user_faq ("clinic", "clinic-hours", NULL);
  g_autoptr(KcLibrary) library = NULL;
  g_autoptr(GPtrArray) malformed = NULL;
  KcProblem *problem;

  write_file (fixture, "a-broken.xml",
              "<?xml version=\"1.0\"?>\n<faq version=\"1\">\n<topic id=\"x\">\n</faq>\n");
  write_file (fixture, "b-good.xml", good);
  write_file (fixture, "notes.txt", "not content, not read");
  library = load (fixture);

  g_assert_cmpuint (kc_library_get_n_skipped_files (library), ==, 1);
  g_assert_cmpuint (count_entries (library), ==, count_bundled_entries () + 1);
  g_assert_nonnull (kc_library_lookup_faq_entry (library, "clinic-hours"));

  malformed = problems_with_code (library, KC_CONTENT_ERROR_MALFORMED);
  g_assert_cmpuint (malformed->len, ==, 1);
  problem = g_ptr_array_index (malformed, 0);
  g_assert_true (g_str_has_suffix (kc_problem_get_file (problem), "a-broken.xml"));
  g_assert_cmpuint (kc_problem_get_line (problem), ==, 4);
}

static void
test_duplicate_of_bundled_id (Fixture       *fixture,
                              gconstpointer  data)
{
  /* "what-are-warning-signs" is a bundled entry. */
  g_autofree char *xml = user_faq ("clinic", "what-are-warning-signs", NULL);
  g_autoptr(KcLibrary) library = NULL;
  g_autoptr(GPtrArray) duplicates = NULL;
  KcProblem *problem;
  KcFaqEntry *entry;

  write_file (fixture, "dup.xml", xml);
  library = load (fixture);

  duplicates = problems_with_code (library, KC_CONTENT_ERROR_DUPLICATE_ID);
  g_assert_cmpuint (duplicates->len, ==, 1);
  problem = g_ptr_array_index (duplicates, 0);
  /* Both places: this file and line, and the bundled file it clashes with. */
  g_assert_true (g_str_has_suffix (kc_problem_get_file (problem), "dup.xml"));
  g_assert_cmpuint (kc_problem_get_line (problem), ==, 5);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "faq.xml"));
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "line"));

  /* The bundled entry survives, the whole user file is skipped. */
  entry = kc_library_lookup_faq_entry (library, "what-are-warning-signs");
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (entry)), !=, "When is the clinic open?");
  g_assert_cmpuint (kc_library_get_n_skipped_files (library), ==, 1);
  g_assert_cmpuint (count_entries (library), ==, count_bundled_entries ());
}

static void
test_duplicate_within_file (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(KcLibrary) library = NULL;
  g_autoptr(GPtrArray) duplicates = NULL;
  KcProblem *problem;

  write_file (fixture, "twice.xml",
              "<?xml version=\"1.0\"?>\n"
              "<faq version=\"1\">\n"
              "  <topic id=\"clinic\"><title>T</title>\n"
              "    <entry id=\"same\"><question>A?</question><answer><p>A.</p></answer>"
              "<references><reference>A.</reference></references></entry>\n"
              "    <entry id=\"same\"><question>B?</question><answer><p>B.</p></answer>"
              "<references><reference>B.</reference></references></entry>\n"
              "  </topic>\n"
              "</faq>\n");
  library = load (fixture);

  duplicates = problems_with_code (library, KC_CONTENT_ERROR_DUPLICATE_ID);
  g_assert_cmpuint (duplicates->len, ==, 1);
  problem = g_ptr_array_index (duplicates, 0);
  g_assert_cmpuint (kc_problem_get_line (problem), ==, 5);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "line 4"));
  g_assert_null (kc_library_lookup_faq_entry (library, "same"));
}

static void
test_dangling_reference (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *xml = user_faq ("clinic", "clinic-hours", "no-such-question");
  g_autoptr(KcLibrary) library = NULL;
  g_autoptr(GPtrArray) dangling = NULL;
  KcProblem *problem;

  write_file (fixture, "dangling.xml", xml);
  library = load (fixture);

  dangling = problems_with_code (library, KC_CONTENT_ERROR_DANGLING_REFERENCE);
  g_assert_cmpuint (dangling->len, ==, 1);
  problem = g_ptr_array_index (dangling, 0);
  g_assert_cmpuint (kc_problem_get_line (problem), ==, 8);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "no-such-question"));
  g_assert_null (kc_library_lookup_faq_entry (library, "clinic-hours"));
}

/* b refers to a; a is refused for a clash; so b must go too. */
static void
test_dangling_after_refusal (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *a = user_faq ("what-are-warning-signs", "clinic-a", NULL);
  g_autofree char *b = user_faq ("clinic-b-topic", "clinic-b", "clinic-a");
  g_autoptr(KcLibrary) library = NULL;

  write_file (fixture, "a.xml", a);
  write_file (fixture, "b.xml", b);
  library = load (fixture);

  g_assert_cmpuint (kc_library_get_n_skipped_files (library), ==, 2);
  g_assert_null (kc_library_lookup_faq_entry (library, "clinic-a"));
  g_assert_null (kc_library_lookup_faq_entry (library, "clinic-b"));
  g_assert_cmpuint (count_entries (library), ==, count_bundled_entries ());
}

/* A reference must name the right kind of item, not just any id. */
static void
test_reference_of_wrong_kind (Fixture       *fixture,
                              gconstpointer  data)
{
  /* "sciatica" exists, but it is a condition, not a question. */
  g_autofree char *xml = user_faq ("clinic", "clinic-hours", "sciatica");
  g_autoptr(KcLibrary) library = NULL;
  g_autoptr(GPtrArray) dangling = NULL;
  const char *message;

  write_file (fixture, "kind.xml", xml);
  library = load (fixture);

  dangling = problems_with_code (library, KC_CONTENT_ERROR_DANGLING_REFERENCE);
  g_assert_cmpuint (dangling->len, ==, 1);
  message = kc_problem_get_message (g_ptr_array_index (dangling, 0));
  g_assert_nonnull (strstr (message, "a condition"));
  g_assert_nonnull (strstr (message, "a question"));
  g_assert_nonnull (strstr (message, "conditions.xml"));
  g_assert_null (kc_library_lookup_faq_entry (library, "clinic-hours"));
}

static void
test_anatomy_picture_must_be_bundled (Fixture       *fixture,
                                      gconstpointer  data)
{
  static const char *pictures[] = { "../../etc/passwd", "elsewhere/knee.svg", "missing.svg" };
  g_autoptr(KcLibrary) library = NULL;
  g_autoptr(GPtrArray) schema = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (pictures); i++)
    {
      g_autofree char *name = g_strdup_printf ("picture-%u.xml", i);
      g_autofree char *xml =
        g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<anatomy version=\"1\">\n"
                         "  <diagram id=\"clinic-diagram-%u\" svg=\"%s\">\n"
                         "    <title>T</title><description>D</description>\n"
                         "    <part id=\"clinic-part-%u\" kind=\"bone\"><name>N</name>"
                         "<function>F</function><back-knee>B</back-knee></part>\n"
                         "  </diagram>\n"
                         "</anatomy>\n", i, pictures[i], i);
      write_file (fixture, name, xml);
    }
  library = load (fixture);

  g_assert_cmpuint (kc_library_get_n_skipped_files (library), ==, G_N_ELEMENTS (pictures));
  schema = problems_with_code (library, KC_CONTENT_ERROR_SCHEMA);
  g_assert_cmpuint (schema->len, ==, G_N_ELEMENTS (pictures));
  for (guint i = 0; i < schema->len; i++)
    g_assert_cmpuint (kc_problem_get_line (g_ptr_array_index (schema, i)), ==, 3);
  /* Only the bundled ones: the lumbar spine, the knee and the hip. */
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_diagrams (library)), ==, 3);
}

static void
test_wrong_root (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KcLibrary) library = NULL;
  g_autoptr(GPtrArray) unknown = NULL;

  write_file (fixture, "html.xml", "<?xml version=\"1.0\"?>\n<html><body/></html>\n");
  library = load (fixture);

  unknown = problems_with_code (library, KC_CONTENT_ERROR_UNKNOWN_KIND);
  g_assert_cmpuint (unknown->len, ==, 1);
  g_assert_nonnull (strstr (kc_problem_get_message (g_ptr_array_index (unknown, 0)), "<html>"));
}

/* Found by fuzzing: a line break inside name="friday" is read back as
 * "friday ", which a token comparison in the schema let through while
 * the reader knew no such day. Now the schema compares exactly. */
static void
test_template_day_name_exact (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(KcLibrary) library = NULL;
  g_autoptr(GPtrArray) schema = NULL;

  write_file (fixture, "templates.xml",
              "<?xml version=\"1.0\"?>\n"
              "<exercises version=\"1\">\n"
              "  <template id=\"clinic-week\">\n"
              "    <name>Clinic week</name>\n"
              "    <description>Our usual first week.</description>\n"
              "    <day name=\"friday\n\">\n"
              "      <item exercise=\"bridge\"/>\n"
              "    </day>\n"
              "  </template>\n"
              "</exercises>\n");
  library = load (fixture);

  schema = problems_with_code (library, KC_CONTENT_ERROR_SCHEMA);
  g_assert_cmpuint (schema->len, >=, 1);
  /* libxml2 numbers an element by the line its start tag ends on. */
  g_assert_cmpuint (kc_problem_get_line (g_ptr_array_index (schema, 0)), ==, 7);
  g_assert_null (kc_library_lookup (library, "clinic-week"));
}

/* Many files are staged on several threads (kc-content-source.c): the
 * outcome and the order of the problems still follow the files' order.
 * Every fourth file is broken in turn: malformed, an id that an earlier
 * file took, a reference to nothing.  References are checked once all
 * files are in, so those problems come last, again in file order. */
static void
test_many_files_in_order (Fixture       *fixture,
                          gconstpointer  data)
{
  const guint n_files = 48;
  g_autoptr(KcLibrary) library = NULL;
  GListModel *problems;
  guint n_good = 0, n_broken = 0;
  guint last_index = 0, last_pass = 0;

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("file-%02u.xml", i);
      g_autofree char *topic = g_strdup_printf ("topic-%02u", i);
      g_autofree char *entry = g_strdup_printf ("entry-%02u", i);
      g_autofree char *xml = NULL;

      switch (i % 4)
        {
        case 1:
          xml = g_strdup ("<?xml version=\"1.0\"?>\n<faq version=\"1\">\n<topic id=\"x\">\n</faq>\n");
          break;
        case 2:
          xml = user_faq (topic, "entry-00", NULL);
          break;
        case 3:
          xml = user_faq (topic, entry, "no-such-entry");
          break;
        default:
          xml = user_faq (topic, entry, "what-are-warning-signs");
          n_good++;
        }
      n_broken += i % 4 != 0;
      write_file (fixture, name, xml);
    }

  library = load (fixture);

  g_assert_cmpuint (kc_library_get_n_skipped_files (library), ==, n_broken);
  g_assert_cmpuint (count_entries (library), ==, count_bundled_entries () + n_good);
  g_assert_nonnull (kc_library_lookup_faq_entry (library, "entry-44"));
  g_assert_null (kc_library_lookup_faq_entry (library, "entry-45"));

  problems = kc_library_get_problems (library);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, n_broken);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);
      const char *file = strrchr (kc_problem_get_file (problem), '-') + 1;
      guint index = (guint)g_ascii_strtoull (file, NULL, 10);
      guint pass = kc_problem_get_code (problem) == KC_CONTENT_ERROR_DANGLING_REFERENCE;
      static const KcContentError expected[] = {
        0, KC_CONTENT_ERROR_MALFORMED, KC_CONTENT_ERROR_DUPLICATE_ID,
        KC_CONTENT_ERROR_DANGLING_REFERENCE,
      };

      g_assert_cmpint (kc_problem_get_code (problem), ==, expected[index % 4]);
      g_assert_cmpuint (pass, >=, last_pass);
      if (pass == last_pass)
        g_assert_cmpuint (index, >, last_index);
      last_index = index;
      last_pass = pass;
    }
}

static void
test_missing_folder (void)
{
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(GFile) dir = g_file_new_for_path ("/nonexistent/kinetic-chain-test");
  g_autoptr(GPtrArray) io = NULL;

  kc_library_add_bundled (library);
  kc_library_add_directory (library, dir, FALSE);
  kc_library_load (library);
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_problems (library)), ==, 0);

  g_clear_object (&library);
  library = kc_library_new ();
  kc_library_add_directory (library, dir, TRUE);
  kc_library_load (library);
  io = problems_with_code (library, KC_CONTENT_ERROR_IO);
  g_assert_cmpuint (io->len, ==, 1);
}

/* A user file's citations and date reach its items, as written. */
static void
test_references_and_reviewed (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(KcLibrary) library = NULL;
  GPtrArray *references;
  KcReference *reference;
  g_autofree char *link = NULL;
  GDateTime *reviewed;
  KcFaqEntry *entry;
  GObject *topic;

  write_file (fixture, "cited.xml",
              "<?xml version=\"1.0\"?>\n"
              "<faq version=\"1\" reviewed=\"2026-11-30\">\n"
              "  <topic id=\"cited\">\n"
              "    <title>Cited</title>\n"
              "    <entry id=\"cited-entry\">\n"
              "      <question>Q?</question><answer><p>A.</p></answer>\n"
              "      <references>\n"
              "        <reference url=\"https://www.nice.org.uk/guidance/ng59\">NICE\n"
              "          NG59.</reference>\n"
              "        <reference doi=\"10.1002/ca.20636\" url=\"https://example.org/\">Lee"
              " 2008.</reference>\n"
              "      </references>\n"
              "    </entry>\n"
              "  </topic>\n"
              "</faq>\n");
  library = load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_problems (library)), ==, 0);

  entry = kc_library_lookup_faq_entry (library, "cited-entry");
  g_assert_nonnull (entry);
  references = kc_item_get_references (KC_ITEM (entry));
  g_assert_cmpuint (references->len, ==, 2);

  reference = g_ptr_array_index (references, 0);
  g_assert_cmpstr (kc_reference_get_text (reference), ==, "NICE NG59.");
  g_assert_cmpstr (kc_reference_get_url (reference), ==, "https://www.nice.org.uk/guidance/ng59");
  g_assert_null (kc_reference_get_doi (reference));
  link = kc_reference_dup_link (reference);
  g_assert_cmpstr (link, ==, "https://www.nice.org.uk/guidance/ng59");
  g_clear_pointer (&link, g_free);

  /* A DOI outlives a web address: it is the link when both are given. */
  reference = g_ptr_array_index (references, 1);
  g_assert_cmpstr (kc_reference_get_doi (reference), ==, "10.1002/ca.20636");
  link = kc_reference_dup_link (reference);
  g_assert_cmpstr (link, ==, "https://doi.org/10.1002/ca.20636");

  reviewed = kc_item_get_reviewed (KC_ITEM (entry));
  g_assert_nonnull (reviewed);
  g_assert_cmpint (g_date_time_get_year (reviewed), ==, 2026);
  g_assert_cmpint (g_date_time_get_month (reviewed), ==, 11);
  g_assert_cmpint (g_date_time_get_day_of_month (reviewed), ==, 30);

  /* The topic cites nothing itself; it has an empty list, not NULL. */
  topic = kc_library_lookup (library, "cited");
  g_assert_true (KC_IS_ITEM (topic));
  g_assert_cmpuint (kc_item_get_references (KC_ITEM (topic))->len, ==, 0);
}

/* An answer without a source is refused; so is a date that is no day,
 * and a link that is not https. */
static void
test_references_required (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char *const bad[] = {
    "<faq version=\"1\"><topic id=\"t1\"><title>T</title><entry id=\"e1\"><question>Q?</question>"
    "<answer><p>A.</p></answer></entry></topic></faq>",
    "<faq version=\"1\" reviewed=\"2026-02-30x\"><topic id=\"t2\"><title>T</title>"
    "<entry id=\"e2\"><question>Q?</question><answer><p>A.</p></answer>"
    "<references><reference>R.</reference></references></entry></topic></faq>",
    "<faq version=\"1\"><topic id=\"t3\"><title>T</title><entry id=\"e3\"><question>Q?</question>"
    "<answer><p>A.</p></answer><references><reference url=\"file:///etc/passwd\">R."
    "</reference></references></entry></topic></faq>",
    "<faq version=\"1\"><topic id=\"t4\"><title>T</title><entry id=\"e4\"><question>Q?</question>"
    "<answer><p>A.</p></answer><references/></entry></topic></faq>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *name = g_strdup_printf ("bad-%u.xml", i);
      write_file (fixture, name, bad[i]);
    }
  {
    g_autoptr(KcLibrary) library = load (fixture);
    g_autoptr(GPtrArray) schema = problems_with_code (library, KC_CONTENT_ERROR_SCHEMA);

    g_assert_cmpuint (kc_library_get_n_skipped_files (library), ==, G_N_ELEMENTS (bad));
    g_assert_cmpuint (schema->len, >=, G_N_ELEMENTS (bad));
  }
}

/* Every loaded file is listed with its date, or NULL without one. */
static void
test_reviewed_dates (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *xml = user_faq ("clinic", "clinic-hours", NULL);
  g_autoptr(KcLibrary) library = NULL;
  GHashTable *dates;
  gpointer date = NULL;
  guint n_dated = 0;
  GHashTableIter iter;
  const char *name;

  write_file (fixture, "clinic.xml", xml);
  library = load (fixture);
  dates = kc_library_get_reviewed_dates (library);

  g_hash_table_iter_init (&iter, dates);
  while (g_hash_table_iter_next (&iter, (gpointer *)&name, &date))
    {
      if (strstr (name, "clinic.xml") != NULL)
        g_assert_null (date);
      else if (date != NULL)
        n_dated++;
    }
  /* Six bundled files and the user's. */
  g_assert_cmpuint (g_hash_table_size (dates), ==, 7);
  g_assert_cmpuint (n_dated, ==, 6);
}

static void
count_cb (KcLibrary *library,
          guint     *n)
{
  (*n)++;
}

/* The user's content loads on a worker after the bundled content: it is
 * checked against what the library holds, and joins it in one step on
 * the main thread, its problems with it. */
static void
test_async_joins_later (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  GListModel *exercises = kc_library_get_exercises (library);
  guint n_exercises = g_list_model_get_n_items (exercises);
  g_autofree char *clash = user_faq ("clinic", "what-are-warning-signs", NULL);
  GListModel *problems = kc_library_get_problems (library);
  gboolean broken_named = FALSE, clash_named = FALSE;
  KcExercise *mine;
  guint n_changed = 0;

  write_file (fixture, "mine.xml", kc_test_user_exercise_xml);
  write_file (fixture, "broken.xml", "<faq version=\"1\">\n<topic>\n");
  write_file (fixture, "clash.xml", clash);
  g_signal_connect (library, "changed", G_CALLBACK (count_cb), &n_changed);

  kc_library_add_directory (library, dir, TRUE);
  kc_library_load_async (library, NULL, NULL, NULL);
  /* Nothing joins before the main thread takes it. */
  g_assert_null (kc_library_lookup_exercise (library, KC_TEST_USER_EXERCISE_ID));
  while (n_changed == 0)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (n_changed, ==, 1);
  mine = kc_library_lookup_exercise (library, KC_TEST_USER_EXERCISE_ID);
  g_assert_nonnull (mine);
  g_assert_cmpstr (kc_exercise_get_harder_id (mine), ==, "mini-squat");
  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, n_exercises + 1);

  /* A file with mistakes, and one reusing a bundled id, are refused. */
  g_assert_cmpuint (kc_library_get_n_skipped_files (library), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);
      const char *file = kc_problem_get_file (problem);

      broken_named |= g_str_has_suffix (file, "broken.xml");
      clash_named |= g_str_has_suffix (file, "clash.xml") &&
                     kc_problem_get_code (problem) == KC_CONTENT_ERROR_DUPLICATE_ID;
    }
  g_assert_true (broken_named);
  g_assert_true (clash_named);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/library/user/valid", test_valid_user_file_adds);
  ADD ("/library/user/bad-file-skipped", test_bad_file_skipped_rest_loads);
  ADD ("/library/user/duplicate-of-bundled", test_duplicate_of_bundled_id);
  ADD ("/library/user/duplicate-within-file", test_duplicate_within_file);
  ADD ("/library/user/dangling-reference", test_dangling_reference);
  ADD ("/library/user/dangling-after-refusal", test_dangling_after_refusal);
  ADD ("/library/user/wrong-root", test_wrong_root);
  ADD ("/library/user/reference-of-wrong-kind", test_reference_of_wrong_kind);
  ADD ("/library/user/anatomy-picture-bundled-only", test_anatomy_picture_must_be_bundled);
  ADD ("/library/user/template-day-name-exact", test_template_day_name_exact);
  ADD ("/library/user/many-files-in-order", test_many_files_in_order);
  ADD ("/library/user/references-and-reviewed", test_references_and_reviewed);
  ADD ("/library/user/references-required", test_references_required);
  ADD ("/library/user/reviewed-dates", test_reviewed_dates);
  g_test_add_func ("/library/missing-folder", test_missing_folder);
  ADD ("/library/async-joins-later", test_async_joins_later);

#undef ADD

  return g_test_run ();
}
