/* kc-appearance.c: light, dark, or as the system prefers
 *
 * The "appearance" setting is "light", "dark" or "system". libadwaita's
 * style manager follows the desktop's preference by itself (through the
 * settings portal), so the setting only chooses its colour scheme; the
 * diagrams follow the theme's colours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-appearance"

#include "config.h"

#include "kc-appearance.h"

static gboolean
get_color_scheme (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *appearance = g_variant_get_string (variant, NULL);
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (appearance, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  else if (g_str_equal (appearance, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;

  g_value_set_enum (value, scheme);
  return TRUE;
}

/**
 * kc_appearance_bind:
 * @settings: the app's settings, with an "appearance" key
 * @manager: the style manager to follow it, usually the default one
 *
 * Applies the appearance now and whenever the setting changes. A binding
 * made before replaces the last one.
 */
void
kc_appearance_bind (GSettings       *settings,
                    AdwStyleManager *manager)
{
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (ADW_IS_STYLE_MANAGER (manager));

  g_settings_bind_with_mapping (settings, "appearance", manager, "color-scheme",
                                G_SETTINGS_BIND_GET, get_color_scheme, NULL, NULL, NULL);
}
