/* kc-body-map-mode.h: the body map's two questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As the other vocabularies (kc-vocabulary.h): the nick ("start",
 * "hurt") is the word actions carry, read and written with
 * kc_vocabulary_from_word() and kc_vocabulary_to_word().
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KC_BODY_MAP_MODE_START,   /* "Where does it start?": one place, where pain is felt */
  KC_BODY_MAP_MODE_HURT,    /* "Where does it hurt?": places, where pain comes from */
} KcBodyMapMode;

#define KC_TYPE_BODY_MAP_MODE (kc_body_map_mode_get_type ())

GType       kc_body_map_mode_get_type  (void) G_GNUC_CONST;
const char *kc_body_map_mode_to_string (KcBodyMapMode mode);

G_END_DECLS
