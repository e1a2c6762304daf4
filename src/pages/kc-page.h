/* kc-page.h: what the window asks of every tab's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-item.h"
#include "content/kc-library.h"

G_BEGIN_DECLS

#define KC_TYPE_PAGE (kc_page_get_type ())

G_DECLARE_INTERFACE (KcPage, kc_page, KC, PAGE, GtkWidget)

/**
 * KcPageInterface:
 * @set_library: keeps the library; the page makes its widgets from it
 *   when it is first shown (or asked to show an item), not before, so
 *   that start-up pays only for the tab it opens on
 * @show_item: shows and chooses an item of a kind the page has (the
 *   kinds whose kc_item_get_page() names it); %FALSE if it cannot
 */
struct _KcPageInterface
{
  GTypeInterface parent_iface;

  void     (*set_library) (KcPage    *self,
                           KcLibrary *library);
  gboolean (*show_item)   (KcPage    *self,
                           KcItem    *item);
};

void     kc_page_set_library (KcPage    *self,
                              KcLibrary *library);
gboolean kc_page_show_item   (KcPage    *self,
                              KcItem    *item);

G_END_DECLS
