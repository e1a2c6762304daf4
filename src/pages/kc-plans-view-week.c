/* kc-plans-view-week.c: the week of the plan being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card per day with its exercises: the dose in a popover of spin
 * buttons, move up and down, remove, drag to another day, and a button to
 * add an exercise. Every change goes into the plan; the cards follow it.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plans-view-private.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-accessible.h"

static const char *
weekday_name (guint weekday)
{
  const char *names[KC_N_WEEKDAYS] = {
    _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
    _("Sunday"),
  };

  return names[weekday];
}

static char *
exercise_name (KcPlansView *self,
               const char  *id)
{
  KcExercise *exercise = kc_library_lookup_exercise (self->library, id);

  return g_strdup (exercise ? kc_exercise_get_name (exercise) : id);
}

static void
on_dose_value_changed_cb (GtkSpinButton *spin,
                          KcPlanItem    *item)
{
  KcDose dose = *kc_plan_item_get_dose (item);
  const char *field = g_object_get_data (G_OBJECT (spin), "kc-field");
  guint value = (guint)gtk_spin_button_get_value_as_int (spin);

  if (g_str_equal (field, "sets"))
    dose.sets = value;
  else if (g_str_equal (field, "reps"))
    dose.reps = value;
  else if (g_str_equal (field, "hold"))
    dose.hold = value;
  else
    dose.minutes = value;

  kc_plan_item_set_dose (item, &dose);
}

static void
add_dose_field (GtkGrid    *grid,
                KcPlanItem *item,
                guint       row,
                const char *field,
                const char *label,
                guint       value)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 999, 1);

  gtk_label_set_xalign (GTK_LABEL (title), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  g_object_set_data (G_OBJECT (spin), "kc-field", (gpointer)field);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_dose_value_changed_cb), item, 0);
  gtk_grid_attach (grid, title, 0, (int)row, 1, 1);
  gtk_grid_attach (grid, spin, 1, (int)row, 1, 1);
}

static void
on_dose_notify_cb (KcPlanItem     *item,
                   GParamSpec     *pspec,
                   GtkMenuButton  *button)
{
  g_autofree char *text = kc_dose_to_string (kc_plan_item_get_dose (item));
  gtk_menu_button_set_label (button, *text ? text : _("Set dose"));
}

/* A button showing the dose, opening spin buttons to change it. */
static GtkWidget *
new_dose_button (KcPlanItem *item)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *grid = gtk_grid_new ();
  const KcDose *dose = kc_plan_item_get_dose (item);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  add_dose_field (GTK_GRID (grid), item, 0, "sets", _("_Sets"), dose->sets);
  add_dose_field (GTK_GRID (grid), item, 1, "reps", _("_Repetitions"), dose->reps);
  add_dose_field (GTK_GRID (grid), item, 2, "hold", _("_Hold (seconds)"), dose->hold);
  add_dose_field (GTK_GRID (grid), item, 3, "minutes", _("_Minutes"), dose->minutes);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Change the dose"));
  on_dose_notify_cb (item, NULL, GTK_MENU_BUTTON (button));
  g_signal_connect_object (item, "notify::dose", G_CALLBACK (on_dose_notify_cb), button, 0);

  return button;
}

static void
on_item_action_cb (GtkButton   *button,
                   KcPlansView *self)
{
  const char *what = g_object_get_data (G_OBJECT (button), "kc-what");
  guint weekday = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kc-day"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kc-index"));
  guint n = g_list_model_get_n_items (kc_plan_get_day (self->plan, weekday));

  if (g_str_equal (what, "up") && index > 0)
    kc_plan_move_item (self->plan, weekday, index, index - 1);
  else if (g_str_equal (what, "down") && index + 1 < n)
    kc_plan_move_item (self->plan, weekday, index, index + 1);
  else if (g_str_equal (what, "remove"))
    {
      g_autoptr(KcPlanItem) removed = kc_plan_remove_item (self->plan, weekday, index);
    }
}

static GtkWidget *
new_item_button (KcPlansView *self,
                 const char  *icon,
                 const char  *what,
                 const char  *tooltip,
                 guint        weekday,
                 guint        index)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "kc-what", (gpointer)what);
  g_object_set_data (G_OBJECT (button), "kc-day", GUINT_TO_POINTER (weekday));
  g_object_set_data (G_OBJECT (button), "kc-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (on_item_action_cb), self);

  return button;
}

