/* test-say-why.c: every refusal says what is wrong and what to do
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue #19, "Say why": a --content-dir that gives nothing is named; a
 * file that is not XML is called that, not "empty"; libxml2's
 * "Unregistered error message" never reaches the user; a refused value is
 * named with the range or words the schema allows, with file and line.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "content/kc-library.h"
#include "content/kc-problem.h"
#include "plan/kc-plan-file.h"

/* The only problem @library has, as the details dialog shows it. */
static char *
dup_only_problem (KcLibrary *library)
{
  GListModel *problems = kc_library_get_problems (library);
  g_autoptr(KcProblem) problem = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
  problem = g_list_model_get_item (problems, 0);
  return kc_problem_to_string (problem);
}

static char *
dup_folder_problem (const char *path,
                    guint       expected_folders)
{
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (path);

  kc_library_add_directory (library, folder, TRUE);
  kc_library_load (library);
  g_assert_cmpuint (kc_library_get_n_skipped_folders (library), ==, expected_folders);
  return dup_only_problem (library);
}

static void
test_folder_missing (void)
{
  g_autofree char *text = dup_folder_problem ("/nonexistent/kinetic-chain-content", 1);

  g_assert_true (g_str_has_prefix (text, "/nonexistent/kinetic-chain-content: "));
  g_assert_nonnull (strstr (text, "does not exist"));
}

static void
test_folder_is_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kc-say-why-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "faq.xml", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (path, "<faq/>", -1, NULL));
  text = dup_folder_problem (path, 1);
  g_assert_nonnull (strstr (text, "is a file, not a folder"));

  g_unlink (path);
  g_rmdir (dir);
}

/* A folder of other files (a wrong path, or files not saved as .xml). */
static void
test_folder_without_content (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kc-say-why-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "faq.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);

  g_assert_true (g_file_set_contents (path, "<faq/>", -1, NULL));
  text = dup_folder_problem (dir, 1);
  g_assert_nonnull (strstr (text, "holds no content files"));

  /* The user's own folder may be empty: that is not worth a word. */
  kc_library_add_directory (library, folder, FALSE);
  kc_library_load (library);
  g_assert_cmpuint (kc_library_get_n_skipped_folders (library), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_problems (library)), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
}

static char *
dup_content_problem (const char *data,
                     gsize       size)
{
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  kc_library_add_bytes (library, "user.xml", bytes);
  kc_library_load (library);
  return dup_only_problem (library);
}

/* Bytes that are not XML at all are called that: "empty" would send the
 * user looking for a missing file. */
static void
test_not_xml (void)
{
  static const char gzip[] = "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xb3\x49\x4b\x2c\xd4";
  g_autofree char *packed = dup_content_problem (gzip, sizeof gzip - 1);
  g_autofree char *text = dup_content_problem ("Questions and answers\n", 22);
  g_autofree char *blank = dup_content_problem ("  \n\n", 4);

  g_assert_nonnull (strstr (packed, "compressed"));
  g_assert_null (strstr (packed, "empty"));
  g_assert_nonnull (strstr (text, "not an XML file"));
  g_assert_null (strstr (text, "empty"));
  g_assert_nonnull (strstr (blank, "empty"));
}

