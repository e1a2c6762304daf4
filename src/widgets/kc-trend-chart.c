/* kc-trend-chart.c: one series of a plan's progress, week by week, with its words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A heading, the chart (kc-trend-paint.c, in the style's colours, so it
 * reads in dark mode too) and what it shows in a sentence — the same
 * sentence a screen reader reads as the picture's description.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-accessible.h"
#include "kc-trend-chart.h"
#include "kc-trend-paint.h"

struct _KcTrendChart
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkDrawingArea *area;
  GtkLabel *caption;

  /* Owned references */
  KcPlanProgress *progress;
  KcProgressSeries series;
  guint activity;
};

G_DEFINE_FINAL_TYPE (KcTrendChart, kc_trend_chart, GTK_TYPE_WIDGET)

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  KcTrendChart *self = user_data;
  KcTrendColors colors;
  GdkRGBA fg;

  if (self->progress == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  kc_trend_colors_init (&colors, &fg);
  kc_trend_paint (cr, gtk_widget_get_pango_context (GTK_WIDGET (area)), &colors, self->progress,
                  self->series, self->activity, width, height);
}

static void
kc_trend_chart_dispose (GObject *object)
{
  KcTrendChart *self = KC_TREND_CHART (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_TREND_CHART);
  g_clear_pointer (&self->progress, kc_plan_progress_unref);

  G_OBJECT_CLASS (kc_trend_chart_parent_class)->dispose (object);
}

static void
kc_trend_chart_class_init (KcTrendChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_trend_chart_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  /* Layout only: the picture carries the name and the words. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
  gtk_widget_class_set_css_name (widget_class, "trendchart");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-trend-chart.ui");
  gtk_widget_class_bind_template_child (widget_class, KcTrendChart, title_label);
  gtk_widget_class_bind_template_child (widget_class, KcTrendChart, area);
  gtk_widget_class_bind_template_child (widget_class, KcTrendChart, caption);
}

static void
kc_trend_chart_init (KcTrendChart *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_hide_when_empty (self->title_label);
  kc_accessible_hide_when_empty (self->caption);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  /* Named before it has a series to show, too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Progress by week"), -1);
}

GtkWidget *
kc_trend_chart_new (void)
{
  return g_object_new (KC_TYPE_TREND_CHART, NULL);
}

/**
 * kc_trend_chart_set_series:
 * @progress: the figures; a reference is kept
 * @activity: for KC_PROGRESS_PSFS_ACTIVITY, which one
 */
void
kc_trend_chart_set_series (KcTrendChart     *self,
                           KcPlanProgress   *progress,
                           KcProgressSeries  series,
                           guint             activity)
{
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (KC_IS_TREND_CHART (self));
  g_return_if_fail (progress != NULL);

  kc_plan_progress_ref (progress);
  g_clear_pointer (&self->progress, kc_plan_progress_unref);
  self->progress = progress;
  self->series = series;
  self->activity = activity;

  title = kc_plan_progress_dup_title (progress, series, activity);
  description = kc_plan_progress_dup_description (progress, series, activity);
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->caption, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

const char *
kc_trend_chart_get_title (KcTrendChart *self)
{
  g_return_val_if_fail (KC_IS_TREND_CHART (self), NULL);
  return gtk_label_get_label (self->title_label);
}

/* Returns: what the chart shows, in words: its description for screen readers */
const char *
kc_trend_chart_get_description (KcTrendChart *self)
{
  g_return_val_if_fail (KC_IS_TREND_CHART (self), NULL);
  return gtk_label_get_label (self->caption);
}
