/* kc-appearance.h: light, dark, or as the system prefers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void kc_appearance_bind (GSettings       *settings,
                         AdwStyleManager *manager);

G_END_DECLS
