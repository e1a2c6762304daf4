/* kc-exercise-poses.h: an exercise's figure, frame by frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "content/kc-exercise.h"
#include "content/kc-exercise-motion.h"

G_BEGIN_DECLS

typedef enum
{
  KC_EXERCISE_POSE_START,
  KC_EXERCISE_POSE_END,
} KcExercisePose;

#define KC_TYPE_EXERCISE_POSES (kc_exercise_poses_get_type ())

G_DECLARE_FINAL_TYPE (KcExercisePoses, kc_exercise_poses, KC, EXERCISE_POSES, GObject)

KcExercisePoses        *kc_exercise_poses_new           (KcExercise       *exercise,
                                                         GBytes           *stylesheet,
                                                         GError          **error);
guint                   kc_exercise_poses_get_n_frames  (KcExercisePoses  *self);
const KcExerciseMotion *kc_exercise_poses_get_motion    (KcExercisePoses  *self);
guint                   kc_exercise_poses_get_frame_of  (KcExercisePoses  *self,
                                                         KcExercisePose    pose);
gboolean                kc_exercise_poses_render        (KcExercisePoses  *self,
                                                         cairo_t          *cr,
                                                         guint             frame,
                                                         double            width,
                                                         double            height);

void                    kc_exercise_draw_pose           (KcExercise       *exercise,
                                                         KcExercisePose    pose,
                                                         cairo_t          *cr,
                                                         double            width,
                                                         double            height);

G_END_DECLS
