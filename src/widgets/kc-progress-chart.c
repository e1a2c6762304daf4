/* kc-progress-chart.c: adherence and pain, week by week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bars: the share of planned exercises done each week, on the left axis
 * (%).  Line: the mean pain score each week, on its own axis on the right
 * (0–10), in the line's colour; beside it, the pain rated during exercise
 * in sessions, a bar from the median to the worst.  A triangle over a
 * week marks suggestions decided that week.  So a patient
 * and clinician see at a glance whether doing the plan goes with less
 * pain.  The same figures are the chart's description for screen readers.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "kc-progress-chart.h"

typedef struct
{
  guint done;
  guint planned;
  double pain;      /* -1: none recorded */
  double median;    /* pain during exercise, -1: none rated */
  int worst;
  guint changes;    /* suggestions decided */
  GDate monday;
} Week;

struct _KcProgressChart
{
  GtkWidget parent_instance;

  Week weeks[KC_PROGRESS_CHART_WEEKS];   /* oldest first */
  gboolean has_plan;
};

G_DEFINE_FINAL_TYPE (KcProgressChart, kc_progress_chart, GTK_TYPE_WIDGET)

#define PAD_LEFT 44.0
#define PAD_RIGHT 30.0
#define PAD_BOTTOM 24.0
#define PAD_TOP 8.0

/* The pain colour: dark red on a light theme, a light red on a dark one,
 * so that it stands out from either background. */
static void
pain_rgba (const GdkRGBA *fg,
           GdkRGBA       *pain)
{
  gboolean dark_theme = fg->red + fg->green + fg->blue > 1.5;

  *pain = dark_theme ? (GdkRGBA) { 1.0, 0.48, 0.5, 1 } : (GdkRGBA) { 0.75, 0.11, 0.16, 1 };
}

/* Pain during exercise: a bar from the median to the worst, a dot at
 * the median; marks of suggestions decided over the week's bar. */
static void
draw_sessions (KcProgressChart *self,
               cairo_t         *cr,
               const GdkRGBA   *fg,
               const GdkRGBA   *pain,
               double           left,
               double           slot,
               double           plot_h)
{
  for (guint i = 0; i < KC_PROGRESS_CHART_WEEKS; i++)
    {
      Week *week = &self->weeks[i];
      double x = left + slot * (i + 0.5) + slot * 0.22;

      if (week->median >= 0)
        {
          double y_median = PAD_TOP + plot_h * (1 - week->median / 10.0);
          double y_worst = PAD_TOP + plot_h * (1 - week->worst / 10.0);

          gdk_cairo_set_source_rgba (cr, pain);
          cairo_set_line_width (cr, 3);
          cairo_move_to (cr, x, y_median);
          cairo_line_to (cr, x, y_worst);
          cairo_stroke (cr);
          cairo_move_to (cr, x - 5, y_worst);
          cairo_line_to (cr, x + 5, y_worst);
          cairo_stroke (cr);
          cairo_rectangle (cr, x - 4, y_median - 4, 8, 8);
          cairo_fill (cr);
        }

      if (week->changes > 0)
        {
          double cx = left + slot * (i + 0.5);

          cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.85);
          cairo_move_to (cr, cx - 6, PAD_TOP);
          cairo_line_to (cr, cx + 6, PAD_TOP);
          cairo_line_to (cr, cx, PAD_TOP + 9);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
    }
}


/* A week's Monday, short: "24 Nov". */
static const char *
week_format (void)
{
  /* Translators: a short date under a week's bar, e.g. "24 Nov"; the
   * codes are strftime's (%-d day without padding, %b abbreviated month) */
  return _("%-d %b");
}

/* Room for the axis labels at the text's size: presenting or a larger
 * text zoom once cut "100 %" in half. */
static void
measure_margins (GtkWidget *widget,
                 double    *left,
                 double    *right,
                 double    *bottom)
{
  g_autoptr(PangoLayout) share = gtk_widget_create_pango_layout (widget, "100 %");
  g_autoptr(PangoLayout) pain = gtk_widget_create_pango_layout (widget, "10");
  int width, height;

  pango_layout_get_pixel_size (share, &width, &height);
  *left = MAX (PAD_LEFT, width + 8);
  *bottom = MAX (PAD_BOTTOM, height + 8);
  pango_layout_get_pixel_size (pain, &width, NULL);
  *right = MAX (PAD_RIGHT, width + 8);
}

