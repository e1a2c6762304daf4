/* kc-trend-paint.c: one series of a plan's progress drawn as a weekly chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same drawing on screen (KcTrendChart) and on paper (the progress
 * report): a week per slot, oldest on the left.  Adherence as bars (0–100
 * %); pain during exercise as a square at the median with a line up to
 * the worst (0–10) over a strip of the week's ratings' traffic-light
 * share; a Functional Scale score as a line (0–10) over a band from the
 * first score to the change that matters.  Triangles on top mark the
 * suggestions decided: filled when accepted, hollow when dismissed (a
 * circle: made, waiting for a decision) — so
 * shape, not colour alone, tells them apart, and the red share is hatched.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "kc-trend-paint.h"

#define PAD_TOP    14.0   /* room for the decisions' triangles */
#define STRIP      8.0    /* the pain chart's traffic-light strip */

typedef struct
{
  cairo_t *cr;
  PangoContext *context;
  const KcTrendColors *colors;
  KcPlanProgress *progress;
  KcProgressSeries series;
  guint activity;
  guint n_weeks;
  double left, top, plot_w, plot_h, slot;
} Paint;

/**
 * kc_trend_colors_init:
 * @fg: the text colour of the style the chart is drawn in
 *
 * Colours that stand out from a light background, or from a dark one
 * when @fg is light.
 */
void
kc_trend_colors_init (KcTrendColors *colors,
                      const GdkRGBA *fg)
{
  gboolean dark = fg->red + fg->green + fg->blue > 1.5;

  colors->fg = *fg;
  colors->accent = dark ? (GdkRGBA) { 0.47, 0.68, 0.97, 1 } : (GdkRGBA) { 0.11, 0.44, 0.85, 1 };
  colors->bands[KC_PAIN_BAND_FINE] = dark ? (GdkRGBA) { 0.34, 0.89, 0.54, 1 }
                                          : (GdkRGBA) { 0.15, 0.64, 0.41, 1 };
  colors->bands[KC_PAIN_BAND_ACCEPTABLE] = dark ? (GdkRGBA) { 0.97, 0.83, 0.36, 1 }
                                                : (GdkRGBA) { 0.90, 0.65, 0.04, 1 };
  colors->bands[KC_PAIN_BAND_STOP] = dark ? (GdkRGBA) { 1.0, 0.48, 0.5, 1 }
                                          : (GdkRGBA) { 0.75, 0.11, 0.16, 1 };
}

