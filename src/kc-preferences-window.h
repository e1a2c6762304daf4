/* kc-preferences-window.h: appearance, text size and the practice's branding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KC_TYPE_PREFERENCES_WINDOW (kc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (KcPreferencesWindow, kc_preferences_window, KC, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

KcPreferencesWindow *kc_preferences_window_new             (GtkWindow           *parent,
                                                            GSettings           *settings);
gboolean             kc_preferences_window_set_logo        (KcPreferencesWindow *self,
                                                            GFile               *file);
const char          *kc_preferences_window_get_logo_status (KcPreferencesWindow *self);

G_END_DECLS
