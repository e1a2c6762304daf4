/* kc-first-frame.h: what waits for a window's first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kc_first_frame_then  (GtkWindow       *window,
                           GSourceOnceFunc  func,
                           gpointer         data);
void kc_first_frame_watch (GtkWindow       *window);

G_END_DECLS
