/* test-preferences.c: the Preferences window changes the settings it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kc-preferences-window.h"
#include "kc-test-a11y.h"
#include "kc-test-print.h"
#include "kc-test-widgets.h"
#include "widgets/kc-time-chooser.h"

typedef struct
{
  GSettings *settings;
  KcPreferencesWindow *window;
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->settings = g_settings_new (APP_ID);
  fixture->dir = g_dir_make_tmp ("kc-prefs-XXXXXX", NULL);
  fixture->window = kc_preferences_window_new (NULL, fixture->settings);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_settings_reset (fixture->settings, "clinic-name");
  g_settings_reset (fixture->settings, "clinician-name");
  g_settings_reset (fixture->settings, "clinic-logo");
  g_settings_reset (fixture->settings, "appearance");
  g_settings_reset (fixture->settings, "text-zoom");
  g_settings_reset (fixture->settings, "reminder-enabled");
  g_settings_reset (fixture->settings, "reminder-time");
  g_clear_object (&fixture->settings);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_file_new_for_path (path);
}

static GFile *
write_png (Fixture *fixture)
{
  g_autofree char *path = kc_test_write_png (fixture->dir);

  return g_file_new_for_path (path);
}

static GtkWidget *
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The switch and the time write the reminder's keys and follow them; the
 * time is not offered while reminders are off. */
static void
test_reminders (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);
  GtkWidget *remind_row = find_row (root, ADW_TYPE_ACTION_ROW, "_Remind Me to Exercise");
  GtkWidget *time_row = find_row (root, ADW_TYPE_ACTION_ROW, "_Time");
  GtkWidget *time = kc_test_find_by_type (time_row, KC_TYPE_TIME_CHOOSER);
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();

  g_assert_nonnull (remind_row);
  g_assert_nonnull (time);
  g_assert_false (g_settings_get_boolean (fixture->settings, "reminder-enabled"));
  g_assert_false (gtk_widget_get_sensitive (time_row));
  g_assert_cmpint (kc_time_chooser_get_time (KC_TIME_CHOOSER (time)), ==, 18 * 60);

  /* Activated, a switch moves with an animation: set it as it ends. */
  gtk_switch_set_active (GTK_SWITCH (adw_action_row_get_activatable_widget (
    ADW_ACTION_ROW (remind_row))), TRUE);
  g_assert_true (g_settings_get_boolean (fixture->settings, "reminder-enabled"));
  g_assert_true (gtk_widget_get_sensitive (time_row));

  /* Hours and minutes, as spin buttons: 7:30. */
  kc_test_collect_by_type (time, GTK_TYPE_SPIN_BUTTON, spins);
  g_assert_cmpuint (spins->len, ==, 2);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 7);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 1), 30);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "reminder-time"), ==, 7 * 60 + 30);
  g_assert_cmpstr (gtk_editable_get_text (g_ptr_array_index (spins, 0)), ==, "07");

  g_settings_set_int (fixture->settings, "reminder-time", 20 * 60 + 5);
  g_assert_cmpint (kc_time_chooser_get_time (KC_TIME_CHOOSER (time)), ==, 20 * 60 + 5);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (g_ptr_array_index (spins, 1)), ==, 5);

  g_settings_set_boolean (fixture->settings, "reminder-enabled", FALSE);
  g_assert_false (gtk_widget_get_sensitive (time_row));
}

/* Each row writes its key, and follows it when it changes elsewhere. */
static void
test_rows_set_keys (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);
  GtkWidget *clinic_row = find_row (root, ADW_TYPE_ACTION_ROW, "_Clinic Name");
  GtkWidget *clinic = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (clinic_row));
  GtkWidget *clinician_row = find_row (root, ADW_TYPE_ACTION_ROW, "Cli_nician");
  GtkWidget *clinician = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (clinician_row));
  GtkWidget *dark = find_row (root, ADW_TYPE_ACTION_ROW, "_Dark");
  GtkWidget *light = find_row (root, ADW_TYPE_ACTION_ROW, "_Light");
  GtkWidget *spin = kc_test_find_by_type (root, GTK_TYPE_SPIN_BUTTON);
  g_autofree char *clinic_name = NULL;
  g_autofree char *clinician_name = NULL;
  g_autofree char *appearance = NULL;

  g_assert_nonnull (clinic);
  g_assert_nonnull (clinician);
  g_assert_nonnull (dark);
  g_assert_nonnull (light);
  g_assert_nonnull (spin);

  gtk_editable_set_text (GTK_EDITABLE (clinic), "Physio am Markt");
  clinic_name = g_settings_get_string (fixture->settings, "clinic-name");
  g_assert_cmpstr (clinic_name, ==, "Physio am Markt");
  gtk_editable_set_text (GTK_EDITABLE (clinician), "Dr. Jana Roth");
  clinician_name = g_settings_get_string (fixture->settings, "clinician-name");
  g_assert_cmpstr (clinician_name, ==, "Dr. Jana Roth");
  g_settings_set_string (fixture->settings, "clinician-name", "B. Okafor");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (clinician)), ==, "B. Okafor");

  /* Activating a row, as Enter or a click does, chooses its style. */
  adw_action_row_activate (ADW_ACTION_ROW (dark));
  appearance = g_settings_get_string (fixture->settings, "appearance");
  g_assert_cmpstr (appearance, ==, "dark");
  g_settings_set_string (fixture->settings, "appearance", "light");
  g_assert_true (gtk_check_button_get_active (
    GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (light)))));
  g_assert_false (gtk_check_button_get_active (
    GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (dark)))));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 150);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (fixture->settings, "text-zoom"), 1.5,
                                  0.001);
  g_settings_set_double (fixture->settings, "text-zoom", 0.8);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), 80, 0.001);
}

