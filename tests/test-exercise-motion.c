/* test-exercise-motion.c: the tempo of an exercise's figure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <math.h>

#include "content/kc-exercise-motion.h"

#define N_FRAMES 12

/* Reps with a hold: there in 2 s, the hold, back in 2 s, a rest. */
static void
test_there_hold_and_back (void)
{
  KcDose dose = { .sets = 3, .reps = 10, .hold = 3 };
  KcExerciseMotion motion;
  guint last = 0;

  kc_exercise_motion_init (&motion, &dose);
  g_assert_false (motion.cycle);
  g_assert_cmpuint (motion.move_ms, ==, 2000);
  g_assert_cmpuint (motion.hold_ms, ==, 3000);
  g_assert_cmpuint (kc_exercise_motion_period_ms (&motion), ==, 2000 + 3000 + 2000 + 1000);

  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 0, N_FRAMES), ==, 0);
  /* forward, never backwards, through every frame */
  for (gint64 ms = 0; ms <= 2000; ms += 50)
    {
      guint frame = kc_exercise_motion_frame_at (&motion, ms, N_FRAMES);

      g_assert_cmpuint (frame, >=, last);
      g_assert_cmpuint (frame, <=, last + 1);
      last = frame;
    }
  g_assert_cmpuint (last, ==, N_FRAMES - 1);
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 1000, N_FRAMES), >, 0);
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 1000, N_FRAMES), <, N_FRAMES - 1);
  /* held at the end pose */
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 2100, N_FRAMES), ==, N_FRAMES - 1);
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 4900, N_FRAMES), ==, N_FRAMES - 1);
  /* on the way back, then resting at the start */
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 6000, N_FRAMES), <, N_FRAMES - 1);
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 6000, N_FRAMES), >, 0);
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 7500, N_FRAMES), ==, 0);
  /* and again */
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 8000 + 1000, N_FRAMES), ==,
                    kc_exercise_motion_frame_at (&motion, 1000, N_FRAMES));
  g_assert_cmpuint (kc_exercise_motion_end_frame (&motion, N_FRAMES), ==, N_FRAMES - 1);
}

/* A 30-second stretch still reads as a movement: the picture holds 5 s. */
static void
test_long_hold_is_shortened (void)
{
  KcDose stretch = { .sets = 1, .reps = 3, .hold = 30 };
  KcDose no_hold = { .sets = 2, .reps = 8 };
  KcExerciseMotion motion;

  kc_exercise_motion_init (&motion, &stretch);
  g_assert_cmpuint (motion.hold_ms, ==, 5000);
  kc_exercise_motion_init (&motion, &no_hold);
  g_assert_cmpuint (motion.hold_ms, >, 0);
  g_assert_cmpuint (motion.hold_ms, <, 1000);
}

/* A dose in minutes (walking, cycling) goes round its frames. */
static void
test_aerobic_cycles (void)
{
  KcDose walk = { .minutes = 20 };
  KcExerciseMotion motion;
  guint period;

  kc_exercise_motion_init (&motion, &walk);
  g_assert_true (motion.cycle);
  period = kc_exercise_motion_period_ms (&motion);
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, 0, N_FRAMES), ==, 0);
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, period / 2, N_FRAMES), ==,
                    N_FRAMES / 2);
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, period - 1, N_FRAMES), ==,
                    N_FRAMES - 1);
  g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, period, N_FRAMES), ==, 0);
  g_assert_cmpuint (kc_exercise_motion_end_frame (&motion, N_FRAMES), ==, N_FRAMES / 2);
}

/* Between two frames the figure cross-fades: on a clock stepped by hand,
 * the position moves a fraction of a frame at a time, never a whole one
 * in 20 ms, there and back; it rounds to the frame frame_at() names. */
static void
test_position_moves_smoothly (void)
{
  KcDose dose = { .sets = 3, .reps = 10, .hold = 3 };
  KcExerciseMotion motion;
  double previous = 0;
  gboolean between = FALSE;

  kc_exercise_motion_init (&motion, &dose);
  g_assert_cmpfloat (kc_exercise_motion_position_at (&motion, 0, N_FRAMES), ==, 0);
  for (gint64 ms = 20; ms <= 2000; ms += 20)
    {
      double position = kc_exercise_motion_position_at (&motion, ms, N_FRAMES);

      g_assert_cmpfloat (position, >, previous);
      g_assert_cmpfloat (position - previous, <, 0.2);
      g_assert_cmpuint (kc_exercise_motion_frame_at (&motion, ms, N_FRAMES), ==,
                        (guint)floor (position + 0.5));
      between |= position != floor (position);
      previous = position;
    }
  g_assert_true (between);
  g_assert_cmpfloat (previous, ==, N_FRAMES - 1);
  g_assert_cmpfloat (kc_exercise_motion_position_at (&motion, 4900, N_FRAMES), ==, N_FRAMES - 1);

  for (gint64 ms = 5020; ms <= 7000; ms += 20)
    {
      double position = kc_exercise_motion_position_at (&motion, ms, N_FRAMES);

      g_assert_cmpfloat (position, <, previous);
      g_assert_cmpfloat (previous - position, <, 0.2);
      previous = position;
    }
  g_assert_cmpfloat (previous, ==, 0);
}

/* A cycle fades its last frame into frame 0: its position runs on past
 * the last frame, then starts again. */
static void
test_cycle_position_wraps (void)
{
  KcDose walk = { .minutes = 20 };
  KcExerciseMotion motion;
  guint period;

  kc_exercise_motion_init (&motion, &walk);
  period = kc_exercise_motion_period_ms (&motion);
  g_assert_cmpfloat (kc_exercise_motion_position_at (&motion, period - 20, N_FRAMES), >,
                     N_FRAMES - 1);
  g_assert_cmpfloat (kc_exercise_motion_position_at (&motion, period - 20, N_FRAMES), <,
                     N_FRAMES);
  g_assert_cmpfloat (kc_exercise_motion_position_at (&motion, period, N_FRAMES), ==, 0);
  g_assert_cmpfloat (kc_exercise_motion_position_at (&motion, period / 4, N_FRAMES), ==,
                     N_FRAMES / 4.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exercise-motion/there-hold-and-back", test_there_hold_and_back);
  g_test_add_func ("/exercise-motion/long-hold-is-shortened", test_long_hold_is_shortened);
  g_test_add_func ("/exercise-motion/aerobic-cycles", test_aerobic_cycles);
  g_test_add_func ("/exercise-motion/position-moves-smoothly", test_position_moves_smoothly);
  g_test_add_func ("/exercise-motion/cycle-position-wraps", test_cycle_position_wraps);

  return g_test_run ();
}
