/* kc-vocabulary.c: the fixed words of the content, as enums with names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The switches have no default: -Wswitch names a value added without a
 * display name.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-vocabulary.h"

G_DEFINE_ENUM_TYPE (KcExerciseArea, kc_exercise_area,
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_AREA_CORE, "core"),
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_AREA_LOWER_BACK, "lower-back"),
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_AREA_HIPS, "hips"),
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_AREA_KNEES, "knees"),
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_AREA_LEGS, "legs"))

G_DEFINE_ENUM_TYPE (KcExerciseKind, kc_exercise_kind,
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_KIND_STRENGTHENING, "strengthening"),
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_KIND_STRETCHING, "stretching"),
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_KIND_AEROBIC, "aerobic"),
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_KIND_BALANCE, "balance"))

G_DEFINE_ENUM_TYPE (KcExerciseDifficulty, kc_exercise_difficulty,
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_DIFFICULTY_EASY, "easy"),
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_DIFFICULTY_MEDIUM, "medium"),
  G_DEFINE_ENUM_VALUE (KC_EXERCISE_DIFFICULTY_HARD, "hard"))

G_DEFINE_ENUM_TYPE (KcAnatomyPartKind, kc_anatomy_part_kind,
  G_DEFINE_ENUM_VALUE (KC_ANATOMY_PART_KIND_BONE, "bone"),
  G_DEFINE_ENUM_VALUE (KC_ANATOMY_PART_KIND_DISC, "disc"),
  G_DEFINE_ENUM_VALUE (KC_ANATOMY_PART_KIND_NERVE, "nerve"),
  G_DEFINE_ENUM_VALUE (KC_ANATOMY_PART_KIND_LIGAMENT, "ligament"),
  G_DEFINE_ENUM_VALUE (KC_ANATOMY_PART_KIND_CARTILAGE, "cartilage"),
  G_DEFINE_ENUM_VALUE (KC_ANATOMY_PART_KIND_TENDON, "tendon"),
  G_DEFINE_ENUM_VALUE (KC_ANATOMY_PART_KIND_MUSCLE, "muscle"),
  G_DEFINE_ENUM_VALUE (KC_ANATOMY_PART_KIND_VESSEL, "vessel"))

G_DEFINE_ENUM_TYPE (KcWarningTier, kc_warning_tier,
  G_DEFINE_ENUM_VALUE (KC_WARNING_TIER_EMERGENCY, "emergency"),
  G_DEFINE_ENUM_VALUE (KC_WARNING_TIER_SAME_DAY, "same-day"),
  G_DEFINE_ENUM_VALUE (KC_WARNING_TIER_SOON, "soon"))

/* As a choice or a heading: "Lower back". */
const char *
kc_exercise_area_to_string (KcExerciseArea area)
{
  switch (area)
    {
    case KC_EXERCISE_AREA_CORE:
      return _("Core");
    case KC_EXERCISE_AREA_LOWER_BACK:
      return _("Lower back");
    case KC_EXERCISE_AREA_HIPS:
      return _("Hips");
    case KC_EXERCISE_AREA_KNEES:
      return _("Knees");
    case KC_EXERCISE_AREA_LEGS:
      return _("Legs");
    }

  g_return_val_if_reached (NULL);
}

/* Within a line of text, e.g. "Strengthening · Easy · core, lower back". */
const char *
kc_exercise_area_to_inline_string (KcExerciseArea area)
{
  switch (area)
    {
    case KC_EXERCISE_AREA_CORE:
      /* Translators: an exercise area within a line, e.g. "Easy · core, lower back" */
      return _("core");
    case KC_EXERCISE_AREA_LOWER_BACK:
      /* Translators: an exercise area within a line, e.g. "Easy · core, lower back" */
      return _("lower back");
    case KC_EXERCISE_AREA_HIPS:
      /* Translators: an exercise area within a line, e.g. "Easy · hips, knees" */
      return _("hips");
    case KC_EXERCISE_AREA_KNEES:
      /* Translators: an exercise area within a line, e.g. "Easy · hips, knees" */
      return _("knees");
    case KC_EXERCISE_AREA_LEGS:
      /* Translators: an exercise area within a line, e.g. "Easy · knees, legs" */
      return _("legs");
    }

  g_return_val_if_reached (NULL);
}

