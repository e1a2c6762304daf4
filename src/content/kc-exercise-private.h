/* kc-exercise-private.h: building exercises, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-exercise.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;
  const char *name;
  KcExerciseKind kind;
  KcExerciseDifficulty difficulty;
  const KcExerciseArea *targets;
  guint n_targets;
  const char *illustration_resource;
  const char * const *steps;
  const char *picture_start;   /* what the figure shows; may be NULL */
  const char *picture_end;
  KcDose dose;
  const char *easier_id;       /* may be NULL */
  const char *harder_id;       /* may be NULL */
  const char *progression;     /* may be NULL */
  const char *how_often;
  guint min_days;              /* days a week, 1..7; 0 when not stated */
  guint max_days;
  const char * const *cautions;
  const char *why;
} KcExerciseFields;

KcExercise *_kc_exercise_new (const KcExerciseFields *fields);

G_END_DECLS
