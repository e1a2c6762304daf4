/* kc-progress-report.c: a plan's progress on one or two printed pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the clinical notes at the next visit: the charts of the progress
 * view (kc-trend-paint.c, in black on paper), the Functional Scale's first
 * and latest scores with the change, the exercises done and the pain
 * during exercise week by week, and what was changed when.  Through the
 * same print flow as the plan's booklet, so a print and a PDF look alike.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "content/kc-exercise.h"
#include "kc-plan-print.h"
#include "kc-progress-report.h"
#include "plan/kc-plan-progress.h"
#include "plan/kc-plan-suggestions.h"
#include "widgets/kc-print.h"
#include "widgets/kc-trend-paint.h"

/* Decisions listed at most, the latest. */
#define MAX_CHANGES 8

/* The charts on one row of a figure: a series each. */
typedef struct
{
  KcPlanProgress *progress;
  KcProgressSeries series[3];
  guint activity[3];
} Row;

static void
row_free (Row *row)
{
  kc_plan_progress_unref (row->progress);
  g_free (row);
}

static void
draw_row_cb (cairo_t  *cr,
             guint     column,
             double    width,
             double    height,
             gpointer  user_data)
{
  Row *row = user_data;
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 7");
  KcTrendColors colors;

  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_font_description (context, font);
  kc_trend_colors_init (&colors, &(GdkRGBA) { 0, 0, 0, 1 });
  kc_trend_paint (cr, context, &colors, row->progress, row->series[column], row->activity[column],
                  width, height);
  g_object_unref (context);
}

/* A row of up to three charts, each captioned with its title. */
static void
add_charts (KcPrintFlow      *flow,
            KcPlanProgress   *progress,
            guint             n,
            const KcProgressSeries *series,
            const guint      *activity)
{
  Row *row = g_new0 (Row, 1);
  g_autoptr(GPtrArray) captions = g_ptr_array_new_with_free_func (g_free);

  row->progress = kc_plan_progress_ref (progress);
  for (guint i = 0; i < n; i++)
    {
      row->series[i] = series[i];
      row->activity[i] = activity[i];
      g_ptr_array_add (captions, kc_plan_progress_dup_title (progress, series[i], activity[i]));
    }
  g_ptr_array_add (captions, NULL);
  kc_print_flow_add_figure (flow, 0.17, (const char * const *)captions->pdata, draw_row_cb, row,
                            (GDestroyNotify)row_free);
}

/* "3 (2 Nov)" */
static char *
format_dated (double       value,
              const GDate *monday)
{
  g_autofree char *score = kc_progress_format_score (value);
  g_autofree char *week = kc_progress_format_week (monday);

  /* Translators: a score and the week it was given, in the report's table */
  return g_strdup_printf (_("%s (week of %s)"), score, week);
}

static void
add_psfs_row (GPtrArray        *cells,
              KcPlanProgress   *progress,
              KcProgressSeries  series,
              guint             activity)
{
  const KcPsfsTrend *trend = kc_plan_progress_get_trend (progress, series, activity);
  g_autofree char *change = NULL;

  g_ptr_array_add (cells, kc_plan_progress_dup_title (progress, series, activity));
  if (trend->first < 0)
    {
      g_ptr_array_add (cells, g_strdup (_("not rated")));
      g_ptr_array_add (cells, g_strdup ("–"));
      g_ptr_array_add (cells, g_strdup ("–"));
      return;
    }
  g_ptr_array_add (cells, format_dated (trend->first, &trend->first_week));
  g_ptr_array_add (cells, format_dated (trend->latest, &trend->latest_week));
  change = g_strdup_printf ("%+.1f", trend->latest - trend->first);
  if (kc_plan_progress_trend_matters (trend, series))
    /* Translators: a change in the report's table that is as large as matters */
    g_ptr_array_add (cells, g_strdup_printf (_("%s, matters"), change));
  else
    g_ptr_array_add (cells, g_steal_pointer (&change));
}

/* Each chart in words, as the view says them: one paragraph. */
static void
add_psfs_words (KcPrintFlow    *flow,
                KcPlanProgress *progress)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i <= kc_plan_progress_get_n_activities (progress); i++)
    {
      g_autofree char *words = kc_plan_progress_dup_description (progress, i == 0
                                                                 ? KC_PROGRESS_PSFS_AVERAGE
                                                                 : KC_PROGRESS_PSFS_ACTIVITY,
                                                                 i == 0 ? 0 : i - 1);

      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", words);
    }
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, text->str);
}

