/* kc-search-result.c: one item found by a search over all content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-search-result-private.h"
#include "kc-search-text.h"

/* A query may find thousands of items, of which a few are shown: the
 * excerpt and the matched words are worked out when first asked for. */
struct _KcSearchResult
{
  GObject parent_instance;

  GObject *owner;           /* keeps the strings below alive */
  KcItemKind kind;
  const char *id;
  const char *title;
  const char *text;
  GPtrArray *query_words;
  guint score;

  gboolean matched;
  char *snippet;
  GArray *title_spans;
  GArray *snippet_spans;
};

G_DEFINE_FINAL_TYPE (KcSearchResult, kc_search_result, G_TYPE_OBJECT)

static void
kc_search_result_finalize (GObject *object)
{
  KcSearchResult *self = KC_SEARCH_RESULT (object);

  g_clear_object (&self->owner);
  g_clear_pointer (&self->query_words, g_ptr_array_unref);
  g_free (self->snippet);
  g_clear_pointer (&self->title_spans, g_array_unref);
  g_clear_pointer (&self->snippet_spans, g_array_unref);

  G_OBJECT_CLASS (kc_search_result_parent_class)->finalize (object);
}

static void
kc_search_result_class_init (KcSearchResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_search_result_finalize;
}

static void
kc_search_result_init (KcSearchResult *self)
{
}

KcSearchResult *
_kc_search_result_new (GObject      *owner,
                       KcItemKind    kind,
                       const char   *id,
                       const char   *title,
                       const char   *text,
                       GPtrArray    *query_words,
                       guint         score)
{
  KcSearchResult *self = g_object_new (KC_TYPE_SEARCH_RESULT, NULL);

  self->owner = g_object_ref (owner);
  self->kind = kind;
  self->id = id;
  self->title = title;
  self->text = text;
  self->query_words = g_ptr_array_ref (query_words);
  self->score = score;

  return self;
}

static void
ensure_matched (KcSearchResult *self)
{
  g_autoptr(GArray) text_matches = NULL;

  if (self->matched)
    return;

  text_matches = kc_text_find_matches (self->text, self->query_words);
  self->snippet = kc_text_excerpt (self->text, text_matches, &self->snippet_spans);
  self->title_spans = kc_text_find_matches (self->title, self->query_words);
  self->matched = TRUE;
}

KcItemKind
kc_search_result_get_kind (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), KC_ITEM_N_KINDS);
  return self->kind;
}

const char *
kc_search_result_get_id (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), NULL);
  return self->id;
}

const char *
kc_search_result_get_title (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), NULL);
  return self->title;
}

/* Returns: (nullable): an excerpt of the text around the first match, or
 *   %NULL when only the title matched and the item has no text */
const char *
kc_search_result_get_snippet (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), NULL);
  ensure_matched (self);
  return self->snippet;
}

/* Returns: (element-type KcSearchSpan): matched words in the title */
GArray *
kc_search_result_get_title_spans (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), NULL);
  ensure_matched (self);
  return self->title_spans;
}

/* Returns: (element-type KcSearchSpan): matched words in the snippet */
GArray *
kc_search_result_get_snippet_spans (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), NULL);
  ensure_matched (self);
  return self->snippet_spans;
}

guint
kc_search_result_get_score (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), 0);
  return self->score;
}
