/* kc-psfs-dialog.c: the functional scale's activities, named and rated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Patient-Specific Functional Scale of a plan (kc-psfs.h): what it is,
 * the three to five activities in the patient's words, and this week's
 * ratings with last week's and the change since the first.  Renaming
 * happens as the patient types; the activity list is built again only
 * when an activity comes or goes, so typing never loses its entry.  A
 * removed activity takes its ratings with it, and a toast's Undo brings
 * both back (at the end of the list: the model appends).
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-psfs-activity-row.h"
#include "kc-psfs-dialog.h"
#include "kc-psfs-rating-row.h"
#include "plan/kc-psfs-change.h"
#include "widgets/kc-content-widgets.h"

struct _KcPsfsDialog
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  GtkListBox *activity_list;
  AdwEntryRow *new_row;
  GtkLabel *count_label;
  AdwPreferencesGroup *ratings_group;
  GtkListBox *rating_list;
  GtkLabel *average_label;

  /* Owned references */
  KcPlan *plan;
  GDate day;                 /* ratings given here are dated this day */
  KcPsfsActivity *removed;   /* kept for Undo, with its ratings */
  GPtrArray *removed_ratings;
  AdwToast *toast;
};

G_DEFINE_FINAL_TYPE (KcPsfsDialog, kc_psfs_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_count (KcPsfsDialog *self)
{
  guint n = kc_plan_get_psfs_activities (self->plan)->len;

  gtk_widget_set_sensitive (GTK_WIDGET (self->new_row), n < KC_PSFS_MAX_ACTIVITIES);
  if (n >= KC_PSFS_MAX_ACTIVITIES)
    gtk_label_set_label (self->count_label,
                         _("Five is the most: remove one to name another."));
  else if (n < KC_PSFS_MIN_ACTIVITIES)
    gtk_label_set_label (self->count_label,
                         _("The scale works best with three to five activities."));
  else
    gtk_label_set_label (self->count_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->count_label),
                          n >= KC_PSFS_MAX_ACTIVITIES || n < KC_PSFS_MIN_ACTIVITIES);
}

/* "Average this week: 5.3 — up 2.3 since 2 November — a change that matters" */
static void
update_average (KcPsfsDialog *self)
{
  g_autofree char *text = NULL;
  g_autofree char *change = NULL;
  GDate first_monday, monday = self->day;
  double average, first;

  g_date_subtract_days (&monday, kc_weekday_of (&self->day));
  if (!kc_plan_get_psfs_week (self->plan, &self->day, NULL, &average))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->average_label), FALSE);
      return;
    }

  if (kc_plan_get_psfs_first_average (self->plan, &first_monday, &first) &&
      g_date_compare (&first_monday, &monday) < 0)
    {
      change = kc_psfs_describe_change (first, average, &first_monday, TRUE);
      /* Translators: e.g. "Average this week: 5.3 — up 2.3 since 2 November" */
      text = g_strdup_printf (_("Average this week: %.1f — %s"), average, change);
    }
  else
    /* Translators: e.g. "Average this week: 5.3" */
    text = g_strdup_printf (_("Average this week: %.1f"), average);

  gtk_label_set_label (self->average_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->average_label), TRUE);
}

static void
on_plan_changed_cb (KcPsfsDialog *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rating_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (KC_IS_PSFS_RATING_ROW (row))
      kc_psfs_rating_row_refresh (KC_PSFS_RATING_ROW (row));
  update_average (self);
}

static void
on_activity_changed_cb (KcPsfsActivityRow *row,
                        KcPsfsDialog      *self)
{
  /* A blank name is refused and the old one kept until text returns. */
  kc_plan_rename_psfs_activity (self->plan, kc_psfs_activity_row_get_activity_id (row),
                                gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
remove_activity_rows (KcPsfsDialog *self)
{
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->activity_list));

  while (row != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (row);

      if (KC_IS_PSFS_ACTIVITY_ROW (row))
        gtk_list_box_remove (self->activity_list, row);
      row = next;
    }
}

