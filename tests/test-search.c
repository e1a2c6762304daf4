/* test-search.c: one search over all bundled content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kc-search-index.h"
#include "kc-search-text.h"
#include "kc-test-library.h"
#include "kc-text.h"

static KcLibrary *library;
static KcSearchIndex *search_index;

static GPtrArray *
query (const char *text)
{
  return kc_search_index_query (search_index, text, 100);
}

/* Returns: the rank of the result with @id, or -1 */
static int
rank_of (GPtrArray  *results,
         const char *id)
{
  for (guint i = 0; i < results->len; i++)
    {
      if (g_str_equal (kc_search_result_get_id (g_ptr_array_index (results, i)), id))
        return (int)i;
    }

  return -1;
}

static void
test_word_match (void)
{
  static const struct {
    const char *query;
    const char *word;
    KcWordMatch expected;
  } cases[] = {
    { "knee", "knee", KC_WORD_MATCH_EXACT },
    { "kne", "knee", KC_WORD_MATCH_PREFIX },
    { "knees", "knee", KC_WORD_MATCH_TYPO },        /* one letter extra */
    { "sciatcia", "sciatica", KC_WORD_MATCH_TYPO }, /* two letters swapped */
    { "sciatixa", "sciatica", KC_WORD_MATCH_TYPO }, /* one letter wrong */
    { "sciaica", "sciatica", KC_WORD_MATCH_TYPO },  /* one letter missing */
    { "hamstirng", "hamstrings", KC_WORD_MATCH_TYPO }, /* not typed to the end */
    { "kne", "kna", KC_WORD_MATCH_NONE },           /* too short for a typo */
    { "pain", "pins", KC_WORD_MATCH_NONE },         /* too short for a typo in a prefix */
    { "xnee", "knee", KC_WORD_MATCH_NONE },         /* first letter wrong */
    { "sciatcai", "sciatica", KC_WORD_MATCH_NONE }, /* two edits */
    { "advice", "ice", KC_WORD_MATCH_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s ~ %s", cases[i].query, cases[i].word);
      g_assert_cmpint (kc_word_match (cases[i].query, strlen (cases[i].query),
                                      cases[i].word, strlen (cases[i].word)),
                       ==, cases[i].expected);
    }
}

/* A glossary term is found by a word it is also called, not only its name. */
static void
test_glossary_synonym (void)
{
  g_autoptr(GPtrArray) tendonitis = query ("tendonitis");
  g_autoptr(GPtrArray) resonance = query ("magnetic resonance");

  g_assert_cmpint (rank_of (tendonitis, "term-tendinopathy"), >=, 0);
  g_assert_cmpint (rank_of (resonance, "term-mri"), >=, 0);
}

/* Every kind of item is in the index: 7 kinds, each found by its name. */
static void
test_every_kind (void)
{
  static const struct {
    const char *query;
    const char *id;
    KcItemKind kind;
  } cases[] = {
    { "meniscus", "medial-meniscus", KC_ITEM_KIND_ANATOMY_PART },
    { "sciatica", "sciatica", KC_ITEM_KIND_CONDITION },
    { "sacroiliac joint", "sacroiliac-joint", KC_ITEM_KIND_PAIN_SOURCE },
    { "left groin", "groin-left", KC_ITEM_KIND_BODY_REGION },
    { "clamshell", "clamshell", KC_ITEM_KIND_EXERCISE },
    { "warning signs", "what-are-warning-signs", KC_ITEM_KIND_FAQ_ENTRY },
    { "dermatome", "term-dermatome", KC_ITEM_KIND_GLOSSARY_TERM },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) results = query (cases[i].query);
      int rank = rank_of (results, cases[i].id);

      g_test_message ("%s → %s", cases[i].query, cases[i].id);
      g_assert_cmpint (rank, >=, 0);
      g_assert_cmpint (kc_search_result_get_kind (g_ptr_array_index (results, rank)), ==,
                       cases[i].kind);
    }
}

/* A word in a name ranks that item above items that only mention it. */
static void
test_names_first (void)
{
  g_autoptr(GPtrArray) results = query ("bridge");
  g_autofree char *folded = NULL;

  g_assert_cmpuint (results->len, >, 1);
  g_assert_cmpstr (kc_search_result_get_id (g_ptr_array_index (results, 0)), ==, "bridge");
  for (guint i = 1; i < results->len; i++)
    {
      KcSearchResult *result = g_ptr_array_index (results, i);

      g_assert_cmpuint (kc_search_result_get_score (result), <=,
                        kc_search_result_get_score (g_ptr_array_index (results, i - 1)));
    }

  /* The second result mentions bridges in its text, not its name. */
  folded = kc_text_fold (kc_search_result_get_title (g_ptr_array_index (results, 1)));
  g_assert_null (strstr (folded, "bridge"));
  g_assert_cmpuint (kc_search_result_get_snippet_spans (g_ptr_array_index (results, 1))->len, >, 0);
}

