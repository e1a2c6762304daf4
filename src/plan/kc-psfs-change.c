/* kc-psfs-change.c: the change on the functional scale, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the rating dialog says beside a score: how far it moved since the
 * first rating, and whether that is a change that matters
 * (kc_psfs_change_matters()).  Never alarming: a drop that matters is
 * something to mention to the physiotherapist, not a verdict.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kc-psfs-change.h"

/**
 * kc_plan_get_psfs_first:
 * @date: (out): the day of the activity's first rating
 * @score: (out): its score
 *
 * Returns: %FALSE if @activity_id was never rated
 */
gboolean
kc_plan_get_psfs_first (KcPlan     *self,
                        const char *activity_id,
                        GDate      *date,
                        guint      *score)
{
  GPtrArray *ratings;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (activity_id != NULL && date != NULL && score != NULL, FALSE);

  /* Oldest first (kc_plan_get_psfs_ratings()). */
  ratings = kc_plan_get_psfs_ratings (self);
  for (guint i = 0; i < ratings->len; i++)
    {
      KcPsfsRating *rating = g_ptr_array_index (ratings, i);

      if (g_str_equal (rating->activity_id, activity_id))
        {
          *date = rating->date;
          *score = rating->score;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * kc_plan_get_psfs_first_average:
 * @monday: (out): the Monday of the first week anything was rated
 * @average: (out): that week's average
 *
 * Returns: %FALSE if nothing was rated yet
 */
gboolean
kc_plan_get_psfs_first_average (KcPlan *self,
                                GDate  *monday,
                                double *average)
{
  GDate latest;

  g_return_val_if_fail (KC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (monday != NULL && average != NULL, FALSE);

  return kc_plan_get_psfs_span (self, monday, &latest) &&
         kc_plan_get_psfs_week (self, monday, NULL, average);
}

/* A whole number for one activity, one decimal for the average. */
static char *
dup_points (double   points,
            gboolean average)
{
  return g_strdup_printf (average ? "%.1f" : "%.0f", fabs (points));
}

/**
 * kc_psfs_describe_change:
 * @first: the first score (or average)
 * @latest: the latest
 * @since: the day (or week's Monday) of @first
 * @average: whether the scores are averages over the activities
 *
 * Returns: (transfer full): e.g. "up 3 since 2 November — a change that
 *   matters"
 */
char *
kc_psfs_describe_change (double       first,
                         double       latest,
                         const GDate *since,
                         gboolean     average)
{
  g_autofree char *points = NULL;
  char day[64];
  gboolean matters;
  double change;

  g_return_val_if_fail (since != NULL && g_date_valid (since), NULL);

  /* Translators: the day of the first rating, in "up 3 since 2 November";
   * the codes are strftime's (%-d day without padding, %B month) */
  g_date_strftime (day, sizeof day, _("%-d %B"), since);
  change = latest - first;
  /* Averages are shown to one decimal: what would show as 0.0 is none. */
  if (fabs (change) < (average ? 0.05 : 0.5))
    /* Translators: a score on the functional scale, e.g. "no change since 2 November" */
    return g_strdup_printf (_("no change since %s"), day);

  points = dup_points (change, average);
  matters = kc_psfs_change_matters (first, latest, average);
  if (change > 0)
    return matters
      /* Translators: e.g. "up 3 since 2 November — a change that matters" */
      ? g_strdup_printf (_("up %s since %s — a change that matters"), points, day)
      /* Translators: e.g. "up 1 since 2 November" */
      : g_strdup_printf (_("up %s since %s"), points, day);

  return matters
    /* Translators: e.g. "down 3 since 2 November — worth mentioning to your
     * physiotherapist"; calm, never alarming */
    ? g_strdup_printf (_("down %s since %s — worth mentioning to your physiotherapist"),
                       points, day)
    /* Translators: e.g. "down 1 since 2 November" */
    : g_strdup_printf (_("down %s since %s"), points, day);
}
