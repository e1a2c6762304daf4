/* kc-search-text.c: how a query word matches a word of the content
 *
 * Words are runs of letters and digits. A query word matches a word it
 * starts ("kne" finds "knee"), and, from four letters on, a word with one
 * letter wrong, missing, extra or swapped ("sciatcia" finds "sciatica";
 * from five letters on also as the start of a longer word),
 * as long as the first letter is right: people rarely get that one wrong,
 * and it keeps the tolerance from finding nonsense.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <string.h>

#include "kc-search-text.h"
#include "kc-text.h"

#define TYPO_MIN_LENGTH 4
#define PREFIX_TYPO_MIN_LENGTH 5
#define EXCERPT_BEFORE 40
#define EXCERPT_LENGTH 150

/* TRUE when @a and @b differ by at most one substitution, insertion,
 * deletion or swap of neighbours (bytes; folded text is mostly ASCII). */
static gboolean
within_one_edit (const char *a,
                 gsize       la,
                 const char *b,
                 gsize       lb)
{
  gsize i = 0;

  if (la > lb)
    return within_one_edit (b, lb, a, la);
  if (lb - la > 1)
    return FALSE;

  while (i < la && a[i] == b[i])
    i++;
  if (i == la)
    return TRUE;

  if (la < lb)
    return memcmp (a + i, b + i + 1, la - i) == 0;

  if (memcmp (a + i + 1, b + i + 1, la - i - 1) == 0)
    return TRUE;

  return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         memcmp (a + i + 2, b + i + 2, la - i - 2) == 0;
}

/**
 * kc_word_match:
 * @query_word: a folded query word, @query_length bytes
 * @word: a folded word of the content, @word_length bytes
 *
 * Returns: how well @query_word finds @word
 */
KcWordMatch
kc_word_match (const char *query_word,
               gsize       query_length,
               const char *word,
               gsize       word_length)
{
  if (query_length == 0 || word_length == 0)
    return KC_WORD_MATCH_NONE;

  if (word_length >= query_length && memcmp (word, query_word, query_length) == 0)
    return word_length == query_length ? KC_WORD_MATCH_EXACT : KC_WORD_MATCH_PREFIX;

  if (query_length < TYPO_MIN_LENGTH || query_word[0] != word[0])
    return KC_WORD_MATCH_NONE;

  if (within_one_edit (query_word, query_length, word, word_length))
    return KC_WORD_MATCH_TYPO;

  /* A typo in a word not typed to its end: compare with the word's start.
   * Short words would find too much this way ("pain" would find "pins"). */
  if (query_length < PREFIX_TYPO_MIN_LENGTH)
    return KC_WORD_MATCH_NONE;

  for (gsize length = query_length - 1; length <= query_length + 1; length++)
    {
      if (length < word_length && within_one_edit (query_word, query_length, word, length))
        return KC_WORD_MATCH_TYPO;
    }

  return KC_WORD_MATCH_NONE;
}

/* Returns: (element-type KcSearchSpan): the byte ranges of the words of
 *   @text, in order */
GArray *
kc_text_split_words (const char *text)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (KcSearchSpan));
  const char *start = NULL;
  const char *p;

  g_return_val_if_fail (text != NULL, words);

  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gboolean in_word = g_unichar_isalnum (g_utf8_get_char (p));

      if (in_word && start == NULL)
        start = p;
      else if (!in_word && start != NULL)
        {
          KcSearchSpan span = { start - text, p - text };

          g_array_append_val (words, span);
          start = NULL;
        }
    }

  if (start != NULL)
    {
      KcSearchSpan span = { start - text, p - text };

      g_array_append_val (words, span);
    }

  return words;
}

/* Returns: (element-type utf8): the folded words of @query, each once */
GPtrArray *
kc_query_split_words (const char *query)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folded = kc_text_fold (query);
  g_autoptr(GArray) spans = kc_text_split_words (folded);

  for (guint i = 0; i < spans->len; i++)
    {
      const KcSearchSpan *span = &g_array_index (spans, KcSearchSpan, i);
      char *word = g_strndup (folded + span->start, span->end - span->start);

      if (g_ptr_array_find_with_equal_func (words, word, g_str_equal, NULL))
        g_free (word);
      else
        g_ptr_array_add (words, word);
    }

  return words;
}

