/* kc-exercise-row.h: one exercise as a row of the library list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-exercise.h"

G_BEGIN_DECLS

#define KC_TYPE_EXERCISE_ROW (kc_exercise_row_get_type ())

G_DECLARE_FINAL_TYPE (KcExerciseRow, kc_exercise_row, KC, EXERCISE_ROW, GtkListBoxRow)

GtkWidget  *kc_exercise_row_new          (KcExercise     *exercise);
KcExercise *kc_exercise_row_get_exercise (KcExerciseRow *self);

G_END_DECLS
