/* kc-exercise-motion.h: the tempo of an exercise's figure, from its dose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-dose.h"

G_BEGIN_DECLS

/* An exercise with repetitions or a hold moves from its start pose to its
 * end pose, holds, moves back and rests; an aerobic one (a dose in
 * minutes) goes round its cycle of frames without stopping. */
typedef struct
{
  guint    move_ms;     /* start to end, and end to start */
  guint    hold_ms;     /* at the end pose */
  guint    rest_ms;     /* at the start pose */
  gboolean cycle;
} KcExerciseMotion;

void   kc_exercise_motion_init        (KcExerciseMotion       *motion,
                                      const KcDose           *dose);
guint  kc_exercise_motion_period_ms   (const KcExerciseMotion *motion);
guint  kc_exercise_motion_frame_at    (const KcExerciseMotion *motion,
                                      gint64                  elapsed_ms,
                                      guint                   n_frames);
double kc_exercise_motion_position_at (const KcExerciseMotion *motion,
                                      gint64                  elapsed_ms,
                                      guint                   n_frames);
guint  kc_exercise_motion_end_frame   (const KcExerciseMotion *motion,
                                      guint                   n_frames);

G_END_DECLS
