/* test-limits.c: caps that bound the work a file can cause (issue 19, principle 8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each cap is tried at the cap, which loads, and one past it, which is
 * refused with file and line, or clamped.
 */
#include "config.h"

#include <string.h>

#include "content/kc-content-links.h"
#include "content/kc-library.h"
#include "content/kc-problem.h"
#include "content/kc-xml.h"
#include "plan/kc-plan-file.h"

/* Parses @xml; returns its first problem (or %NULL if it parsed). */
static KcProblem *
parse (const char *xml)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(xmlDoc) doc = kc_xml_parse (bytes, "capped.xml", problems);

  g_assert_true ((doc == NULL) == (problems->len > 0));
  return problems->len > 0 ? g_object_ref (g_ptr_array_index (problems, 0)) : NULL;
}

/* @at_cap parses; @past is refused on @line, saying @words. */
static void
assert_capped (const char *at_cap,
               const char *past,
               guint       line,
               const char *words)
{
  g_autoptr(KcProblem) fine = parse (at_cap);
  g_autoptr(KcProblem) refused = parse (past);

  g_assert_null (fine);
  g_assert_nonnull (refused);
  g_assert_cmpstr (kc_problem_get_file (refused), ==, "capped.xml");
  g_assert_cmpuint (kc_problem_get_line (refused), ==, line);
  g_assert_cmpint (kc_problem_get_code (refused), ==, KC_CONTENT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (kc_problem_get_message (refused), words));
}

/* <e a0="0" a1="1" …/> with @n attributes, on line 3. */
static char *
element_with_attributes (guint n)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<root>\n<e");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, " a%u=\"%u\"", i, i);
  g_string_append (xml, "/>\n</root>\n");
  return g_string_free (xml, FALSE);
}

static void
test_attributes_per_element (void)
{
  g_autofree char *at_cap = element_with_attributes (KC_XML_MAX_ATTRIBUTES);
  g_autofree char *past = element_with_attributes (KC_XML_MAX_ATTRIBUTES + 1);

  assert_capped (at_cap, past, 3, "64 attributes");
}

/* Only the "=" of attributes count: not those in values, text, comments,
 * processing instructions or CDATA. */
static void
test_attributes_counted_only_in_tags (void)
{
  g_autofree char *many = g_strnfill (KC_XML_MAX_ATTRIBUTES * 2, '=');
  g_autofree char *xml =
    g_strdup_printf ("<?xml version=\"1.0\"?>\n<!-- %s -->\n<?pi %s?>\n"
                     "<root a=\"%s\" b='%s'>%s<![CDATA[%s]]></root>\n",
                     many, many, many, many, many, many);
  g_autoptr(KcProblem) problem = parse (xml);

  g_assert_null (problem);
}

/* @n_elements elements of @per_element attributes each, one per line from line 3. */
static char *
elements_with_attributes (guint n_elements,
                          guint per_element)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<root>\n");

  for (guint e = 0; e < n_elements; e++)
    {
      g_string_append (xml, "<e");
      for (guint i = 0; i < per_element; i++)
        g_string_append_printf (xml, " a%u=\"\"", i);
      g_string_append (xml, "/>\n");
    }
  g_string_append (xml, "</root>\n");
  return g_string_free (xml, FALSE);
}

static void
test_attributes_in_total (void)
{
  guint per_element = KC_XML_MAX_ATTRIBUTES;
  guint n_elements = KC_XML_MAX_ATTRIBUTES_TOTAL / per_element;
  g_autofree char *at_cap = NULL;
  g_autofree char *past = NULL;

  g_assert_cmpuint (n_elements * per_element, ==, KC_XML_MAX_ATTRIBUTES_TOTAL);
  at_cap = elements_with_attributes (n_elements, per_element);
  past = elements_with_attributes (n_elements + 1, per_element);
  /* Refused on the element after the last one that fits. */
  assert_capped (at_cap, past, 3 + n_elements, "attributes, the most a file");
}

/* <root><p>…</p></root> with @text on line 3. */
static char *
element_with_text (const char *text)
{
  return g_strdup_printf ("<?xml version=\"1.0\"?>\n<root>\n<p>%s</p>\n</root>\n", text);
}

static char *
repeat (const char *piece,
        guint       n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (text, piece);
  return g_string_free (text, FALSE);
}

/* Counted in characters: "é" is two bytes, one character. */
static void
test_word (void)
{
  g_autofree char *word = repeat ("é", KC_XML_MAX_WORD);
  g_autofree char *longer = repeat ("é", KC_XML_MAX_WORD + 1);
  g_autofree char *words = g_strdup_printf ("%s %s", word, word);
  g_autofree char *at_cap = element_with_text (words);
  g_autofree char *past = element_with_text (longer);

  assert_capped (at_cap, past, 3, "A word is longer than 1000 characters");
}

