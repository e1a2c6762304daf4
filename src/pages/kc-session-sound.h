/* kc-session-sound.h: the session's short cues, through the sound theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KC_TYPE_SESSION_SOUND (kc_session_sound_get_type ())

G_DECLARE_FINAL_TYPE (KcSessionSound, kc_session_sound, KC, SESSION_SOUND, GObject)

KcSessionSound *kc_session_sound_new          (void);
void            kc_session_sound_play         (KcSessionSound *self,
                                               const char     *event_id,
                                               const char     *description);
guint           kc_session_sound_get_n_played (KcSessionSound *self);

G_END_DECLS
