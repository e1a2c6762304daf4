/* kc-appearance.c: light, dark, or as the system prefers
 *
 * The "appearance" setting is "light", "dark" or "system". GTK 4.8 does
 * not follow the desktop's preference by itself, so for "system" we ask
 * the settings portal (org.freedesktop.appearance color-scheme) and
 * listen for changes; without a portal, "system" means light. The
 * choice reaches every widget through gtk-application-prefer-dark-theme,
 * and the diagrams follow the theme's colours.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-appearance"

#include "config.h"

#include <gtk/gtk.h>

#include "kc-appearance.h"

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS "org.freedesktop.portal.Settings"
#define APPEARANCE_NAMESPACE "org.freedesktop.appearance"
#define COLOR_SCHEME_PREFER_DARK 1

struct _KcAppearance
{
  GObject parent_instance;

  GSettings *settings;
  GDBusProxy *portal;
  GCancellable *cancellable;
  gboolean system_prefers_dark;
};

G_DEFINE_FINAL_TYPE (KcAppearance, kc_appearance, G_TYPE_OBJECT)

gboolean
kc_appearance_get_dark (KcAppearance *self)
{
  g_autofree char *appearance = NULL;

  g_return_val_if_fail (KC_IS_APPEARANCE (self), FALSE);

  appearance = g_settings_get_string (self->settings, "appearance");
  if (g_str_equal (appearance, "dark"))
    return TRUE;
  if (g_str_equal (appearance, "light"))
    return FALSE;
  return self->system_prefers_dark;
}

static void
apply (KcAppearance *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  gboolean dark = kc_appearance_get_dark (self);
  gboolean current;

  if (gtk_settings == NULL)
    return;

  /* Setting it at all reloads the theme, which start-up cannot afford. */
  g_object_get (gtk_settings, "gtk-application-prefer-dark-theme", &current, NULL);
  if (current != dark)
    g_object_set (gtk_settings, "gtk-application-prefer-dark-theme", dark, NULL);
}

/* The portal wraps the value in one or two variants, depending on its
 * version. */
static void
set_color_scheme (KcAppearance *self,
                  GVariant     *value)
{
  g_autoptr(GVariant) inner = g_variant_ref (value);

  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *child = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = child;
    }

  if (!g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    return;

  self->system_prefers_dark = g_variant_get_uint32 (inner) == COLOR_SCHEME_PREFER_DARK;
  apply (self);
}

static void
on_portal_signal_cb (GDBusProxy   *proxy,
                     const char   *sender_name,
                     const char   *signal_name,
                     GVariant     *parameters,
                     KcAppearance *self)
{
  const char *namespace, *key;
  g_autoptr(GVariant) value = NULL;

  if (!g_str_equal (signal_name, "SettingChanged") ||
      !g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;

  g_variant_get (parameters, "(&s&sv)", &namespace, &key, &value);
  if (g_str_equal (namespace, APPEARANCE_NAMESPACE) && g_str_equal (key, "color-scheme"))
    set_color_scheme (self, value);
}

static void
on_read_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (source), result, &error);
  KcAppearance *self;
  g_autoptr(GVariant) value = NULL;

  if (reply == NULL)
    {
      /* No portal, or an old one: "system" stays light. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No colour scheme from the portal: %s", error->message);
      return;
    }

  self = KC_APPEARANCE (user_data);
  g_variant_get (reply, "(v)", &value);
  set_color_scheme (self, value);
}

static void
on_portal_ready_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GDBusProxy *portal = g_dbus_proxy_new_for_bus_finish (result, &error);
  KcAppearance *self;

  if (portal == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No settings portal: %s", error->message);
      return;
    }

  self = KC_APPEARANCE (user_data);
  self->portal = portal;
  g_signal_connect_object (portal, "g-signal", G_CALLBACK (on_portal_signal_cb), self, 0);
  g_dbus_proxy_call (portal, "Read",
                     g_variant_new ("(ss)", APPEARANCE_NAMESPACE, "color-scheme"),
                     G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable, on_read_done_cb, self);
}

static void
kc_appearance_dispose (GObject *object)
{
  KcAppearance *self = KC_APPEARANCE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->portal);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kc_appearance_parent_class)->dispose (object);
}

static void
kc_appearance_class_init (KcAppearanceClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kc_appearance_dispose;
}

static void
kc_appearance_init (KcAppearance *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * kc_appearance_new:
 * @settings: the app's settings, with an "appearance" key
 *
 * Applies the appearance now and whenever the setting or, for "system",
 * the desktop's preference changes. Asking the portal does not delay
 * start-up: its answer arrives later.
 */
KcAppearance *
kc_appearance_new (GSettings *settings)
{
  KcAppearance *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KC_TYPE_APPEARANCE, NULL);
  self->settings = g_object_ref (settings);
  g_signal_connect_object (settings, "changed::appearance", G_CALLBACK (apply), self,
                           G_CONNECT_SWAPPED);
  apply (self);

  g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION,
                            G_DBUS_PROXY_FLAGS_DO_NOT_LOAD_PROPERTIES,
                            NULL, PORTAL_NAME, PORTAL_PATH, PORTAL_SETTINGS,
                            self->cancellable, on_portal_ready_cb, self);
  return self;
}
