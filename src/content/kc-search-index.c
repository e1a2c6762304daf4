/* kc-search-index.c: one search over every kind of content
 *
 * Every item of a kind that has search text (kc_item_dup_search_text():
 * anatomy parts, conditions, pain sources, body regions, exercises,
 * questions) becomes an entry with a title (its name) and that text. The
 * folded words of all entries form one vocabulary, each word with the
 * entries it occurs in; a query word is compared with the vocabulary
 * once, not with every text, which keeps a keystroke cheap on a large
 * library. Every query word must find something in an entry; a word
 * found in the title counts far more than one in the text, so names rank
 * first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <string.h>

#include "kc-search-index.h"
#include "kc-search-result-private.h"
#include "kc-search-text.h"
#include "kc-text.h"

/* A posting: the entry's index, shifted, with this bit for a title word. */
#define IN_TITLE 1u
#define NO_MATCH G_MAXUINT

typedef struct
{
  KcItemKind kind;
  char *id;
  char *title;
  char *title_key;   /* for sorting equal scores, made once */
  char *text;
} Entry;

struct _KcSearchIndex
{
  GObject parent_instance;

  GArray *entries;        /* Entry */
  GPtrArray *words;       /* the vocabulary: folded words */
  GArray *word_lengths;   /* gsize, per word */
  GPtrArray *postings;    /* GArray of guint32, per word */
  GHashTable *word_ids;   /* word → index + 1; only while building */
};

G_DEFINE_FINAL_TYPE (KcSearchIndex, kc_search_index, G_TYPE_OBJECT)

/* Scores per KcWordMatch: any word of a title beats any word of a text. */
static const guint title_scores[] = { 0, 40, 80, 100 };
static const guint text_scores[] = { 0, 6, 15, 20 };

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->id);
  g_free (entry->title);
  g_free (entry->title_key);
  g_free (entry->text);
}

static void
add_posting (KcSearchIndex *self,
             const char    *word,
             gsize          length,
             guint32        posting)
{
  g_autofree char *key = g_strndup (word, length);
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (self->word_ids, key));
  GArray *postings;

  if (id == 0)
    {
      g_ptr_array_add (self->words, g_strdup (key));
      g_array_append_val (self->word_lengths, length);
      g_ptr_array_add (self->postings, g_array_new (FALSE, FALSE, sizeof (guint32)));
      id = self->words->len;
      g_hash_table_insert (self->word_ids, g_steal_pointer (&key), GUINT_TO_POINTER (id));
    }

  postings = g_ptr_array_index (self->postings, id - 1);
  /* Title words come first, so a later text word of the same entry adds nothing. */
  if (postings->len > 0 && g_array_index (postings, guint32, postings->len - 1) >> 1 == posting >> 1)
    return;
  g_array_append_val (postings, posting);
}

static void
index_words (KcSearchIndex *self,
             const char    *text,
             guint32        posting)
{
  g_autofree char *folded = kc_text_fold (text);
  g_autoptr(GArray) spans = kc_text_split_words (folded);

  for (guint i = 0; i < spans->len; i++)
    {
      const KcSearchSpan *span = &g_array_index (spans, KcSearchSpan, i);

      add_posting (self, folded + span->start, span->end - span->start, posting);
    }
}

/* Takes @text. */
static void
add_entry (KcSearchIndex *self,
           KcItemKind     kind,
           const char    *id,
           const char    *title,
           char          *text)
{
  Entry entry = { kind, g_strdup (id), g_strdup (title), g_utf8_collate_key (title, -1), text };
  guint32 index = self->entries->len;

  g_array_append_val (self->entries, entry);
  index_words (self, title, index << 1 | IN_TITLE);
  index_words (self, text, index << 1);
}

/* Every kind search finds, in kind order: that is the order of groups. */
static void
add_items (KcSearchIndex *self,
           KcLibrary     *library)
{
  for (KcItemKind kind = 0; kind < KC_ITEM_N_KINDS; kind++)
    {
      GListModel *items = kc_library_get_items (library, kind);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcItem) item = g_list_model_get_item (items, i);
          char *text = kc_item_dup_search_text (item, library);

          if (text != NULL)
            add_entry (self, kind, kc_item_get_id (item), kc_item_get_name (item), text);
        }
    }
}

static void
kc_search_index_finalize (GObject *object)
{
  KcSearchIndex *self = KC_SEARCH_INDEX (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->word_lengths, g_array_unref);
  g_clear_pointer (&self->postings, g_ptr_array_unref);
  g_clear_pointer (&self->word_ids, g_hash_table_unref);

  G_OBJECT_CLASS (kc_search_index_parent_class)->finalize (object);
}

