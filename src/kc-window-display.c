/* kc-window-display.c: how the window shows what it shows — text size,
 * presentation mode and the app's stylesheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include <math.h>

#include "kc-window-private.h"
#include "widgets/kc-presenter-cursor.h"

/* How much larger text is while presenting, on top of the text zoom. */
#define PRESENTING_ZOOM 1.3

double
kc_window_get_text_zoom (KcWindow *self)
{
  g_return_val_if_fail (KC_IS_WINDOW (self), 1.0);
  return self->text_zoom;
}

/* Every label inherits its size from the window, so one rule scales all
 * the text; the CSS uses relative sizes everywhere below the window. */
static void
apply_zoom (KcWindow *self)
{
  double zoom = self->text_zoom * (self->presenting ? PRESENTING_ZOOM : 1.0);
  g_autofree char *css = g_strdup_printf ("window.kc-window { font-size: %d%%; }",
                                          (int)round (zoom * 100.0));

  gtk_css_provider_load_from_data (self->zoom_provider, css, -1);
}

void
kc_window_set_text_zoom (KcWindow *self,
                         double    zoom)
{
  g_return_if_fail (KC_IS_WINDOW (self));

  zoom = CLAMP (zoom, KC_TEXT_ZOOM_MIN, KC_TEXT_ZOOM_MAX);
  /* Steps of 0.1 in floating point drift; keep the stored value round. */
  zoom = round (zoom * 100.0) / 100.0;
  if (G_APPROX_VALUE (zoom, self->text_zoom, 0.001))
    return;

  self->text_zoom = zoom;
  apply_zoom (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in",
                                 zoom < KC_TEXT_ZOOM_MAX - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out",
                                 zoom > KC_TEXT_ZOOM_MIN + 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset",
                                 !G_APPROX_VALUE (zoom, 1.0, 0.001));

  g_object_notify_by_pspec (G_OBJECT (self), _kc_window_properties[PROP_TEXT_ZOOM]);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);

  kc_window_set_text_zoom (self, self->text_zoom + KC_TEXT_ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);

  kc_window_set_text_zoom (self, self->text_zoom - KC_TEXT_ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  kc_window_set_text_zoom (KC_WINDOW (widget), 1.0);
}

gboolean
kc_window_get_presenting (KcWindow *self)
{
  g_return_val_if_fail (KC_IS_WINDOW (self), FALSE);
  return self->presenting;
}

static void
update_leave_fullscreen (KcWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-fullscreen",
                                 self->presenting ||
                                 gtk_window_is_fullscreen (GTK_WINDOW (self)));
}

/**
 * kc_window_set_presenting:
 *
 * Presentation mode, for a consultation: full screen, larger text, no
 * banners, and a pointer the patient can follow on a shared screen.
 */
void
kc_window_set_presenting (KcWindow *self,
                          gboolean  presenting)
{
  g_autoptr(GdkCursor) cursor = NULL;

  g_return_if_fail (KC_IS_WINDOW (self));

  presenting = !!presenting;
  if (presenting == self->presenting)
    return;
  self->presenting = presenting;

  if (presenting)
    {
      cursor = kc_presenter_cursor_new ();
      gtk_widget_add_css_class (GTK_WIDGET (self), "kc-presenting");
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "kc-presenting");
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  gtk_widget_set_cursor (GTK_WIDGET (self), cursor);
  /* Banners are not for the patient's eyes; afterwards, only the open
   * ones come back (a closed one stays hidden from screen readers). */
  gtk_widget_set_visible (GTK_WIDGET (self->disclaimer_revealer),
                          !presenting && gtk_revealer_get_reveal_child (self->disclaimer_revealer));
  gtk_widget_set_visible (GTK_WIDGET (self->problems_revealer),
                          !presenting && gtk_revealer_get_reveal_child (self->problems_revealer));
  apply_zoom (self);
  update_leave_fullscreen (self);

  g_object_notify_by_pspec (G_OBJECT (self), _kc_window_properties[PROP_PRESENTING]);
}

static void
leave_fullscreen_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);

  if (self->presenting)
    kc_window_set_presenting (self, FALSE);
  else
    gtk_window_unfullscreen (GTK_WINDOW (widget));
}

/* Escape leaves full screen, but only then: otherwise it must reach the
 * widgets (a search field clears itself with it). Leaving full screen
 * by other means ends presenting too. */
static void
on_fullscreened_changed_cb (KcWindow   *self,
                            GParamSpec *pspec,
                            gpointer    user_data)
{
  gboolean fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));

  if (self->was_fullscreen && !fullscreen && self->presenting)
    kc_window_set_presenting (self, FALSE);
  self->was_fullscreen = fullscreen;
  update_leave_fullscreen (self);
}

/* The app's stylesheet, once per display. The window installs it, not the
 * application, so that a window made anywhere (the tests) looks as in the
 * app. Its owner is the display, so it is kept there: it must live as long
 * as the display and be installed once however many windows come and go,
 * and no object of ours is one per display (a test has windows without an
 * application, the app may have several windows). */
static void
ensure_stylesheet (GdkDisplay *display)
{
  GtkCssProvider *css;

  if (g_object_get_data (G_OBJECT (display), "kc-stylesheet") != NULL)
    return;

  /* Not at RESOURCE_PREFIX "/style.css", which AdwApplication would load
   * a second time. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/ui/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "kc-stylesheet", css, g_object_unref);
}

void
_kc_window_class_init_display (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "win.leave-fullscreen", NULL,
                                   leave_fullscreen_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.leave-fullscreen", NULL);
}

/* Before the template: adding a provider later makes GTK restyle the
 * whole window. */
void
_kc_window_init_display (KcWindow *self)
{
  ensure_stylesheet (gdk_display_get_default ());
  self->text_zoom = 0.0;
  self->zoom_provider = gtk_css_provider_new ();
  kc_window_set_text_zoom (self, 1.0);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->zoom_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
}

/* After the template, whose revealers presenting hides. */
void
_kc_window_init_fullscreen (KcWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-fullscreen", FALSE);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened_changed_cb), NULL);
}

void
_kc_window_dispose_display (KcWindow *self)
{
  if (self->zoom_provider != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->zoom_provider));
  g_clear_object (&self->zoom_provider);
}
