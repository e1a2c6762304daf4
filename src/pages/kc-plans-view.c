/* kc-plans-view.c: the weekly planner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plans on the left; the chosen one's name, patient, notes and week on
 * the right.  Every edit goes straight into the plan, which the store saves
 * atomically; a failed save is shown and retried, and a deleted plan can
 * be brought back with Undo.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "kc-plan-print.h"
#include "kc-plans-view.h"
#include "plan/kc-plan-file.h"
#include "widgets/kc-content-widgets.h"

struct _KcPlansView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkListBox *plans_list;
  GtkRevealer *message_revealer;
  GtkLabel *message_label;
  GtkWidget *undo_button;
  GtkStack *editor_stack;
  GtkEntry *name_entry;
  GtkEntry *patient_entry;
  GtkEntry *notes_entry;
  GtkFlowBox *week;
  GMenu *templates_section;

  /* Owned references */
  KcLibrary *library;
  KcPlanStore *store;
  KcPlan *plan;              /* the one being edited */
  KcPlan *deleted;           /* kept for Undo */

  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (KcPlansView, kc_plans_view, GTK_TYPE_WIDGET)

static const char *
weekday_name (guint weekday)
{
  const char *names[KC_N_WEEKDAYS] = {
    _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
    _("Sunday"),
  };

  return names[weekday];
}

/* ---- Messages ------------------------------------------------------------ */

static void
show_message (KcPlansView *self,
              const char  *text,
              gboolean     can_undo)
{
  gtk_label_set_label (self->message_label, text);
  gtk_widget_set_visible (self->undo_button, can_undo);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

static void
on_save_error_changed_cb (KcPlansView *self,
                          GParamSpec  *pspec,
                          KcPlanStore *store)
{
  const char *error = kc_plan_store_get_save_error (store);

  if (error != NULL)
    show_message (self, error, FALSE);
  else if (!gtk_widget_get_visible (self->undo_button))
    gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

/* ---- The week ------------------------------------------------------------ */

static void rebuild_week   (KcPlansView *self);
static void add_and_select (KcPlansView *self,
                            KcPlan      *plan);

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
      add_and_select (self, plan);
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

static void
rebuild_week (KcPlansView *self)
{
  kc_remove_children (GTK_WIDGET (self->week));
  if (self->plan == NULL)
    return;

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    gtk_flow_box_append (self->week, new_day_card (self, day));
}

static void
on_day_items_changed_cb (GListModel  *model,
                         guint        position,
                         guint        removed,
                         guint        added,
                         KcPlansView *self)
{
  rebuild_week (self);
}

/* ---- Choosing a plan ----------------------------------------------------- */

static void
watch_plan (KcPlansView *self,
            KcPlan      *plan)
{
  if (self->plan != NULL)
    for (guint day = 0; day < KC_N_WEEKDAYS; day++)
      g_signal_handlers_disconnect_by_data (kc_plan_get_day (self->plan, day), self);

  g_set_object (&self->plan, plan);

  if (plan != NULL)
    for (guint day = 0; day < KC_N_WEEKDAYS; day++)
      g_signal_connect (kc_plan_get_day (plan, day), "items-changed",
                        G_CALLBACK (on_day_items_changed_cb), self);
}

static void
show_plan (KcPlansView *self,
           KcPlan      *plan)
{
  watch_plan (self, plan);

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), plan ? kc_plan_get_name (plan) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->patient_entry),
                         plan ? kc_plan_get_patient (plan) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->notes_entry), plan ? kc_plan_get_notes (plan) : "");
  self->syncing = FALSE;

  rebuild_week (self);
  gtk_stack_set_visible_child_name (self->editor_stack, plan ? "editor" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.export", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.duplicate", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.delete", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.print", plan != NULL);
}

static void
on_plan_selected_cb (KcPlansView   *self,
                     GtkListBoxRow *row,
                     GtkListBox    *list)
{
  if (self->syncing)
    return;
  show_plan (self, row ? g_object_get_data (G_OBJECT (row), "kc-plan") : NULL);
}

static void
on_plan_name_notify_cb (KcPlan     *plan,
                        GParamSpec *pspec,
                        GtkLabel   *label)
{
  gtk_label_set_label (label, *kc_plan_get_name (plan) ? kc_plan_get_name (plan)
                                                        : _("Unnamed plan"));
}

