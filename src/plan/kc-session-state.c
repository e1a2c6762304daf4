/* kc-session-state.c: what a session shows now, worked out from its state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include "kc-session-private.h"

KcSessionPhase
kc_session_get_phase (KcSession *self)
{
  g_return_val_if_fail (KC_IS_SESSION (self), KC_SESSION_PHASE_DONE);
  return self->phase;
}

gboolean
kc_session_is_paused (KcSession *self)
{
  g_return_val_if_fail (KC_IS_SESSION (self), FALSE);
  return self->paused;
}

guint
kc_session_get_n_exercises (KcSession *self)
{
  g_return_val_if_fail (KC_IS_SESSION (self), 0);
  return self->entries->len;
}

/* From 0; the number of exercises once done. */
guint
kc_session_get_exercise_index (KcSession *self)
{
  g_return_val_if_fail (KC_IS_SESSION (self), 0);
  return self->index;
}

const char *
kc_session_get_exercise_id (KcSession *self)
{
  Entry *entry;

  g_return_val_if_fail (KC_IS_SESSION (self), NULL);
  entry = _kc_session_current (self);
  return entry ? entry->exercise_id : NULL;
}

/* Returns: (transfer none) (nullable): the exercise, if the library has it */
KcExercise *
kc_session_get_exercise (KcSession *self)
{
  Entry *entry;

  g_return_val_if_fail (KC_IS_SESSION (self), NULL);
  entry = _kc_session_current (self);
  return entry ? entry->exercise : NULL;
}

static const char *
entry_name (Entry *entry)
{
  if (entry == NULL)
    return NULL;
  return entry->exercise ? kc_item_get_name (KC_ITEM (entry->exercise)) : entry->exercise_id;
}

const char *
kc_session_get_exercise_name (KcSession *self)
{
  g_return_val_if_fail (KC_IS_SESSION (self), NULL);
  return entry_name (_kc_session_current (self));
}

const KcDose *
kc_session_get_dose (KcSession *self)
{
  Entry *entry;

  g_return_val_if_fail (KC_IS_SESSION (self), NULL);
  entry = _kc_session_current (self);
  return entry ? &entry->dose : NULL;
}

/**
 * kc_session_get_step:
 *
 * The intro reads out every step in turn; sets go round the steps after
 * the first (which gets into position); rest and rating have none.
 *
 * Returns: (nullable): the step to show now
 */
const char *
kc_session_get_step (KcSession *self)
{
  Entry *entry;
  const char * const *steps;
  guint n, turn;

  g_return_val_if_fail (KC_IS_SESSION (self), NULL);

  entry = _kc_session_current (self);
  n = _kc_session_n_steps (entry);
  if (n == 0)
    return NULL;
  steps = kc_exercise_get_steps (entry->exercise);
  turn = (guint)(_kc_session_elapsed_us (self) / (KC_SESSION_INTRO_STEP_S * US_PER_S));

  switch (self->phase)
    {
    case KC_SESSION_PHASE_INTRO:
      return steps[MIN (turn, n - 1)];
    case KC_SESSION_PHASE_REPS:
    case KC_SESSION_PHASE_HOLD:
      return n > 1 ? steps[1 + turn % (n - 1)] : steps[0];
    case KC_SESSION_PHASE_RELAX:
    case KC_SESSION_PHASE_REST:
    case KC_SESSION_PHASE_RATING:
    case KC_SESSION_PHASE_DONE:
    default:
      return NULL;
    }
}

/* Returns: (nullable): the name of the exercise after this one */
const char *
kc_session_get_next_name (KcSession *self)
{
  g_return_val_if_fail (KC_IS_SESSION (self), NULL);

  if (self->index + 1 >= self->entries->len)
    return NULL;
  return entry_name (g_ptr_array_index (self->entries, self->index + 1));
}

guint
kc_session_get_set (KcSession *self)
{
  g_return_val_if_fail (KC_IS_SESSION (self), 0);
  return self->set;
}

guint
kc_session_get_n_sets (KcSession *self)
{
  Entry *entry;

  g_return_val_if_fail (KC_IS_SESSION (self), 0);
  entry = _kc_session_current (self);
  return entry ? entry->n_sets : 0;
}

/* From 1: the rep (or hold) of the set being done now. */
guint
kc_session_get_rep (KcSession *self)
{
  Entry *entry;

  g_return_val_if_fail (KC_IS_SESSION (self), 0);

  entry = _kc_session_current (self);
  if (self->phase == KC_SESSION_PHASE_REPS && entry->rep_us > 0)
    return MIN ((guint)(_kc_session_elapsed_us (self) / entry->rep_us) + 1, entry->n_reps);
  return self->rep;
}

guint
kc_session_get_n_reps (KcSession *self)
{
  Entry *entry;

  g_return_val_if_fail (KC_IS_SESSION (self), 0);
  entry = _kc_session_current (self);
  return entry ? entry->n_reps : 0;
}

/* The seconds of the phase still to go, rounded up; 0 for a phase that
 * waits for the patient. */
guint
kc_session_get_seconds_left (KcSession *self)
{
  gint64 duration;

  g_return_val_if_fail (KC_IS_SESSION (self), 0);

  duration = _kc_session_phase_duration_us (self);
  if (duration == FOREVER)
    return 0;
  return (guint)((duration - _kc_session_elapsed_us (self) + US_PER_S - 1) / US_PER_S);
}

guint
kc_session_get_phase_seconds (KcSession *self)
{
  gint64 duration;

  g_return_val_if_fail (KC_IS_SESSION (self), 0);

  duration = _kc_session_phase_duration_us (self);
  return duration == FOREVER ? 0 : (guint)(duration / US_PER_S);
}

/**
 * kc_session_get_next_change:
 *
 * When what a view shows may next change, on the clock the session is
 * given: the next whole second of the phase (a countdown's digits, an
 * intro's step), the next repetition, or the phase's end.  A view wakes
 * then rather than on every frame.
 *
 * Returns: a time in µs, or %G_MAXINT64 while nothing runs (not started,
 *   paused, or waiting for a rating)
 */
gint64
kc_session_get_next_change (KcSession *self)
{
  gint64 duration, elapsed, next;
  Entry *entry;

  g_return_val_if_fail (KC_IS_SESSION (self), G_MAXINT64);

  duration = _kc_session_phase_duration_us (self);
  if (!self->started || self->paused || duration == FOREVER)
    return G_MAXINT64;

  elapsed = _kc_session_elapsed_us (self);
  next = (elapsed / US_PER_S + 1) * US_PER_S;
  entry = _kc_session_current (self);
  if (self->phase == KC_SESSION_PHASE_REPS && entry->rep_us > 0)
    next = MIN (next, (elapsed / entry->rep_us + 1) * entry->rep_us);
  return self->phase_start_us + MIN (next, duration);
}

/* How much of the phase has gone, 0 to 1, for a ring or a bar. */
double
kc_session_get_phase_fraction (KcSession *self)
{
  gint64 duration;

  g_return_val_if_fail (KC_IS_SESSION (self), 0.0);

  duration = _kc_session_phase_duration_us (self);
  if (duration == FOREVER || duration == 0)
    return 0.0;
  return CLAMP ((double)_kc_session_elapsed_us (self) / (double)duration, 0.0, 1.0);
}

/* Returns: (nullable): what the sets completed so far of this exercise add up to */
const KcExerciseRecord *
kc_session_get_record (KcSession *self)
{
  Entry *entry;

  g_return_val_if_fail (KC_IS_SESSION (self), NULL);
  entry = _kc_session_current (self);
  return entry ? entry->record : NULL;
}
