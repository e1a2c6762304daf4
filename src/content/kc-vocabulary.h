/* kc-vocabulary.h: the fixed words of the content, as enums with names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each value's nick is the word the XML files use (see data/schema/);
 * its display name is what the user reads.  Enums are declared in the
 * order they are listed and shown in.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What an exercise works on: exercises.rng "targets", anatomy.rng and
 * bodymap.rng "exercises". */
typedef enum
{
  KC_EXERCISE_AREA_CORE,
  KC_EXERCISE_AREA_LOWER_BACK,
  KC_EXERCISE_AREA_HIPS,
  KC_EXERCISE_AREA_KNEES,
  KC_EXERCISE_AREA_LEGS,
} KcExerciseArea;

typedef enum
{
  KC_EXERCISE_KIND_STRENGTHENING,
  KC_EXERCISE_KIND_STRETCHING,
  KC_EXERCISE_KIND_AEROBIC,
  KC_EXERCISE_KIND_BALANCE,
} KcExerciseKind;

typedef enum
{
  KC_EXERCISE_DIFFICULTY_EASY,
  KC_EXERCISE_DIFFICULTY_MEDIUM,
  KC_EXERCISE_DIFFICULTY_HARD,
} KcExerciseDifficulty;

/* In the order the Anatomy tab groups parts in. */
typedef enum
{
  KC_ANATOMY_PART_KIND_BONE,
  KC_ANATOMY_PART_KIND_DISC,
  KC_ANATOMY_PART_KIND_NERVE,
  KC_ANATOMY_PART_KIND_LIGAMENT,
  KC_ANATOMY_PART_KIND_CARTILAGE,
  KC_ANATOMY_PART_KIND_TENDON,
  KC_ANATOMY_PART_KIND_MUSCLE,
  KC_ANATOMY_PART_KIND_VESSEL,
} KcAnatomyPartKind;

/* How soon a warning sign needs help: faq.rng "level" of a <tier>, most
 * urgent first, the order the tiers are shown in. */
typedef enum
{
  KC_WARNING_TIER_EMERGENCY,
  KC_WARNING_TIER_SAME_DAY,
  KC_WARNING_TIER_SOON,
} KcWarningTier;

#define KC_TYPE_EXERCISE_AREA       (kc_exercise_area_get_type ())
#define KC_TYPE_EXERCISE_KIND       (kc_exercise_kind_get_type ())
#define KC_TYPE_EXERCISE_DIFFICULTY (kc_exercise_difficulty_get_type ())
#define KC_TYPE_ANATOMY_PART_KIND   (kc_anatomy_part_kind_get_type ())
#define KC_TYPE_WARNING_TIER        (kc_warning_tier_get_type ())

GType       kc_exercise_area_get_type             (void) G_GNUC_CONST;
GType       kc_exercise_kind_get_type             (void) G_GNUC_CONST;
GType       kc_exercise_difficulty_get_type       (void) G_GNUC_CONST;
GType       kc_anatomy_part_kind_get_type         (void) G_GNUC_CONST;
GType       kc_warning_tier_get_type              (void) G_GNUC_CONST;

const char *kc_exercise_area_to_string            (KcExerciseArea        area);
const char *kc_exercise_area_to_inline_string     (KcExerciseArea        area);
const char *kc_exercise_kind_to_string            (KcExerciseKind        kind);
const char *kc_exercise_difficulty_to_string      (KcExerciseDifficulty  difficulty);
const char *kc_anatomy_part_kind_to_string        (KcAnatomyPartKind     kind);
const char *kc_warning_tier_to_string             (KcWarningTier         tier);

gboolean    kc_vocabulary_from_word               (GType                 enum_type,
                                                   const char           *word,
                                                   int                  *value);
const char *kc_vocabulary_to_word                 (GType                 enum_type,
                                                   int                   value);
const char *kc_vocabulary_to_string               (GType                 enum_type,
                                                   int                   value);

G_END_DECLS
