/* test-single-instance.c: a second start hands over to the running app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two processes editing the same plans could overwrite each other's saves.
 * Kinetic Chain is a single-instance GApplication: starting it again while
 * it runs passes the command line to the running one and exits, so there
 * is only ever one writer.  Runs the real binary on the test's own D-Bus.
 */
#include "config.h"

#include <gio/gio.h>

static gboolean
name_owned (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply =
    g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                 "org.freedesktop.DBus", "NameHasOwner",
                                 g_variant_new ("(s)", APP_ID), G_VARIANT_TYPE ("(b)"),
                                 G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  gboolean owned = FALSE;

  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

static void
test_second_start_hands_over (void)
{
  const char *binary = g_getenv ("KC_APP_BINARY");
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autofree char *home = g_dir_make_tmp ("kc-instance-XXXXXX", NULL);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GError) error = NULL;
  const char *rm[] = { "rm", "-rf", home, NULL };
  gint64 deadline;

  /* Never the user's own plans or settings. */
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", home, TRUE);

  g_assert_nonnull (binary);
  g_assert_nonnull (bus);
  g_assert_false (name_owned (bus));

  first = g_subprocess_launcher_spawn (launcher, &error, binary, NULL);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (!name_owned (bus) && g_get_monotonic_time () < deadline)
    g_usleep (50000);
  g_assert_true (name_owned (bus));

  /* The second start returns at once, successfully, leaving the first. */
  second = g_subprocess_launcher_spawn (launcher, &error, binary, "--page=questions", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait_check (second, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (name_owned (bus));
  g_assert_nonnull (g_subprocess_get_identifier (first));   /* still running */

  /* A wrong tab name is reported by the running app, through the second. */
  g_clear_object (&second);
  second = g_subprocess_launcher_spawn (launcher, &error, binary, "--page=nope", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_wait (second, NULL, NULL));
  g_assert_cmpint (g_subprocess_get_exit_status (second), ==, 1);

  g_subprocess_force_exit (first);
  g_subprocess_wait (first, NULL, NULL);
  g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/single-instance", test_second_start_hands_over);

  return g_test_run ();
}
