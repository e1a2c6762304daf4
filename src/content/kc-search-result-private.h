/* kc-search-result-private.h: built by KcSearchIndex only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-search-result.h"

G_BEGIN_DECLS

/* Takes @title_spans and @snippet_spans. */
KcSearchResult *_kc_search_result_new (KcSearchKind  kind,
                                       const char   *id,
                                       const char   *title,
                                       char         *snippet,
                                       GArray       *title_spans,
                                       GArray       *snippet_spans,
                                       guint         score);

G_END_DECLS
