/* kc-plan-item-row.c: one exercise of a day in the planner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exercise's name, its dose (spin buttons bound to the item), and the
 * actions item.move-up, item.move-down and item.remove, which change the
 * plan; the day's card follows the plan.  Dragging the row carries the
 * KcPlanItem itself.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plan-item-row.h"
#include "kc-plans-view-private.h"
#include "widgets/kc-accessible.h"

struct _KcPlanItemRow
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *name_label;
  GtkMenuButton *dose_button;
  GtkSpinButton *sets_spin;
  GtkSpinButton *reps_spin;
  GtkSpinButton *hold_spin;
  GtkSpinButton *minutes_spin;
  GtkButton *remove_button;

  /* Owned references */
  KcPlan *plan;
  KcPlanItem *item;
  char *name;

  guint weekday;
};

G_DEFINE_FINAL_TYPE (KcPlanItemRow, kc_plan_item_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_ITEM,
  PROP_WEEKDAY,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_dose_notify_cb (KcPlanItemRow *self)
{
  g_autofree char *text = kc_dose_to_string (kc_plan_item_get_dose (self->item));
  g_autofree char *name = NULL;

  gtk_menu_button_set_label (self->dose_button, *text ? text : _("Set dose"));
  /* The label comes with a new arrow each time. */
  kc_accessible_hide_decorations (GTK_WIDGET (self->dose_button));
  /* Translators: a button's name, e.g. "Dose of Bridge: 3 sets × 10" */
  name = *text ? g_strdup_printf (_("Dose of %s: %s"), self->name, text)
               /* Translators: a button's name, e.g. "Set the dose of Bridge" */
               : g_strdup_printf (_("Set the dose of %s"), self->name);
  kc_accessible_name_menu_button (self->dose_button, name);
}

static void
bind_dose (KcPlanItemRow *self)
{
  static const char *fields[] = { "sets", "reps", "hold", "minutes" };
  GtkSpinButton *spins[] = { self->sets_spin, self->reps_spin, self->hold_spin,
                             self->minutes_spin };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_object_bind_property (self->item, fields[i], gtk_spin_button_get_adjustment (spins[i]),
                            "value", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  on_dose_notify_cb (self);
  g_signal_connect_object (self->item, "notify::dose", G_CALLBACK (on_dose_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
move_by (KcPlanItemRow *self,
         int            offset)
{
  guint weekday, position, n;

  if (!kc_plan_find_item (self->plan, self->item, &weekday, &position))
    return;

  n = g_list_model_get_n_items (kc_plan_get_day (self->plan, weekday));
  if ((offset < 0 && position == 0) || (offset > 0 && position + 1 >= n))
    return;

  kc_plan_move_item (self->plan, weekday, position, (guint)((int)position + offset));
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  move_by (KC_PLAN_ITEM_ROW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  move_by (KC_PLAN_ITEM_ROW (widget), 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KcPlanItemRow *self = KC_PLAN_ITEM_ROW (widget);
  guint weekday, position;

  /* The planner removes it, and offers Undo (kc-plans-view-toasts.c). */
  if (kc_plan_find_item (self->plan, self->item, &weekday, &position))
    gtk_widget_activate_action (widget, "plans.remove-item", "(uu)", weekday, position);
}

/* Dragging the row to another day moves the item there (kc-day-card.c). */
static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    KcPlanItemRow *self)
{
  return gdk_content_provider_new_typed (KC_TYPE_PLAN_ITEM, self->item);
}

static void
kc_plan_item_row_constructed (GObject *object)
{
  KcPlanItemRow *self = (KcPlanItemRow *)object;
  /* Translators: a button's name, e.g. "Remove Bridge from Monday" */
  g_autofree char *remove = g_strdup_printf (_("Remove %s from %s"), self->name,
                                             _kc_weekday_name (self->weekday));

  G_OBJECT_CLASS (kc_plan_item_row_parent_class)->constructed (object);

  gtk_label_set_label (self->name_label, self->name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), remove);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  bind_dose (self);
}

static void
kc_plan_item_row_dispose (GObject *object)
{
  KcPlanItemRow *self = (KcPlanItemRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PLAN_ITEM_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->item);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (kc_plan_item_row_parent_class)->dispose (object);
}

static void
kc_plan_item_row_finalize (GObject *object)
{
  KcPlanItemRow *self = (KcPlanItemRow *)object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (kc_plan_item_row_parent_class)->finalize (object);
}

static void
kc_plan_item_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KcPlanItemRow *self = KC_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_WEEKDAY:
      g_value_set_uint (value, self->weekday);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_plan_item_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KcPlanItemRow *self = KC_PLAN_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    case PROP_WEEKDAY:
      self->weekday = g_value_get_uint (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_plan_item_row_class_init (KcPlanItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_plan_item_row_constructed;
  object_class->dispose = kc_plan_item_row_dispose;
  object_class->finalize = kc_plan_item_row_finalize;
  object_class->get_property = kc_plan_item_row_get_property;
  object_class->set_property = kc_plan_item_row_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KC_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, KC_TYPE_PLAN_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEEKDAY] =
    g_param_spec_uint ("weekday", NULL, NULL, 0, KC_N_WEEKDAYS - 1, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A group, as the box it replaces was: screen readers hear no change. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-plan-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPlanItemRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, KcPlanItemRow, dose_button);
  gtk_widget_class_bind_template_child (widget_class, KcPlanItemRow, sets_spin);
  gtk_widget_class_bind_template_child (widget_class, KcPlanItemRow, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, KcPlanItemRow, hold_spin);
  gtk_widget_class_bind_template_child (widget_class, KcPlanItemRow, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, KcPlanItemRow, remove_button);

  gtk_widget_class_install_action (widget_class, "item.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "item.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "item.remove", NULL, remove_action);
}

/* The model's limit (kc-plan-limits.h), before the dose is bound. */
static void
set_dose_limit (KcPlanItemRow *self)
{
  GtkSpinButton *spins[] = { self->sets_spin, self->reps_spin, self->hold_spin,
                             self->minutes_spin };

  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (spins[i]), KC_PLAN_MAX_DOSE);
}

static void
kc_plan_item_row_init (KcPlanItemRow *self)
{
  GtkDragSource *drag = gtk_drag_source_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  set_dose_limit (self);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

/**
 * kc_plan_item_row_new:
 * @weekday: the day @item is on, to name it
 * @name: the exercise's name
 */
GtkWidget *
kc_plan_item_row_new (KcPlan     *plan,
                      KcPlanItem *item,
                      guint       weekday,
                      const char *name)
{
  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KC_IS_PLAN_ITEM (item), NULL);

  return g_object_new (KC_TYPE_PLAN_ITEM_ROW,
                       "plan", plan,
                       "item", item,
                       "weekday", weekday,
                       "name", name,
                       NULL);
}

KcPlanItem *
kc_plan_item_row_get_item (KcPlanItemRow *self)
{
  g_return_val_if_fail (KC_IS_PLAN_ITEM_ROW (self), NULL);
  return self->item;
}
