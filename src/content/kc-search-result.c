/* kc-search-result.c: one item found by a search over all content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "kc-search-result-private.h"

struct _KcSearchResult
{
  GObject parent_instance;

  KcSearchKind kind;
  char *id;
  char *title;
  char *snippet;
  GArray *title_spans;
  GArray *snippet_spans;
  guint score;
};

G_DEFINE_FINAL_TYPE (KcSearchResult, kc_search_result, G_TYPE_OBJECT)

static void
kc_search_result_finalize (GObject *object)
{
  KcSearchResult *self = KC_SEARCH_RESULT (object);

  g_free (self->id);
  g_free (self->title);
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
_kc_search_result_new (KcSearchKind  kind,
                       const char   *id,
                       const char   *title,
                       char         *snippet,
                       GArray       *title_spans,
                       GArray       *snippet_spans,
                       guint         score)
{
  KcSearchResult *self = g_object_new (KC_TYPE_SEARCH_RESULT, NULL);

  self->kind = kind;
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->snippet = snippet;
  self->title_spans = title_spans;
  self->snippet_spans = snippet_spans;
  self->score = score;

  return self;
}

KcSearchKind
kc_search_result_get_kind (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), KC_SEARCH_KIND_PART);
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
  return self->snippet;
}

/* Returns: (element-type KcSearchSpan): matched words in the title */
GArray *
kc_search_result_get_title_spans (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), NULL);
  return self->title_spans;
}

/* Returns: (element-type KcSearchSpan): matched words in the snippet */
GArray *
kc_search_result_get_snippet_spans (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), NULL);
  return self->snippet_spans;
}

guint
kc_search_result_get_score (KcSearchResult *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (self), 0);
  return self->score;
}

/* Returns: the heading results of @kind are grouped under */
const char *
kc_search_kind_to_string (KcSearchKind kind)
{
  switch (kind)
    {
    case KC_SEARCH_KIND_PART:
      return _("Anatomy");
    case KC_SEARCH_KIND_CONDITION:
      return _("Conditions and causes");
    case KC_SEARCH_KIND_SOURCE:
      return _("Where pain starts");
    case KC_SEARCH_KIND_REGION:
      return _("Body map");
    case KC_SEARCH_KIND_EXERCISE:
      return _("Exercises");
    case KC_SEARCH_KIND_QUESTION:
      return _("Questions");
    case KC_SEARCH_N_KINDS:
    default:
      break;
    }

  g_return_val_if_reached ("");
}
