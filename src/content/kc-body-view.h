/* kc-body-view.h: one view of the body map (front or back)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-item.h"

G_BEGIN_DECLS

#define KC_TYPE_BODY_VIEW (kc_body_view_get_type ())

G_DECLARE_FINAL_TYPE (KcBodyView, kc_body_view, KC, BODY_VIEW, KcItem)

const char *kc_body_view_get_svg_resource (KcBodyView *self);

G_END_DECLS
