/* kc-plan-psfs.c: a plan's Patient-Specific Functional Scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The activities the patient named and their ratings over the weeks live
 * in the plan, beside the sessions' log, so that they travel with it: in
 * its file, its copies and the progress a patient brings back.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <string.h>

#include "kc-plan-private.h"

void
_kc_plan_copy_psfs (KcPlan *self,
                    KcPlan *copy)
{
  for (guint i = 0; i < self->psfs_activities->len; i++)
    g_ptr_array_add (copy->psfs_activities,
                     kc_psfs_activity_copy (g_ptr_array_index (self->psfs_activities, i)));
  for (guint i = 0; i < self->psfs_ratings->len; i++)
    g_ptr_array_add (copy->psfs_ratings,
                     kc_psfs_rating_copy (g_ptr_array_index (self->psfs_ratings, i)));
}

/* An id as plan.rng's NCName has it, within ASCII. */
static gboolean
is_activity_id (const char *text)
{
  if (text == NULL || !(g_ascii_isalpha (text[0]) || text[0] == '_') || strlen (text) > 64)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

/**
 * kc_plan_find_psfs_activity:
 *
 * Returns: (transfer none) (nullable): the activity @id names
 */
const KcPsfsActivity *
kc_plan_find_psfs_activity (KcPlan     *self,
                            const char *id)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);

  for (guint i = 0; id != NULL && i < self->psfs_activities->len; i++)
    {
      KcPsfsActivity *activity = g_ptr_array_index (self->psfs_activities, i);

      if (g_str_equal (activity->id, id))
        return activity;
    }
  return NULL;
}

/**
 * kc_plan_get_psfs_activities:
 *
 * Returns: (transfer none) (element-type KcPsfsActivity): the activities,
 *   in the order they were named
 */
GPtrArray *
kc_plan_get_psfs_activities (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);

  return self->psfs_activities;
}

/**
 * kc_plan_insert_psfs_activity:
 * @activity: copied; its name is cleaned and capped as a plan's name
 *
 * Adds an activity with the id it has (a file's, or another plan's).
 *
 * Returns: %FALSE, and nothing changes, if the plan already names
 *   KC_PSFS_MAX_ACTIVITIES, holds an activity of that id, or the id or
 *   the name is not usable
 */
gboolean
kc_plan_insert_psfs_activity (KcPlan               *self,
                              const KcPsfsActivity *activity)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (activity != NULL, FALSE);

  name = _kc_plan_fit_text (activity->name, KC_PLAN_MAX_NAME);
  g_strstrip (name);
  if (self->psfs_activities->len >= KC_PSFS_MAX_ACTIVITIES || !is_activity_id (activity->id) ||
      name[0] == '\0' || kc_plan_find_psfs_activity (self, activity->id) != NULL)
    return FALSE;

  g_ptr_array_add (self->psfs_activities, kc_psfs_activity_new (activity->id, name, &activity->added));
  _kc_plan_emit_changed (self);
  return TRUE;
}

/**
 * kc_plan_add_psfs_activity:
 * @added: (nullable): the day it is named
 *
 * Returns: (transfer none) (nullable): the new activity, with an id of its
 *   own; %NULL if the plan names KC_PSFS_MAX_ACTIVITIES already or @name
 *   is blank
 */
const KcPsfsActivity *
kc_plan_add_psfs_activity (KcPlan      *self,
                           const char  *name,
                           const GDate *added)
{
  g_autoptr(KcPsfsActivity) activity = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* Never an id used before, even by a removed activity still in a
   * patient's copy: the first free number above every one in use. */
  for (guint n = self->psfs_activities->len + 1; id == NULL; n++)
    {
      g_autofree char *candidate = g_strdup_printf ("activity-%u", n);

      if (kc_plan_find_psfs_activity (self, candidate) == NULL)
        id = g_steal_pointer (&candidate);
    }

  activity = kc_psfs_activity_new (id, name, added);
  if (!kc_plan_insert_psfs_activity (self, activity))
    return NULL;
  return kc_plan_find_psfs_activity (self, id);
}