static void
test_text (void)
{
  g_autofree char *text = repeat ("word ", KC_XML_MAX_TEXT / 5);
  g_autofree char *longer = g_strconcat (text, "x", NULL);
  g_autofree char *at_cap = element_with_text (text);
  g_autofree char *past = element_with_text (longer);

  g_assert_cmpuint (strlen (text), ==, KC_XML_MAX_TEXT);
  assert_capped (at_cap, past, 3, "more than 100000 characters");
}

/* A user's FAQ entry with @n references to entries nobody declares. */
static GListModel *
load_dangling (KcLibrary *library,
               guint      n)
{
  GString *xml = g_string_new ("<faq version=\"1\"><topic id=\"t\"><title>T</title><entry id=\"e\">"
                               "<question>Q?</question><answer><p>A.</p></answer>\n");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "<see-also ref=\"missing-%u\"/>\n", i);
  g_string_append (xml, "<references><reference>R.</reference></references></entry></topic>"
                        "</faq>\n");
  bytes = g_string_free_to_bytes (xml);
  kc_library_add_bytes (library, "dangling.xml", bytes);
  kc_library_load (library);
  return kc_library_get_problems (library);
}

static void
test_problems_per_file (void)
{
  g_autoptr(KcLibrary) at_cap = kc_library_new ();
  g_autoptr(KcLibrary) past = kc_library_new ();
  g_autoptr(KcLibrary) far_past = kc_library_new ();
  GListModel *problems;
  g_autoptr(KcProblem) last = NULL;
  g_autoptr(KcProblem) summary = NULL;

  problems = load_dangling (at_cap, KC_XML_MAX_PROBLEMS);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, KC_XML_MAX_PROBLEMS);
  last = g_list_model_get_item (problems, KC_XML_MAX_PROBLEMS - 1);
  g_assert_cmpint (kc_problem_get_code (last), ==, KC_CONTENT_ERROR_DANGLING_REFERENCE);

  problems = load_dangling (past, KC_XML_MAX_PROBLEMS + 1);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, KC_XML_MAX_PROBLEMS + 1);
  summary = g_list_model_get_item (problems, KC_XML_MAX_PROBLEMS);
  g_assert_cmpstr (kc_problem_get_file (summary), ==, "dangling.xml");
  g_assert_cmpstr (kc_problem_get_message (summary), ==, "…and 1 more problem in this file.");
  g_clear_object (&summary);

  problems = load_dangling (far_past, 100000);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, KC_XML_MAX_PROBLEMS + 1);
  summary = g_list_model_get_item (problems, KC_XML_MAX_PROBLEMS);
  g_assert_cmpstr (kc_problem_get_message (summary), ==,
                   "…and 99900 more problems in this file.");
}

/* Past the cap, a wrong reference is counted, not made into a problem
 * that would be thrown away: 100 000 of them cost seconds. */
static void
test_dangling_counted_not_made (void)
{
  g_autoptr(KcContentFile) file = kc_content_file_new ("dangling.xml", FALSE);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autoptr(GHashTable) owners = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  xmlNode *node = xmlNewNode (NULL, (const xmlChar *)"see-also");

  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *id = g_strdup_printf ("missing-%u", i);
      kc_content_file_add_reference (file, id, node, G_TYPE_INVALID);
    }
  g_ptr_array_add (files, file);

  g_assert_cmpuint (kc_content_links_resolve (files, owners, problems), ==, 1);
  g_assert_true (file->rejected);
  g_assert_cmpuint (problems->len, ==, KC_XML_MAX_PROBLEMS);
  g_assert_cmpuint (file->n_more_problems, ==, 100000 - KC_XML_MAX_PROBLEMS);
  xmlFreeNode (node);
}

/* A plan with @per_day exercises on Monday and @log_days days logged. */
static KcPlan *
read_plan (guint    per_day,
           guint    log_days,
           GError **error)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"capped\">\n"
                               "<name>Capped</name>\n<day name=\"monday\">\n");
  g_autoptr(GBytes) bytes = NULL;
  GDate date;

  for (guint i = 0; i < per_day; i++)
    g_string_append (xml, "<item exercise=\"bridge\"/>\n");
  g_string_append (xml, "</day>\n<log>\n");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2000);
  for (guint i = 0; i < log_days; i++, g_date_add_days (&date, 1))
    g_string_append_printf (xml, "<date day=\"%04u-%02u-%02u\" pain=\"1\"/>\n",
                            (guint)g_date_get_year (&date), (guint)g_date_get_month (&date),
                            (guint)g_date_get_day (&date));
  g_string_append (xml, "</log>\n</plan>\n");
  bytes = g_string_free_to_bytes (xml);
  return kc_plan_from_bytes (bytes, "capped.xml", NULL, error);
}

