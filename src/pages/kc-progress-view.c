/* kc-progress-view.c: a plan's progress, week by week, in charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the patient between visits and the physiotherapist at the next one:
 * of the chosen plan, the exercises done, the pain during exercise, each
 * activity of the Functional Scale and their average, with the
 * suggestions decided marked on every chart's weeks.  Each chart says in
 * words what it shows (kc-plan-progress-text.c).  With nothing noted yet
 * a status page says how to begin.  The report prints the same.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kc-plan-choice.h"
#include "kc-progress-report.h"
#include "kc-progress-view.h"
#include "plan/kc-plan-progress.h"
#include "widgets/kc-accessible.h"
#include "widgets/kc-trend-chart.h"

struct _KcProgressView
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkDropDown *plan_choice;
  GtkStack *stack;
  KcTrendChart *adherence_chart;
  KcTrendChart *pain_chart;
  GtkBox *psfs_box;
  GtkLabel *psfs_hint;
  GtkLabel *decisions_label;
  GtkLabel *imported_label;

  /* Owned references */
  KcLibrary *library;
  KcPlanStore *store;
  KcPlan *plan;
  GDate today;
};

G_DEFINE_FINAL_TYPE (KcProgressView, kc_progress_view, GTK_TYPE_WIDGET)

static void
clear_psfs (KcProgressView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->psfs_box))) != NULL)
    gtk_box_remove (self->psfs_box, child);
}

static void
add_psfs_chart (KcProgressView   *self,
                KcPlanProgress   *progress,
                KcProgressSeries  series,
                guint             activity)
{
  GtkWidget *chart = kc_trend_chart_new ();

  kc_trend_chart_set_series (KC_TREND_CHART (chart), progress, series, activity);
  gtk_box_append (self->psfs_box, chart);
}

/* Says where the numbers came from when a progress file added to them:
 * they are the patient's record, read here, not edited here. */
static void
show_imported (KcProgressView *self)
{
  g_autofree char *text = kc_plan_dup_progress_source (self->plan);

  gtk_widget_set_visible (GTK_WIDGET (self->imported_label), text != NULL);
  if (text != NULL)
    gtk_label_set_label (self->imported_label, text);
}

static void
update (KcProgressView *self)
{
  g_autoptr(KcPlanProgress) progress = NULL;
  g_autofree char *decisions = NULL;
  guint n_activities;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.print", self->plan != NULL);
  clear_psfs (self);
  if (self->plan != NULL)
    {
      progress = kc_plan_progress_new_to_date (self->plan, &self->today);
      kc_plan_progress_count_waiting (progress, self->plan, self->library, &self->today);
    }
  if (progress == NULL || kc_plan_progress_is_empty (progress))
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_imported (self);
  kc_trend_chart_set_series (self->adherence_chart, progress, KC_PROGRESS_ADHERENCE, 0);
  kc_trend_chart_set_series (self->pain_chart, progress, KC_PROGRESS_PAIN, 0);
  n_activities = kc_plan_progress_get_n_activities (progress);
  if (n_activities > 0)
    add_psfs_chart (self, progress, KC_PROGRESS_PSFS_AVERAGE, 0);
  for (guint i = 0; i < n_activities; i++)
    add_psfs_chart (self, progress, KC_PROGRESS_PSFS_ACTIVITY, i);
  gtk_widget_set_visible (GTK_WIDGET (self->psfs_hint), n_activities == 0);

  decisions = kc_plan_progress_dup_decisions (progress);
  gtk_label_set_label (self->decisions_label, decisions);
  gtk_stack_set_visible_child_name (self->stack, "charts");
}

static void
on_plan_changed_cb (KcProgressView *self)
{
  update (self);
}

static void
on_plan_chosen_cb (KcProgressView *self)
{
  g_autoptr(KcPlan) plan = NULL;

  if (self->store == NULL)
    return;

  plan = kc_plan_choice_dup_selected (self->plan_choice, self->store);
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed_cb, self);
  g_set_object (&self->plan, plan);
  if (self->plan != NULL)
    g_signal_connect_object (self->plan, "changed", G_CALLBACK (on_plan_changed_cb), self,
                             G_CONNECT_SWAPPED);
  update (self);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  KcProgressView *self = KC_PROGRESS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL)
    return;

  if (!kc_progress_report_print (self->plan, self->library,
                                 GTK_WINDOW (gtk_widget_get_root (widget)), NULL, &error))
    {
      /* Translators: a toast when printing failed */
      g_autofree char *message = g_strdup_printf (_("The progress report could not be printed: %s"),
                                                  error->message);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
}