static GtkWidget *
new_plan_row (gpointer item,
              gpointer user_data)
{
  KcPlan *plan = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  on_plan_name_notify_cb (plan, NULL, GTK_LABEL (label));
  g_signal_connect_object (plan, "notify::name", G_CALLBACK (on_plan_name_notify_cb), label, 0);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "kc-plan", g_object_ref (plan), g_object_unref);

  return row;
}

/* Chooses @plan in the list (and so in the editor). */
void
kc_plans_view_select (KcPlansView *self,
                      KcPlan      *plan)
{
  g_return_if_fail (KC_IS_PLANS_VIEW (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->plans_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && g_object_get_data (G_OBJECT (child), "kc-plan") == plan)
        {
          gtk_list_box_select_row (self->plans_list, GTK_LIST_BOX_ROW (child));
          return;
        }
    }

  show_plan (self, NULL);
}

static void
on_name_changed_cb (KcPlansView *self)
{
  if (!self->syncing && self->plan != NULL)
    kc_plan_set_name (self->plan, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
}

static void
on_patient_changed_cb (KcPlansView *self)
{
  if (!self->syncing && self->plan != NULL)
    kc_plan_set_patient (self->plan, gtk_editable_get_text (GTK_EDITABLE (self->patient_entry)));
}

static void
on_notes_changed_cb (KcPlansView *self)
{
  if (!self->syncing && self->plan != NULL)
    kc_plan_set_notes (self->plan, gtk_editable_get_text (GTK_EDITABLE (self->notes_entry)));
}

/* ---- Actions ------------------------------------------------------------- */

static void
add_and_select (KcPlansView *self,
                KcPlan      *plan)
{
  kc_plan_store_add (self->store, plan, NULL);
  kc_plans_view_select (self, plan);
}

static void
new_empty_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, _("New plan"));

  add_and_select (self, plan);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
new_from_template_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  GListModel *templates = kc_library_get_plan_templates (self->library);
  const char *id = g_variant_get_string (param, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(KcPlanTemplate) template = g_list_model_get_item (templates, i);

      if (g_strcmp0 (kc_plan_template_get_id (template), id) == 0)
        {
          g_autoptr(KcPlan) plan = kc_plan_new_from_template (template, self->library);
          add_and_select (self, plan);
          return;
        }
    }
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(KcPlan) copy = NULL;

  if (self->plan == NULL)
    return;

  copy = kc_plan_duplicate (self->plan);
  add_and_select (self, copy);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->plan == NULL)
    return;

  g_set_object (&self->deleted, self->plan);
  if (!kc_plan_store_remove (self->store, self->deleted, &error))
    {
      message = g_strdup_printf (_("The plan could not be deleted: %s"), error->message);
      show_message (self, message, FALSE);
      g_clear_object (&self->deleted);
      return;
    }

  message = g_strdup_printf (_("“%s” was deleted."), kc_plan_get_name (self->deleted));
  show_message (self, message, TRUE);
  show_plan (self, NULL);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(KcPlan) plan = g_steal_pointer (&self->deleted);

  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
  if (plan != NULL)
    add_and_select (self, plan);
}

