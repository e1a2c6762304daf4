/* kc-fold-layout.h: a page whose side columns fold away on a narrow window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Below this width a page's side columns fold over its picture: a window
 * of 1100 pixels, less its borders, still shows them. */
#define KC_FOLD_WIDTH 1080
/* No page is narrower than this, folded or not. */
#define KC_FOLD_MIN_WIDTH 800

#define KC_TYPE_FOLD_LAYOUT (kc_fold_layout_get_type ())

G_DECLARE_FINAL_TYPE (KcFoldLayout, kc_fold_layout, KC, FOLD_LAYOUT, GtkLayoutManager)

void kc_fold_layout_add_flap              (KcFoldLayout   *self,
                                           AdwFlap        *flap);
void kc_fold_layout_class_install_toggle  (GtkWidgetClass *widget_class);

G_END_DECLS
