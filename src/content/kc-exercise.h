/* kc-exercise.h: one exercise of the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-dose.h"
#include "kc-item.h"
#include "kc-vocabulary.h"

G_BEGIN_DECLS

#define KC_TYPE_EXERCISE (kc_exercise_get_type ())

G_DECLARE_FINAL_TYPE (KcExercise, kc_exercise, KC, EXERCISE, KcItem)

KcExerciseKind        kc_exercise_get_kind              (KcExercise     *self);
KcExerciseDifficulty  kc_exercise_get_difficulty        (KcExercise     *self);
const KcExerciseArea *kc_exercise_get_targets           (KcExercise     *self,
                                                         guint          *n_targets);
gboolean              kc_exercise_has_target            (KcExercise     *self,
                                                         KcExerciseArea  area);
const char         *kc_exercise_get_illustration_resource (KcExercise *self);
const char * const *kc_exercise_get_steps                 (KcExercise *self);
const char         *kc_exercise_get_picture_start         (KcExercise *self);
const char         *kc_exercise_get_picture_end           (KcExercise *self);
const KcDose       *kc_exercise_get_dose                  (KcExercise *self);
const char         *kc_exercise_get_easier_id             (KcExercise *self);
const char         *kc_exercise_get_harder_id             (KcExercise *self);
const char         *kc_exercise_get_progression           (KcExercise *self);
const char         *kc_exercise_get_how_often             (KcExercise *self);
gboolean            kc_exercise_get_days_a_week           (KcExercise *self,
                                                           guint      *min_days,
                                                           guint      *max_days);
const char * const *kc_exercise_get_cautions              (KcExercise *self);
const char         *kc_exercise_get_why                   (KcExercise *self);
gboolean            kc_exercise_matches                   (KcExercise *self,
                                                           const char *folded_query);

G_END_DECLS
