/* kc-today-view.c: today's exercises, ticked off, with the week's progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the patient at home: choose the plan once, tick what was done, note
 * the pain, and see this week's share done and eight weeks of progress.
 * Ticks and scores belong to dates, so yesterday can be filled in today.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kc-plan-choice.h"
#include "kc-psfs-card.h"
#include "kc-settle-card.h"
#include "kc-suggestion-card.h"
#include "kc-today-view.h"
#include "widgets/kc-progress-chart.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-accessible.h"

struct _KcTodayView
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkBox *notices;
  GtkDropDown *plan_choice;
  GtkLabel *date_label;
  GtkLabel *pain_label;
  GtkLabel *week_label;
  GtkBox *checklist;
  GtkWidget *start_button;
  GtkDropDown *pain_choice;
  GtkProgressBar *week_progress;
  KcProgressChart *chart;

  /* Owned references */
  KcLibrary *library;
  KcPlanStore *store;
  KcPlan *plan;
  AdwToast *undo_toast;
  GSettings *settings;   /* made when first needed, for the weekly check */
  GDate date;

  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (KcTodayView, kc_today_view, GTK_TYPE_WIDGET)

static GDate
monday_of (GDate *date)
{
  GDate monday = *date;

  g_date_subtract_days (&monday, kc_weekday_of (date));
  return monday;
}

static void
update_progress (KcTodayView *self)
{
  GDate monday = monday_of (&self->date);
  g_autofree char *text = NULL;
  guint done = 0, planned = 0;
  double pain;

  if (self->plan != NULL)
    kc_plan_get_week_figures (self->plan, &monday, &done, &planned, &pain);

  /* Translators: progress this week, e.g. "5 of 12 exercises done this week" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u exercise done this week",
                                       "%u of %u exercises done this week", planned),
                          done, planned);
  gtk_progress_bar_set_fraction (self->week_progress, planned ? (double)done / planned : 0);
  gtk_label_set_label (self->week_label, text);
  kc_progress_chart_set_plan (self->chart, self->plan, &monday);
}

/* What a tick's check button stands for, handed to its callback. */
typedef struct
{
  KcTodayView *view;   /* unowned: the view owns the check button */
  char *exercise_id;
} Tick;

static void
tick_free (gpointer  data,
           GClosure *closure)
{
  Tick *tick = data;

  g_free (tick->exercise_id);
  g_free (tick);
}

static void
on_tick_toggled_cb (GtkCheckButton *check,
                    Tick           *tick)
{
  KcTodayView *self = tick->view;

  if (self->syncing || self->plan == NULL)
    return;

  kc_plan_set_done (self->plan, &self->date, tick->exercise_id,
                    gtk_check_button_get_active (check));
  update_progress (self);
}

/* A day with nothing to tick: a small status page in the checklist. */
static void
show_empty_day (KcTodayView *self,
                const char  *icon_name,
                const char  *title,
                const char  *description)
{
  GtkWidget *status = adw_status_page_new ();
  GtkWidget *scroller = gtk_widget_get_first_child (status);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (status), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_widget_add_css_class (status, "compact");
  /* The page scrolls as a whole: the status page's own scroller, given
   * less than its height at 1024×600, showed half its icon and no words. */
  if (GTK_IS_SCROLLED_WINDOW (scroller))
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                    GTK_POLICY_NEVER);
  kc_accessible_hide_decorations (status);
  gtk_box_append (self->checklist, status);
}

static gboolean
shows_today (KcTodayView *self)
{
  GDate today = kc_plan_today ();

  return g_date_compare (&self->date, &today) == 0;
}

/* "Pain today" today; another day's score is that day's, and says so. */
static void
update_pain_label (KcTodayView *self)
{
  g_autofree char *text = NULL;
  char day[64];

  if (shows_today (self))
    {
      gtk_label_set_label (self->pain_label, _("P_ain today (0 none, 10 worst)"));
      return;
    }

  /* Translators: a day in "Pain on 2 December"; the codes are strftime's
   * (%-d day without padding, %B month) */
  g_date_strftime (day, sizeof day, _("%-d %B"), &self->date);
  /* Translators: a past or future day's pain score, e.g. "Pain on 2 December" */
  text = g_strdup_printf (_("P_ain on %s (0 none, 10 worst)"), day);
  gtk_label_set_label (self->pain_label, text);
}

/* The day shown is in the week of today. */
static gboolean
shows_this_week (KcTodayView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate monday;
  int days;

  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, (GDateDay)g_date_time_get_day_of_month (now),
                  (GDateMonth)g_date_time_get_month (now), (GDateYear)g_date_time_get_year (now));
  g_date_subtract_days (&monday, kc_weekday_of (&monday));
  days = g_date_days_between (&monday, &self->date);
  return days >= 0 && days < 7;
}

