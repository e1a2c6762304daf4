/* test-glossary.c: glossary terms are read, checked and linked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kc-library.h"
#include "kc-problem.h"
#include "kc-test-library.h"
#include "kc-text-block.h"

static KcLibrary *
load_bytes (const char *xml)
{
  KcLibrary *library = kc_library_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  kc_library_add_bytes (library, "terms.xml", bytes);
  kc_library_load (library);

  return library;
}

/* Two terms, "nerve" and "nerve root", so that the longer one must win;
 * @see is the ref of the second term's <see>. */
static char *
user_glossary (const char *see)
{
  return g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                          "<glossary version=\"1\">\n"
                          "  <term id=\"t-root\">\n"
                          "    <name>Nerve root</name>\n"
                          "    <synonyms>nerve roots, root</synonyms>\n"
                          "    <definition>Where a nerve leaves the spine.</definition>\n"
                          "    <references><reference>A book.</reference></references>\n"
                          "  </term>\n"
                          "  <term id=\"t-disc\">\n"
                          "    <name>Disc</name>\n"
                          "    <synonyms>discs,, intervertebral disc </synonyms>\n"
                          "    <definition>A cushion.</definition>\n"
                          "    <see ref=\"%s\"/>\n"
                          "    <references><reference>A book.</reference></references>\n"
                          "  </term>\n"
                          "  <term id=\"t-nerve\">\n"
                          "    <name>Nerve</name>\n"
                          "    <definition>A cable of the body.</definition>\n"
                          "    <references><reference>A book.</reference></references>\n"
                          "  </term>\n"
                          "</glossary>\n", see);
}

static KcGlossaryTerm *
lookup_term (KcLibrary  *library,
             const char *id)
{
  GObject *item = kc_library_lookup (library, id);

  g_assert_true (KC_IS_GLOSSARY_TERM (item));
  return KC_GLOSSARY_TERM (item);
}

static void
test_reader (void)
{
  g_autofree char *xml = user_glossary ("t-root");
  g_autoptr(KcLibrary) library = load_bytes (xml);
  KcGlossaryTerm *disc;
  const char * const *synonyms;

  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_problems (library)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_items (library,
                                                                    KC_ITEM_KIND_GLOSSARY_TERM)),
                    ==, 3);

  disc = lookup_term (library, "t-disc");
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (disc)), ==, "Disc");
  g_assert_cmpstr (kc_item_get_page (KC_ITEM (disc)), ==, "questions");
  g_assert_cmpstr (kc_glossary_term_get_definition (disc), ==, "A cushion.");
  /* Trimmed, empty ones left out. */
  synonyms = kc_glossary_term_get_synonyms (disc);
  g_assert_cmpuint (g_strv_length ((char **)synonyms), ==, 2);
  g_assert_cmpstr (synonyms[0], ==, "discs");
  g_assert_cmpstr (synonyms[1], ==, "intervertebral disc");
  g_assert_cmpstr (kc_glossary_term_get_see (disc)[0], ==, "t-root");
  g_assert_null (kc_glossary_term_get_see (disc)[1]);
  g_assert_cmpuint (kc_item_get_references (KC_ITEM (disc))->len, ==, 1);
  g_assert_cmpuint (g_strv_length ((char **)kc_glossary_term_get_synonyms (lookup_term (library,
                                                                                      "t-nerve"))),
                    ==, 0);
}

/* A term that points at nothing is refused whole, with the line. */
static void
test_unknown_see_refused (void)
{
  g_autofree char *xml = user_glossary ("no-such-item");
  g_autoptr(KcLibrary) library = load_bytes (xml);
  GListModel *problems = kc_library_get_problems (library);
  g_autoptr(KcProblem) problem = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
  problem = g_list_model_get_item (problems, 0);
  g_assert_cmpuint (kc_problem_get_line (problem), ==, 13);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "no-such-item"));
  g_assert_null (kc_library_lookup (library, "t-disc"));
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_items (library,
                                                                    KC_ITEM_KIND_GLOSSARY_TERM)),
                    ==, 0);
}

static KcLibrary *
load_terms (void)
{
  g_autofree char *xml = user_glossary ("t-root");

  return load_bytes (xml);
}

static void
assert_links (KcGlossary *glossary,
              const char *markup,
              const char *expected)
{
  g_autofree char *linked = kc_glossary_link (glossary, markup, NULL);

  g_test_message ("%s", markup);
  g_assert_cmpstr (linked, ==, expected);
}

#define A(id, text) "<a href=\"kc:glossary/" id "\">" text "</a>"