const char *
kc_exercise_kind_to_string (KcExerciseKind kind)
{
  switch (kind)
    {
    case KC_EXERCISE_KIND_STRENGTHENING:
      return _("Strengthening");
    case KC_EXERCISE_KIND_STRETCHING:
      return _("Stretching");
    case KC_EXERCISE_KIND_AEROBIC:
      return _("Low-impact aerobic");
    case KC_EXERCISE_KIND_BALANCE:
      return _("Posture and balance");
    }

  g_return_val_if_reached (NULL);
}

const char *
kc_exercise_difficulty_to_string (KcExerciseDifficulty difficulty)
{
  switch (difficulty)
    {
    case KC_EXERCISE_DIFFICULTY_EASY:
      return _("Easy");
    case KC_EXERCISE_DIFFICULTY_MEDIUM:
      return _("Medium");
    case KC_EXERCISE_DIFFICULTY_HARD:
      return _("Hard");
    }

  g_return_val_if_reached (NULL);
}

/* The heading a kind of part is listed under, e.g. "Ligaments". */
const char *
kc_anatomy_part_kind_to_string (KcAnatomyPartKind kind)
{
  switch (kind)
    {
    case KC_ANATOMY_PART_KIND_BONE:
      return _("Bones");
    case KC_ANATOMY_PART_KIND_DISC:
      return _("Discs");
    case KC_ANATOMY_PART_KIND_NERVE:
      return _("Nerves");
    case KC_ANATOMY_PART_KIND_LIGAMENT:
      return _("Ligaments");
    case KC_ANATOMY_PART_KIND_CARTILAGE:
      return _("Cartilage and menisci");
    case KC_ANATOMY_PART_KIND_TENDON:
      return _("Tendons");
    case KC_ANATOMY_PART_KIND_MUSCLE:
      return _("Muscles");
    case KC_ANATOMY_PART_KIND_VESSEL:
      return _("Blood vessels");
    }

  g_return_val_if_reached (NULL);
}

/* A tier's heading, e.g. "Emergency"; its action line is in the content. */
const char *
kc_warning_tier_to_string (KcWarningTier tier)
{
  switch (tier)
    {
    case KC_WARNING_TIER_EMERGENCY:
      /* Translators: heading of the most urgent warning signs */
      return _("Emergency");
    case KC_WARNING_TIER_SAME_DAY:
      /* Translators: heading of the warning signs that need a doctor today */
      return _("Same day");
    case KC_WARNING_TIER_SOON:
      /* Translators: heading of the warning signs that need an appointment soon */
      return _("Soon");
    }

  g_return_val_if_reached (NULL);
}

/**
 * kc_vocabulary_from_word:
 * @enum_type: one of the enums above
 * @word: a word as the XML files spell it, compared exactly
 * @value: (out): the value it names
 *
 * Returns: %TRUE if @word names a value of @enum_type
 */
gboolean
kc_vocabulary_from_word (GType       enum_type,
                         const char *word,
                         int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (word == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  found = g_enum_get_value_by_nick (klass, word);
  if (found == NULL)
    return FALSE;

  *value = found->value;
  return TRUE;
}

/* Returns: the word the XML files use for @value, e.g. "lower-back" */
const char *
kc_vocabulary_to_word (GType enum_type,
                       int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  /* The class of a static type is never freed: its strings outlive the ref. */
  klass = g_type_class_ref (enum_type);
  found = g_enum_get_value (klass, value);
  g_return_val_if_fail (found != NULL, NULL);

  return found->value_nick;
}

/* The display name of @value, for views that list any of the enums. */
const char *
kc_vocabulary_to_string (GType enum_type,
                         int   value)
{
  if (enum_type == KC_TYPE_EXERCISE_AREA)
    return kc_exercise_area_to_string ((KcExerciseArea)value);
  if (enum_type == KC_TYPE_EXERCISE_KIND)
    return kc_exercise_kind_to_string ((KcExerciseKind)value);
  if (enum_type == KC_TYPE_EXERCISE_DIFFICULTY)
    return kc_exercise_difficulty_to_string ((KcExerciseDifficulty)value);
  if (enum_type == KC_TYPE_ANATOMY_PART_KIND)
    return kc_anatomy_part_kind_to_string ((KcAnatomyPartKind)value);
  if (enum_type == KC_TYPE_WARNING_TIER)
    return kc_warning_tier_to_string ((KcWarningTier)value);

  g_return_val_if_reached (NULL);
}