static void
add_psfs (KcPrintFlow    *flow,
          KcPlanProgress *progress)
{
  guint n = kc_plan_progress_get_n_activities (progress);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  static const double widths[] = { 0.37, 0.22, 0.22, 0.19 };
  KcProgressSeries series[3];
  guint activity[3], in_row = 0, n_rows = (n + 1 + 2) / 3;
  guint per_row = (n + 1 + n_rows - 1) / n_rows;   /* 4 charts as 2 and 2, not 3 and 1 */

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("Patient-Specific Functional Scale"));
  if (n == 0)
    {
      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY,
                              _("No activities named in the plan’s Functional Scale yet."));
      return;
    }

  /* The average first, then each activity, at most three charts to a row. */
  for (guint i = 0; i <= n; i++)
    {
      series[in_row] = i == 0 ? KC_PROGRESS_PSFS_AVERAGE : KC_PROGRESS_PSFS_ACTIVITY;
      activity[in_row++] = i == 0 ? 0 : i - 1;
      if (in_row == per_row || i == n)
        {
          add_charts (flow, progress, in_row, series, activity);
          in_row = 0;
        }
    }

  add_psfs_words (flow, progress);
  g_ptr_array_add (cells, g_strdup (_("Activity (0 unable, 10 as before)")));
  g_ptr_array_add (cells, g_strdup (_("First")));
  g_ptr_array_add (cells, g_strdup (_("Latest")));
  g_ptr_array_add (cells, g_strdup (_("Change")));
  for (guint i = 0; i < n; i++)
    add_psfs_row (cells, progress, KC_PROGRESS_PSFS_ACTIVITY, i);
  add_psfs_row (cells, progress, KC_PROGRESS_PSFS_AVERAGE, 0);
  g_ptr_array_add (cells, NULL);
  kc_print_flow_add_table (flow, 4, widths, (const char * const *)cells->pdata);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SMALL,
                          _("The smallest change that matters to patients: about 3 points on one "
                            "activity, 2 on the average (Horn et al. 2012)."));
}

static void
add_week_row (GPtrArray            *cells,
              const KcProgressWeek *week)
{
  g_autofree char *median = NULL;

  g_ptr_array_add (cells, kc_progress_format_week (&week->monday));
  /* Translators: exercises done of those planned in a week, in the report's table */
  g_ptr_array_add (cells, g_strdup_printf (_("%u of %u"), week->done, week->planned));
  if (week->median < 0)
    g_ptr_array_add (cells, g_strdup ("–"));
  else
    {
      median = kc_progress_format_score (week->median);
      /* Translators: the median and worst pain during exercise in a week */
      g_ptr_array_add (cells, g_strdup_printf (_("%s (worst %d)"), median, week->worst));
    }
  /* Translators: the traffic light's ratings in a week: green, amber, red */
  g_ptr_array_add (cells, g_strdup_printf (_("%u · %u · %u"), week->bands[KC_PAIN_BAND_FINE],
                                           week->bands[KC_PAIN_BAND_ACCEPTABLE],
                                           week->bands[KC_PAIN_BAND_STOP]));
}

static void
add_weeks (KcPrintFlow    *flow,
           KcPlanProgress *progress)
{
  static const KcProgressSeries series[] = { KC_PROGRESS_ADHERENCE, KC_PROGRESS_PAIN };
  static const guint activity[] = { 0, 0 };
  static const double widths[] = { 0.2, 0.2, 0.3, 0.3 };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *adherence = kc_plan_progress_dup_description (progress, KC_PROGRESS_ADHERENCE, 0);
  g_autofree char *pain = kc_plan_progress_dup_description (progress, KC_PROGRESS_PAIN, 0);

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("Exercises and pain during exercise"));
  add_charts (flow, progress, 2, series, activity);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, adherence);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, pain);

  g_ptr_array_add (cells, g_strdup (_("Week of")));
  g_ptr_array_add (cells, g_strdup (_("Done")));
  g_ptr_array_add (cells, g_strdup (_("Pain: median")));
  g_ptr_array_add (cells, g_strdup (_("Green · amber · red")));
  for (guint i = 0; i < kc_plan_progress_get_n_weeks (progress); i++)
    add_week_row (cells, kc_plan_progress_get_week (progress, i));
  g_ptr_array_add (cells, NULL);
  kc_print_flow_add_table (flow, 4, widths, (const char * const *)cells->pdata);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SMALL,
                          _("Pain during exercise guides the dose: it is not a sign of damage."));
}

static const char *
name_of (KcLibrary  *library,
         const char *id)
{
  KcExercise *exercise = library != NULL ? kc_library_lookup_exercise (library, id) : NULL;

  return exercise != NULL ? kc_item_get_name (KC_ITEM (exercise)) : id;
}