static void
test_link_words (void)
{
  g_autoptr(KcLibrary) library = load_terms ();
  KcGlossary *glossary = kc_library_get_glossary (library);

  /* Only the first use, ignoring case, keeping the text's own case. */
  assert_links (glossary, "The DISC and the disc.", "The " A ("t-disc", "DISC") " and the disc.");
  /* Whole words only: not inside "discomfort", nor "disc" in "discs"'s place. */
  assert_links (glossary, "Some discomfort.", "Some discomfort.");
  assert_links (glossary, "Two discs.", "Two " A ("t-disc", "discs") ".");
  assert_links (glossary, "Indisc", "Indisc");
  /* The longest name wins; a hyphen stands for a space. */
  assert_links (glossary, "A nerve root and a nerve.",
                "A " A ("t-root", "nerve root") " and a " A ("t-nerve", "nerve") ".");
  assert_links (glossary, "nerve-root pain", A ("t-root", "nerve-root") " pain");
  /* Accented letters are letters: no boundary inside "discé". */
  assert_links (glossary, "discé", "discé");
  /* Text with nothing to link comes back as it was. */
  assert_links (glossary, "", "");
}

static void
test_link_markup (void)
{
  g_autoptr(KcLibrary) library = load_terms ();
  KcGlossary *glossary = kc_library_get_glossary (library);
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *escaped = NULL;

  /* Never inside an existing link, never inside a tag or an entity. */
  assert_links (glossary, "<a href=\"x\">the disc</a> and a disc",
                "<a href=\"x\">the disc</a> and a " A ("t-disc", "disc"));
  assert_links (glossary, "<span title=\"disc\">root</span>",
                "<span title=\"disc\">" A ("t-root", "root") "</span>");
  assert_links (glossary, "&amp;disc", "&amp;" A ("t-disc", "disc"));
  assert_links (glossary, "<b>disc</b>", "<b>" A ("t-disc", "disc") "</b>");

  /* One set for all the blocks of a text: the first use in the text. */
  first = kc_glossary_link (glossary, "A disc.", linked);
  second = kc_glossary_link (glossary, "Another disc and a nerve.", linked);
  g_assert_cmpstr (first, ==, "A " A ("t-disc", "disc") ".");
  g_assert_cmpstr (second, ==, "Another disc and a " A ("t-nerve", "nerve") ".");

  /* Plain text is escaped first. */
  escaped = kc_glossary_link_text (glossary, "<disc> & root", NULL);
  g_assert_cmpstr (escaped, ==, "&lt;" A ("t-disc", "disc") "&gt; &amp; " A ("t-root", "root"));
}

static void
test_uri (void)
{
  g_assert_cmpstr (kc_glossary_id_from_uri ("kc:glossary/term-disc"), ==, "term-disc");
  g_assert_null (kc_glossary_id_from_uri ("kc:glossary/"));
  g_assert_null (kc_glossary_id_from_uri ("https://example.org/"));
}

static void
assert_well_formed (const char *markup)
{
  static const GMarkupParser no_op = { 0 };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&no_op, 0, NULL, NULL);
  g_autofree char *document = g_strconcat ("<markup>", markup, "</markup>", NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, document, -1, &error);
  g_assert_no_error (error);
}

/* Bundled: the terms link in running text, and every answer's markup
 * stays well formed. */
static void
test_bundled (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autofree char *markup = NULL;
  GListModel *entries;
  KcGlossary *glossary;
  guint n_links = 0;

  glossary = kc_library_get_glossary (library);

  markup = kc_glossary_link_text (glossary, "Sciatica comes from a nerve root; sciatica hurts.",
                                  NULL);
  g_assert_cmpstr (markup, ==,
                   A ("term-sciatica", "Sciatica") " comes from a "
                   A ("term-nerve-root", "nerve root") "; sciatica hurts.");

  entries = kc_library_get_items (library, KC_ITEM_KIND_FAQ_ENTRY);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(KcFaqEntry) entry = g_list_model_get_item (entries, i);
      g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
      GPtrArray *answer = kc_faq_entry_get_answer (entry);

      for (guint j = 0; j < answer->len; j++)
        {
          const KcTextBlock *block = g_ptr_array_index (answer, j);
          const char *single[] = { block->text, NULL };
          const char * const *texts = block->text != NULL ? single
                                                          : (const char * const *)block->items;

          for (guint k = 0; texts[k] != NULL; k++)
            {
              g_autofree char *linked_text = kc_glossary_link_text (glossary, texts[k], linked);

              assert_well_formed (linked_text);
            }
        }
      n_links += g_hash_table_size (linked);
    }
  /* The glossary is there to be reached: many answers use its words. */
  g_assert_cmpuint (n_links, >, 30);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/glossary/reader", test_reader);
  g_test_add_func ("/glossary/unknown-see-refused", test_unknown_see_refused);
  g_test_add_func ("/glossary/link-words", test_link_words);
  g_test_add_func ("/glossary/link-markup", test_link_markup);
  g_test_add_func ("/glossary/uri", test_uri);
  g_test_add_func ("/glossary/bundled", test_bundled);

  return g_test_run ();
}