gboolean
kc_plan_rename_psfs_activity (KcPlan     *self,
                              const char *id,
                              const char *name)
{
  KcPsfsActivity *activity;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  activity = (KcPsfsActivity *)kc_plan_find_psfs_activity (self, id);
  clean = g_strstrip (_kc_plan_fit_text (name, KC_PLAN_MAX_NAME));
  if (activity == NULL || clean[0] == '\0')
    return FALSE;

  if (!g_str_equal (activity->name, clean))
    {
      g_free (activity->name);
      activity->name = g_steal_pointer (&clean);
      _kc_plan_emit_changed (self);
    }
  return TRUE;
}

/**
 * kc_plan_remove_psfs_activity:
 *
 * Removes the activity @id and its ratings.
 *
 * Returns: %FALSE if the plan has no such activity
 */
gboolean
kc_plan_remove_psfs_activity (KcPlan     *self,
                              const char *id)
{
  const KcPsfsActivity *activity;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);

  activity = kc_plan_find_psfs_activity (self, id);
  if (activity == NULL)
    return FALSE;

  for (guint i = self->psfs_ratings->len; i > 0; i--)
    {
      KcPsfsRating *rating = g_ptr_array_index (self->psfs_ratings, i - 1);

      if (g_str_equal (rating->activity_id, activity->id))
        g_ptr_array_remove_index (self->psfs_ratings, i - 1);
    }
  g_ptr_array_remove (self->psfs_activities, (gpointer)activity);
  _kc_plan_emit_changed (self);
  return TRUE;
}

/**
 * kc_plan_get_psfs_ratings:
 *
 * Returns: (transfer none) (element-type KcPsfsRating): every rating,
 *   oldest first
 */
GPtrArray *
kc_plan_get_psfs_ratings (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);

  return self->psfs_ratings;
}

static KcPsfsRating *
find_rating (KcPlan      *self,
             const GDate *date,
             const char  *activity_id)
{
  for (guint i = 0; i < self->psfs_ratings->len; i++)
    {
      KcPsfsRating *rating = g_ptr_array_index (self->psfs_ratings, i);

      if (g_date_compare (&rating->date, date) == 0 && g_str_equal (rating->activity_id, activity_id))
        return rating;
    }
  return NULL;
}

/**
 * kc_plan_set_psfs_score:
 *
 * Rates the activity @activity_id on @date, replacing that day's rating.
 *
 * Returns: %FALSE, and nothing changes, if the plan has no such activity,
 *   @score is over KC_PSFS_MAX_SCORE or the plan holds
 *   KC_PLAN_MAX_PSFS_RATINGS ratings already
 */
gboolean
kc_plan_set_psfs_score (KcPlan      *self,
                        const GDate *date,
                        const char  *activity_id,
                        guint        score)
{
  KcPsfsRating *rating;
  guint position;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (kc_plan_find_psfs_activity (self, activity_id) == NULL || score > KC_PSFS_MAX_SCORE)
    return FALSE;

  rating = find_rating (self, date, activity_id);
  if (rating != NULL)
    {
      if (rating->score != score)
        {
          rating->score = score;
          _kc_plan_emit_changed (self);
        }
      return TRUE;
    }

  if (self->psfs_ratings->len >= KC_PLAN_MAX_PSFS_RATINGS)
    return FALSE;

  /* Oldest first; a day rated late goes where its date belongs. */
  for (position = self->psfs_ratings->len; position > 0; position--)
    {
      KcPsfsRating *before = g_ptr_array_index (self->psfs_ratings, position - 1);

      if (g_date_compare (&before->date, date) <= 0)
        break;
    }
  g_ptr_array_insert (self->psfs_ratings, (int)position, kc_psfs_rating_new (date, activity_id, score));
  _kc_plan_emit_changed (self);
  return TRUE;
}