/* An image is taken and can be removed; anything else is refused with a
 * message, and the logo stays as it was. */
static void
test_logo (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GFile) png = write_png (fixture);
  g_autoptr(GFile) text = write_file (fixture, "notes.txt", "Not a picture at all.\n", -1);
  g_autoptr(GFile) fake = write_file (fixture, "fake.png", "Not a PNG either.\n", -1);
  g_autofree char *png_uri = g_file_get_uri (png);
  g_autofree char *logo = NULL;

  g_assert_true (strstr (kc_preferences_window_get_logo_status (fixture->window), "None"));
  g_assert_false (gtk_widget_is_sensitive (kc_test_find_by_css_class (GTK_WIDGET (fixture->window),
                                                                      "remove-logo")));

  g_assert_true (kc_preferences_window_set_logo (fixture->window, png));
  logo = g_settings_get_string (fixture->settings, "clinic-logo");
  g_assert_cmpstr (logo, ==, png_uri);
  g_assert_cmpstr (kc_preferences_window_get_logo_status (fixture->window), ==, "logo.png");
  g_assert_true (gtk_widget_is_sensitive (kc_test_find_by_css_class (GTK_WIDGET (fixture->window),
                                                                     "remove-logo")));

  g_assert_false (kc_preferences_window_set_logo (fixture->window, text));
  g_assert_nonnull (strstr (kc_preferences_window_get_logo_status (fixture->window),
                            "notes.txt” is not a PNG, JPEG or SVG image"));
  g_assert_false (kc_preferences_window_set_logo (fixture->window, fake));
  g_assert_nonnull (strstr (kc_preferences_window_get_logo_status (fixture->window),
                            "is not a PNG, JPEG or SVG image"));
  g_clear_pointer (&logo, g_free);
  logo = g_settings_get_string (fixture->settings, "clinic-logo");
  g_assert_cmpstr (logo, ==, png_uri);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window),
                                             "preferences.remove-logo", NULL));
  g_clear_pointer (&logo, g_free);
  logo = g_settings_get_string (fixture->settings, "clinic-logo");
  g_assert_cmpstr (logo, ==, "");
}

/* A logo file moved away since it was chosen is named, and said to be
 * left out of what prints. */
static void
test_missing_logo (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "gone.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autofree char *uri = g_file_get_uri (file);
  const char *status;

  g_settings_set_string (fixture->settings, "clinic-logo", uri);
  status = kc_preferences_window_get_logo_status (fixture->window);
  g_assert_nonnull (strstr (status, "gone.png"));
  g_assert_nonnull (strstr (status, "cannot be read"));
  g_assert_nonnull (strstr (status, "Handouts print without it."));
}

/* Nothing a screen reader meets on the page is read out by its type
 * name (libadwaita's own hidden search and switcher are not ours). */
static void
test_everything_named (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);
  GtkWidget *page = kc_test_find_by_type (GTK_WIDGET (fixture->window),
                                          ADW_TYPE_PREFERENCES_PAGE);

  g_assert_nonnull (page);
  kc_test_collect_unnamed (page, unnamed);
  g_assert_cmpstr (unnamed->str, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/preferences/rows-set-keys", Fixture, NULL, fixture_set_up, test_rows_set_keys,
              fixture_tear_down);
  g_test_add ("/preferences/reminders", Fixture, NULL, fixture_set_up, test_reminders,
              fixture_tear_down);
  g_test_add ("/preferences/logo", Fixture, NULL, fixture_set_up, test_logo, fixture_tear_down);
  g_test_add ("/preferences/missing-logo", Fixture, NULL, fixture_set_up, test_missing_logo,
              fixture_tear_down);
  g_test_add ("/preferences/everything-named", Fixture, NULL, fixture_set_up,
              test_everything_named, fixture_tear_down);

  return g_test_run ();
}
