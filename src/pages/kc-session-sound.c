/* kc-session-sound.c: the session's short cues, through the sound theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GSound plays the freedesktop sound theme's events ("bell", "complete")
 * through whatever sound server there is.  Where there is none (a test's
 * X server, a machine without sound), making the context or playing fails
 * with a GError, which is expected and only logged for debugging: a
 * session must never stop or warn for want of a beep.  The context is
 * made when the first cue plays, not with the view.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <gsound.h>

#include "kc-session-sound.h"

struct _KcSessionSound
{
  GObject parent_instance;

  GSoundContext *context;   /* NULL until needed, and when there is no sound */
  GCancellable *cancellable;
  gboolean tried;
  guint n_played;
};

G_DEFINE_FINAL_TYPE (KcSessionSound, kc_session_sound, G_TYPE_OBJECT)

static void
kc_session_sound_dispose (GObject *object)
{
  KcSessionSound *self = KC_SESSION_SOUND (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (kc_session_sound_parent_class)->dispose (object);
}

static void
kc_session_sound_class_init (KcSessionSoundClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kc_session_sound_dispose;
}

static void
kc_session_sound_init (KcSessionSound *self)
{
  self->cancellable = g_cancellable_new ();
}

KcSessionSound *
kc_session_sound_new (void)
{
  return g_object_new (KC_TYPE_SESSION_SOUND, NULL);
}

/* Without a sound server libcanberra falls back to ALSA, which prints
 * its errors straight to stderr where there is no sound device (a test's
 * X server, CI).  So a context is made only where PulseAudio, or
 * PipeWire in its place, listens. */
static gboolean
have_sound_server (void)
{
  g_autofree char *socket = g_build_filename (g_get_user_runtime_dir (), "pulse", "native",
                                              NULL);

  return g_getenv ("PULSE_SERVER") != NULL || g_file_test (socket, G_FILE_TEST_EXISTS);
}

static GSoundContext *
ensure_context (KcSessionSound *self)
{
  g_autoptr(GError) error = NULL;

  if (self->tried)
    return self->context;

  self->tried = TRUE;
  if (!have_sound_server ())
    {
      g_debug ("No sound server: the session is silent");
      return NULL;
    }
  self->context = gsound_context_new (NULL, &error);
  if (self->context == NULL)
    g_debug ("No sound: %s", error->message);
  return self->context;
}

/**
 * kc_session_sound_play:
 * @event_id: a sound theme's event, such as "bell"
 * @description: what the sound means, for those who cannot hear it
 *
 * Plays @event_id if there is a way to; silently does nothing otherwise.
 */
void
kc_session_sound_play (KcSessionSound *self,
                       const char     *event_id,
                       const char     *description)
{
  g_autoptr(GError) error = NULL;
  GSoundContext *context;

  g_return_if_fail (KC_IS_SESSION_SOUND (self));
  g_return_if_fail (event_id != NULL);

  self->n_played++;
  context = ensure_context (self);
  if (context == NULL)
    return;
  if (!gsound_context_play_simple (context, self->cancellable, &error,
                                   GSOUND_ATTR_EVENT_ID, event_id,
                                   GSOUND_ATTR_EVENT_DESCRIPTION, description,
                                   NULL))
    g_debug ("Sound %s not played: %s", event_id, error->message);
}

/* How many cues were asked for, heard or not: for tests. */
guint
kc_session_sound_get_n_played (KcSessionSound *self)
{
  g_return_val_if_fail (KC_IS_SESSION_SOUND (self), 0);
  return self->n_played;
}