static void
kc_search_index_class_init (KcSearchIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_search_index_finalize;
}

static void
kc_search_index_init (KcSearchIndex *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->words = g_ptr_array_new_with_free_func (g_free);
  self->word_lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->postings = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  self->word_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * kc_search_index_new:
 * @library: a loaded library
 *
 * Indexes everything in @library; later changes to it are not seen.
 */
KcSearchIndex *
kc_search_index_new (KcLibrary *library)
{
  KcSearchIndex *self;

  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);

  self = g_object_new (KC_TYPE_SEARCH_INDEX, NULL);
  add_items (self, library);
  g_clear_pointer (&self->word_ids, g_hash_table_unref);

  return self;
}

guint
kc_search_index_get_n_items (KcSearchIndex *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_INDEX (self), 0);
  return self->entries->len;
}

/* Adds to @totals the best score of @query_word in each entry; an entry
 * it does not find is out (NO_MATCH). */
static void
score_word (KcSearchIndex *self,
            const char    *query_word,
            guint         *best,
            guint         *totals)
{
  gsize query_length = strlen (query_word);
  guint n_entries = self->entries->len;

  memset (best, 0, n_entries * sizeof *best);
  for (guint w = 0; w < self->words->len; w++)
    {
      KcWordMatch how = kc_word_match (query_word, query_length, g_ptr_array_index (self->words, w),
                                       g_array_index (self->word_lengths, gsize, w));
      GArray *postings;

      if (how == KC_WORD_MATCH_NONE)
        continue;

      postings = g_ptr_array_index (self->postings, w);
      for (guint p = 0; p < postings->len; p++)
        {
          guint32 posting = g_array_index (postings, guint32, p);
          guint score = (posting & IN_TITLE) ? title_scores[how] : text_scores[how];
          guint entry = posting >> 1;

          best[entry] = MAX (best[entry], score);
        }
    }

  for (guint e = 0; e < n_entries; e++)
    totals[e] = (best[e] == 0 || totals[e] == NO_MATCH) ? NO_MATCH : totals[e] + best[e];
}

typedef struct
{
  KcSearchIndex *index;
  const guint *totals;
} RankContext;

static int
compare_ranked (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const RankContext *context = user_data;
  guint ia = *(const guint *)a, ib = *(const guint *)b;
  const Entry *ea = &g_array_index (context->index->entries, Entry, ia);
  const Entry *eb = &g_array_index (context->index->entries, Entry, ib);

  if (context->totals[ia] != context->totals[ib])
    return context->totals[ia] > context->totals[ib] ? -1 : 1;
  if (ea->kind != eb->kind)
    return ea->kind < eb->kind ? -1 : 1;
  return strcmp (ea->title_key, eb->title_key);
}


/**
 * kc_search_index_query:
 * @query: what the user typed
 * @max_results: at most this many results
 *
 * Returns: (transfer full) (element-type KcSearchResult): the items every
 *   word of @query finds, best first; empty for a query without words
 */
GPtrArray *
kc_search_index_query (KcSearchIndex *self,
                       const char    *query,
                       guint          max_results)
{
  g_autoptr(GPtrArray) query_words = NULL;
  g_autoptr(GArray) ranked = NULL;
  g_autofree guint *best = NULL;
  g_autofree guint *totals = NULL;
  GPtrArray *results = g_ptr_array_new_with_free_func (g_object_unref);
  RankContext context;

  g_return_val_if_fail (KC_IS_SEARCH_INDEX (self), results);
  g_return_val_if_fail (query != NULL, results);

  query_words = kc_query_split_words (query);
  if (query_words->len == 0 || self->entries->len == 0)
    return results;

  best = g_new (guint, self->entries->len);
  totals = g_new0 (guint, self->entries->len);
  for (guint i = 0; i < query_words->len; i++)
    score_word (self, g_ptr_array_index (query_words, i), best, totals);

  ranked = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint e = 0; e < self->entries->len; e++)
    {
      if (totals[e] != NO_MATCH)
        g_array_append_val (ranked, e);
    }

  context = (RankContext) { self, totals };
  g_array_sort_with_data (ranked, compare_ranked, &context);

  for (guint i = 0; i < ranked->len && i < max_results; i++)
    {
      guint e = g_array_index (ranked, guint, i);
      const Entry *entry = &g_array_index (self->entries, Entry, e);

      g_ptr_array_add (results, _kc_search_result_new (G_OBJECT (self), entry->kind, entry->id,
                                                       entry->title, entry->text, query_words,
                                                       totals[e]));
    }

  return results;
}