static void
add_changes (KcPrintFlow *flow,
             KcPlan      *plan,
             KcLibrary   *library)
{
  GPtrArray *changes = kc_plan_get_changes (plan);

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("What was changed"));
  if (changes->len == 0)
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, _("No suggestions decided yet."));

  for (guint i = changes->len > MAX_CHANGES ? changes->len - MAX_CHANGES : 0; i < changes->len; i++)
    {
      const KcPlanChange *change = g_ptr_array_index (changes, i);
      g_autofree char *title = kc_plan_change_dup_title (change, name_of (library, change->exercise_id),
                                                         name_of (library, change->new_exercise_id));
      g_autofree char *line = NULL;
      char day[64] = "?";

      if (g_date_valid (&change->decided))
        /* Translators: the date of a decision in the report, a strftime format */
        g_date_strftime (day, sizeof day, _("%-d %b %Y"), &change->decided);
      /* Translators: "24 Nov 2026: Bridge: one set fewer — accepted" */
      line = g_strdup_printf (change->decision == KC_DECISION_ACCEPTED ? _("%s: %s — accepted")
                                                                     : _("%s: %s — dismissed"),
                              day, title);
      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, line);
    }
}

/**
 * kc_progress_report_new:
 * @library: (nullable): for the exercises' names
 * @today: the report's last week is @today's
 *
 * Returns: (transfer full): the report, up to KC_PROGRESS_REPORT_WEEKS weeks
 */
KcPrintFlow *
kc_progress_report_new (KcPlan      *plan,
                        KcLibrary   *library,
                        const GDate *today)
{
  g_autoptr(KcPlanProgress) progress = NULL;
  g_autofree char *name = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *span = NULL;
  g_autofree char *source = NULL;
  char day[64] = "";
  KcPrintFlow *flow;
  guint n_weeks;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  progress = kc_plan_progress_new_to_date (plan, today);
  n_weeks = kc_plan_progress_get_n_weeks (progress);
  if (n_weeks > KC_PROGRESS_REPORT_WEEKS)
    {
      GDate start = kc_plan_progress_get_week (progress, n_weeks - KC_PROGRESS_REPORT_WEEKS)->monday;

      g_clear_pointer (&progress, kc_plan_progress_unref);
      progress = kc_plan_progress_new (plan, &start, KC_PROGRESS_REPORT_WEEKS);
      n_weeks = KC_PROGRESS_REPORT_WEEKS;
    }
  kc_plan_progress_count_waiting (progress, plan, library, today);

  /* Translators: the report's date in each page's header, a strftime format */
  g_date_strftime (day, sizeof day, _("%-d %B %Y"), today);
  /* Translators: every page's header of the printed progress report */
  flow = kc_print_flow_new (_("Kinetic Chain — Progress report"), day);
  kc_print_flow_set_compact (flow, TRUE);

  name = kc_plan_print_dup_name (plan);
  first = kc_progress_format_week (&kc_plan_progress_get_week (progress, 0)->monday);
  last = kc_progress_format_week (&kc_plan_progress_get_week (progress, n_weeks - 1)->monday);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_TITLE, name);
  /* Translators: the weeks the progress report covers */
  span = g_strdup_printf (_("The weeks from %s to the week of %s, as noted by the patient."),
                          first, last);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_EMPHASIS, span);
  source = kc_plan_dup_progress_source (plan);
  if (source != NULL)
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, source);

  add_psfs (flow, progress);
  add_weeks (flow, progress);
  add_changes (flow, plan, library);
  return flow;
}

/* The report as printed today, headed by the practice from the settings. */
static KcPrintFlow *
build_report (KcPlan    *plan,
              KcLibrary *library,
              gboolean   compact)
{
  g_autoptr(KcPrintBrand) brand = kc_print_dup_brand ();
  GDate today = kc_plan_today ();
  KcPrintFlow *flow;

  flow = kc_progress_report_new (plan, library, &today);
  kc_print_flow_set_brand (flow, brand);
  return flow;
}

/**
 * kc_progress_report_new_today:
 * @library: (nullable): for the exercises' names
 *
 * Returns: (transfer full): the report as printed today, headed by the
 *   practice from the settings
 */
KcPrintFlow *
kc_progress_report_new_today (KcPlan    *plan,
                              KcLibrary *library)
{
  return build_report (plan, library, TRUE);
}

/**
 * kc_progress_report_print:
 * @library: (nullable): for the exercises' names
 * @parent: (nullable): the window the print dialog belongs to
 * @export_pdf: (nullable): a file to write a PDF to, without any dialog
 */
gboolean
kc_progress_report_print (KcPlan      *plan,
                          KcLibrary   *library,
                          GtkWindow   *parent,
                          const char  *export_pdf,
                          GError     **error)
{
  g_autofree char *plan_name = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);

  plan_name = kc_plan_print_dup_name (plan);
  /* Translators: the printed report's name (and PDF file name) */
  name = g_strdup_printf (_("Progress – %s"), plan_name);
  return kc_plan_print_run (plan, library, build_report, name, parent, export_pdf, error);
}
