/* kc-nerve-root.c: the lumbar and sacral nerve roots the body map shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-nerve-root.h"
#include "kc-vocabulary.h"

G_DEFINE_ENUM_TYPE (KcNerveRoot, kc_nerve_root,
  G_DEFINE_ENUM_VALUE (KC_NERVE_ROOT_L2, "l2"),
  G_DEFINE_ENUM_VALUE (KC_NERVE_ROOT_L3, "l3"),
  G_DEFINE_ENUM_VALUE (KC_NERVE_ROOT_L4, "l4"),
  G_DEFINE_ENUM_VALUE (KC_NERVE_ROOT_L5, "l5"),
  G_DEFINE_ENUM_VALUE (KC_NERVE_ROOT_S1, "s1"))

/* The root's short name, "L4": the same in every language. */
const char *
kc_nerve_root_to_string (KcNerveRoot root)
{
  switch (root)
    {
    case KC_NERVE_ROOT_L2:
      return "L2";
    case KC_NERVE_ROOT_L3:
      return "L3";
    case KC_NERVE_ROOT_L4:
      return "L4";
    case KC_NERVE_ROOT_L5:
      return "L5";
    case KC_NERVE_ROOT_S1:
      return "S1";
    }

  g_return_val_if_reached (NULL);
}

/* The id of the root's overlay layer in the body figures, "dermatome-l4"
 * (written by build-aux/make-body-svgs.py). */
char *
kc_nerve_root_dup_dermatome_layer (KcNerveRoot root)
{
  return g_strconcat ("dermatome-", kc_vocabulary_to_word (KC_TYPE_NERVE_ROOT, root), NULL);
}
