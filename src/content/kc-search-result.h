/* kc-search-result.h: one item found by a search over all content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* In the order results are grouped in. */
typedef enum
{
  KC_SEARCH_KIND_PART,
  KC_SEARCH_KIND_CONDITION,
  KC_SEARCH_KIND_SOURCE,
  KC_SEARCH_KIND_REGION,
  KC_SEARCH_KIND_EXERCISE,
  KC_SEARCH_KIND_QUESTION,
  KC_SEARCH_N_KINDS
} KcSearchKind;

/* A byte range of a result's title or snippet that matched the query. */
typedef struct
{
  guint start;
  guint end;
} KcSearchSpan;

#define KC_TYPE_SEARCH_RESULT (kc_search_result_get_type ())

G_DECLARE_FINAL_TYPE (KcSearchResult, kc_search_result, KC, SEARCH_RESULT, GObject)

KcSearchKind kc_search_result_get_kind          (KcSearchResult *self);
const char  *kc_search_result_get_id            (KcSearchResult *self);
const char  *kc_search_result_get_title         (KcSearchResult *self);
const char  *kc_search_result_get_snippet       (KcSearchResult *self);
GArray      *kc_search_result_get_title_spans   (KcSearchResult *self);
GArray      *kc_search_result_get_snippet_spans (KcSearchResult *self);
guint        kc_search_result_get_score         (KcSearchResult *self);

const char  *kc_search_kind_to_string           (KcSearchKind    kind);

G_END_DECLS
