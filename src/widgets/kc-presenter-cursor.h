/* kc-presenter-cursor.h: a pointer an audience can follow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkCursor *kc_presenter_cursor_new (void);

G_END_DECLS
