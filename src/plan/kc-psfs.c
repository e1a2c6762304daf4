/* kc-psfs.c: the Patient-Specific Functional Scale's activities and ratings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <math.h>

#include "kc-psfs.h"

G_DEFINE_BOXED_TYPE (KcPsfsActivity, kc_psfs_activity, kc_psfs_activity_copy, kc_psfs_activity_free)
G_DEFINE_BOXED_TYPE (KcPsfsRating, kc_psfs_rating, kc_psfs_rating_copy, kc_psfs_rating_free)

/**
 * kc_psfs_activity_new:
 * @added: (nullable): when the activity was named
 */
KcPsfsActivity *
kc_psfs_activity_new (const char  *id,
                      const char  *name,
                      const GDate *added)
{
  KcPsfsActivity *self;

  g_return_val_if_fail (id != NULL && name != NULL, NULL);

  self = g_new0 (KcPsfsActivity, 1);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  if (added != NULL && g_date_valid (added))
    self->added = *added;
  else
    g_date_clear (&self->added, 1);
  return self;
}

KcPsfsActivity *
kc_psfs_activity_copy (const KcPsfsActivity *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return kc_psfs_activity_new (self->id, self->name, &self->added);
}

void
kc_psfs_activity_free (KcPsfsActivity *self)
{
  if (self == NULL)
    return;
  g_free (self->id);
  g_free (self->name);
  g_free (self);
}

KcPsfsRating *
kc_psfs_rating_new (const GDate *date,
                    const char  *activity_id,
                    guint        score)
{
  KcPsfsRating *self;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (activity_id != NULL, NULL);
  g_return_val_if_fail (score <= KC_PSFS_MAX_SCORE, NULL);

  self = g_new0 (KcPsfsRating, 1);
  self->date = *date;
  self->activity_id = g_strdup (activity_id);
  self->score = score;
  return self;
}

KcPsfsRating *
kc_psfs_rating_copy (const KcPsfsRating *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return kc_psfs_rating_new (&self->date, self->activity_id, self->score);
}

void
kc_psfs_rating_free (KcPsfsRating *self)
{
  if (self == NULL)
    return;
  g_free (self->activity_id);
  g_free (self);
}

/**
 * kc_psfs_change_matters:
 * @average: whether the scores are the average of all activities (rather
 *   than one activity's)
 *
 * Returns: whether the change from @first to @latest, either way, is at
 *   least the smallest change that matters to patients
 */
gboolean
kc_psfs_change_matters (double   first,
                        double   latest,
                        gboolean average)
{
  double smallest = average ? KC_PSFS_MCID_AVERAGE : KC_PSFS_MCID_ACTIVITY;

  /* Averages of whole scores are not exact in binary. */
  return fabs (latest - first) >= smallest - 1e-9;
}
