/* kc-plan-progress-text.c: a plan's progress in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What each chart shows, said in a sentence or two: for screen readers,
 * under the charts for everyone, and in the printed report.  Careful
 * words: they describe what was noted and never diagnose; pain during
 * exercise guides the dose and is no sign of damage.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plan-progress.h"

/**
 * kc_progress_format_week:
 *
 * Returns: a week's Monday, short: "23 Nov"
 */
char *
kc_progress_format_week (const GDate *monday)
{
  char text[64];

  /* Translators: a week's Monday, short, e.g. "23 Nov"; the codes are
   * strftime's (%-d day without padding, %b abbreviated month) */
  if (g_date_strftime (text, sizeof text, _("%-d %b"), monday) == 0)
    return g_strdup ("?");
  return g_strdup (g_strstrip (text));
}

/**
 * kc_progress_format_score:
 *
 * Returns: a score as people write it: "6", or "4.7" for an average
 */
char *
kc_progress_format_score (double value)
{
  /* Scores are never negative: no libm needed to round them. */
  double whole = (double)(guint)(value + 0.5);

  if (ABS (value - whole) < 0.05)
    return g_strdup_printf ("%.0f", whole);
  return g_strdup_printf ("%.1f", value);
}

char *
kc_plan_progress_dup_title (KcPlanProgress   *self,
                            KcProgressSeries  series,
                            guint             activity)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (series)
    {
    case KC_PROGRESS_ADHERENCE:
      return g_strdup (_("Exercises done"));
    case KC_PROGRESS_PAIN:
      return g_strdup (_("Pain during exercise"));
    case KC_PROGRESS_PSFS_AVERAGE:
      return g_strdup (_("Functional Scale average"));
    case KC_PROGRESS_PSFS_ACTIVITY:
      return g_strdup (kc_plan_progress_get_activity (self, activity)->name);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "Adherence: 8 of 9 planned exercises done in the week of 23 Nov; 30 of
 * 36 over 4 weeks." */
static char *
describe_adherence (KcPlanProgress *self)
{
  guint n_weeks = kc_plan_progress_get_n_weeks (self);
  const KcProgressWeek *latest = kc_plan_progress_get_week (self, n_weeks - 1);
  g_autofree char *week = kc_progress_format_week (&latest->monday);
  g_autofree char *last = NULL;
  guint done, planned;

  kc_plan_progress_get_totals (self, &done, &planned, NULL);
  if (planned == 0)
    return g_strdup (_("Adherence: no exercises planned in these weeks."));

  /* Translators: the first part of the adherence chart's description */
  last = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Adherence: %u of %u planned exercise done in the week of %s",
                                       "Adherence: %u of %u planned exercises done in the week of %s",
                                       latest->planned),
                          latest->done, latest->planned, week);
  /* Translators: the second part: "…; 30 of 36 over 4 weeks." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u of %u over %u week.",
                                       "%s; %u of %u over %u weeks.", n_weeks),
                          last, done, planned, n_weeks);
}

/* "Pain during exercise in the week of 23 Nov: median 3, worst 5. Over 4
 * weeks, 6 ratings green, 2 amber, 0 red." */
static char *
describe_pain (KcPlanProgress *self)
{
  guint n_weeks = kc_plan_progress_get_n_weeks (self);
  guint bands[KC_N_PAIN_BANDS], done, planned;
  g_autofree char *week = NULL;
  g_autofree char *median = NULL;
  const KcProgressWeek *latest = NULL;

  for (guint i = n_weeks; i > 0 && latest == NULL; i--)
    if (kc_plan_progress_get_week (self, i - 1)->median >= 0)
      latest = kc_plan_progress_get_week (self, i - 1);
  if (latest == NULL)
    return g_strdup (_("Pain during exercise: not rated in these weeks."));

  kc_plan_progress_get_totals (self, &done, &planned, bands);
  week = kc_progress_format_week (&latest->monday);
  median = kc_progress_format_score (latest->median);
  /* Translators: the pain chart's description; the bands are the pain
   * rule's traffic light */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Pain during exercise in the week of %s: median %s, "
                                       "worst %d. Over %u week, ratings: %u green, %u amber, "
                                       "%u red.",
                                       "Pain during exercise in the week of %s: median %s, "
                                       "worst %d. Over %u weeks, ratings: %u green, %u amber, "
                                       "%u red.", n_weeks),
                          week, median, latest->worst, n_weeks, bands[KC_PAIN_BAND_FINE],
                          bands[KC_PAIN_BAND_ACCEPTABLE], bands[KC_PAIN_BAND_STOP]);
}

