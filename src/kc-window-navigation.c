/* kc-window-navigation.c: following links between tabs, and going back
 *
 * Every way to another place (a link, a search result, a tab) is an
 * action; the window remembers each one that showed something, so Back
 * and Forward (Alt+Left, Alt+Right, the mouse's side buttons, the header
 * buttons) replay them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include "content/kc-relations.h"
#include "kc-window-private.h"

#define MOUSE_BUTTON_BACK 8
#define MOUSE_BUTTON_FORWARD 9

/* Shows the tab the item names, then asks its page to show the item: some
 * pages (a question scrolled to, an exercise's card focused) can do that
 * only while they are on screen. */
static gboolean
open_in_its_page (KcWindow *self,
                  KcItem   *item)
{
  const char *name = kc_item_get_page (item);
  KcPage *page = name != NULL ? _kc_window_ensure_page (self, name) : NULL;

  return page != NULL && kc_window_show_page (self, name) && kc_page_show_item (page, item);
}

/**
 * kc_window_open_item:
 * @id: the id of any content item
 *
 * Shows an item in the tab that has it, chosen: a part or condition in
 * Anatomy, a place or pain source on the Body map, an exercise, a question.
 *
 * Returns: %TRUE if some tab shows the item
 */
gboolean
kc_window_open_item (KcWindow   *self,
                     const char *id)
{
  GObject *item;

  g_return_val_if_fail (KC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  item = kc_library_lookup (self->library, id);
  if (item != NULL && open_in_its_page (self, KC_ITEM (item)))
    return TRUE;

  /* A condition no part lists (a muscle strain) is shown on the body map,
   * opened under the source it belongs to; the tab first, as its expander
   * can take the focus only on screen. */
  if (KC_IS_CONDITION (item) && kc_relations_source_for_condition (self->library, id) != NULL)
    {
      KcPage *body_map = _kc_window_ensure_page (self, "bodymap");

      return kc_window_show_page (self, "bodymap") &&
             kc_body_map_page_show_condition (KC_BODY_MAP_PAGE (body_map), id);
    }

  g_debug ("No tab shows “%s”", id);
  return FALSE;
}

typedef gboolean (*ShowFunc) (KcWindow   *self,
                              const char *target);

static gboolean
show_part (KcWindow   *self,
           const char *part_id)
{
  return kc_anatomy_page_show_part (KC_ANATOMY_PAGE (_kc_window_ensure_page (self, "anatomy")),
                                    part_id) &&
         kc_window_show_page (self, "anatomy");
}

/* The pain source a part belongs to, e.g. the lower back for the L4 root. */
static gboolean
show_part_on_body_map (KcWindow   *self,
                       const char *part_id)
{
  return kc_body_map_page_show_part (KC_BODY_MAP_PAGE (_kc_window_ensure_page (self, "bodymap")),
                                     part_id) &&
         kc_window_show_page (self, "bodymap");
}

/* The exercise library filtered to an area, e.g. "knees". */
static gboolean
show_exercises_for (KcWindow   *self,
                    const char *area)
{
  kc_exercises_page_set_filters (KC_EXERCISES_PAGE (_kc_window_ensure_page (self, "exercises")),
                                 area, NULL, NULL);
  return kc_window_show_page (self, "exercises");
}

/* Every way to a place, by its action; each takes a string target. */
static const struct
{
  const char *action_name;
  ShowFunc show;
} places[] = {
  { "win.open-item", kc_window_open_item },
  { "win.show-page", kc_window_show_page },
  { "win.show-part", show_part },
  { "win.show-on-body-map", show_part_on_body_map },
  { "win.show-exercises", show_exercises_for },
};

/* Shows a place, and remembers it if it was shown. */
static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *target)
{
  KcWindow *self = KC_WINDOW (widget);
  gboolean shown = FALSE;

  self->navigating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    if (g_str_equal (places[i].action_name, action_name))
      shown = places[i].show (self, g_variant_get_string (target, NULL));
  self->navigating = FALSE;

  if (shown && !self->replaying)
    kc_history_visit (self->history, action_name, target);
}

static void
go (KcWindow *self,
    int       delta)
{
  const char *action_name;
  GVariant *target;

  if (!kc_history_go (self->history, delta, &action_name, &target))
    return;

  self->replaying = TRUE;
  gtk_widget_activate_action_variant (GTK_WIDGET (self), action_name, target);
  self->replaying = FALSE;
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *target)
{
  go (KC_WINDOW (widget), -1);
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *target)
{
  go (KC_WINDOW (widget), 1);
}

static void
update_moves (KcWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back",
                                 kc_history_can_go_back (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward",
                                 kc_history_can_go_forward (self->history));
}

static void
on_mouse_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     KcWindow        *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == MOUSE_BUTTON_BACK)
    go (self, -1);
  else if (button == MOUSE_BUTTON_FORWARD)
    go (self, 1);
  else
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* A tab chosen by the user is a place too; one a link shows is part of
 * following the link. */
void
_kc_window_page_changed (KcWindow   *self,
                         const char *name)
{
  if (self->navigating || self->replaying || name == NULL)
    return;

  kc_history_visit (self->history, "win.show-page", g_variant_new_string (name));
}

void
_kc_window_init_navigation (KcWindow *self)
{
  GtkGesture *mouse = gtk_gesture_click_new ();

  self->history = kc_history_new ();
  g_signal_connect_object (self->history, "notify::can-go-back",
                           G_CALLBACK (update_moves), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-go-forward",
                           G_CALLBACK (update_moves), self, G_CONNECT_SWAPPED);
  update_moves (self);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (mouse), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (mouse), GTK_PHASE_CAPTURE);
  g_signal_connect (mouse, "pressed", G_CALLBACK (on_mouse_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (mouse));
}

void
_kc_window_class_init_navigation (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    gtk_widget_class_install_action (widget_class, places[i].action_name, "s", navigate_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "win.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "win.forward", NULL);
}
