/* kc-exercise-figure.h: an exercise's figure, moving at its tempo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-exercise.h"

G_BEGIN_DECLS

#define KC_TYPE_EXERCISE_FIGURE (kc_exercise_figure_get_type ())

G_DECLARE_FINAL_TYPE (KcExerciseFigure, kc_exercise_figure, KC, EXERCISE_FIGURE, GtkWidget)

GtkWidget *kc_exercise_figure_new             (KcExercise       *exercise,
                                               gboolean          animate);
guint      kc_exercise_figure_get_frame       (KcExerciseFigure *self);
double     kc_exercise_figure_get_position    (KcExerciseFigure *self);
gboolean   kc_exercise_figure_is_animating    (KcExerciseFigure *self);
gboolean   kc_exercise_figure_is_side_by_side (KcExerciseFigure *self);

G_END_DECLS
