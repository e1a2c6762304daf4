/* kc-search-index.c: one search over every kind of content
 *
 * Every item (anatomy part, condition, pain source, body region,
 * exercise, question) becomes an entry with a title and a text. The
 * folded words of all entries form one vocabulary, each word with the
 * entries it occurs in; a query word is compared with the vocabulary
 * once, not with every text, which keeps a keystroke cheap on a large
 * library. Every query word must find something in an entry; a word
 * found in the title counts far more than one in the text, so names rank
 * first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kc-anatomy-diagram.h"
#include "kc-anatomy-part.h"
#include "kc-body-region.h"
#include "kc-condition.h"
#include "kc-exercise.h"
#include "kc-faq-entry.h"
#include "kc-faq-topic.h"
#include "kc-pain-source.h"
#include "kc-referrals.h"
#include "kc-search-index.h"
#include "kc-search-result-private.h"
#include "kc-search-text.h"
#include "kc-text-block.h"
#include "kc-text.h"

/* A posting: the entry's index, shifted, with this bit for a title word. */
#define IN_TITLE 1u
#define NO_MATCH G_MAXUINT

typedef struct
{
  KcSearchKind kind;
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
           KcSearchKind   kind,
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

static char *
join_blocks (GPtrArray *blocks)
{
  GString *text = g_string_new (NULL);

  kc_text_blocks_append_plain (blocks, text);
  return g_string_free (text, FALSE);
}

static void
add_parts (KcSearchIndex *self,
           KcLibrary     *library)
{
  GListModel *diagrams = kc_library_get_diagrams (library);

  for (guint i = 0; i < g_list_model_get_n_items (diagrams); i++)
    {
      g_autoptr(KcAnatomyDiagram) diagram = g_list_model_get_item (diagrams, i);
      GListModel *parts = kc_anatomy_diagram_get_parts (diagram);

      for (guint j = 0; j < g_list_model_get_n_items (parts); j++)
        {
          g_autoptr(KcAnatomyPart) part = g_list_model_get_item (parts, j);

          add_entry (self, KC_SEARCH_KIND_PART, kc_anatomy_part_get_id (part),
                     kc_anatomy_part_get_name (part),
                     g_strjoin ("\n", kc_anatomy_part_get_function (part),
                                kc_anatomy_part_get_back_knee (part), NULL));
        }
    }
}

static void
add_conditions (KcSearchIndex *self,
                KcLibrary     *library)
{
  GListModel *conditions = kc_library_get_conditions (library);

  for (guint i = 0; i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(KcCondition) condition = g_list_model_get_item (conditions, i);
      GString *text = g_string_new (kc_condition_get_summary (condition));

      for (guint section = 0; section < KC_CONDITION_N_SECTIONS; section++)
        kc_text_blocks_append_plain (kc_condition_get_section (condition, section), text);

      add_entry (self, KC_SEARCH_KIND_CONDITION, kc_condition_get_id (condition),
                 kc_condition_get_name (condition), g_string_free (text, FALSE));
    }
}

static void
add_pain_sources (KcSearchIndex *self,
                  KcLibrary     *library)
{
  GListModel *sources = kc_library_get_pain_sources (library);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KcPainSource) source = g_list_model_get_item (sources, i);
      GString *text = g_string_new (NULL);

      for (guint section = 0; section < KC_PAIN_SOURCE_N_SECTIONS; section++)
        kc_text_blocks_append_plain (kc_pain_source_get_section (source, section), text);

      add_entry (self, KC_SEARCH_KIND_SOURCE, kc_pain_source_get_id (source),
                 kc_pain_source_get_name (source), g_string_free (text, FALSE));
    }
}

/* A region's text says where pain felt there can start. */
static char *
describe_region (KcLibrary    *library,
                 KcBodyRegion *region)
{
  const char *areas[] = { kc_body_region_get_id (region), NULL };
  g_autoptr(GPtrArray) matches = kc_referrals_sources_for (library, areas);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (matches->len == 0)
    return g_strdup ("");

  for (guint i = 0; i < matches->len; i++)
    {
      const KcSourceMatch *match = g_ptr_array_index (matches, i);
      const char *name = kc_pain_source_get_name (match->source);

      if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
        g_ptr_array_add (names, (gpointer)name);
    }
  g_ptr_array_add (names, NULL);
  list = g_strjoinv (", ", (char **)names->pdata);

  /* Translators: %s is a list of places, e.g. "Lower back, Left hip" */
  return g_strdup_printf (_("Pain felt here can start in: %s"), list);
}

static void
add_regions (KcSearchIndex *self,
             KcLibrary     *library)
{
  GListModel *regions = kc_library_get_regions (library);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KcBodyRegion) region = g_list_model_get_item (regions, i);

      add_entry (self, KC_SEARCH_KIND_REGION, kc_body_region_get_id (region),
                 kc_body_region_get_name (region), describe_region (library, region));
    }
}

static void
add_exercises (KcSearchIndex *self,
               KcLibrary     *library)
{
  GListModel *exercises = kc_library_get_exercises (library);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
      g_autofree char *steps = g_strjoinv ("\n", (char **)kc_exercise_get_steps (exercise));
      g_autofree char *cautions = g_strjoinv ("\n", (char **)kc_exercise_get_cautions (exercise));

      add_entry (self, KC_SEARCH_KIND_EXERCISE, kc_exercise_get_id (exercise),
                 kc_exercise_get_name (exercise),
                 g_strjoin ("\n", kc_exercise_get_why (exercise), steps,
                            kc_exercise_get_how_often (exercise), cautions, NULL));
    }
}

static void
add_questions (KcSearchIndex *self,
               KcLibrary     *library)
{
  GListModel *topics = kc_library_get_faq_topics (library);

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(KcFaqTopic) topic = g_list_model_get_item (topics, i);
      GListModel *entries = kc_faq_topic_get_entries (topic);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(KcFaqEntry) entry = g_list_model_get_item (entries, j);

          add_entry (self, KC_SEARCH_KIND_QUESTION, kc_faq_entry_get_id (entry),
                     kc_faq_entry_get_question (entry),
                     join_blocks (kc_faq_entry_get_answer (entry)));
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
  add_parts (self, library);
  add_conditions (self, library);
  add_pain_sources (self, library);
  add_regions (self, library);
  add_exercises (self, library);
  add_questions (self, library);
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
