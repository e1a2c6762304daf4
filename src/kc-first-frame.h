/* kc-first-frame.h: report the first painted frame, for the start-up benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kc_first_frame_watch (GtkWindow *window);

G_END_DECLS
