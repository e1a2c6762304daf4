/* kc-plans-view-week.c: the week of the plan being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card per day (kc-day-card.c), made once and given each plan chosen;
 * each card follows its own day.  The add-exercise popover, a list of the
 * library, is made once too and shared by the cards.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-day-card.h"
#include "kc-plans-view-private.h"
#include "widgets/kc-accessible.h"

const char *
_kc_weekday_name (guint weekday)
{
  const char *names[KC_N_WEEKDAYS] = {
    _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
    _("Sunday"),
  };

  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, NULL);
  return names[weekday];
}

/**
 * kc_plans_view_move_to_day:
 *
 * Moves the item at @index of @from_day to the end of @to_day, as a drag
 * and drop does.
 */
void
kc_plans_view_move_to_day (KcPlansView *self,
                           guint        from_day,
                           guint        index,
                           guint        to_day)
{
  g_autoptr(KcPlanItem) item = NULL;

  g_return_if_fail (KC_IS_PLANS_VIEW (self));
  g_return_if_fail (to_day < KC_N_WEEKDAYS);

  if (self->plan == NULL || from_day == to_day)
    return;
  /* A full day takes no more: the item stays where it is. */
  if (!kc_plan_day_has_room (self->plan, to_day))
    {
      _kc_plans_view_say_day_full (self, to_day);
      return;
    }

  item = kc_plan_remove_item (self->plan, from_day, index);
  if (item != NULL)
    kc_plan_insert_item (self->plan, to_day, G_MAXUINT, item);
}

/**
 * kc_plans_view_add_exercise:
 *
 * Adds @exercise_id with its default dose to @weekday of the plan being
 * edited, starting a new plan if there is none.
 *
 * Returns: (transfer none): the plan it was added to
 */
KcPlan *
kc_plans_view_add_exercise (KcPlansView *self,
                            const char  *exercise_id,
                            guint        weekday)
{
  KcExercise *exercise;

  g_return_val_if_fail (KC_IS_PLANS_VIEW (self), NULL);
  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, NULL);

  exercise = kc_library_lookup_exercise (self->library, exercise_id);
  if (exercise == NULL || self->store == NULL)
    return NULL;

  if (self->plan == NULL)
    {
      g_autoptr(KcPlan) plan = kc_plan_new (NULL, _("New plan"));
      _kc_plans_view_add_and_select (self, plan);
    }

  if (kc_plan_add_item (self->plan, weekday, exercise_id, kc_exercise_get_dose (exercise)) == NULL)
    _kc_plans_view_say_day_full (self, weekday);
  return self->plan;
}

static GtkWidget *
new_exercise_row (gpointer item,
                  gpointer user_data)
{
  GtkWidget *label = gtk_label_new (kc_item_get_name (KC_ITEM (KC_EXERCISE (item))));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* A row of the shared list: added to the day whose card holds the popover. */
static void
on_add_exercise_cb (GtkListBox    *list,
                    GtkListBoxRow *row,
                    KcPlansView   *self)
{
  GtkWidget *card = gtk_widget_get_ancestor (GTK_WIDGET (self->add_popover), KC_TYPE_DAY_CARD);
  GListModel *exercises = kc_library_get_exercises (self->library);
  g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises,
                                                          (guint)gtk_list_box_row_get_index (row));
  guint weekday;

  gtk_popover_popdown (self->add_popover);
  if (card == NULL || exercise == NULL || self->plan == NULL)
    return;

  weekday = kc_day_card_get_weekday (KC_DAY_CARD (card));
  if (kc_plan_add_item (self->plan, weekday, kc_item_get_id (KC_ITEM (exercise)),
                        kc_exercise_get_dose (exercise)) == NULL)
    _kc_plans_view_say_day_full (self, weekday);
}

/* "Add exercise": a popover listing the library. */
static GtkPopover *
new_add_popover (KcPlansView *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_bind_model (GTK_LIST_BOX (list), kc_library_get_exercises (self->library),
                           new_exercise_row, NULL, NULL);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_add_exercise_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Exercises"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);

  return GTK_POPOVER (g_object_ref_sink (popover));
}

/* Makes the seven cards, once the library is known. */
void
_kc_plans_view_build_week (KcPlansView *self)
{
  if (self->days[0] != NULL)
    return;

  self->add_popover = new_add_popover (self);
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GtkWidget *card = kc_day_card_new (day, self->library, self->add_popover);

      self->days[day] = KC_DAY_CARD (card);
      gtk_flow_box_append (self->week, card);
      kc_accessible_name_cell (card, _kc_weekday_name (day));
    }

  _kc_plans_view_show_week (self);
}

void
_kc_plans_view_show_week (KcPlansView *self)
{
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    if (self->days[day] != NULL)
      kc_day_card_set_plan (self->days[day], self->plan);
}

/* The week against what WHO advises: aerobic minutes and strengthening days. */
void
_kc_plans_view_show_summary (KcPlansView *self)
{
  g_autofree char *aerobic = NULL;
  g_autofree char *strengthening = NULL;
  g_autofree char *summary = NULL;
  guint minutes;
  guint days;

  if (self->plan == NULL || self->library == NULL)
    {
      gtk_label_set_label (self->week_summary, "");
      return;
    }

  minutes = kc_plan_get_minutes_of_kind (self->plan, self->library, KC_EXERCISE_KIND_AEROBIC);
  days = kc_plan_count_days_of_kind (self->plan, self->library, KC_EXERCISE_KIND_STRENGTHENING);
  /* Translators: the planned minutes of walking, swimming, cycling … against
   * the 150 minutes a week WHO advises, e.g. "Aerobic: 80 of 150 minutes this week" */
  aerobic = g_strdup_printf (_("Aerobic: %u of %u minutes this week"),
                             minutes, KC_WEEKLY_AEROBIC_MINUTES);
  strengthening = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Strengthening: on %u day (at least %u advised)",
                                                "Strengthening: on %u days (at least %u advised)",
                                                days),
                                   days, KC_WEEKLY_STRENGTHENING_DAYS);
  summary = g_strdup_printf ("%s\n%s", aerobic, strengthening);
  gtk_label_set_label (self->week_summary, summary);
}
