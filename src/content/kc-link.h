/* kc-link.h: a link from one content item to a tab, or an item in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KC_TYPE_LINK (kc_link_get_type ())

G_DECLARE_FINAL_TYPE (KcLink, kc_link, KC, LINK, GObject)

KcLink     *kc_link_new       (const char *page,
                               const char *ref,
                               const char *label);
const char *kc_link_get_page  (KcLink     *self);
const char *kc_link_get_ref   (KcLink     *self);
const char *kc_link_get_label (KcLink     *self);

G_END_DECLS
