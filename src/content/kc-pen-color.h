/* kc-pen-color.h: the colours of the body map's pen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As the other vocabularies (kc-vocabulary.h): the nick ("red", …) is
 * the word actions carry, read and written with kc_vocabulary_from_word()
 * and kc_vocabulary_to_word(); an unknown word is refused there.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* In the order the pen's buttons show them. */
typedef enum
{
  KC_PEN_COLOR_RED,
  KC_PEN_COLOR_BLUE,
  KC_PEN_COLOR_GREEN,
  KC_PEN_COLOR_BLACK,
} KcPenColor;

#define KC_PEN_COLOR_N_COLORS (KC_PEN_COLOR_BLACK + 1)

#define KC_TYPE_PEN_COLOR (kc_pen_color_get_type ())

GType       kc_pen_color_get_type  (void) G_GNUC_CONST;
const char *kc_pen_color_to_string (KcPenColor color);
const char *kc_pen_color_get_ink   (KcPenColor color);

G_END_DECLS
