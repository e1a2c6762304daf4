/* kc-preferences-window.c: appearance, text size, reminders, the practice's branding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every row is bound to a key of the app's settings, so the main window,
 * the menu's appearance items and what prints follow at once.  A logo is
 * checked before it is taken: a file that is not a PNG, JPEG or SVG image
 * is refused with a message and the setting stays as it was; a logo file
 * that has gone missing since is named in the row, and handouts print
 * without it.
 */
#define G_LOG_DOMAIN "kc-preferences"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kc-preferences-window.h"
#include "widgets/kc-accessible.h"
#include "widgets/kc-print-brand.h"
#include "widgets/kc-time-chooser.h"

struct _KcPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  GtkCheckButton *style_system;
  GtkCheckButton *style_light;
  GtkCheckButton *style_dark;
  GtkAdjustment *text_size_adjustment;
  GtkEntry *clinic_entry;
  GtkEntry *clinician_entry;
  AdwActionRow *logo_row;
  GtkPicture *logo_picture;
  GtkSwitch *reminder_switch;
  GtkWidget *reminder_time_row;
  KcTimeChooser *reminder_time;

  /* Owned references */
  GSettings *settings;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (KcPreferencesWindow, kc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A style's radio button is on when the setting names its style
 * (@user_data); turned on, it names it. */
static gboolean
style_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  g_value_set_boolean (value, g_str_equal (g_variant_get_string (variant, NULL), user_data));
  return TRUE;
}

static GVariant *
style_to_setting (const GValue       *value,
                  const GVariantType *type,
                  gpointer            user_data)
{
  /* The button turned off leaves the setting to the one turned on. */
  return g_value_get_boolean (value) ? g_variant_new_string (user_data) : NULL;
}

static gboolean
percent_from_setting (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  g_value_set_double (value, round (g_variant_get_double (variant) * 100.0));
  return TRUE;
}

static GVariant *
percent_to_setting (const GValue       *value,
                    const GVariantType *type,
                    gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

/* Shows the logo the settings name, or why there is none. */
static void
show_logo (KcPreferencesWindow *self)
{
  g_autofree char *uri = g_settings_get_string (self->settings, "clinic-logo");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preferences.remove-logo", *uri != '\0');
  if (*uri == '\0')
    {
      adw_action_row_set_subtitle (self->logo_row, _("None; handouts print without a logo"));
      gtk_widget_set_visible (GTK_WIDGET (self->logo_picture), FALSE);
      return;
    }

  file = g_file_new_for_commandline_arg (uri);
  if (!kc_print_brand_check_logo (file, &error))
    {
      /* Translators: the logo row's subtitle, after why the file cannot be used */
      g_autofree char *text = g_strdup_printf (_("%s. Handouts print without it."),
                                               error->message);

      adw_action_row_set_subtitle (self->logo_row, text);
      gtk_widget_set_visible (GTK_WIDGET (self->logo_picture), FALSE);
      return;
    }

  {
    g_autofree char *name = g_file_get_basename (file);

    adw_action_row_set_subtitle (self->logo_row, name);
  }
  gtk_picture_set_file (self->logo_picture, file);
  gtk_widget_set_visible (GTK_WIDGET (self->logo_picture), TRUE);
}

static void
on_logo_changed_cb (GSettings           *settings,
                    const char          *key,
                    KcPreferencesWindow *self)
{
  show_logo (self);
}

/**
 * kc_preferences_window_set_logo:
 * @file: the image a user chose
 *
 * Takes @file as the practice's logo if handouts can print it; otherwise
 * says why in the logo row and keeps the logo there was.
 *
 * Returns: whether @file was taken
 */
gboolean
kc_preferences_window_set_logo (KcPreferencesWindow *self,
                                GFile               *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (KC_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!kc_print_brand_check_logo (file, &error))
    {
      /* Translators: the logo row's subtitle, after why the chosen file was refused */
      g_autofree char *text = g_strdup_printf (_("%s. The logo was not changed."),
                                               error->message);

      adw_action_row_set_subtitle (self->logo_row, text);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                        adw_toast_new (error->message));
      return FALSE;
    }

  uri = g_file_get_uri (file);
  g_settings_set_string (self->settings, "clinic-logo", uri);
  return TRUE;
}

/* What the logo row says: the file's name, or why there is no logo. */
const char *
kc_preferences_window_get_logo_status (KcPreferencesWindow *self)
{
  g_return_val_if_fail (KC_IS_PREFERENCES_WINDOW (self), NULL);
  return adw_action_row_get_subtitle (self->logo_row);
}

static void
on_chooser_response_cb (GtkNativeDialog     *chooser,
                        int                  response,
                        KcPreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        kc_preferences_window_set_logo (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
choose_logo_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KcPreferencesWindow *self = KC_PREFERENCES_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (filter, _("PNG, JPEG or SVG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/svg+xml");

  self->chooser = gtk_file_chooser_native_new (_("Choose a Logo"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"),
                                               _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
remove_logo_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_settings_set_string (KC_PREFERENCES_WINDOW (widget)->settings, "clinic-logo", "");
}

static void
kc_preferences_window_dispose (GObject *object)
{
  KcPreferencesWindow *self = KC_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kc_preferences_window_parent_class)->dispose (object);
}

static void
kc_preferences_window_class_init (KcPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, style_system);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, style_light);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, style_dark);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, text_size_adjustment);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, clinic_entry);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, clinician_entry);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, logo_row);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, logo_picture);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, reminder_switch);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, reminder_time_row);
  gtk_widget_class_bind_template_child (widget_class, KcPreferencesWindow, reminder_time);

  gtk_widget_class_install_action (widget_class, "preferences.choose-logo", NULL,
                                   choose_logo_action);
  gtk_widget_class_install_action (widget_class, "preferences.remove-logo", NULL,
                                   remove_logo_action);
}

static void
kc_preferences_window_init (KcPreferencesWindow *self)
{
  g_type_ensure (KC_TYPE_TIME_CHOOSER);
  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_hide_decorations (GTK_WIDGET (self));
}

static void
bind_settings (KcPreferencesWindow *self)
{
  const struct {
    GtkCheckButton *button;
    const char *style;
  } styles[] = {
    { self->style_system, "system" },
    { self->style_light, "light" },
    { self->style_dark, "dark" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    g_settings_bind_with_mapping (self->settings, "appearance", styles[i].button, "active",
                                  G_SETTINGS_BIND_DEFAULT, style_from_setting, style_to_setting,
                                  (gpointer)styles[i].style, NULL);
  g_settings_bind_with_mapping (self->settings, "text-zoom", self->text_size_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT, percent_from_setting,
                                percent_to_setting, NULL, NULL);
  g_settings_bind (self->settings, "clinic-name", self->clinic_entry, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "clinician-name", self->clinician_entry, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-enabled", self->reminder_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reminder-enabled", self->reminder_time_row, "sensitive",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "reminder-time", self->reminder_time, "time",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect (self->settings, "changed::clinic-logo", G_CALLBACK (on_logo_changed_cb),
                    self);
  show_logo (self);
}

/**
 * kc_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: the app's settings, which every row changes
 */
KcPreferencesWindow *
kc_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  KcPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KC_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);
  bind_settings (self);

  return self;
}