/* Both lists, after an activity came or went. */
static void
rebuild (KcPsfsDialog *self)
{
  GPtrArray *activities = kc_plan_get_psfs_activities (self->plan);

  remove_activity_rows (self);
  kc_remove_children (GTK_WIDGET (self->rating_list));
  for (guint i = 0; i < activities->len; i++)
    {
      KcPsfsActivity *activity = g_ptr_array_index (activities, i);
      GtkWidget *row = kc_psfs_activity_row_new (activity, i + 1);

      g_signal_connect_object (row, "changed", G_CALLBACK (on_activity_changed_cb), self, 0);
      gtk_list_box_insert (self->activity_list, row, (int)i);
      gtk_list_box_append (self->rating_list,
                           kc_psfs_rating_row_new (self->plan, activity->id, &self->day));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->ratings_group), activities->len > 0);
  update_count (self);
  update_average (self);
}

static void
forget_removed (KcPsfsDialog *self)
{
  g_clear_pointer (&self->removed, kc_psfs_activity_free);
  g_clear_pointer (&self->removed_ratings, g_ptr_array_unref);
  if (self->toast != NULL)
    {
      g_autoptr(AdwToast) toast = g_steal_pointer (&self->toast);
      adw_toast_dismiss (toast);
    }
}

static void
on_new_row_apply_cb (KcPsfsDialog *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_row));

  if (kc_plan_add_psfs_activity (self->plan, name, &self->day) == NULL)
    return;

  /* What Undo would bring back may no longer fit. */
  forget_removed (self);
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  rebuild (self);
}

static void
on_toast_dismissed_cb (AdwToast     *toast,
                       KcPsfsDialog *self)
{
  if (self->toast == toast)
    {
      g_clear_object (&self->toast);
      g_clear_pointer (&self->removed, kc_psfs_activity_free);
      g_clear_pointer (&self->removed_ratings, g_ptr_array_unref);
    }
}

static void
show_undo_toast (KcPsfsDialog *self,
                 const char   *name)
{
  /* Translators: a toast, e.g. "“Climbing stairs” was removed" */
  g_autofree char *title = g_strdup_printf (_("“%s” was removed"), name);

  self->toast = adw_toast_new (title);
  adw_toast_set_button_label (self->toast, _("_Undo"));
  adw_toast_set_action_name (self->toast, "psfs.undo-remove");
  adw_toast_set_priority (self->toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (self->toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self, 0);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), g_object_ref (self->toast));
}

/* The activity's ratings, copied before they go with it. */
static GPtrArray *
dup_ratings_of (KcPlan     *plan,
                const char *activity_id)
{
  GPtrArray *ratings = kc_plan_get_psfs_ratings (plan);
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_psfs_rating_free);

  for (guint i = 0; i < ratings->len; i++)
    {
      KcPsfsRating *rating = g_ptr_array_index (ratings, i);

      if (g_str_equal (rating->activity_id, activity_id))
        g_ptr_array_add (copy, kc_psfs_rating_copy (rating));
    }
  return copy;
}

static void
remove_activity_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KcPsfsDialog *self = KC_PSFS_DIALOG (widget);
  const char *id = g_variant_get_string (param, NULL);
  const KcPsfsActivity *activity = kc_plan_find_psfs_activity (self->plan, id);
  g_autoptr(KcPsfsActivity) removed = NULL;

  if (activity == NULL)
    return;

  forget_removed (self);
  removed = kc_psfs_activity_copy (activity);
  self->removed_ratings = dup_ratings_of (self->plan, id);
  kc_plan_remove_psfs_activity (self->plan, id);
  show_undo_toast (self, removed->name);
  self->removed = g_steal_pointer (&removed);
  rebuild (self);
}

