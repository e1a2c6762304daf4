/* kc-exercise-card.h: one exercise as a card of the library grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-exercise.h"

G_BEGIN_DECLS

#define KC_TYPE_EXERCISE_CARD (kc_exercise_card_get_type ())

G_DECLARE_FINAL_TYPE (KcExerciseCard, kc_exercise_card, KC, EXERCISE_CARD, GtkFlowBoxChild)

GtkWidget  *kc_exercise_card_new          (KcExercise     *exercise);
KcExercise *kc_exercise_card_get_exercise (KcExerciseCard *self);

G_END_DECLS