static gboolean
matches_any (const char *folded_word,
             GPtrArray  *query_words)
{
  gsize length = strlen (folded_word);

  for (guint i = 0; i < query_words->len; i++)
    {
      const char *query_word = g_ptr_array_index (query_words, i);

      if (kc_word_match (query_word, strlen (query_word), folded_word, length) != KC_WORD_MATCH_NONE)
        return TRUE;
    }

  return FALSE;
}

/**
 * kc_text_find_matches:
 * @text: text as shown (not folded)
 * @query_words: (element-type utf8): from kc_query_split_words()
 *
 * Returns: (element-type KcSearchSpan): the words of @text that a query
 *   word finds, as byte ranges of @text
 */
GArray *
kc_text_find_matches (const char *text,
                      GPtrArray  *query_words)
{
  g_autoptr(GArray) words = kc_text_split_words (text);
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (KcSearchSpan));

  for (guint i = 0; i < words->len; i++)
    {
      const KcSearchSpan *span = &g_array_index (words, KcSearchSpan, i);
      g_autofree char *word = g_strndup (text + span->start, span->end - span->start);
      g_autofree char *folded = kc_text_fold (word);

      if (matches_any (folded, query_words))
        g_array_append_val (matches, *span);
    }

  return matches;
}

/* The start of the line of @text that holds byte @at. */
static gsize
line_start (const char *text,
            gsize       at)
{
  while (at > 0 && text[at - 1] != '\n')
    at--;
  return at;
}

static gsize
line_end (const char *text,
          gsize       at)
{
  while (text[at] != '\0' && text[at] != '\n')
    at++;
  return at;
}

/* Moves @at forward past the next space, but not beyond @limit. */
static gsize
forward_to_word (const char *text,
                 gsize       at,
                 gsize       limit)
{
  for (gsize i = at; i < limit; i++)
    {
      if (text[i] == ' ')
        return i + 1;
    }
  return limit;
}

/* Moves @at back to the last space after @floor, or to a character start. */
static gsize
back_to_word_end (const char *text,
                  gsize       at,
                  gsize       floor)
{
  for (gsize i = at; i > floor; i--)
    {
      if (text[i] == ' ')
        return i;
    }
  while (at > floor && ((guchar)text[at] & 0xC0) == 0x80)
    at--;
  return at;
}

/**
 * kc_text_excerpt:
 * @text: text as shown, lines separated by newlines
 * @matches: (element-type KcSearchSpan): from kc_text_find_matches()
 * @excerpt_matches: (out) (element-type KcSearchSpan): @matches that fall
 *   in the excerpt, as byte ranges of it
 *
 * Returns: (nullable): about one line of @text around the first match (or
 *   its start, without a match), with "…" where it was cut; %NULL for an
 *   empty @text
 */
char *
kc_text_excerpt (const char  *text,
                 GArray      *matches,
                 GArray     **excerpt_matches)
{
  g_autoptr(GString) excerpt = g_string_new (NULL);
  gsize first = 0, line, start, end, stop;

  *excerpt_matches = g_array_new (FALSE, FALSE, sizeof (KcSearchSpan));

  while (text[first] == '\n')
    first++;
  if (text[first] == '\0')
    return NULL;

  if (matches->len > 0)
    first = g_array_index (matches, KcSearchSpan, 0).start;

  line = line_start (text, first);
  stop = line_end (text, first);
  start = first > line + EXCERPT_BEFORE ? forward_to_word (text, first - EXCERPT_BEFORE, first)
                                        : line;
  end = stop;
  if (end > start + EXCERPT_LENGTH)
    end = back_to_word_end (text, start + EXCERPT_LENGTH, first);

  if (start > line)
    g_string_append (excerpt, "…");
  for (guint i = 0; i < matches->len; i++)
    {
      KcSearchSpan span = g_array_index (matches, KcSearchSpan, i);

      if (span.start < start || span.end > end)
        continue;
      span.start = span.start - start + excerpt->len;
      span.end = span.end - start + excerpt->len;
      g_array_append_val (*excerpt_matches, span);
    }
  g_string_append_len (excerpt, text + start, end - start);
  if (end < stop)
    g_string_append (excerpt, "…");

  return g_string_free (g_steal_pointer (&excerpt), FALSE);
}