/* Dragging an exercise to another day moves it there. */
static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    GtkWidget     *row)
{
  g_autofree char *where = g_strdup_printf ("%u:%u",
                                            GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kc-day")),
                                            GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kc-index")));

  return gdk_content_provider_new_typed (G_TYPE_STRING, where);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            KcPlansView   *self)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  guint to_day = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (card), "kc-day"));
  const char *where = g_value_get_string (value);
  guint from_day, index;

  if (self->plan == NULL || where == NULL || sscanf (where, "%u:%u", &from_day, &index) != 2 ||
      from_day >= KC_N_WEEKDAYS)
    return FALSE;

  kc_plans_view_move_to_day (self, from_day, index, to_day);
  return TRUE;
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

  kc_plan_add_item (self->plan, weekday, exercise_id, kc_exercise_get_dose (exercise));
  return self->plan;
}

static GtkWidget *
new_item_row (KcPlansView *self,
              KcPlanItem  *item,
              guint        weekday,
              guint        index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *name = exercise_name (self, kc_plan_item_get_exercise_id (item));
  GtkWidget *label = gtk_label_new (name);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  gtk_box_append (GTK_BOX (tools), new_dose_button (item));
  gtk_box_append (GTK_BOX (tools), new_item_button (self, "go-up-symbolic", "up",
                                                    _("Move up"), weekday, index));
  gtk_box_append (GTK_BOX (tools), new_item_button (self, "go-down-symbolic", "down",
                                                    _("Move down"), weekday, index));
  gtk_box_append (GTK_BOX (tools), new_item_button (self, "list-remove-symbolic", "remove",
                                                    _("Remove from this day"), weekday, index));
  gtk_box_append (GTK_BOX (box), tools);
  gtk_widget_add_css_class (box, "kc-plan-item");

  {
    GtkDragSource *drag = gtk_drag_source_new ();

    g_object_set_data (G_OBJECT (box), "kc-day", GUINT_TO_POINTER (weekday));
    g_object_set_data (G_OBJECT (box), "kc-index", GUINT_TO_POINTER (index));
    gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
    g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), box);
    gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (drag));
  }

  return box;
}

static void
on_add_exercise_cb (GtkListBox    *list,
                    GtkListBoxRow *row,
                    KcPlansView   *self)
{
  KcExercise *exercise = g_object_get_data (G_OBJECT (row), "kc-exercise");
  guint weekday = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "kc-day"));
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  kc_plan_add_item (self->plan, weekday, kc_exercise_get_id (exercise),
                    kc_exercise_get_dose (exercise));
}

/* "Add exercise": a popover listing the library. */
static GtkWidget *
new_add_button (KcPlansView *self,
                guint        weekday)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GListModel *exercises = kc_library_get_exercises (self->library);
  /* Translators: e.g. "Add an exercise to Monday" */
  g_autofree char *name = g_strdup_printf (_("Add an exercise to %s"), weekday_name (weekday));

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (kc_exercise_get_name (exercise));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data_full (G_OBJECT (row), "kc-exercise", g_object_ref (exercise),
                              g_object_unref);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  g_object_set_data (G_OBJECT (list), "kc-day", GUINT_TO_POINTER (weekday));
  g_signal_connect (list, "row-activated", G_CALLBACK (on_add_exercise_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Exercises"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Add Exercise"));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return button;
}

static GtkWidget *
new_day_card (KcPlansView *self,
              guint        weekday)
{
  GtkWidget *card = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 6,
                                  NULL);
  GListModel *items = kc_plan_get_day (self->plan, weekday);
  guint n = g_list_model_get_n_items (items);

  gtk_widget_add_css_class (card, "kc-day-card");
  gtk_box_append (GTK_BOX (card), kc_heading_label_new (weekday_name (weekday), "kc-subheading"));

  if (n == 0)
    {
      GtkWidget *rest = gtk_label_new (_("Rest day"));
      gtk_widget_add_css_class (rest, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (rest), 0);
      gtk_box_append (GTK_BOX (card), rest);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);
      gtk_box_append (GTK_BOX (card), new_item_row (self, item, weekday, i));
    }

  gtk_box_append (GTK_BOX (card), new_add_button (self, weekday));

  {
    GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

    g_object_set_data (G_OBJECT (card), "kc-day", GUINT_TO_POINTER (weekday));
    g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
    gtk_widget_add_controller (card, GTK_EVENT_CONTROLLER (drop));
  }

  return card;
}

void
_kc_plans_view_rebuild_week (KcPlansView *self)
{
  kc_remove_children (GTK_WIDGET (self->week));
  if (self->plan == NULL)
    return;

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GtkWidget *card = new_day_card (self, day);

      gtk_flow_box_append (self->week, card);
      kc_accessible_name_cell (card, weekday_name (day));
    }
}

void
_kc_plans_view_on_day_items_changed (GListModel  *model,
                                     guint        position,
                                     guint        removed,
                                     guint        added,
                                     KcPlansView *self)
{
  _kc_plans_view_rebuild_week (self);
}

