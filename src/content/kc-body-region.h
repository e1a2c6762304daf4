/* kc-body-region.h: an area of the body map where pain can start or be felt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-item.h"

G_BEGIN_DECLS

#define KC_TYPE_BODY_REGION (kc_body_region_get_type ())

G_DECLARE_FINAL_TYPE (KcBodyRegion, kc_body_region, KC, BODY_REGION, KcItem)

const char         *kc_body_region_get_group     (KcBodyRegion       *self);
const char * const *kc_body_region_get_views     (KcBodyRegion       *self);
const char         *kc_body_region_get_side      (KcBodyRegion       *self);
const char         *kc_region_id_get_side        (const char         *region_id);

G_END_DECLS
