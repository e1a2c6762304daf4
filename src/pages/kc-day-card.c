/* kc-day-card.c: one day of the plan being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The day's name, a row per exercise (kc-plan-item-row.c), "Rest day"
 * when there is none, and "Add Exercise".  The card follows its own day
 * of the plan, so a change to one day touches no other card.  An item
 * dropped on the card moves to this day.  A day of more than four
 * exercises gently suggests spreading them over the week.  The seven cards share one
 * add-exercise popover: the card whose button opens it takes it.  Today's
 * card, when the day has exercises, starts the guided session of its plan
 * (win.start-session), as Today's Start does.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-day-card.h"
#include "widgets/kc-accessible.h"
#include "kc-plan-item-row.h"
#include "kc-plans-view-private.h"

struct _KcDayCard
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *heading;
  GtkLabel *long_day_hint;
  GtkLabel *rest_label;
  GtkMenuButton *add_button;
  GtkButton *start_button;

  /* Owned references */
  KcLibrary *library;
  KcPlan *plan;
  GtkPopover *add_popover;   /* shared by the week's cards */

  guint weekday;
};

G_DEFINE_FINAL_TYPE (KcDayCard, kc_day_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WEEKDAY,
  PROP_LIBRARY,
  PROP_ADD_POPOVER,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The row at @position, or what follows the last row. */
static GtkWidget *
nth_row (KcDayCard *self,
         guint      position)
{
  GtkWidget *row = gtk_widget_get_next_sibling (GTK_WIDGET (self->rest_label));

  for (guint i = 0; i < position && KC_IS_PLAN_ITEM_ROW (row); i++)
    row = gtk_widget_get_next_sibling (row);

  return row;
}

static GtkWidget *
new_row (KcDayCard  *self,
         KcPlanItem *item)
{
  const char *id = kc_plan_item_get_exercise_id (item);
  KcExercise *exercise = self->library ? kc_library_lookup_exercise (self->library, id) : NULL;
  g_autofree char *missing = NULL;
  GtkWidget *row;

  if (exercise != NULL)
    return kc_plan_item_row_new (self->plan, item, self->weekday,
                                 kc_item_get_name (KC_ITEM (exercise)));

  /* The plan keeps the id and saves it back: fixing the content file
   * brings the exercise back. */
  missing = g_strdup_printf (_("Missing exercise “%s”"), id);
  row = kc_plan_item_row_new (self->plan, item, self->weekday, missing);
  gtk_widget_add_css_class (row, "warning");
  gtk_widget_set_tooltip_text (row, _("This exercise is not in the library. The plan keeps it "
                                      "and shows it again when its content file is back."));
  return row;
}

/* A session runs through today's exercises: today's card offers it. */
static void
update_start (KcDayCard *self)
{
  GDate today = kc_plan_today ();
  const char *id = self->plan ? kc_plan_get_id (self->plan) : NULL;
  gboolean start = id != NULL && kc_weekday_of (&today) == self->weekday &&
                   g_list_model_get_n_items (kc_plan_get_day (self->plan, self->weekday)) > 0;

  /* The action takes the plan's id: named only once there is one. */
  if (start)
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->start_button), "s", id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "win.start-session");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->start_button), start);
}

/* Replaces the rows that changed, and only those. */
static void
on_items_changed_cb (GListModel *items,
                     guint       position,
                     guint       removed,
                     guint       added,
                     KcDayCard  *self)
{
  GtkWidget *row = nth_row (self, position);

  for (guint i = 0; i < removed && KC_IS_PLAN_ITEM_ROW (row); i++)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (row);

      gtk_widget_unparent (row);
      row = next;
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (items, position + i);

      gtk_widget_insert_before (new_row (self, item), GTK_WIDGET (self), row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->rest_label), g_list_model_get_n_items (items) == 0);
  update_start (self);
  gtk_widget_set_visible (GTK_WIDGET (self->long_day_hint),
                          g_list_model_get_n_items (items) > KC_DAY_CARD_GENTLE_LIMIT);
}

static GListModel *
my_day (KcDayCard *self)
{
  return self->plan ? kc_plan_get_day (self->plan, self->weekday) : NULL;
}

static void
remove_rows (KcDayCard *self)
{
  GtkWidget *row;

  while (KC_IS_PLAN_ITEM_ROW (row = nth_row (self, 0)))
    gtk_widget_unparent (row);
}

