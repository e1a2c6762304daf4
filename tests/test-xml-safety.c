/* test-xml-safety.c: hostile and broken input to the safe XML reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kc-problem.h"
#include "kc-xml.h"

#define SECRET "KC-TEST-SECRET-7f3a9"
#define FAQ_SCHEMA RESOURCE_PREFIX "/schema/faq.rng"

/* Parses @xml and expects exactly one problem with @code, on @line (0: any
 * line), whose message contains @needle; returns nothing, fails loudly. */
static void
expect_refused (const char     *xml,
                gsize           len,
                KcContentError  code,
                guint           line,
                const char     *needle)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, len);
  g_autoptr(xmlDoc) doc = kc_xml_parse (bytes, "test.xml", problems);
  g_autofree char *text = NULL;
  KcProblem *problem;

  g_assert_null (doc);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  text = kc_problem_to_string (problem);
  g_test_message ("%s", text);
  g_assert_cmpint (kc_problem_get_code (problem), ==, code);
  g_assert_cmpstr (kc_problem_get_file (problem), ==, "test.xml");
  if (line > 0)
    g_assert_cmpuint (kc_problem_get_line (problem), ==, line);
  if (needle != NULL)
    g_assert_nonnull (strstr (kc_problem_get_message (problem), needle));
  g_assert_null (strstr (kc_problem_get_message (problem), SECRET));
}

static void
expect_refused_str (const char     *xml,
                    KcContentError  code,
                    guint           line,
                    const char     *needle)
{
  expect_refused (xml, strlen (xml), code, line, needle);
}

static void
test_well_formed (void)
{
  static const char xml[] = "<?xml version=\"1.0\"?>\n<faq version=\"1\"/>\n";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(xmlDoc) doc = kc_xml_parse (bytes, "ok.xml", problems);

  g_assert_nonnull (doc);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr ((const char *)xmlDocGetRootElement (doc)->name, ==, "faq");
}

static void
test_malformed_names_line (void)
{
  expect_refused_str ("<?xml version=\"1.0\"?>\n<faq>\n  <topic>\n</faq>\n",
                      KC_CONTENT_ERROR_MALFORMED, 4, "closing tag");
}

/* The loader must never read a local file named by an entity. */
static void
test_external_entity_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kc-xxe-XXXXXX", NULL);
  g_autofree char *secret_path = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *xml = NULL;

  g_assert_true (g_file_set_contents (secret_path, SECRET, -1, NULL));
  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE faq [\n"
                         "  <!ENTITY xxe SYSTEM \"file://%s\">\n"
                         "]>\n"
                         "<faq version=\"1\">&xxe;</faq>\n", secret_path);

  expect_refused_str (xml, KC_CONTENT_ERROR_UNSAFE, 2, "DOCTYPE");

  g_unlink (secret_path);
  g_rmdir (dir);
}

static void
test_external_entity_url (void)
{
  expect_refused_str ("<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE faq [ <!ENTITY net SYSTEM \"http://127.0.0.1:9/x\"> ]>\n"
                      "<faq version=\"1\">&net;</faq>\n",
                      KC_CONTENT_ERROR_UNSAFE, 2, "DOCTYPE");
}

static void
test_external_dtd (void)
{
  expect_refused_str ("<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE faq SYSTEM \"http://127.0.0.1:9/faq.dtd\">\n"
                      "<faq version=\"1\"/>\n",
                      KC_CONTENT_ERROR_UNSAFE, 2, "DOCTYPE");
}

static void
test_billion_laughs (void)
{
  expect_refused_str ("<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE lolz [\n"
                      " <!ENTITY lol \"lol\">\n"
                      " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                      " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                      " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                      " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                      "]>\n"
                      "<faq version=\"1\">&lol4;</faq>\n",
                      KC_CONTENT_ERROR_UNSAFE, 2, "DOCTYPE");
}

/* One big entity used many times: harmless to parse, huge once expanded. */
static void
test_quadratic_blowup (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE faq [ <!ENTITY a \"");

  for (int i = 0; i < 50000; i++)
    g_string_append_c (xml, 'a');
  g_string_append (xml, "\"> ]>\n<faq version=\"1\">");
  for (int i = 0; i < 20000; i++)
    g_string_append (xml, "&a;");
  g_string_append (xml, "</faq>\n");

  expect_refused (xml->str, xml->len, KC_CONTENT_ERROR_UNSAFE, 2, "DOCTYPE");
}

