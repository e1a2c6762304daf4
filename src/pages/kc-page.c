/* kc-page.c: what the window asks of every tab's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window knows its tabs only through this: it makes a page when the
 * tab is first needed, gives it the library, and opens any item by asking
 * the page the item names (kc_item_get_page()) to show it.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "kc-page.h"

G_DEFINE_INTERFACE (KcPage, kc_page, GTK_TYPE_WIDGET)

static void
kc_page_default_init (KcPageInterface *iface)
{
}

void
kc_page_set_library (KcPage    *self,
                     KcLibrary *library)
{
  g_return_if_fail (KC_IS_PAGE (self));
  g_return_if_fail (library == NULL || KC_IS_LIBRARY (library));

  KC_PAGE_GET_IFACE (self)->set_library (self, library);
}

/**
 * kc_page_show_item:
 * @item: an item of a kind this page shows
 *
 * Returns: %TRUE if the page now shows @item
 */
gboolean
kc_page_show_item (KcPage *self,
                   KcItem *item)
{
  KcPageInterface *iface;

  g_return_val_if_fail (KC_IS_PAGE (self), FALSE);
  g_return_val_if_fail (KC_IS_ITEM (item), FALSE);

  iface = KC_PAGE_GET_IFACE (self);
  return iface->show_item != NULL && iface->show_item (self, item);
}
