/* kc-session-view.h: a guided session, large and calm, filling the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plan/kc-session.h"

G_BEGIN_DECLS

/* The time now in microseconds on a monotonic clock; tests give their own. */
typedef gint64 (*KcSessionClock) (gpointer user_data);

#define KC_TYPE_SESSION_VIEW (kc_session_view_get_type ())

G_DECLARE_FINAL_TYPE (KcSessionView, kc_session_view, KC, SESSION_VIEW, GtkWidget)

GtkWidget *kc_session_view_new         (KcSession      *session,
                                        GSettings      *settings);
KcSession *kc_session_view_get_session (KcSessionView  *self);
void       kc_session_view_set_clock   (KcSessionView  *self,
                                        KcSessionClock  clock,
                                        gpointer        user_data);
void       kc_session_view_start       (KcSessionView  *self);
guint      kc_session_view_get_n_cues  (KcSessionView  *self);

G_END_DECLS
