/* kc-body-map-mode.c: the body map's two questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The switch has no default: -Wswitch names a mode added without a
 * display name.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-body-map-mode.h"

G_DEFINE_ENUM_TYPE (KcBodyMapMode, kc_body_map_mode,
  G_DEFINE_ENUM_VALUE (KC_BODY_MAP_MODE_START, "start"),
  G_DEFINE_ENUM_VALUE (KC_BODY_MAP_MODE_HURT, "hurt"))

/* The question, as a person reads it: "Where does it hurt?" */
const char *
kc_body_map_mode_to_string (KcBodyMapMode mode)
{
  switch (mode)
    {
    case KC_BODY_MAP_MODE_START:
      return _("Where does it start?");
    case KC_BODY_MAP_MODE_HURT:
      return _("Where does it hurt?");
    }

  g_return_val_if_reached (NULL);
}
