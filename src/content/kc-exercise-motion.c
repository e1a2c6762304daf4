/* kc-exercise-motion.c: the tempo of an exercise's figure, from its dose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which frame of an exercise's figure shows at a moment: two seconds to
 * the end pose, the dose's hold (at most five seconds, so a 30-second
 * stretch still reads as a movement), two seconds back, a second's rest.
 * The frames are eased in the drawing itself, so time maps to them
 * evenly here; between two frames the figure cross-fades them.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-exercise-motion.h"

#define MOVE_MS 2000
#define MAX_HOLD_MS 5000
#define SHORT_HOLD_MS 500
#define REST_MS 1000
#define CYCLE_MS 1200

void
kc_exercise_motion_init (KcExerciseMotion *motion,
                         const KcDose     *dose)
{
  g_return_if_fail (motion != NULL && dose != NULL);

  *motion = (KcExerciseMotion) { 0 };
  if (dose->minutes > 0 && dose->reps == 0 && dose->hold == 0)
    {
      motion->move_ms = CYCLE_MS;
      motion->cycle = TRUE;
      return;
    }

  motion->move_ms = MOVE_MS;
  motion->hold_ms = dose->hold > 0 ? MIN (dose->hold * 1000, MAX_HOLD_MS) : SHORT_HOLD_MS;
  motion->rest_ms = REST_MS;
}

/* How long until the figure shows the same frame again. */
guint
kc_exercise_motion_period_ms (const KcExerciseMotion *motion)
{
  g_return_val_if_fail (motion != NULL, 0);

  if (motion->cycle)
    return motion->move_ms;
  return 2 * motion->move_ms + motion->hold_ms + motion->rest_ms;
}

/* Where the figure is @elapsed_ms after it started, counted in frames of
 * @n_frames: a whole number is a frame as drawn, a fraction lies between
 * it and the next, to be cross-faded.  A cycle's position runs up to
 * @n_frames, where frame 0 comes round again. */
double
kc_exercise_motion_position_at (const KcExerciseMotion *motion,
                                gint64                  elapsed_ms,
                                guint                   n_frames)
{
  guint period = kc_exercise_motion_period_ms (motion);
  double last = n_frames > 0 ? n_frames - 1 : 0;
  guint t;

  g_return_val_if_fail (period > 0, 0);

  t = (guint)(MAX (elapsed_ms, 0) % period);
  if (motion->cycle)
    return (double)t * n_frames / period;

  if (t < motion->move_ms)
    return t * last / motion->move_ms;
  t -= motion->move_ms;
  if (t < motion->hold_ms)
    return last;
  t -= motion->hold_ms;
  if (t < motion->move_ms)
    return last - t * last / motion->move_ms;
  return 0;
}

/* The frame of n_frames nearest to what shows @elapsed_ms after the
 * figure started (for a cycle, the one it is leaving). */
guint
kc_exercise_motion_frame_at (const KcExerciseMotion *motion,
                             gint64                  elapsed_ms,
                             guint                   n_frames)
{
  double position = kc_exercise_motion_position_at (motion, elapsed_ms, n_frames);
  guint last = n_frames > 0 ? n_frames - 1 : 0;

  if (motion->cycle)
    return MIN ((guint)position, last);
  return MIN ((guint)(position + 0.5), last);
}

/* The frame that shows the end pose: the last one, or for a cycle the
 * one halfway round (the other leg forward, the other pedal up). */
guint
kc_exercise_motion_end_frame (const KcExerciseMotion *motion,
                              guint                   n_frames)
{
  g_return_val_if_fail (motion != NULL, 0);

  if (n_frames == 0)
    return 0;
  return motion->cycle ? n_frames / 2 : n_frames - 1;
}