static void rebuild (KcTodayView *self);

static void
on_settle_answered_cb (KcTodayView *self)
{
  rebuild (self);
}

static void
on_undo_toast_dismissed_cb (AdwToast    *toast,
                            KcTodayView *self)
{
  if (self->undo_toast == toast)
    g_clear_object (&self->undo_toast);
}

static void
show_undo_toast (KcTodayView *self)
{
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_clear_object (&self->undo_toast);

  self->undo_toast = adw_toast_new (_("The plan was changed"));
  adw_toast_set_button_label (self->undo_toast, _("_Undo"));
  adw_toast_set_action_name (self->undo_toast, "today.undo-change");
  g_signal_connect_object (self->undo_toast, "dismissed",
                           G_CALLBACK (on_undo_toast_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->undo_toast));
}

static void
on_suggestion_decided_cb (KcTodayView *self,
                          KcDecision   decision)
{
  if (decision == KC_DECISION_ACCEPTED)
    show_undo_toast (self);
  rebuild (self);
}

/* The functional scale's weekly check, in this week only: a past week
 * is not asked about again. */
static gboolean
add_psfs_card (KcTodayView *self)
{
  GtkWidget *card;

  if (!shows_this_week (self) || !kc_plan_psfs_is_due (self->plan, &self->date))
    return FALSE;
  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  if (!kc_psfs_card_is_wanted (self->settings, self->plan, &self->date))
    return FALSE;

  card = kc_psfs_card_new (self->settings, self->plan, &self->date);
  g_signal_connect_swapped (card, "answered", G_CALLBACK (on_settle_answered_cb), self);
  gtk_box_append (self->notices, card);
  return TRUE;
}

/* The morning question about the last session, the weekly check, then
 * the suggestions. */
static void
notices_refresh (KcTodayView *self)
{
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  GDate session_day;
  gboolean asks;

  kc_remove_children (GTK_WIDGET (self->notices));
  gtk_widget_set_visible (GTK_WIDGET (self->notices), FALSE);
  if (self->plan == NULL)
    return;

  waiting = kc_plan_dup_unsettled (self->plan, &self->date, &session_day);
  if (waiting->len > 0)
    {
      GtkWidget *card = kc_settle_card_new (self->plan, self->library, &self->date,
                                            &session_day, waiting);

      g_signal_connect_swapped (card, "answered", G_CALLBACK (on_settle_answered_cb), self);
      gtk_box_append (self->notices, card);
    }
  asks = add_psfs_card (self);

  suggestions = kc_plan_dup_suggestions (self->plan, self->library, &self->date);
  for (guint i = 0; i < suggestions->len; i++)
    {
      GtkWidget *card = kc_suggestion_card_new (self->plan, self->library,
                                                g_ptr_array_index (suggestions, i), &self->date);

      g_signal_connect_swapped (card, "decided", G_CALLBACK (on_suggestion_decided_cb), self);
      gtk_box_append (self->notices, card);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->notices),
                          asks || waiting->len + suggestions->len > 0);
}

/* A session runs now, so Start is there on today's page of a day with
 * exercises; win.start-session takes the plan's id. */
static void
update_start (KcTodayView *self,
              guint        n_items)
{
  gtk_widget_set_visible (self->start_button,
                          self->plan != NULL && shows_today (self) && n_items > 0);
  /* The target first: the action takes a string, never nothing. */
  if (self->plan != NULL)
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->start_button), "s",
                                        kc_plan_get_id (self->plan));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "win.start-session");
    }
}

static void
rebuild (KcTodayView *self)
{
  char date_text[128];
  GListModel *items;

  /* Translators: the day shown, e.g. "Tuesday 24 November 2026"; the
   * codes are strftime's (%A weekday, %-d day without padding, %B month,
   * %Y year: %e would pad "2" to " 2", a double space) */
  g_date_strftime (date_text, sizeof date_text, _("%A %-d %B %Y"), &self->date);
  gtk_label_set_label (self->date_label, date_text);
  update_pain_label (self);
  notices_refresh (self);
  kc_remove_children (GTK_WIDGET (self->checklist));

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->pain_choice,
                              self->plan ? (guint)(kc_plan_get_pain (self->plan, &self->date) + 1)
                                         : 0);
  self->syncing = FALSE;

  if (self->plan == NULL)
    {
      show_empty_day (self, "x-office-calendar-symbolic", _("No plan yet"),
                      _("Make one under Plans."));
      update_start (self, 0);
      update_progress (self);
      return;
    }

  items = kc_plan_get_day (self->plan, kc_weekday_of (&self->date));
  update_start (self, g_list_model_get_n_items (items));
  if (g_list_model_get_n_items (items) == 0)
    {
      show_empty_day (self, "weather-clear-symbolic", _("A rest day"),
                      _("No exercises today. Gentle walking is always welcome."));
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);
      const char *id = kc_plan_item_get_exercise_id (item);
      KcExercise *exercise = kc_library_lookup_exercise (self->library, id);
      g_autofree char *dose = kc_dose_to_string (kc_plan_item_get_dose (item));
      /* Translators: an exercise and its dose, e.g. "Bridge — 3 sets × 10" */
      g_autofree char *label = g_strdup_printf (_("%s — %s"),
                                                exercise ? kc_item_get_name (KC_ITEM (exercise)) : id,
                                                dose);
      GtkWidget *check = gtk_check_button_new_with_label (label);
      Tick *tick = g_new0 (Tick, 1);

      kc_accessible_hide_decorations (check);

      tick->view = self;
      tick->exercise_id = g_strdup (id);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   kc_plan_get_done (self->plan, &self->date, id));
      g_signal_connect_data (check, "toggled", G_CALLBACK (on_tick_toggled_cb), tick,
                             tick_free, 0);
      gtk_box_append (self->checklist, check);
    }

  update_progress (self);
}