static void
dismiss_message_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);

  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
  g_clear_object (&self->deleted);
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       KcPlansView     *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT
                            ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog)) : NULL;
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_autoptr(GError) error = NULL;

  if (file != NULL && self->plan != NULL &&
      !kc_plan_store_export (self->store, self->plan, file, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The plan could not be exported: %s"),
                                                  error->message);
      show_message (self, message, FALSE);
    }

  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (self->plan == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export Plan"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  name = g_strdup_printf ("%s.xml", kc_plan_get_name (self->plan));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_conflict_response_cb (GtkDialog   *dialog,
                         int          response,
                         KcPlansView *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "kc-file");
  g_autoptr(GError) error = NULL;
  KcPlan *plan = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    plan = kc_plan_store_import (self->store, file, TRUE, &error);
  else if (response == GTK_RESPONSE_APPLY)
    plan = kc_plan_store_import_copy (self->store, file, &error);

  if (plan != NULL)
    kc_plans_view_select (self, plan);
  else if (error != NULL)
    show_message (self, error->message, FALSE);

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Asks what to do when the imported plan is already here. */
static void
ask_about_conflict (KcPlansView *self,
                    GFile       *file,
                    const char  *message)
{
  GtkWidget *dialog;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", message);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Replace it with the imported one, or keep "
                                              "both?"));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Keep Both"), GTK_RESPONSE_APPLY,
                          _("_Replace"), GTK_RESPONSE_ACCEPT,
                          NULL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_set_data_full (G_OBJECT (dialog), "kc-file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_conflict_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * kc_plans_view_import:
 *
 * Imports @file; if the plan is already here, asks whether to replace it
 * or keep both.  Problems with the file are shown in the view.
 *
 * Returns: (transfer none) (nullable): the imported plan, unless asking
 */
KcPlan *
kc_plans_view_import (KcPlansView *self,
                      GFile       *file)
{
  g_autoptr(GError) error = NULL;
  KcPlan *plan;

  g_return_val_if_fail (KC_IS_PLANS_VIEW (self), NULL);

  plan = kc_plan_store_import (self->store, file, FALSE, &error);
  if (plan != NULL)
    {
      kc_plans_view_select (self, plan);
      return plan;
    }

  if (g_error_matches (error, KC_PLAN_ERROR, KC_PLAN_ERROR_EXISTS))
    ask_about_conflict (self, file, error->message);
  else
    {
      g_autofree char *message = g_strdup_printf (_("The plan could not be imported. %s"),
                                                  error->message);
      show_message (self, message, FALSE);
    }

  return NULL;
}

static void
on_import_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       KcPlansView     *self)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT
                            ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog)) : NULL;
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (file != NULL)
    kc_plans_view_import (self, file);
  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Import Plan"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL)
    return;

  if (!kc_plan_print (self->plan, self->library, GTK_WINDOW (gtk_widget_get_root (widget)),
                      NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The plan could not be printed: %s"),
                                                  error->message);
      show_message (self, message, FALSE);
    }
}

/* ---- Object -------------------------------------------------------------- */

static void
kc_plans_view_dispose (GObject *object)
{
  KcPlansView *self = (KcPlansView *)object;
  GtkWidget *child;

  watch_plan (self, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* Tearing the list down selects nothing; there is no editor left to show it. */
  if (self->plans_list != NULL)
    g_signal_handlers_disconnect_by_data (self->plans_list, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PLANS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->deleted);
  g_clear_object (&self->store);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_plans_view_parent_class)->dispose (object);
}

static void
kc_plans_view_class_init (KcPlansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_plans_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, plans_list);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, message_label);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, undo_button);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, patient_entry);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, notes_entry);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, week);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, templates_section);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_patient_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_changed_cb);

  gtk_widget_class_install_action (widget_class, "plans.new-empty", NULL, new_empty_action);
  gtk_widget_class_install_action (widget_class, "plans.new-from-template", "s",
                                   new_from_template_action);
  gtk_widget_class_install_action (widget_class, "plans.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "plans.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "plans.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "plans.dismiss-message", NULL,
                                   dismiss_message_action);
  gtk_widget_class_install_action (widget_class, "plans.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "plans.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "plans.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "plans.print", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "plans.new-empty", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "plans.undo", NULL);
}

static void
kc_plans_view_init (KcPlansView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  show_plan (self, NULL);
}

void
kc_plans_view_set_store (KcPlansView *self,
                         KcPlanStore *store,
                         KcLibrary   *library)
{
  GListModel *templates;

  g_return_if_fail (KC_IS_PLANS_VIEW (self));
  g_return_if_fail (KC_IS_PLAN_STORE (store));
  g_return_if_fail (KC_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  g_set_object (&self->store, store);
  gtk_list_box_bind_model (self->plans_list, kc_plan_store_get_plans (store), new_plan_row,
                           NULL, NULL);
  g_signal_connect_swapped (store, "notify::save-error",
                            G_CALLBACK (on_save_error_changed_cb), self);

  g_menu_remove_all (self->templates_section);
  templates = kc_library_get_plan_templates (library);
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(KcPlanTemplate) template = g_list_model_get_item (templates, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (kc_plan_template_get_name (template), NULL);

      g_menu_item_set_action_and_target (item, "plans.new-from-template", "s",
                                         kc_plan_template_get_id (template));
      g_menu_append_item (self->templates_section, item);
    }

  if (g_list_model_get_n_items (kc_plan_store_get_plans (store)) > 0)
    {
      g_autoptr(KcPlan) first = g_list_model_get_item (kc_plan_store_get_plans (store), 0);
      kc_plans_view_select (self, first);
    }
}

KcPlan *
kc_plans_view_get_plan (KcPlansView *self)
{
  g_return_val_if_fail (KC_IS_PLANS_VIEW (self), NULL);
  return self->plan;
}
