/* kc-appearance.h: light, dark, or as the system prefers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KC_TYPE_APPEARANCE (kc_appearance_get_type ())

G_DECLARE_FINAL_TYPE (KcAppearance, kc_appearance, KC, APPEARANCE, GObject)

KcAppearance *kc_appearance_new            (GSettings    *settings);
gboolean      kc_appearance_get_dark       (KcAppearance *self);

G_END_DECLS