static void
test_plan_items_per_day (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) full = read_plan (KC_PLAN_MAX_ITEMS_PER_DAY, 0, &error);
  g_autoptr(KcPlan) over = NULL;
  g_autoptr(KcPlanItem) tuesday = NULL;
  g_autofree char *line = NULL;
  KcDose dose = { 0, };

  g_assert_no_error (error);
  g_assert_cmpuint (kc_plan_get_n_items (full), ==, KC_PLAN_MAX_ITEMS_PER_DAY);

  /* The model refuses the same number. */
  g_assert_false (kc_plan_day_has_room (full, 0));
  g_assert_null (kc_plan_add_item (full, 0, "bridge", &dose));
  tuesday = g_object_ref (kc_plan_add_item (full, 1, "bridge", &dose));
  g_assert_false (kc_plan_move_item_to_day (full, tuesday, 0));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_get_day (full, 1)), ==, 1);
  g_assert_cmpuint (kc_plan_get_n_items (full), ==, KC_PLAN_MAX_ITEMS_PER_DAY + 1);

  /* Line 5 holds the first item: the one past the cap is on line 5 + cap. */
  over = read_plan (KC_PLAN_MAX_ITEMS_PER_DAY + 1, 0, &error);
  g_assert_null (over);
  g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID);
  line = g_strdup_printf ("capped.xml:%d: A day has more than 50 exercises",
                          5 + KC_PLAN_MAX_ITEMS_PER_DAY);
  g_assert_true (g_str_has_prefix (error->message, line));
}

static void
test_plan_log_days (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) full = read_plan (0, KC_PLAN_MAX_LOG_DAYS, &error);
  g_autoptr(KcPlan) over = NULL;
  g_auto(GStrv) dates = NULL;
  g_autofree char *line = NULL;
  GDate first, next;

  g_assert_no_error (error);
  dates = kc_plan_dup_log_dates (full);
  g_assert_cmpuint (g_strv_length (dates), ==, KC_PLAN_MAX_LOG_DAYS);

  /* The model refuses a new day, but still changes a day it has. */
  g_assert_true (kc_plan_parse_date (dates[0], &first));
  g_assert_true (kc_plan_parse_date ("2099-01-01", &next));
  g_assert_false (kc_plan_set_pain (full, &next, 3));
  g_assert_false (kc_plan_set_done (full, &next, "bridge", TRUE));
  g_assert_cmpint (kc_plan_get_pain (full, &next), ==, -1);
  g_assert_true (kc_plan_set_pain (full, &first, 3));
  g_assert_true (kc_plan_set_done (full, &first, "bridge", TRUE));
  g_assert_cmpint (kc_plan_get_pain (full, &first), ==, 3);

  /* Line 7 holds the first day (after "<day>", "</day>" and "<log>"). */
  over = read_plan (0, KC_PLAN_MAX_LOG_DAYS + 1, &error);
  g_assert_null (over);
  g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID);
  line = g_strdup_printf ("capped.xml:%d: The log has more than 3660 days",
                          7 + KC_PLAN_MAX_LOG_DAYS);
  g_assert_true (g_str_has_prefix (error->message, line));
}

/* A plan keeps a word of any length its user typed: saved, it loads. */
static void
test_plan_long_word_kept (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("worded", "Worded");
  g_autofree char *word = repeat ("ß", KC_XML_MAX_WORD * 2);
  char *xml = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KcPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;

  kc_plan_set_notes (plan, word);
  g_assert_cmpstr (kc_plan_get_notes (plan), ==, word);

  xml = kc_plan_to_xml (plan);
  bytes = g_bytes_new_take (xml, strlen (xml));
  loaded = kc_plan_from_bytes (bytes, "worded.xml", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kc_plan_get_notes (loaded), ==, word);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/xml/attributes-per-element", test_attributes_per_element);
  g_test_add_func ("/limits/xml/attributes-counted-only-in-tags",
                   test_attributes_counted_only_in_tags);
  g_test_add_func ("/limits/xml/attributes-in-total", test_attributes_in_total);
  g_test_add_func ("/limits/xml/word", test_word);
  g_test_add_func ("/limits/xml/text", test_text);
  g_test_add_func ("/limits/problems-per-file", test_problems_per_file);
  g_test_add_func ("/limits/dangling-counted-not-made", test_dangling_counted_not_made);
  g_test_add_func ("/limits/plan/items-per-day", test_plan_items_per_day);
  g_test_add_func ("/limits/plan/log-days", test_plan_log_days);
  g_test_add_func ("/limits/plan/long-word-kept", test_plan_long_word_kept);

  return g_test_run ();
}
