/* kc-diagram-input.c: pointer, scroll and pinch on a diagram
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <librsvg/rsvg.h>
#include <math.h>

#include "kc-diagram-view-private.h"

#define DRAG_THRESHOLD 6.0
#define ZOOM_STEP 1.25

static void
set_hovered (KcDiagramView *self,
             const char    *id)
{
  if (g_strcmp0 (self->hovered, id) == 0)
    return;

  g_free (self->hovered);
  self->hovered = g_strdup (id);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), id ? "pointer" : NULL);
  _kc_diagram_view_invalidate_style (self);
  g_object_notify (G_OBJECT (self), "hovered-part");
}

/**
 * _kc_diagram_view_recheck_hover:
 *
 * The picture moved under a pointer that did not (names shown, zoomed):
 * the part it is over, and the tooltip, are found again; they said the
 * part that had been there ("L2 vertebra" over L3).
 */
void
_kc_diagram_view_recheck_hover (KcDiagramView *self)
{
  if (self->has_pointer)
    set_hovered (self, kc_diagram_view_part_at (self, self->pointer_x, self->pointer_y));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              KcDiagramView            *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;
  set_hovered (self, kc_diagram_view_part_at (self, x, y));
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             KcDiagramView            *self)
{
  self->has_pointer = FALSE;
  set_hovered (self, NULL);
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      KcDiagramView   *self)
{
  const char *id;

  if (self->dragged || self->pen_on)
    return;

  id = kc_diagram_view_part_at (self, x, y);
  kc_diagram_view_set_selected_part (self, id);
  if (id != NULL)
    g_signal_emit_by_name (self, "part-activated", id);
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  KcDiagramView  *self)
{
  self->dragged = FALSE;
  self->drag_start_pan_x = self->pan_x;
  self->drag_start_pan_y = self->pan_y;
  self->drag_start_x = x;
  self->drag_start_y = y;

  if (self->pen_on)
    _kc_diagram_view_pen_begin (self, x, y);
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   KcDiagramView  *self)
{
  if (self->pen_on)
    {
      _kc_diagram_view_pen_extend (self, self->drag_start_x + dx, self->drag_start_y + dy);
      return;
    }

  /* Panning only means something once the picture is larger than the view. */
  if (self->zoom <= KC_DIAGRAM_ZOOM_MIN || (!self->dragged && hypot (dx, dy) < DRAG_THRESHOLD))
    return;

  self->dragged = TRUE;
  self->pan_x = self->drag_start_pan_x + dx;
  self->pan_y = self->drag_start_pan_y + dy;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                KcDiagramView  *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), self->hovered ? "pointer" : NULL);
}

/* Zooms keeping the document point under (@x, @y) where it is. */
void
_kc_diagram_view_zoom_around (KcDiagramView *self,
                              double         zoom,
                              double         x,
                              double         y)
{
  double doc_x, doc_y, scale, ox, oy;

  zoom = CLAMP (zoom, KC_DIAGRAM_ZOOM_MIN, KC_DIAGRAM_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 1e-6))
    return;

  _kc_diagram_view_widget_to_document (self, x, y, &doc_x, &doc_y);
  self->zoom = zoom;
  self->pan_x = self->pan_y = 0;
  _kc_diagram_view_get_transform (self, &scale, &ox, &oy);
  /* Where that point is now, and back by the difference. */
  self->pan_x = x - (ox + doc_x * scale);
  self->pan_y = y - (oy + doc_y * scale);
  if (G_APPROX_VALUE (zoom, KC_DIAGRAM_ZOOM_MIN, 1e-6))
    self->pan_x = self->pan_y = 0;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  _kc_diagram_view_recheck_hover (self);
  g_object_notify (G_OBJECT (self), "zoom");
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              KcDiagramView            *self)
{
  GdkModifierType state =
    gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = self->pointer_x;
  double y = self->pointer_y;

  /* Plain scrolling belongs to whatever scrolls around the view. */
  if (!(state & GDK_CONTROL_MASK))
    return GDK_EVENT_PROPAGATE;

  if (!self->has_pointer)
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }

  _kc_diagram_view_zoom_around (self, self->zoom * pow (ZOOM_STEP, -dy), x, y);
  return GDK_EVENT_STOP;
}

static void
on_pinch_begin_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   KcDiagramView    *self)
{
  self->pinch_start_zoom = self->zoom;
}

static void
on_pinch_scale_changed_cb (GtkGestureZoom *gesture,
                           double          scale,
                           KcDiagramView  *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  _kc_diagram_view_zoom_around (self, self->pinch_start_zoom * scale, x, y);
}

gboolean
_kc_diagram_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard,
                                GtkTooltip *tooltip)
{
  KcDiagramView *self = KC_DIAGRAM_VIEW (widget);
  Part *part = _kc_diagram_view_find_part (self, kc_diagram_view_part_at (self, x, y));

  if (part == NULL || part->name == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, part->name);
  return TRUE;
}

void
_kc_diagram_view_init_input (KcDiagramView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();


  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin_cb), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

}