/**
 * kc_plan_get_psfs_score:
 *
 * Returns: the score of @activity_id on @date, or KC_PSFS_NO_SCORE
 */
int
kc_plan_get_psfs_score (KcPlan      *self,
                        const GDate *date,
                        const char  *activity_id)
{
  KcPsfsRating *rating;

  g_return_val_if_fail (KC_IS_PLAN (self), KC_PSFS_NO_SCORE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), KC_PSFS_NO_SCORE);

  rating = activity_id != NULL ? find_rating (self, date, activity_id) : NULL;
  return rating != NULL ? (int)rating->score : KC_PSFS_NO_SCORE;
}

static void
monday_of (const GDate *date,
           GDate       *monday)
{
  *monday = *date;
  g_date_subtract_days (monday, kc_weekday_of (monday));
}

static gboolean
in_week (const GDate *date,
         const GDate *monday)
{
  int days = g_date_days_between (monday, date);

  return days >= 0 && days < 7;
}

/* The last score of @activity_id in the week from @monday, or -1. */
static int
week_score (KcPlan      *self,
            const GDate *monday,
            const char  *activity_id)
{
  int score = KC_PSFS_NO_SCORE;

  for (guint i = 0; i < self->psfs_ratings->len; i++)
    {
      KcPsfsRating *rating = g_ptr_array_index (self->psfs_ratings, i);

      if (in_week (&rating->date, monday) && g_str_equal (rating->activity_id, activity_id))
        score = (int)rating->score;
    }
  return score;
}

/**
 * kc_plan_get_psfs_week:
 * @monday: any day of the week; the week runs Monday to Sunday
 * @activity_id: (nullable): one activity, or %NULL for the average
 * @value: (out): the activity's last score that week, or the average of
 *   the last scores of the activities rated that week
 *
 * Returns: %FALSE if nothing was rated that week
 */
gboolean
kc_plan_get_psfs_week (KcPlan      *self,
                       const GDate *monday,
                       const char  *activity_id,
                       double      *value)
{
  GDate week;
  guint rated = 0;
  double sum = 0;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (monday != NULL && g_date_valid (monday), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  monday_of (monday, &week);
  for (guint i = 0; i < self->psfs_activities->len; i++)
    {
      KcPsfsActivity *activity = g_ptr_array_index (self->psfs_activities, i);
      int score;

      if (activity_id != NULL && !g_str_equal (activity->id, activity_id))
        continue;
      score = week_score (self, &week, activity->id);
      if (score != KC_PSFS_NO_SCORE)
        {
          sum += score;
          rated++;
        }
    }

  if (rated == 0)
    return FALSE;
  *value = sum / rated;
  return TRUE;
}

/**
 * kc_plan_get_psfs_span:
 * @first: (out): the Monday of the first week anything was rated
 * @latest: (out): the Monday of the latest such week
 *
 * Returns: %FALSE if nothing was rated yet
 */
gboolean
kc_plan_get_psfs_span (KcPlan *self,
                       GDate  *first,
                       GDate  *latest)
{
  KcPsfsRating *oldest, *newest;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);

  if (self->psfs_ratings->len == 0)
    return FALSE;

  oldest = g_ptr_array_index (self->psfs_ratings, 0);
  newest = g_ptr_array_index (self->psfs_ratings, self->psfs_ratings->len - 1);
  monday_of (&oldest->date, first);
  monday_of (&newest->date, latest);
  return TRUE;
}

/**
 * kc_plan_psfs_is_due:
 *
 * Returns: whether the plan names activities and none of them was rated
 *   in the week (Monday to Sunday) of @today: time to ask
 */
gboolean
kc_plan_psfs_is_due (KcPlan      *self,
                     const GDate *today)
{
  double average;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  return self->psfs_activities->len > 0 && !kc_plan_get_psfs_week (self, today, NULL, &average);
}
