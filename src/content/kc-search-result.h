/* kc-search-result.h: one item found by a search over all content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-item.h"

G_BEGIN_DECLS

/* A byte range of a result's title or snippet that matched the query. */
typedef struct
{
  guint start;
  guint end;
} KcSearchSpan;

#define KC_TYPE_SEARCH_RESULT (kc_search_result_get_type ())

G_DECLARE_FINAL_TYPE (KcSearchResult, kc_search_result, KC, SEARCH_RESULT, GObject)

KcItemKind   kc_search_result_get_kind          (KcSearchResult *self);
const char  *kc_search_result_get_id            (KcSearchResult *self);
const char  *kc_search_result_get_title         (KcSearchResult *self);
const char  *kc_search_result_get_snippet       (KcSearchResult *self);
GArray      *kc_search_result_get_title_spans   (KcSearchResult *self);
GArray      *kc_search_result_get_snippet_spans (KcSearchResult *self);
guint        kc_search_result_get_score         (KcSearchResult *self);

G_END_DECLS
