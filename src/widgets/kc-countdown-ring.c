/* kc-countdown-ring.c: seconds left, in large digits inside a ring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ring empties as a hold or a rest goes by, a step each second with
 * the digits: one redraw a second, not one a frame — calm to watch, and
 * the same with or without animations.  The track and the arc take the
 * theme's foreground and accent colours, so they follow a dark theme; the
 * digits are a label, sized in style.css relative to the window's text,
 * so text zoom and presenting make them larger too.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-countdown-ring.h"

#define LINE_WIDTH_SHARE 0.06   /* of the ring's diameter */

struct _KcCountdownRing
{
  GtkWidget parent_instance;

  GtkWidget *digits;

  guint seconds_left;
  guint total_seconds;
};

G_DEFINE_FINAL_TYPE (KcCountdownRing, kc_countdown_ring, GTK_TYPE_WIDGET)

static GdkRGBA
accent_color (GtkWidget *widget)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (context, "accent_color", &color))
    gtk_style_context_get_color (context, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

static void
kc_countdown_ring_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KcCountdownRing *self = KC_COUNTDOWN_RING (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double line = size * LINE_WIDTH_SHARE;
  double radius = (size - line) / 2.0;
  double gone = self->total_seconds ? 1.0 - (double)self->seconds_left / self->total_seconds : 0;
  GdkRGBA track, arc = accent_color (widget);
  cairo_t *cr;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &track);
  track.alpha *= 0.15;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, line);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  gdk_cairo_set_source_rgba (cr, &track);
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  /* What is left, clockwise from the top. */
  if (gone < 1.0)
    {
      gdk_cairo_set_source_rgba (cr, &arc);
      cairo_arc (cr, width / 2.0, height / 2.0, radius,
                 -G_PI / 2 + 2 * G_PI * CLAMP (gone, 0.0, 1.0), 3 * G_PI / 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  gtk_widget_snapshot_child (widget, self->digits, snapshot);
}

/* Square: as wide as it is tall. */
static void
kc_countdown_ring_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  KcCountdownRing *self = KC_COUNTDOWN_RING (widget);
  int digits_min, digits_nat;

  gtk_widget_measure (self->digits, orientation, -1, &digits_min, &digits_nat, NULL, NULL);
  *minimum = MAX (digits_min * 2, 120);
  *natural = MAX (digits_nat * 2, 200);
}

static void
kc_countdown_ring_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  KcCountdownRing *self = KC_COUNTDOWN_RING (widget);

  gtk_widget_allocate (self->digits, width, height, baseline, NULL);
}

static void
kc_countdown_ring_dispose (GObject *object)
{
  KcCountdownRing *self = KC_COUNTDOWN_RING (object);

  g_clear_pointer (&self->digits, gtk_widget_unparent);

  G_OBJECT_CLASS (kc_countdown_ring_parent_class)->dispose (object);
}

static void
kc_countdown_ring_class_init (KcCountdownRingClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kc_countdown_ring_dispose;
  widget_class->snapshot = kc_countdown_ring_snapshot;
  widget_class->measure = kc_countdown_ring_measure;
  widget_class->size_allocate = kc_countdown_ring_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "countdown-ring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kc_countdown_ring_init (KcCountdownRing *self)
{
  self->digits = gtk_label_new ("");
  gtk_widget_add_css_class (self->digits, "kc-countdown-digits");
  gtk_widget_add_css_class (self->digits, "numeric");
  gtk_widget_set_parent (self->digits, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Seconds left"), -1);
}

GtkWidget *
kc_countdown_ring_new (void)
{
  return g_object_new (KC_TYPE_COUNTDOWN_RING, NULL);
}

/**
 * kc_countdown_ring_set:
 *
 * Shows @seconds_left of @total_seconds; draws again only if they changed.
 */
void
kc_countdown_ring_set (KcCountdownRing *self,
                       guint            seconds_left,
                       guint            total_seconds)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KC_IS_COUNTDOWN_RING (self));

  if (seconds_left == self->seconds_left && total_seconds == self->total_seconds)
    return;
  self->seconds_left = seconds_left;
  self->total_seconds = total_seconds;
  text = g_strdup_printf ("%u", seconds_left);
  gtk_label_set_label (GTK_LABEL (self->digits), text);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* How much of the time has gone, 0–1, as drawn. */
double
kc_countdown_ring_get_fraction (KcCountdownRing *self)
{
  g_return_val_if_fail (KC_IS_COUNTDOWN_RING (self), 0.0);

  if (self->total_seconds == 0)
    return 0.0;
  return CLAMP (1.0 - (double)self->seconds_left / self->total_seconds, 0.0, 1.0);
}

const char *
kc_countdown_ring_get_digits (KcCountdownRing *self)
{
  g_return_val_if_fail (KC_IS_COUNTDOWN_RING (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->digits));
}