static void
assert_same_ids (GPtrArray *a,
                 GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (kc_search_result_get_id (g_ptr_array_index (a, i)), ==,
                     kc_search_result_get_id (g_ptr_array_index (b, i)));
}

static void
test_case_and_accents (void)
{
  g_autoptr(GPtrArray) plain = query ("sciatica nerve");
  g_autoptr(GPtrArray) shouted = query ("SCIATICA Nerve");
  g_autoptr(GPtrArray) accented = query ("sciática nérve");

  g_assert_cmpuint (plain->len, >, 0);
  assert_same_ids (plain, shouted);
  assert_same_ids (plain, accented);
}

static void
test_typo (void)
{
  g_autoptr(GPtrArray) swapped = query ("sciatcia");
  g_autoptr(GPtrArray) missing = query ("clamshel");
  g_autoptr(GPtrArray) wrong = query ("hamstrimg stretch");

  g_assert_cmpint (rank_of (swapped, "sciatica"), ==, 0);
  g_assert_cmpint (rank_of (missing, "clamshell"), ==, 0);
  g_assert_cmpint (rank_of (wrong, "hamstring-stretch"), ==, 0);
}

/* Every word must find something: adding a word narrows the results. */
static void
test_all_words (void)
{
  g_autoptr(GPtrArray) knee = query ("knee");
  g_autoptr(GPtrArray) knee_swim = query ("knee swimming");
  g_autoptr(GPtrArray) nothing = query ("knee zzyzzx");

  g_assert_cmpuint (knee_swim->len, >, 0);
  g_assert_cmpuint (knee_swim->len, <, knee->len);
  g_assert_cmpint (rank_of (knee_swim, "swimming"), >=, 0);
  g_assert_cmpuint (nothing->len, ==, 0);
}

static void
test_empty_query (void)
{
  g_autoptr(GPtrArray) empty = query ("");
  g_autoptr(GPtrArray) blank = query ("  ,.- ");

  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
}

/* The spans point at the words that matched, in the text as shown. */
static void
test_spans (void)
{
  g_autoptr(GPtrArray) results = query ("nerve root");

  g_assert_cmpuint (results->len, >, 0);
  for (guint i = 0; i < results->len; i++)
    {
      KcSearchResult *result = g_ptr_array_index (results, i);
      const char *snippet = kc_search_result_get_snippet (result);
      GArray *title_spans = kc_search_result_get_title_spans (result);
      GArray *snippet_spans = kc_search_result_get_snippet_spans (result);

      g_assert_cmpuint (title_spans->len + snippet_spans->len, >, 0);
      for (guint j = 0; j < snippet_spans->len; j++)
        {
          KcSearchSpan span = g_array_index (snippet_spans, KcSearchSpan, j);
          g_autofree char *word = g_strndup (snippet + span.start, span.end - span.start);
          g_autofree char *folded = kc_text_fold (word);

          g_assert_cmpuint (span.end, <=, strlen (snippet));
          g_assert_true (g_str_has_prefix (folded, "nerve") || g_str_has_prefix (folded, "root"));
        }
    }
}

static void
test_excerpt (void)
{
  static const char text[] =
    "First line.\n"
    "A long second line that goes on and on about many things before it finally "
    "mentions the word sciatica and then goes on for a good while longer so that "
    "the excerpt has to be cut at both of its ends somewhere, because an excerpt "
    "is about one line on the screen and no more than that.";
  g_autoptr(GPtrArray) words = kc_query_split_words ("sciatica");
  g_autoptr(GArray) matches = kc_text_find_matches (text, words);
  g_autoptr(GArray) spans = NULL;
  g_autofree char *excerpt = kc_text_excerpt (text, matches, &spans);
  KcSearchSpan span;

  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_true (g_str_has_prefix (excerpt, "…"));
  g_assert_true (g_str_has_suffix (excerpt, "…"));
  g_assert_null (strchr (excerpt, '\n'));
  g_assert_cmpuint (spans->len, ==, 1);
  span = g_array_index (spans, KcSearchSpan, 0);
  g_assert_cmpint (strncmp (excerpt + span.start, "sciatica", span.end - span.start), ==, 0);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();
  search_index = kc_search_index_new (library);

  g_test_add_func ("/search/word-match", test_word_match);
  g_test_add_func ("/search/every-kind", test_every_kind);
  g_test_add_func ("/search/glossary-synonym", test_glossary_synonym);
  g_test_add_func ("/search/names-first", test_names_first);
  g_test_add_func ("/search/case-and-accents", test_case_and_accents);
  g_test_add_func ("/search/typo", test_typo);
  g_test_add_func ("/search/all-words", test_all_words);
  g_test_add_func ("/search/empty-query", test_empty_query);
  g_test_add_func ("/search/spans", test_spans);
  g_test_add_func ("/search/excerpt", test_excerpt);

  status = g_test_run ();
  g_clear_object (&search_index);
  g_clear_object (&library);
  return status;
}