/* "Stairs: 3 → 6 in 4 weeks, a change that matters." */
static char *
describe_psfs (KcPlanProgress   *self,
               KcProgressSeries  series,
               guint             activity)
{
  const KcPsfsTrend *trend = kc_plan_progress_get_trend (self, series, activity);
  g_autofree char *name = kc_plan_progress_dup_title (self, series, activity);
  g_autofree char *first = NULL;
  g_autofree char *latest = NULL;
  g_autofree char *change = NULL;
  double smallest = series == KC_PROGRESS_PSFS_AVERAGE ? KC_PSFS_MCID_AVERAGE
                                                       : KC_PSFS_MCID_ACTIVITY;
  guint weeks;

  if (trend->first < 0)
    /* Translators: an activity of the Functional Scale, or the average */
    return g_strdup_printf (_("%s: not rated yet."), name);

  first = kc_progress_format_score (trend->first);
  latest = kc_progress_format_score (trend->latest);
  weeks = (guint)g_date_days_between (&trend->first_week, &trend->latest_week) / 7;
  if (weeks == 0)
    return g_strdup_printf (_("%s: %s, rated in one week so far."), name, latest);

  /* Translators: "Stairs: 3 → 6 in 4 weeks" */
  change = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s → %s in %u week",
                                         "%s: %s → %s in %u weeks", weeks),
                            name, first, latest, weeks);
  if (kc_plan_progress_trend_matters (trend, series))
    /* Translators: after "Stairs: 3 → 6 in 4 weeks" */
    return g_strdup_printf (_("%s, a change that matters."), change);
  /* Translators: after "Stairs: 3 → 4 in 4 weeks"; %.0f is 2 or 3 points */
  return g_strdup_printf (_("%s, less than the %.0f points that matter."), change, smallest);
}

/**
 * kc_plan_progress_dup_description:
 *
 * Returns: what the chart of @series shows, in words
 */
char *
kc_plan_progress_dup_description (KcPlanProgress   *self,
                                  KcProgressSeries  series,
                                  guint             activity)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (series)
    {
    case KC_PROGRESS_ADHERENCE:
      return describe_adherence (self);
    case KC_PROGRESS_PAIN:
      return describe_pain (self);
    case KC_PROGRESS_PSFS_AVERAGE:
    case KC_PROGRESS_PSFS_ACTIVITY:
      return describe_psfs (self, series, activity);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * kc_plan_progress_dup_decisions:
 *
 * Returns: the suggestions made and decided in the weeks shown, in words:
 *   "Suggestions decided: week of 9 Nov: 1 accepted, 0 dismissed.
 *   Waiting for a decision: 1 (week of 30 Nov)."; "No suggestions made
 *   in these weeks."
 */
char *
kc_plan_progress_dup_decisions (KcPlanProgress *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) waiting = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < kc_plan_progress_get_n_weeks (self); i++)
    {
      const KcProgressWeek *week = kc_plan_progress_get_week (self, i);
      g_autofree char *monday = kc_progress_format_week (&week->monday);

      if (week->waiting > 0)
        {
          g_string_append (waiting, waiting->len > 0 ? "; " : _("Waiting for a decision: "));
          /* Translators: suggestions not decided yet, from one week's sessions */
          g_string_append_printf (waiting, _("%u (week of %s)"), week->waiting, monday);
        }
      if (week->accepted + week->dismissed == 0)
        continue;
      g_string_append (text, text->len > 0 ? "; " : _("Suggestions decided: "));
      /* Translators: decisions on suggestions in one week */
      g_string_append_printf (text, _("week of %s: %u accepted, %u dismissed"), monday,
                              week->accepted, week->dismissed);
    }

  if (text->len > 0)
    g_string_append (text, ".");
  if (waiting->len > 0)
    g_string_append_printf (text, "%s%s.", text->len > 0 ? " " : "", waiting->str);
  if (text->len == 0)
    return g_strdup (_("No suggestions made in these weeks."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}
