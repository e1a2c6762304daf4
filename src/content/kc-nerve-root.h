/* kc-nerve-root.h: the lumbar and sacral nerve roots the body map shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As the other vocabularies (kc-vocabulary.h): the nick ("l4", …) is the
 * word anatomy.xml's <supply root="…"> and the body map's actions carry.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* From the top down: the order of the dermatome key. */
typedef enum
{
  KC_NERVE_ROOT_L2,
  KC_NERVE_ROOT_L3,
  KC_NERVE_ROOT_L4,
  KC_NERVE_ROOT_L5,
  KC_NERVE_ROOT_S1,
} KcNerveRoot;

#define KC_NERVE_ROOT_N_ROOTS (KC_NERVE_ROOT_S1 + 1)

#define KC_TYPE_NERVE_ROOT (kc_nerve_root_get_type ())

GType       kc_nerve_root_get_type           (void) G_GNUC_CONST;
const char *kc_nerve_root_to_string          (KcNerveRoot root);
char       *kc_nerve_root_dup_dermatome_layer (KcNerveRoot root);

G_END_DECLS
