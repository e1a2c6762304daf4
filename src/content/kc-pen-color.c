/* kc-pen-color.c: the colours of the body map's pen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pen draws on the printed handout too, so its inks are fixed, not the
 * theme's.  The switches have no default: -Wswitch names a colour added
 * without a name or an ink.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-pen-color.h"

G_DEFINE_ENUM_TYPE (KcPenColor, kc_pen_color,
  G_DEFINE_ENUM_VALUE (KC_PEN_COLOR_RED, "red"),
  G_DEFINE_ENUM_VALUE (KC_PEN_COLOR_BLUE, "blue"),
  G_DEFINE_ENUM_VALUE (KC_PEN_COLOR_GREEN, "green"),
  G_DEFINE_ENUM_VALUE (KC_PEN_COLOR_BLACK, "black"))

/* What the pen is called, e.g. "Red pen" */
const char *
kc_pen_color_to_string (KcPenColor color)
{
  switch (color)
    {
    case KC_PEN_COLOR_RED:
      return _("Red pen");
    case KC_PEN_COLOR_BLUE:
      return _("Blue pen");
    case KC_PEN_COLOR_GREEN:
      return _("Green pen");
    case KC_PEN_COLOR_BLACK:
      return _("Black pen");
    }

  g_return_val_if_reached (NULL);
}

/* The ink as a CSS colour, e.g. "#e01b24" */
const char *
kc_pen_color_get_ink (KcPenColor color)
{
  switch (color)
    {
    case KC_PEN_COLOR_RED:
      return "#e01b24";
    case KC_PEN_COLOR_BLUE:
      return "#1c71d8";
    case KC_PEN_COLOR_GREEN:
      return "#26a269";
    case KC_PEN_COLOR_BLACK:
      return "#241f31";
    }

  g_return_val_if_reached (NULL);
}
