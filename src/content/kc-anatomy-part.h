/* kc-anatomy-part.h: one structure of an anatomy diagram
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-item.h"
#include "kc-nerve-root.h"
#include "kc-vocabulary.h"

G_BEGIN_DECLS

#define KC_TYPE_ANATOMY_PART (kc_anatomy_part_get_type ())

G_DECLARE_FINAL_TYPE (KcAnatomyPart, kc_anatomy_part, KC, ANATOMY_PART, KcItem)

KcAnatomyPartKind   kc_anatomy_part_get_kind          (KcAnatomyPart *self);
const char         *kc_anatomy_part_get_function      (KcAnatomyPart *self);
const char         *kc_anatomy_part_get_back_knee     (KcAnatomyPart *self);
const char * const *kc_anatomy_part_get_condition_ids (KcAnatomyPart *self);
gboolean            kc_anatomy_part_get_root          (KcAnatomyPart *self,
                                                       KcNerveRoot   *root);
const char         *kc_anatomy_part_get_dermatome     (KcAnatomyPart *self);
const char         *kc_anatomy_part_get_myotome       (KcAnatomyPart *self);
const char         *kc_anatomy_part_get_reflex        (KcAnatomyPart *self);

G_END_DECLS