static void
undo_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KcPsfsDialog *self = KC_PSFS_DIALOG (widget);
  g_autoptr(KcPsfsActivity) activity = g_steal_pointer (&self->removed);
  g_autoptr(GPtrArray) ratings = g_steal_pointer (&self->removed_ratings);

  forget_removed (self);
  if (activity == NULL || !kc_plan_insert_psfs_activity (self->plan, activity))
    return;
  for (guint i = 0; i < ratings->len; i++)
    {
      KcPsfsRating *rating = g_ptr_array_index (ratings, i);

      kc_plan_set_psfs_score (self->plan, &rating->date, rating->activity_id, rating->score);
    }
  rebuild (self);
}

static void
kc_psfs_dialog_dispose (GObject *object)
{
  KcPsfsDialog *self = (KcPsfsDialog *)object;

  g_clear_pointer (&self->removed, kc_psfs_activity_free);
  g_clear_pointer (&self->removed_ratings, g_ptr_array_unref);
  g_clear_object (&self->toast);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (kc_psfs_dialog_parent_class)->dispose (object);
}

static void
kc_psfs_dialog_class_init (KcPsfsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_psfs_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-psfs-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPsfsDialog, activity_list);
  gtk_widget_class_bind_template_child (widget_class, KcPsfsDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, KcPsfsDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, KcPsfsDialog, ratings_group);
  gtk_widget_class_bind_template_child (widget_class, KcPsfsDialog, rating_list);
  gtk_widget_class_bind_template_child (widget_class, KcPsfsDialog, average_label);
  gtk_widget_class_bind_template_callback (widget_class, on_new_row_apply_cb);

  gtk_widget_class_install_action (widget_class, "psfs.remove-activity", "s",
                                   remove_activity_action);
  gtk_widget_class_install_action (widget_class, "psfs.undo-remove", NULL, undo_remove_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "psfs.undo-remove", NULL);
}

static void
kc_psfs_dialog_init (KcPsfsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The week's rating is what the dialog is opened for, once the activities
 * are named: the focus starts there, not in the first activity's name,
 * where GTK would select the text for a keystroke to replace. */
static void
focus_first_task (KcPsfsDialog *self)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->rating_list));

  if (KC_IS_PSFS_RATING_ROW (first))
    gtk_window_set_focus (GTK_WINDOW (self),
                          GTK_WIDGET (kc_psfs_rating_row_get_spin (KC_PSFS_RATING_ROW (first))));
  else
    gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->new_row));
}

/**
 * kc_psfs_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @day: the day a rating given in the dialog is dated; its week is the
 *   one rated
 *
 * Returns: (transfer none): the dialog, not shown yet; it is a toplevel
 *   and destroys itself when closed
 */
KcPsfsDialog *
kc_psfs_dialog_new (GtkWindow   *parent,
                    KcPlan      *plan,
                    const GDate *day)
{
  KcPsfsDialog *self;
  char monday_text[64];
  g_autofree char *description = NULL;
  GDate monday;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  self = g_object_new (KC_TYPE_PSFS_DIALOG, "transient-for", parent, NULL);
  self->plan = g_object_ref (plan);
  self->day = *day;
  g_signal_connect_object (plan, "changed", G_CALLBACK (on_plan_changed_cb), self,
                           G_CONNECT_SWAPPED);

  monday = *day;
  g_date_subtract_days (&monday, kc_weekday_of (&monday));
  /* Translators: the Monday in "The week from 30 November: …"; strftime's
   * codes (%-d day without padding, %B month) */
  g_date_strftime (monday_text, sizeof monday_text, _("%-d %B"), &monday);
  /* Translators: the ratings' explanation; %s is a Monday, e.g. "30 November" */
  description = g_strdup_printf (_("The week from %s: 0 is unable to do it, 10 is as well as "
                                   "before the problem."), monday_text);
  adw_preferences_group_set_description (self->ratings_group, description);
  rebuild (self);
  focus_first_task (self);
  return self;
}

KcPlan *
kc_psfs_dialog_get_plan (KcPsfsDialog *self)
{
  g_return_val_if_fail (KC_IS_PSFS_DIALOG (self), NULL);
  return self->plan;
}
