/* kc-search-popover.h: one search over everything, from the header bar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"

G_BEGIN_DECLS

#define KC_TYPE_SEARCH_POPOVER (kc_search_popover_get_type ())

G_DECLARE_FINAL_TYPE (KcSearchPopover, kc_search_popover, KC, SEARCH_POPOVER, GtkPopover)

void        kc_search_popover_set_library (KcSearchPopover *self,
                                           KcLibrary       *library);
void        kc_search_popover_search      (KcSearchPopover *self,
                                           const char      *text);
GtkListBox *kc_search_popover_get_results (KcSearchPopover *self);

G_END_DECLS
