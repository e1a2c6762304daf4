/* kc-focus-group.c: a list that is one Tab stop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Wraps a GtkListBox or GtkFlowBox (or a scrolled window holding one) so
 * that it is one Tab stop, as a radio group is: Tab enters at the item
 * last reached (or the one the page names, kc_focus_group_set_stop()) and
 * the next Tab leaves.  GTK 4.8's list box moves Tab from row to row, and
 * when the next row takes no focus it keeps the Tab for itself: the focus
 * was trapped.  Here Tab never reaches the list's own focus handling.
 *
 * In a list box the arrow keys, Home and End move the focus between rows
 * without selecting: a row is chosen with Enter or Space.  A flow box keeps
 * its own arrows, which move in two dimensions.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include "kc-content-widgets.h"
#include "kc-focus-group.h"

struct _KcFocusGroup
{
  GtkWidget parent_instance;

  /* Owned references */
  GtkWidget *child;

  /* Borrowed references (weak) */
  GtkWidget *stop;
};

G_DEFINE_FINAL_TYPE (KcFocusGroup, kc_focus_group, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
can_take_focus (GtkWidget *widget)
{
  return gtk_widget_get_focusable (widget) && gtk_widget_get_mapped (widget) &&
         gtk_widget_is_sensitive (widget);
}

/* What takes the focus for a row: the row itself, or else its first
 * focusable part (a place's check button). */
static GtkWidget *
row_target (GtkWidget *widget)
{
  if (can_take_focus (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *target = row_target (child);
      if (target != NULL)
        return target;
    }

  return NULL;
}

static GtkListBox *
find_list_box (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget))
    return GTK_LIST_BOX (widget);
  if (GTK_IS_FLOW_BOX (widget))
    return NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = find_list_box (child);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The rows' targets in order: headers and filtered-out rows left out. */
static GPtrArray *
collect_targets (GtkListBox *list)
{
  GPtrArray *targets = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *target = GTK_IS_LIST_BOX_ROW (child) ? row_target (child) : NULL;

      if (target != NULL)
        g_ptr_array_add (targets, target);
    }

  return targets;
}

static GtkWidget *
focus_in (KcFocusGroup *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) ? focus : NULL;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   KcFocusGroup          *self)
{
  GtkListBox *list = find_list_box (GTK_WIDGET (self));
  GtkWidget *focus = focus_in (self);
  g_autoptr(GPtrArray) targets = NULL;
  guint index;
  int to;

  if (list == NULL || focus == NULL ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  targets = collect_targets (list);
  if (!g_ptr_array_find (targets, focus, &index))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      to = MIN (index + 1, targets->len - 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      to = index > 0 ? index - 1 : 0;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      to = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      to = targets->len - 1;
      break;
    default:
      return FALSE;
    }

  /* At either end the key stays here, as in a radio group. */
  gtk_widget_grab_focus (g_ptr_array_index (targets, to));
  kc_scroll_into_view (g_ptr_array_index (targets, to), GTK_WIDGET (list));
  return TRUE;
}

/* Into a list box at its chosen row, else at its first (or, going back,
 * last) row.  Not by the list box's own focus handling: in GTK 4.8 that
 * selects the row it enters at, and a part was chosen by Tab alone. */
static gboolean
enter_list (KcFocusGroup     *self,
            GtkDirectionType  direction)
{
  GtkListBox *list = find_list_box (GTK_WIDGET (self));
  g_autoptr(GPtrArray) targets = NULL;
  GtkListBoxRow *selected;
  GtkWidget *target;

  if (list == NULL)
    return gtk_widget_child_focus (self->child, direction);

  targets = collect_targets (list);
  if (targets->len == 0)
    return FALSE;

  selected = gtk_list_box_get_selected_row (list);
  target = selected != NULL ? row_target (GTK_WIDGET (selected)) : NULL;
  if (target == NULL)
    target = g_ptr_array_index (targets, direction == GTK_DIR_TAB_FORWARD ? 0 : targets->len - 1);

  return gtk_widget_grab_focus (target);
}

static gboolean
kc_focus_group_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  KcFocusGroup *self = KC_FOCUS_GROUP (widget);
  GtkWidget *focus = focus_in (self);

  if (self->child == NULL)
    return FALSE;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return gtk_widget_child_focus (self->child, direction);

  /* Tab leaves, from wherever in the list the focus is. */
  if (focus != NULL)
    {
      kc_focus_group_set_stop (self, focus);
      return FALSE;
    }

  if (self->stop != NULL && gtk_widget_is_ancestor (self->stop, widget) &&
      can_take_focus (self->stop) && gtk_widget_grab_focus (self->stop))
    return TRUE;

  return enter_list (self, direction);
}

/* GtkWidget's default never expands; the group takes its list's wish to
 * fill the column, as GtkBox does for its children. */
static void
kc_focus_group_compute_expand (GtkWidget *widget,
                               gboolean  *hexpand,
                               gboolean  *vexpand)
{
  KcFocusGroup *self = KC_FOCUS_GROUP (widget);

  *hexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_HORIZONTAL);
  *vexpand = self->child != NULL && gtk_widget_compute_expand (self->child, GTK_ORIENTATION_VERTICAL);
}

static void
kc_focus_group_dispose (GObject *object)
{
  KcFocusGroup *self = (KcFocusGroup *)object;

  g_clear_weak_pointer (&self->stop);
  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (kc_focus_group_parent_class)->dispose (object);
}

static void
kc_focus_group_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KcFocusGroup *self = KC_FOCUS_GROUP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_focus_group_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KcFocusGroup *self = KC_FOCUS_GROUP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      kc_focus_group_set_child (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_focus_group_class_init (KcFocusGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_focus_group_dispose;
  object_class->get_property = kc_focus_group_get_property;
  object_class->set_property = kc_focus_group_set_property;

  widget_class->focus = kc_focus_group_focus;
  widget_class->compute_expand = kc_focus_group_compute_expand;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
kc_focus_group_init (KcFocusGroup *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Before the list box's own keys, which also select. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
kc_focus_group_new (void)
{
  return g_object_new (KC_TYPE_FOCUS_GROUP, NULL);
}

GtkWidget *
kc_focus_group_get_child (KcFocusGroup *self)
{
  g_return_val_if_fail (KC_IS_FOCUS_GROUP (self), NULL);
  return self->child;
}

void
kc_focus_group_set_child (KcFocusGroup *self,
                          GtkWidget    *child)
{
  g_return_if_fail (KC_IS_FOCUS_GROUP (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

/**
 * kc_focus_group_get_stop:
 *
 * Returns: (transfer none) (nullable): where Tab enters the group next,
 *   if a page or the user has named it
 */
GtkWidget *
kc_focus_group_get_stop (KcFocusGroup *self)
{
  g_return_val_if_fail (KC_IS_FOCUS_GROUP (self), NULL);
  return self->stop;
}

/**
 * kc_focus_group_set_stop:
 * @stop: (nullable): a focusable widget inside the group
 *
 * Makes @stop where Tab enters the group (the chosen item, say); the
 * focus leaving the group moves it to where the focus was.  Without one,
 * the list decides (its selected or first item).
 */
void
kc_focus_group_set_stop (KcFocusGroup *self,
                         GtkWidget    *stop)
{
  g_return_if_fail (KC_IS_FOCUS_GROUP (self));
  g_return_if_fail (stop == NULL || GTK_IS_WIDGET (stop));

  g_set_weak_pointer (&self->stop, stop);
}
