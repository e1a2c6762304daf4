/* kc-warning-signs.h: the warning signs of one tier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kc-vocabulary.h"

G_BEGIN_DECLS

#define KC_TYPE_WARNING_SIGNS (kc_warning_signs_get_type ())

G_DECLARE_FINAL_TYPE (KcWarningSigns, kc_warning_signs, KC, WARNING_SIGNS, GObject)

KcWarningTier       kc_warning_signs_get_tier     (KcWarningSigns *self);
const char         *kc_warning_signs_get_heading  (KcWarningSigns *self);
const char         *kc_warning_signs_get_action   (KcWarningSigns *self);
const char * const *kc_warning_signs_get_signs    (KcWarningSigns *self);

G_END_DECLS