static PangoLayout *
new_layout (Paint      *paint,
            const char *text)
{
  PangoLayout *layout = pango_layout_new (paint->context);

  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
set_fg (Paint  *paint,
        double  alpha)
{
  const GdkRGBA *fg = &paint->colors->fg;

  cairo_set_source_rgba (paint->cr, fg->red, fg->green, fg->blue, fg->alpha * alpha);
}

static void
show_text (Paint      *paint,
           const char *text,
           double      x,
           double      y,
           double      xalign,
           double      yalign)
{
  g_autoptr(PangoLayout) layout = new_layout (paint, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (paint->cr, x - width * xalign, y - height * yalign);
  pango_cairo_show_layout (paint->cr, layout);
}

static double
max_of (KcProgressSeries series)
{
  return series == KC_PROGRESS_ADHERENCE ? 1.0 : KC_PSFS_MAX_SCORE;
}

static double
y_of (Paint  *paint,
      double  value)
{
  return paint->top + paint->plot_h * (1 - value / max_of (paint->series));
}

static double
x_of (Paint *paint,
      guint  week)
{
  return paint->left + paint->slot * (week + 0.5);
}

/* Grid at the bottom, middle and top, labelled on the left. */
static void
draw_grid (Paint *paint)
{
  cairo_set_line_width (paint->cr, 1);
  for (int i = 0; i <= 2; i++)
    {
      double y = y_of (paint, max_of (paint->series) * i / 2.0);
      g_autofree char *label = paint->series == KC_PROGRESS_ADHERENCE
                               ? g_strdup_printf ("%d %%", i * 50) : g_strdup_printf ("%d", i * 5);

      set_fg (paint, 0.15);
      cairo_move_to (paint->cr, paint->left, round (y) + 0.5);
      cairo_line_to (paint->cr, paint->left + paint->plot_w, round (y) + 0.5);
      cairo_stroke (paint->cr);
      set_fg (paint, 0.7);
      show_text (paint, label, paint->left - 4, y, 1, 0.5);
    }
}

/* Week labels under as many slots as they fit under without colliding. */
static void
draw_weeks (Paint  *paint,
            double  y)
{
  g_autofree char *widest = kc_progress_format_week (&kc_plan_progress_get_week (paint->progress,
                                                                                  0)->monday);
  g_autoptr(PangoLayout) layout = new_layout (paint, widest);
  int width;
  guint every;

  pango_layout_get_pixel_size (layout, &width, NULL);
  every = MAX (1, (guint)ceil ((width + 12) / paint->slot));
  set_fg (paint, 0.7);
  for (int i = (int)paint->n_weeks - 1; i >= 0; i -= (int)every)
    {
      const KcProgressWeek *week = kc_plan_progress_get_week (paint->progress, (guint)i);
      g_autofree char *label = kc_progress_format_week (&week->monday);

      show_text (paint, label, x_of (paint, (guint)i), y, 0.5, 0);
    }
}

/* Above each week: a triangle for a decision, filled when accepted,
 * hollow when dismissed; a circle for a suggestion waiting for one. */
static void
draw_decisions (Paint *paint)
{
  for (guint i = 0; i < paint->n_weeks; i++)
    {
      const KcProgressWeek *week = kc_plan_progress_get_week (paint->progress, i);
      double x = x_of (paint, i);

      set_fg (paint, 0.85);
      cairo_set_line_width (paint->cr, 1.5);
      if (week->waiting > 0)
        {
          /* Beside the triangle when the week has both. */
          double cx = week->accepted + week->dismissed > 0 ? x + 11 : x;

          cairo_new_sub_path (paint->cr);
          cairo_arc (paint->cr, cx, 6, 3.5, 0, 2 * G_PI);
          cairo_stroke (paint->cr);
        }
      if (week->accepted + week->dismissed == 0)
        continue;
      cairo_move_to (paint->cr, x - 5, 2);
      cairo_line_to (paint->cr, x + 5, 2);
      cairo_line_to (paint->cr, x, 10);
      cairo_close_path (paint->cr);
      if (week->accepted > 0)
        cairo_fill (paint->cr);
      else
        cairo_stroke (paint->cr);
    }
}

static void
draw_adherence (Paint *paint)
{
  gdk_cairo_set_source_rgba (paint->cr, &paint->colors->accent);
  for (guint i = 0; i < paint->n_weeks; i++)
    {
      double share = kc_plan_progress_get_value (paint->progress, paint->series, 0, i);
      double height = paint->plot_h * MAX (share, 0);

      cairo_rectangle (paint->cr, paint->left + paint->slot * (i + 0.2),
                       paint->top + paint->plot_h - height, paint->slot * 0.6, height);
    }
  cairo_fill (paint->cr);
}

/* Diagonal lines over the red share: it reads without colour too. */
static void
hatch (Paint  *paint,
       double  x,
       double  y,
       double  width,
       double  height)
{
  cairo_save (paint->cr);
  cairo_rectangle (paint->cr, x, y, width, height);
  cairo_clip (paint->cr);
  set_fg (paint, 0.8);
  cairo_set_line_width (paint->cr, 1);
  for (double d = -height; d < width; d += 4)
    {
      cairo_move_to (paint->cr, x + d, y + height);
      cairo_line_to (paint->cr, x + d + height, y);
    }
  cairo_stroke (paint->cr);
  cairo_restore (paint->cr);
}

static void
draw_bands (Paint                *paint,
            const KcProgressWeek *week,
            guint                 i)
{
  guint total = 0;
  double x = paint->left + paint->slot * (i + 0.1);
  double y = paint->top + paint->plot_h + 4;

  for (guint b = 0; b < KC_N_PAIN_BANDS; b++)
    total += week->bands[b];
  for (guint b = 0; total > 0 && b < KC_N_PAIN_BANDS; b++)
    {
      double width = paint->slot * 0.8 * week->bands[b] / total;

      gdk_cairo_set_source_rgba (paint->cr, &paint->colors->bands[b]);
      cairo_rectangle (paint->cr, x, y, width, STRIP);
      cairo_fill (paint->cr);
      if (b == KC_PAIN_BAND_STOP && width > 0)
        hatch (paint, x, y, width, STRIP);
      x += width;
    }
}

static void
draw_pain (Paint *paint)
{
  for (guint i = 0; i < paint->n_weeks; i++)
    {
      const KcProgressWeek *week = kc_plan_progress_get_week (paint->progress, i);
      double x = x_of (paint, i);

      draw_bands (paint, week, i);
      if (week->median < 0)
        continue;
      gdk_cairo_set_source_rgba (paint->cr, &paint->colors->accent);
      cairo_set_line_width (paint->cr, 3);
      cairo_move_to (paint->cr, x, y_of (paint, week->median));
      cairo_line_to (paint->cr, x, y_of (paint, week->worst));
      cairo_move_to (paint->cr, x - 5, y_of (paint, week->worst));
      cairo_line_to (paint->cr, x + 5, y_of (paint, week->worst));
      cairo_stroke (paint->cr);
      cairo_rectangle (paint->cr, x - 4, y_of (paint, week->median) - 4, 8, 8);
      cairo_fill (paint->cr);
    }
}

/* From the first score to the change that matters, up and down: a score
 * outside the band has changed by as much as matters. */
static void
draw_matters (Paint *paint)
{
  const KcPsfsTrend *trend = kc_plan_progress_get_trend (paint->progress, paint->series,
                                                         paint->activity);
  double smallest = paint->series == KC_PROGRESS_PSFS_AVERAGE ? KC_PSFS_MCID_AVERAGE
                                                              : KC_PSFS_MCID_ACTIVITY;
  double high = MIN (trend->first + smallest, KC_PSFS_MAX_SCORE);
  double low = MAX (trend->first - smallest, 0);
  g_autofree char *label = NULL;

  if (trend->first < 0)
    return;

  set_fg (paint, 0.08);
  cairo_rectangle (paint->cr, paint->left, y_of (paint, high), paint->plot_w,
                   y_of (paint, low) - y_of (paint, high));
  cairo_fill (paint->cr);
  set_fg (paint, 0.6);
  cairo_set_line_width (paint->cr, 1);
  cairo_set_dash (paint->cr, (double[]) { 4, 3 }, 2, 0);
  cairo_move_to (paint->cr, paint->left, y_of (paint, high));
  cairo_line_to (paint->cr, paint->left + paint->plot_w, y_of (paint, high));
  cairo_stroke (paint->cr);
  cairo_set_dash (paint->cr, NULL, 0, 0);
  /* Translators: beside a chart's line, how far a score must move to
   * make a difference that matters, e.g. "±3 matters" */
  label = g_strdup_printf (_("±%.0f matters"), smallest);
  show_text (paint, label, paint->left + paint->plot_w + 4, y_of (paint, high), 0, 0.5);
}

static void
draw_scores (Paint *paint)
{
  gboolean started = FALSE;

  draw_matters (paint);
  gdk_cairo_set_source_rgba (paint->cr, &paint->colors->accent);
  cairo_set_line_width (paint->cr, 2.5);
  for (guint i = 0; i < paint->n_weeks; i++)
    {
      double value = kc_plan_progress_get_value (paint->progress, paint->series,
                                                 paint->activity, i);

      if (value < 0)
        continue;
      if (started)
        cairo_line_to (paint->cr, x_of (paint, i), y_of (paint, value));
      else
        cairo_move_to (paint->cr, x_of (paint, i), y_of (paint, value));
      started = TRUE;
    }
  cairo_stroke (paint->cr);
  for (guint i = 0; i < paint->n_weeks; i++)
    {
      double value = kc_plan_progress_get_value (paint->progress, paint->series,
                                                 paint->activity, i);

      if (value >= 0)
        {
          cairo_arc (paint->cr, x_of (paint, i), y_of (paint, value), 4, 0, 2 * G_PI);
          cairo_fill (paint->cr);
        }
    }
}

/* Room for the labels at the text's size, so that a larger text zoom
 * never cuts them. */
static void
measure (Paint  *paint,
         double  width,
         double  height)
{
  g_autoptr(PangoLayout) share = new_layout (paint, "100 %");
  g_autofree char *widest = g_strdup_printf (_("±%.0f matters"), KC_PSFS_MCID_ACTIVITY);
  g_autoptr(PangoLayout) matters = new_layout (paint, widest);
  int label_w, label_h, right = 8;

  pango_layout_get_pixel_size (share, &label_w, &label_h);
  if (paint->series == KC_PROGRESS_PSFS_AVERAGE || paint->series == KC_PROGRESS_PSFS_ACTIVITY)
    {
      pango_layout_get_pixel_size (matters, &right, NULL);
      right += 8;
    }
  paint->left = label_w + 8;
  paint->top = PAD_TOP;
  paint->plot_w = width - paint->left - right;
  paint->plot_h = height - PAD_TOP - label_h - 8 -
                  (paint->series == KC_PROGRESS_PAIN ? STRIP + 4 : 0);
  paint->slot = paint->plot_w / paint->n_weeks;
}

/**
 * kc_trend_paint:
 * @context: for the labels' text, the widget's or the paper's
 * @activity: for KC_PROGRESS_PSFS_ACTIVITY, which one
 *
 * Draws @series of @progress into a @width × @height box at the origin.
 */
void
kc_trend_paint (cairo_t             *cr,
                PangoContext        *context,
                const KcTrendColors *colors,
                KcPlanProgress      *progress,
                KcProgressSeries     series,
                guint                activity,
                double               width,
                double               height)
{
  Paint paint = { cr, context, colors, progress, series, activity,
                  kc_plan_progress_get_n_weeks (progress) };

  measure (&paint, width, height);
  if (paint.plot_w <= 0 || paint.plot_h <= 0)
    return;

  cairo_save (cr);
  draw_grid (&paint);
  draw_weeks (&paint, paint.top + paint.plot_h + 4 + (series == KC_PROGRESS_PAIN ? STRIP + 4 : 0));
  draw_decisions (&paint);
  if (series == KC_PROGRESS_ADHERENCE)
    draw_adherence (&paint);
  else if (series == KC_PROGRESS_PAIN)
    draw_pain (&paint);
  else
    draw_scores (&paint);
  cairo_restore (cr);
}