static void
on_pain_chosen_cb (KcTodayView *self)
{
  guint selected = gtk_drop_down_get_selected (self->pain_choice);

  if (self->syncing || self->plan == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  kc_plan_set_pain (self->plan, &self->date, (int)selected - 1);
  update_progress (self);
}

static void
on_plan_chosen_cb (KcTodayView *self)
{
  g_autoptr(KcPlan) plan = NULL;

  if (self->syncing || self->store == NULL)
    return;

  plan = kc_plan_choice_dup_selected (self->plan_choice, self->store);
  g_set_object (&self->plan, plan);
  rebuild (self);
}

static void
move_day (KcTodayView *self,
          int          days)
{
  if (days > 0)
    g_date_add_days (&self->date, (guint)days);
  else
    g_date_subtract_days (&self->date, (guint)-days);
  rebuild (self);
}

static void
previous_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  move_day (KC_TODAY_VIEW (widget), -1);
}

static void
next_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  move_day (KC_TODAY_VIEW (widget), 1);
}

static void
undo_change_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KcTodayView *self = KC_TODAY_VIEW (widget);

  if (self->plan != NULL && kc_plan_undo_change (self->plan))
    rebuild (self);
}

static void
kc_today_view_dispose (GObject *object)
{
  KcTodayView *self = (KcTodayView *)object;
  GtkWidget *child;

  self->syncing = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_TODAY_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->undo_toast);
  g_clear_object (&self->settings);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_today_view_parent_class)->dispose (object);
}

static void
kc_today_view_class_init (KcTodayViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_today_view_dispose;

  g_type_ensure (KC_TYPE_PROGRESS_CHART);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A container only: its tab or section names it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-today-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, notices);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, plan_choice);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, date_label);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, checklist);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, start_button);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, pain_choice);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, pain_label);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, week_label);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, week_progress);
  gtk_widget_class_bind_template_child (widget_class, KcTodayView, chart);
  gtk_widget_class_bind_template_callback (widget_class, on_pain_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_chosen_cb);

  gtk_widget_class_install_action (widget_class, "today.previous-day", NULL, previous_day_action);
  gtk_widget_class_install_action (widget_class, "today.next-day", NULL, next_day_action);
  gtk_widget_class_install_action (widget_class, "today.undo-change", NULL, undo_change_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_CONTROL_MASK,
                                       "today.previous-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_CONTROL_MASK,
                                       "today.next-day", NULL);
}

static void
kc_today_view_init (KcTodayView *self)
{
  self->date = kc_plan_today ();
  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_hide_decorations (GTK_WIDGET (self));
  kc_accessible_hide_when_empty (self->date_label);
  kc_accessible_hide_when_empty (self->week_label);
  update_pain_label (self);
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
}

void
kc_today_view_set_store (KcTodayView *self,
                         KcPlanStore *store,
                         KcLibrary   *library)
{
  g_return_if_fail (KC_IS_TODAY_VIEW (self));

  g_set_object (&self->library, library);
  g_set_object (&self->store, store);
  kc_plan_choice_set_store (self->plan_choice, store);
  on_plan_chosen_cb (self);
}

void
kc_today_view_set_date (KcTodayView *self,
                        GDate       *date)
{
  g_return_if_fail (KC_IS_TODAY_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->date = *date;
  rebuild (self);
}

/* Chooses @plan in the plan drop-down. */
void
kc_today_view_set_plan (KcTodayView *self,
                        KcPlan      *plan)
{
  g_return_if_fail (KC_IS_TODAY_VIEW (self));

  kc_plan_choice_select (self->plan_choice, self->store, plan);
}

KcPlan *
kc_today_view_get_plan (KcTodayView *self)
{
  g_return_val_if_fail (KC_IS_TODAY_VIEW (self), NULL);
  return self->plan;
}