/* Without a DOCTYPE an entity reference cannot be declared at all. */
static void
test_undeclared_entity (void)
{
  expect_refused_str ("<?xml version=\"1.0\"?>\n<faq version=\"1\">\n&nowhere;</faq>\n",
                      KC_CONTENT_ERROR_MALFORMED, 3, "entity");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n");
  g_autofree char *needle = g_strdup_printf ("%d levels", KC_XML_MAX_DEPTH);

  for (int i = 0; i < 100000; i++)
    g_string_append (xml, "<a>");
  for (int i = 0; i < 100000; i++)
    g_string_append (xml, "</a>");

  expect_refused (xml->str, xml->len, KC_CONTENT_ERROR_TOO_DEEP, 2, needle);
}

static void
test_oversize_bytes (void)
{
  gsize size = KC_XML_MAX_FILE_SIZE + 1;
  g_autofree char *xml = g_malloc (size);

  memset (xml, ' ', size);
  memcpy (xml, "<faq>", 5);
  expect_refused (xml, size, KC_CONTENT_ERROR_TOO_LARGE, 0, "larger than");
}

/* The cap holds for files before they are read into memory. */
static void
test_oversize_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kc-big-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *data = g_malloc0 (50 * 1024 * 1024);

  g_assert_true (g_file_set_contents (path, data, 50 * 1024 * 1024, NULL));
  bytes = kc_xml_load_file (file, "big.xml", problems);

  g_assert_null (bytes);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpint (kc_problem_get_code (g_ptr_array_index (problems, 0)), ==,
                   KC_CONTENT_ERROR_TOO_LARGE);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_empty (void)
{
  expect_refused ("", 0, KC_CONTENT_ERROR_EMPTY, 0, "empty");
}

static void
test_invalid_utf8 (void)
{
  static const char xml[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<faq>\n\xff\xfe bad</faq>\n";

  expect_refused (xml, sizeof xml - 1, KC_CONTENT_ERROR_MALFORMED, 3, "UTF-8");
}

static void
test_nul_byte (void)
{
  static const char xml[] = "<?xml version=\"1.0\"?>\n<faq>a\0b</faq>\n";

  expect_refused (xml, sizeof xml - 1, KC_CONTENT_ERROR_MALFORMED, 2, NULL);
}

/* A UTF-8 byte-order mark is legal XML and some editors write one; white
 * space may come before the first "<" of a file without a declaration. */
static void
test_byte_order_mark (void)
{
  static const char *const documents[] = {
    "\xef\xbb\xbf<?xml version=\"1.0\"?>\n<faq version=\"1\"/>\n",
    "\xef\xbb\xbf\n  <faq version=\"1\"/>\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GBytes) bytes = g_bytes_new_static (documents[i], strlen (documents[i]));
      g_autoptr(xmlDoc) doc = kc_xml_parse (bytes, "bom.xml", problems);

      g_assert_nonnull (doc);
      g_assert_cmpuint (problems->len, ==, 0);
    }
}

static void
test_schema_violation_names_line (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n"
    "<faq version=\"1\">\n"
    "  <topic id=\"t\">\n"
    "    <title>Topic</title>\n"
    "    <entry id=\"e\">\n"
    "      <question>Where is the answer?</question>\n"
    "    </entry>\n"
    "  </topic>\n"
    "</faq>\n";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(xmlDoc) doc = kc_xml_parse (bytes, "schema.xml", problems);
  gboolean found = FALSE;

  g_assert_nonnull (doc);
  g_assert_false (kc_xml_validate (doc, FAQ_SCHEMA, "schema.xml", problems));
  g_assert_cmpuint (problems->len, >=, 1);

  for (guint i = 0; i < problems->len; i++)
    {
      KcProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = kc_problem_to_string (problem);

      g_test_message ("%s", text);
      g_assert_cmpint (kc_problem_get_code (problem), ==, KC_CONTENT_ERROR_SCHEMA);
      if (kc_problem_get_line (problem) == 5 &&
          strstr (kc_problem_get_message (problem), "<answer>") != NULL)
        found = TRUE;
    }
  g_assert_true (found);
}

static void
test_schema_unknown_attribute (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n"
    "<faq version=\"1\">\n"
    "  <topic id=\"t\" colour=\"red\">\n"
    "    <title>Topic</title>\n"
    "    <entry id=\"e\"><question>Q?</question><answer><p>A.</p></answer>"
    "<references><reference>R.</reference></references></entry>\n"
    "  </topic>\n"
    "</faq>\n";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(xmlDoc) doc = kc_xml_parse (bytes, "attr.xml", problems);
  g_autofree char *text = NULL;
  KcProblem *problem;

  g_assert_false (kc_xml_validate (doc, FAQ_SCHEMA, "attr.xml", problems));
  g_assert_cmpuint (problems->len, >=, 1);
  problem = g_ptr_array_index (problems, 0);
  text = kc_problem_to_string (problem);
  g_test_message ("%s", text);
  g_assert_cmpuint (kc_problem_get_line (problem), ==, 3);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "colour"));
}