/* Inputs whose libxml2 error has no text of its own. */
static void
test_no_unregistered_message (void)
{
  static const struct { const char *data; gsize size; } inputs[] = {
    { "\xff\xfe<\0f\0a\0q\0/\0>\0", 14 },
    { "\xfe\xff\0<\0f\0a\0q\0/\0>", 14 },
    { "<?xml version=\"1.0\" encoding=\"bogus\"?><faq/>", 44 },
    { "<?xml version=\"2.0\"?><faq/>", 27 },
    { "<faq version=\"1\">\0</faq>", 24 },
    { "<faq version=\"1\"><![CDATA[", 26 },
    { "<faq version=\"1\"><!-- -- --></faq>", 34 },
    { "<faq version=\"1\"><?xml ?></faq>", 31 },
    { "<faq version=\"1\">&#0;</faq>", 27 },
    { "<faq version=\"1\" a=\"1\" a=\"2\"></faq>", 36 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(KcLibrary) library = kc_library_new ();
      g_autoptr(GBytes) bytes = g_bytes_new (inputs[i].data, inputs[i].size);
      g_autoptr(GError) error = NULL;
      g_autoptr(KcPlan) plan = kc_plan_from_bytes (bytes, "plan.xml", NULL, &error);
      GListModel *problems;

      g_assert_null (plan);
      g_assert_null (strstr (error->message, "Unregistered"));
      g_assert_cmpuint (strlen (error->message), >, strlen ("plan.xml: "));

      kc_library_add_bytes (library, "user.xml", bytes);
      kc_library_load (library);
      problems = kc_library_get_problems (library);
      g_assert_cmpuint (g_list_model_get_n_items (problems), >, 0);
      for (guint j = 0; j < g_list_model_get_n_items (problems); j++)
        {
          g_autoptr(KcProblem) problem = g_list_model_get_item (problems, j);

          g_test_message ("input %u: %s", i, kc_problem_get_message (problem));
          g_assert_null (strstr (kc_problem_get_message (problem), "Unregistered"));
          g_assert_cmpstr (kc_problem_get_message (problem), !=, "");
        }
    }
}

static char *
dup_plan_error (const char *body)
{
  g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                          "<plan format=\"1\" id=\"p\">\n"
                                          "  <name>Plan</name>\n"
                                          "%s\n"
                                          "</plan>\n", body);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = kc_plan_from_bytes (bytes, "plan.xml", NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID);
  return g_strdup (error->message);
}

/* A plan's numbers, words, dates and lengths, named with what is allowed. */
static void
test_refused_plan_values (void)
{
  static const struct { const char *body; const char *message; } cases[] = {
    { "  <day name=\"monday\"><item exercise=\"bridge\" sets=\"-1\"/></day>",
      "plan.xml:4: sets = “-1” must be a whole number between 1 and 999." },
    { "  <day name=\"monday\"><item exercise=\"bridge\" reps=\"1000\"/></day>",
      "plan.xml:4: reps = “1000” must be a whole number between 1 and 999." },
    { "  <day name=\"funday\"/>",
      "plan.xml:4: name = “funday” must be one of: monday, tuesday, wednesday, thursday, "
      "friday, saturday, sunday." },
    { "  <log><date day=\"2026-11-02\" pain=\"11\"/></log>",
      "plan.xml:4: pain = “11” must be a whole number between 0 and 10." },
    { "  <log><date day=\"2026-13-02\"/></log>",
      "plan.xml:4: day = “2026-13-02” must be a date written YYYY-MM-DD." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = dup_plan_error (cases[i].body);
      g_assert_cmpstr (message, ==, cases[i].message);
    }
}

static void
test_refused_plan_text (void)
{
  g_autofree char *long_name = g_strnfill (201, 'n');
  g_autofree char *body = g_strdup_printf ("  <patient>%s</patient>", long_name);
  g_autofree char *message = dup_plan_error (body);

  g_assert_cmpstr (message, ==, "plan.xml:4: <patient> is 201 characters long, but at most "
                                "200 are allowed.");
}

/* Content files get the same: an enumerated word, an exercise's dose. */
static void
test_refused_content_values (void)
{
  static const char faq[] =
    "<faq version=\"1\">\n"
    "<topic id=\"t\"><title>T</title>\n"
    "<entry id=\"e\" urgent=\"maybe\"><question>Q?</question><answer><p>A.</p></answer>\n"
    "<references><reference>A source.</reference></references></entry>\n"
    "</topic></faq>\n";
  g_autofree char *text = dup_content_problem (faq, sizeof faq - 1);

  g_assert_cmpstr (text, ==, "user.xml:3: urgent = “maybe” must be one of: true, false.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/say-why/folder-missing", test_folder_missing);
  g_test_add_func ("/say-why/folder-is-file", test_folder_is_file);
  g_test_add_func ("/say-why/folder-without-content", test_folder_without_content);
  g_test_add_func ("/say-why/not-xml", test_not_xml);
  g_test_add_func ("/say-why/no-unregistered-message", test_no_unregistered_message);
  g_test_add_func ("/say-why/refused-plan-values", test_refused_plan_values);
  g_test_add_func ("/say-why/refused-plan-text", test_refused_plan_text);
  g_test_add_func ("/say-why/refused-content-values", test_refused_content_values);

  return g_test_run ();
}