void
kc_day_card_set_plan (KcDayCard *self,
                      KcPlan    *plan)
{
  GListModel *items;

  g_return_if_fail (KC_IS_DAY_CARD (self));
  g_return_if_fail (plan == NULL || KC_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (my_day (self), self);
  remove_rows (self);
  gtk_widget_set_visible (GTK_WIDGET (self->long_day_hint), FALSE);
  g_set_object (&self->plan, plan);
  update_start (self);

  items = my_day (self);
  if (items != NULL)
    {
      g_signal_connect (items, "items-changed", G_CALLBACK (on_items_changed_cb), self);
      on_items_changed_cb (items, 0, 0, g_list_model_get_n_items (items), self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

KcPlan *
kc_day_card_get_plan (KcDayCard *self)
{
  g_return_val_if_fail (KC_IS_DAY_CARD (self), NULL);
  return self->plan;
}

guint
kc_day_card_get_weekday (KcDayCard *self)
{
  g_return_val_if_fail (KC_IS_DAY_CARD (self), 0);
  return self->weekday;
}

/* An exercise dragged here from any day of the plan moves to this day. */
static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            KcDayCard     *self)
{
  KcPlanItem *item = g_value_get_object (value);

  if (self->plan == NULL || !KC_IS_PLAN_ITEM (item))
    return FALSE;

  return kc_plan_move_item_to_day (self->plan, item, self->weekday);
}

/* The shared popover moves to whichever card's button opens it. */
static void
take_add_popover_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  KcDayCard *self = user_data;
  GtkWidget *holder = gtk_widget_get_parent (GTK_WIDGET (self->add_popover));

  if (GTK_IS_MENU_BUTTON (holder))
    gtk_menu_button_set_popover (GTK_MENU_BUTTON (holder), NULL);
  gtk_menu_button_set_popover (button, GTK_WIDGET (self->add_popover));
}

static void
kc_day_card_constructed (GObject *object)
{
  KcDayCard *self = (KcDayCard *)object;
  const char *day = _kc_weekday_name (self->weekday);
  /* Translators: e.g. "Add an exercise to Monday" */
  g_autofree char *add = g_strdup_printf (_("Add an exercise to %s"), day);

  G_OBJECT_CLASS (kc_day_card_parent_class)->constructed (object);

  gtk_label_set_label (self->heading, day);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), add);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, add, -1);
  if (self->add_popover != NULL)
    gtk_menu_button_set_create_popup_func (self->add_button, take_add_popover_cb, self, NULL);
}

static void
kc_day_card_dispose (GObject *object)
{
  KcDayCard *self = (KcDayCard *)object;
  GtkWidget *child;

  kc_day_card_set_plan (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_DAY_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->add_popover);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_day_card_parent_class)->dispose (object);
}

static void
kc_day_card_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KcDayCard *self = KC_DAY_CARD (object);

  switch (prop_id)
    {
    case PROP_WEEKDAY:
      g_value_set_uint (value, self->weekday);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_ADD_POPOVER:
      g_value_set_object (value, self->add_popover);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_day_card_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KcDayCard *self = KC_DAY_CARD (object);

  switch (prop_id)
    {
    case PROP_WEEKDAY:
      self->weekday = g_value_get_uint (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_ADD_POPOVER:
      self->add_popover = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      kc_day_card_set_plan (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_day_card_class_init (KcDayCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_day_card_constructed;
  object_class->dispose = kc_day_card_dispose;
  object_class->get_property = kc_day_card_get_property;
  object_class->set_property = kc_day_card_set_property;

  properties[PROP_WEEKDAY] =
    g_param_spec_uint ("weekday", NULL, NULL, 0, KC_N_WEEKDAYS - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, KC_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADD_POPOVER] =
    g_param_spec_object ("add-popover", NULL, NULL, GTK_TYPE_POPOVER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KC_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A group, as the box it replaces was; the flow box cell around it
   * carries the day's name. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-day-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KcDayCard, heading);
  gtk_widget_class_bind_template_child (widget_class, KcDayCard, long_day_hint);
  gtk_widget_class_bind_template_child (widget_class, KcDayCard, rest_label);
  gtk_widget_class_bind_template_child (widget_class, KcDayCard, add_button);
  gtk_widget_class_bind_template_child (widget_class, KcDayCard, start_button);
}

static void
kc_day_card_init (KcDayCard *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (KC_TYPE_PLAN_ITEM, GDK_ACTION_MOVE);

  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_hide_decorations (GTK_WIDGET (self));

  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

/**
 * kc_day_card_new:
 * @library: (nullable): where the exercises' names come from
 * @add_popover: (nullable): the add-exercise popover the week shares
 */
GtkWidget *
kc_day_card_new (guint       weekday,
                 KcLibrary  *library,
                 GtkPopover *add_popover)
{
  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, NULL);

  return g_object_new (KC_TYPE_DAY_CARD,
                       "weekday", weekday,
                       "library", library,
                       "add-popover", add_popover,
                       NULL);
}
