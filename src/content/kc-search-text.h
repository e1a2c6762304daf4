/* kc-search-text.h: how a query word matches a word of the content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "kc-search-result.h"

G_BEGIN_DECLS

/* Better matches are larger. */
typedef enum
{
  KC_WORD_MATCH_NONE,
  KC_WORD_MATCH_TYPO,     /* one letter wrong, missing, extra or swapped */
  KC_WORD_MATCH_PREFIX,   /* the query word starts the word */
  KC_WORD_MATCH_EXACT,
} KcWordMatch;

KcWordMatch kc_word_match        (const char  *query_word,
                                  gsize        query_length,
                                  const char  *word,
                                  gsize        word_length);
GArray     *kc_text_split_words  (const char  *text);
GPtrArray  *kc_query_split_words (const char  *query);
GArray     *kc_text_find_matches (const char  *text,
                                  GPtrArray   *query_words);
char       *kc_text_excerpt      (const char  *text,
                                  GArray      *matches,
                                  GArray     **excerpt_matches);

G_END_DECLS