static void
kc_progress_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KcProgressChart *self = KC_PROGRESS_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double left, right, bottom;
  double plot_w, plot_h, slot;
  gboolean started = FALSE;
  GdkRGBA fg, pain_color;
  cairo_t *cr;

  measure_margins (widget, &left, &right, &bottom);
  plot_w = width - left - right;
  plot_h = height - PAD_TOP - bottom;
  slot = plot_w / KC_PROGRESS_CHART_WEEKS;
  if (!self->has_plan || plot_w <= 0 || plot_h <= 0)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  pain_rgba (&fg, &pain_color);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Grid at 0, 50 and 100 %, labelled on the left; pain's own scale,
   * 0, 5 and 10, on the right in the line's colour. */
  cairo_set_line_width (cr, 1);
  for (int i = 0; i <= 2; i++)
    {
      double y = PAD_TOP + plot_h * (1 - i / 2.0);
      g_autofree char *share = g_strdup_printf ("%d %%", i * 50);
      g_autofree char *pain = g_strdup_printf ("%d", i * 5);
      g_autoptr(PangoLayout) label = gtk_widget_create_pango_layout (widget, share);
      g_autoptr(PangoLayout) pain_label = gtk_widget_create_pango_layout (widget, pain);
      int lw, lh;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, left + plot_w, y);
      cairo_stroke (cr);

      pango_layout_get_pixel_size (label, &lw, &lh);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      cairo_move_to (cr, left - lw - 4, y - lh / 2.0);
      pango_cairo_show_layout (cr, label);

      pango_layout_get_pixel_size (pain_label, &lw, &lh);
      gdk_cairo_set_source_rgba (cr, &pain_color);
      cairo_move_to (cr, left + plot_w + 4, y - lh / 2.0);
      pango_cairo_show_layout (cr, pain_label);
    }

  /* Week labels under every other bar, so they never collide. */
  for (guint i = KC_PROGRESS_CHART_WEEKS % 2 == 0 ? 1 : 0; i < KC_PROGRESS_CHART_WEEKS; i += 2)
    {
      char date[32];
      g_autoptr(PangoLayout) label = NULL;
      int lw, lh;

      g_date_strftime (date, sizeof date, week_format (), &self->weeks[i].monday);
      label = gtk_widget_create_pango_layout (widget, g_strstrip (date));
      pango_layout_get_pixel_size (label, &lw, &lh);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      cairo_move_to (cr, left + slot * (i + 0.5) - lw / 2.0, PAD_TOP + plot_h + 4);
      pango_cairo_show_layout (cr, label);
    }

  /* Bars: adherence. */
  for (guint i = 0; i < KC_PROGRESS_CHART_WEEKS; i++)
    {
      Week *week = &self->weeks[i];
      double share = week->planned ? (double)week->done / week->planned : 0;
      double bar_h = plot_h * share;
      double x = left + slot * i + slot * 0.2;

      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.85);
      cairo_rectangle (cr, x, PAD_TOP + plot_h - bar_h, slot * 0.6, bar_h);
      cairo_fill (cr);
    }

  /* Line: pain, dots where recorded, dashed so it reads in black and white. */
  gdk_cairo_set_source_rgba (cr, &pain_color);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, (double[]) { 6, 3 }, 2, 0);
  for (guint i = 0; i < KC_PROGRESS_CHART_WEEKS; i++)
    {
      Week *week = &self->weeks[i];
      double x = left + slot * (i + 0.5);
      double y;

      if (week->pain < 0)
        continue;

      y = PAD_TOP + plot_h * (1 - week->pain / 10.0);
      if (!started)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
      started = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  for (guint i = 0; i < KC_PROGRESS_CHART_WEEKS; i++)
    if (self->weeks[i].pain >= 0)
      {
        cairo_arc (cr, left + slot * (i + 0.5),
                   PAD_TOP + plot_h * (1 - self->weeks[i].pain / 10.0), 4, 0, 2 * G_PI);
        cairo_fill (cr);
      }

  draw_sessions (self, cr, &fg, &pain_color, left, slot, plot_h);
  cairo_destroy (cr);
}

static void
kc_progress_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 400 : 160;
}

static void
kc_progress_chart_class_init (KcProgressChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = kc_progress_chart_snapshot;
  widget_class->measure = kc_progress_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "progresschart");
}

static void
kc_progress_chart_init (KcProgressChart *self)
{
  /* Named before it has weeks to show, too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress by week"), -1);
}

GtkWidget *
kc_progress_chart_new (void)
{
  return g_object_new (KC_TYPE_PROGRESS_CHART, NULL);
}

/**
 * kc_progress_chart_set_plan:
 * @plan: (nullable): the plan to chart
 * @last_monday: the Monday of the newest week to show
 */
void
kc_progress_chart_set_plan (KcProgressChart *self,
                            KcPlan          *plan,
                            GDate           *last_monday)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (KC_IS_PROGRESS_CHART (self));

  self->has_plan = plan != NULL;
  for (guint i = 0; plan != NULL && i < KC_PROGRESS_CHART_WEEKS; i++)
    {
      Week *week = &self->weeks[i];

      week->monday = *last_monday;
      g_date_subtract_days (&week->monday, 7 * (KC_PROGRESS_CHART_WEEKS - 1 - i));
      kc_plan_get_week_figures (plan, &week->monday, &week->done, &week->planned, &week->pain);
      kc_plan_get_week_pain (plan, &week->monday, &week->median, &week->worst);
      week->changes = kc_plan_count_week_changes (plan, &week->monday);
    }

  summary = kc_progress_chart_dup_summary (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress by week"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* "Week of 16 Nov: 3 of 4 done, pain 6; …" for screen readers and tests. */
char *
kc_progress_chart_dup_summary (KcProgressChart *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (KC_IS_PROGRESS_CHART (self), NULL);

  for (guint i = 0; self->has_plan && i < KC_PROGRESS_CHART_WEEKS; i++)
    {
      Week *week = &self->weeks[i];
      char date[64];

      g_date_strftime (date, sizeof date, week_format (), &week->monday);
      if (text->len > 0)
        g_string_append (text, "; ");
      /* Translators: one week in the chart's description */
      g_string_append_printf (text, _("week of %s: %u of %u done"), g_strstrip (date),
                              week->done, week->planned);
      if (week->pain >= 0)
        g_string_append_printf (text, _(", pain %.1f"), week->pain);
      if (week->median >= 0)
        /* Translators: pain rated during exercise in a week's sessions */
        g_string_append_printf (text, _(", pain during exercise: median %.1f, worst %d"),
                                week->median, week->worst);
      if (week->changes > 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, ", %u suggestion decided",
                                                   ", %u suggestions decided", week->changes),
                                week->changes);
    }

  return g_string_free (text, FALSE);
}
