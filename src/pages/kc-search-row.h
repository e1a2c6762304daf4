/* kc-search-row.h: one row of the search popover: a result, or "Show N more"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-search-result.h"

G_BEGIN_DECLS

#define KC_TYPE_SEARCH_ROW (kc_search_row_get_type ())

G_DECLARE_FINAL_TYPE (KcSearchRow, kc_search_row, KC, SEARCH_ROW, GtkListBoxRow)

GtkWidget      *kc_search_row_new        (KcSearchResult *result);
GtkWidget      *kc_search_row_new_more   (KcItemKind      kind,
                                          guint           n_more);
KcSearchResult *kc_search_row_get_result (KcSearchRow    *self);
KcItemKind      kc_search_row_get_kind   (KcSearchRow    *self);
guint           kc_search_row_get_n_more (KcSearchRow    *self);

G_END_DECLS
