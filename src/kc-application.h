/* kc-application.h: the application: command line, settings, content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KC_TYPE_APPLICATION (kc_application_get_type ())

G_DECLARE_FINAL_TYPE (KcApplication, kc_application, KC, APPLICATION, AdwApplication)

KcApplication *kc_application_new (void);

G_END_DECLS