static void
kc_progress_view_dispose (GObject *object)
{
  KcProgressView *self = KC_PROGRESS_VIEW (object);

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, on_plan_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PROGRESS_VIEW);

  g_clear_object (&self->plan);
  g_clear_object (&self->store);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_progress_view_parent_class)->dispose (object);
}

static void
kc_progress_view_class_init (KcProgressViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_progress_view_dispose;

  g_type_ensure (KC_TYPE_TREND_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A container only: its section names it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-progress-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KcProgressView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KcProgressView, plan_choice);
  gtk_widget_class_bind_template_child (widget_class, KcProgressView, stack);
  gtk_widget_class_bind_template_child (widget_class, KcProgressView, adherence_chart);
  gtk_widget_class_bind_template_child (widget_class, KcProgressView, pain_chart);
  gtk_widget_class_bind_template_child (widget_class, KcProgressView, psfs_box);
  gtk_widget_class_bind_template_child (widget_class, KcProgressView, psfs_hint);
  gtk_widget_class_bind_template_child (widget_class, KcProgressView, decisions_label);
  gtk_widget_class_bind_template_child (widget_class, KcProgressView, imported_label);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_chosen_cb);

  gtk_widget_class_install_action (widget_class, "progress.print", NULL, print_action);
}

static void
kc_progress_view_init (KcProgressView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, (GDateDay)g_date_time_get_day_of_month (now),
                  (GDateMonth)g_date_time_get_month (now), (GDateYear)g_date_time_get_year (now));

  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_hide_when_empty (self->decisions_label);
  kc_accessible_hide_when_empty (self->imported_label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "progress.print", FALSE);
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
}

void
kc_progress_view_set_store (KcProgressView *self,
                            KcPlanStore    *store,
                            KcLibrary      *library)
{
  g_return_if_fail (KC_IS_PROGRESS_VIEW (self));

  g_set_object (&self->library, library);
  g_set_object (&self->store, store);
  kc_plan_choice_set_store (self->plan_choice, store);
  on_plan_chosen_cb (self);
}

/* The last week shown is @today's. */
void
kc_progress_view_set_date (KcProgressView *self,
                           const GDate    *today)
{
  g_return_if_fail (KC_IS_PROGRESS_VIEW (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  self->today = *today;
  update (self);
}

/* Chooses @plan in the plan drop-down, if it is one of the store's. */
void
kc_progress_view_set_plan (KcProgressView *self,
                           KcPlan         *plan)
{
  g_return_if_fail (KC_IS_PROGRESS_VIEW (self));

  kc_plan_choice_select (self->plan_choice, self->store, plan);
}

KcPlan *
kc_progress_view_get_plan (KcProgressView *self)
{
  g_return_val_if_fail (KC_IS_PROGRESS_VIEW (self), NULL);
  return self->plan;
}

/**
 * kc_progress_view_dup_charts:
 *
 * Returns: (transfer container) (element-type KcTrendChart): the charts
 *   shown, in order: adherence, pain, the Functional Scale's average and
 *   its activities; none when the empty state shows
 */
GPtrArray *
kc_progress_view_dup_charts (KcProgressView *self)
{
  GPtrArray *charts = g_ptr_array_new ();

  g_return_val_if_fail (KC_IS_PROGRESS_VIEW (self), charts);

  if (kc_progress_view_is_empty (self))
    return charts;
  g_ptr_array_add (charts, self->adherence_chart);
  g_ptr_array_add (charts, self->pain_chart);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->psfs_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (charts, child);
  return charts;
}

/* Returns: whether the empty state shows: nothing noted for the plan yet */
gboolean
kc_progress_view_is_empty (KcProgressView *self)
{
  g_return_val_if_fail (KC_IS_PROGRESS_VIEW (self), TRUE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}

/**
 * kc_progress_view_get_imported_note:
 *
 * Returns: (nullable): what the view says of a progress file imported
 *   into the plan, or %NULL when it says nothing
 */
const char *
kc_progress_view_get_imported_note (KcProgressView *self)
{
  g_return_val_if_fail (KC_IS_PROGRESS_VIEW (self), NULL);

  if (kc_progress_view_is_empty (self) || !gtk_widget_get_visible (GTK_WIDGET (self->imported_label)))
    return NULL;
  return gtk_label_get_label (self->imported_label);
}
