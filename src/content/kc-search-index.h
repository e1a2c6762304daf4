/* kc-search-index.h: one search over every kind of content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-library.h"
#include "kc-search-result.h"

G_BEGIN_DECLS

#define KC_TYPE_SEARCH_INDEX (kc_search_index_get_type ())

G_DECLARE_FINAL_TYPE (KcSearchIndex, kc_search_index, KC, SEARCH_INDEX, GObject)

KcSearchIndex *kc_search_index_new         (KcLibrary     *library);
guint          kc_search_index_get_n_items (KcSearchIndex *self);
GPtrArray     *kc_search_index_query       (KcSearchIndex *self,
                                            const char    *query,
                                            guint          max_results);

G_END_DECLS
