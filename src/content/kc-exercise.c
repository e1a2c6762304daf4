/* kc-exercise.c: one exercise of the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-exercise-private.h"
#include "kc-text.h"

struct _KcExercise
{
  KcItem parent_instance;

  KcExerciseKind kind;
  KcExerciseDifficulty difficulty;
  GArray *targets;      /* of KcExerciseArea, in the file's order */
  char *illustration_resource;
  char *picture_start;
  char *picture_end;
  char **steps;
  KcDose dose;
  char *easier_id;      /* the easier and harder versions, or NULL */
  char *harder_id;
  char *progression;    /* how to progress, or NULL */
  char *how_often;
  guint min_days;       /* how often as days a week; 0 when not stated */
  guint max_days;
  char **cautions;
  char *why;
  char *search_key;     /* folded name, built on first search */
};

G_DEFINE_FINAL_TYPE (KcExercise, kc_exercise, KC_TYPE_ITEM)

static void
kc_exercise_finalize (GObject *object)
{
  KcExercise *self = (KcExercise *)object;

  g_clear_pointer (&self->targets, g_array_unref);
  g_clear_pointer (&self->illustration_resource, g_free);
  g_clear_pointer (&self->picture_start, g_free);
  g_clear_pointer (&self->picture_end, g_free);
  g_clear_pointer (&self->steps, g_strfreev);
  g_clear_pointer (&self->easier_id, g_free);
  g_clear_pointer (&self->harder_id, g_free);
  g_clear_pointer (&self->progression, g_free);
  g_clear_pointer (&self->how_often, g_free);
  g_clear_pointer (&self->cautions, g_strfreev);
  g_clear_pointer (&self->why, g_free);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (kc_exercise_parent_class)->finalize (object);
}

/* What search finds it by besides its name. */
static char *
kc_exercise_dup_search_text (KcItem    *item,
                              KcLibrary *library)
{
  KcExercise *self = KC_EXERCISE (item);
  g_autofree char *steps = g_strjoinv ("\n", self->steps);
  g_autofree char *cautions = g_strjoinv ("\n", self->cautions);

  return g_strjoin ("\n", self->why, steps, self->how_often, cautions,
                    self->progression ? self->progression : "", NULL);
}

static void
kc_exercise_class_init (KcExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  object_class->finalize = kc_exercise_finalize;

  item_class->kind = KC_ITEM_KIND_EXERCISE;
  item_class->page = "exercises";
  item_class->dup_search_text = kc_exercise_dup_search_text;
}

static void
kc_exercise_init (KcExercise *self)
{
}

KcExercise *
_kc_exercise_new (const KcExerciseFields *fields)
{
  KcExercise *self = g_object_new (KC_TYPE_EXERCISE, "id", fields->id, "name", fields->name, NULL);

  self->kind = fields->kind;
  self->difficulty = fields->difficulty;
  self->targets = g_array_sized_new (FALSE, FALSE, sizeof (KcExerciseArea), fields->n_targets);
  g_array_append_vals (self->targets, fields->targets, fields->n_targets);
  self->illustration_resource = g_strdup (fields->illustration_resource);
  self->steps = g_strdupv ((char **)fields->steps);
  self->picture_start = g_strdup (fields->picture_start);
  self->picture_end = g_strdup (fields->picture_end);
  self->dose = fields->dose;
  self->easier_id = g_strdup (fields->easier_id);
  self->harder_id = g_strdup (fields->harder_id);
  self->progression = g_strdup (fields->progression);
  self->how_often = g_strdup (fields->how_often);
  self->min_days = fields->min_days;
  self->max_days = fields->max_days;
  self->cautions = g_strdupv ((char **)fields->cautions);
  self->why = g_strdup (fields->why);

  return self;
}

KcExerciseKind
kc_exercise_get_kind (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), 0);
  return self->kind;
}

KcExerciseDifficulty
kc_exercise_get_difficulty (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), 0);
  return self->difficulty;
}

/**
 * kc_exercise_get_targets:
 * @n_targets: (out): how many areas
 *
 * Returns: (array length=n_targets): the areas it works on, in the file's order
 */
const KcExerciseArea *
kc_exercise_get_targets (KcExercise *self,
                         guint      *n_targets)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (n_targets != NULL, NULL);

  *n_targets = self->targets->len;
  return (const KcExerciseArea *)(gpointer)self->targets->data;
}

gboolean
kc_exercise_has_target (KcExercise     *self,
                        KcExerciseArea  area)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), FALSE);

  for (guint i = 0; i < self->targets->len; i++)
    if (g_array_index (self->targets, KcExerciseArea, i) == area)
      return TRUE;

  return FALSE;
}

/* What the figure's start pose shows, e.g. "Lying on your back, knees
 * bent."; NULL if the file does not say. */
const char *
kc_exercise_get_picture_start (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return self->picture_start;
}

/* What the figure's end pose shows, e.g. "Hips lifted."; NULL if the file
 * does not say. */
const char *
kc_exercise_get_picture_end (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return self->picture_end;
}

/* The GResource path of the pictogram. */
const char *
kc_exercise_get_illustration_resource (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return self->illustration_resource;
}

const char * const *
kc_exercise_get_steps (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return (const char * const *)self->steps;
}

/* The default dose; a plan may set its own. */
const KcDose *
kc_exercise_get_dose (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return &self->dose;
}

/* The id of the easier version, or NULL if none is linked. */
const char *
kc_exercise_get_easier_id (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return self->easier_id;
}

/* The id of the harder version, or NULL if none is linked. */
const char *
kc_exercise_get_harder_id (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return self->harder_id;
}

/* One sentence on how to progress, or NULL. */
const char *
kc_exercise_get_progression (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return self->progression;
}

const char *
kc_exercise_get_how_often (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return self->how_often;
}

/**
 * kc_exercise_get_days_a_week:
 * @min_days: (out) (optional): the fewest days a week it is meant for
 * @max_days: (out) (optional): the most
 *
 * How often, as the card states it in numbers (1 to 7 days a week), for
 * checking a plan against it.
 *
 * Returns: %FALSE if the card says how often in words only
 */
gboolean
kc_exercise_get_days_a_week (KcExercise *self,
                             guint      *min_days,
                             guint      *max_days)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), FALSE);

  if (min_days != NULL)
    *min_days = self->min_days;
  if (max_days != NULL)
    *max_days = self->max_days;
  return self->min_days > 0;
}

const char * const *
kc_exercise_get_cautions (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return (const char * const *)self->cautions;
}

const char *
kc_exercise_get_why (KcExercise *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), NULL);
  return self->why;
}

/* Searching by name: every word of the query starts a word of the name. */
gboolean
kc_exercise_matches (KcExercise *self,
                     const char *folded_query)
{
  g_return_val_if_fail (KC_IS_EXERCISE (self), FALSE);

  if (self->search_key == NULL)
    self->search_key = kc_text_fold (kc_item_get_name (KC_ITEM (self)));

  return kc_text_matches_all (self->search_key, folded_query);
}
