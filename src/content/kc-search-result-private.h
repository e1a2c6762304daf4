/* kc-search-result-private.h: built by KcSearchIndex only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-search-result.h"

G_BEGIN_DECLS

/* @owner keeps @id, @title and @text alive; @query_words is shared. */
KcSearchResult *_kc_search_result_new (GObject      *owner,
                                       KcItemKind    kind,
                                       const char   *id,
                                       const char   *title,
                                       const char   *text,
                                       GPtrArray    *query_words,
                                       guint         score);

G_END_DECLS