static void
test_schema_bad_id (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\"?>\n"
    "<faq version=\"1\">\n"
    "  <topic id=\"t\">\n"
    "    <title>Topic</title>\n"
    "    <entry id=\"Knee Pain\">\n"
    "      <question>Q?</question><answer><p>A.</p></answer>\n"
    "      <references><reference>R.</reference></references>\n"
    "    </entry>\n"
    "  </topic>\n"
    "</faq>\n";
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(xmlDoc) doc = kc_xml_parse (bytes, "id.xml", problems);
  g_autofree char *text = NULL;
  KcProblem *problem;

  g_assert_false (kc_xml_validate (doc, FAQ_SCHEMA, "id.xml", problems));
  g_assert_cmpuint (problems->len, >=, 1);
  problem = g_ptr_array_index (problems, 0);
  text = kc_problem_to_string (problem);
  g_test_message ("%s", text);
  g_assert_cmpuint (kc_problem_get_line (problem), ==, 5);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "“Knee Pain”"));
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "<entry>"));
}

/* A file that is not XML is named for what it is, not called empty
 * (libxml2 says "Document is empty" of a PDF); an empty file still is. */
static void
test_not_xml_named (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
  static const char gzip[] = "\x1f\x8b\x08\0\0\0\0\0";
  static const char random_bytes[] = "\xd3\x07\xaa<\x91\x00\x3c\xfe";
  static const char pdf[] = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj";
  static const char zip[] = "PK\x03\x04\x14\0\x06\0";
  static const char text[] = "Dear doctor,\nplease find my plan.\n";

  expect_refused (pdf, sizeof pdf - 1, KC_CONTENT_ERROR_MALFORMED, 0,
                  "not an XML file: it looks like a PDF document");
  expect_refused (gzip, sizeof gzip - 1, KC_CONTENT_ERROR_MALFORMED, 0,
                  "not an XML file: it looks like a gzip-compressed file");
  expect_refused (zip, sizeof zip - 1, KC_CONTENT_ERROR_MALFORMED, 0,
                  "not an XML file: it looks like a ZIP archive");
  expect_refused (png, sizeof png - 1, KC_CONTENT_ERROR_MALFORMED, 0,
                  "not an XML file: it looks like a PNG picture");
  expect_refused (random_bytes, sizeof random_bytes - 1, KC_CONTENT_ERROR_MALFORMED, 0,
                  "not an XML file: it does not start with “<”");
  expect_refused (text, sizeof text - 1, KC_CONTENT_ERROR_MALFORMED, 0,
                  "not an XML file: it does not start with “<”");
  expect_refused (" \n\t\n", 4, KC_CONTENT_ERROR_EMPTY, 0, "The file is empty.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  kc_xml_init ();

  g_test_add_func ("/xml/well-formed", test_well_formed);
  g_test_add_func ("/xml/malformed", test_malformed_names_line);
  g_test_add_func ("/xml/external-entity/file", test_external_entity_file);
  g_test_add_func ("/xml/external-entity/url", test_external_entity_url);
  g_test_add_func ("/xml/external-dtd", test_external_dtd);
  g_test_add_func ("/xml/entity-bomb/billion-laughs", test_billion_laughs);
  g_test_add_func ("/xml/entity-bomb/quadratic", test_quadratic_blowup);
  g_test_add_func ("/xml/undeclared-entity", test_undeclared_entity);
  g_test_add_func ("/xml/too-deep", test_deep_nesting);
  g_test_add_func ("/xml/too-large/bytes", test_oversize_bytes);
  g_test_add_func ("/xml/too-large/file", test_oversize_file);
  g_test_add_func ("/xml/empty", test_empty);
  g_test_add_func ("/xml/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/xml/nul-byte", test_nul_byte);
  g_test_add_func ("/xml/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/xml/schema/missing-element", test_schema_violation_names_line);
  g_test_add_func ("/xml/schema/unknown-attribute", test_schema_unknown_attribute);
  g_test_add_func ("/xml/schema/bad-id", test_schema_bad_id);
  g_test_add_func ("/xml/not-xml-named", test_not_xml_named);

  return g_test_run ();
}
