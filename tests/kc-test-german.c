/* kc-test-german.c: run a test in German, with the catalogue just built
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A German locale is generated in a temporary folder (localedef with
 * LOCPATH: no root needed, and no locale has to be installed), and
 * gettext is pointed at build/po, where po/de.po was compiled: meson test
 * passes that folder in KC_LOCALEDIR, as `meson devenv` does to the app.
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>

#include "kc-test-german.h"

static gboolean
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, &error))
    {
      g_test_message ("%s: %s", argv[0], error->message);
      return FALSE;
    }

  return g_spawn_check_wait_status (status, NULL);
}

/**
 * kc_test_switch_to_german:
 *
 * Call before anything is translated (before gtk_init for UI tests).
 *
 * Returns: (transfer full): a temporary folder to remove at the end
 */
char *
kc_test_switch_to_german (void)
{
  char *top = g_dir_make_tmp ("kc-i18n-XXXXXX", NULL);
  g_autofree char *locales = g_build_filename (top, "locales", NULL);
  g_autofree char *locale_dir = g_build_filename (locales, "de_DE.UTF-8", NULL);
  const char *build_locale_dir = g_getenv ("KC_LOCALEDIR");
  g_autofree char *catalogue = NULL;

  g_assert_nonnull (top);
  g_assert_nonnull (build_locale_dir);
  catalogue = g_build_filename (build_locale_dir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo",
                                NULL);
  g_assert_true (g_file_test (catalogue, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_mkdir_with_parents (locales, 0700), ==, 0);
  /* localedef warns (exit status 1) about harmless things; check the result. */
  run ((const char *[]) { "localedef", "-i", "de_DE", "-f", "UTF-8", locale_dir, NULL });
  g_assert_true (g_file_test (locale_dir, G_FILE_TEST_IS_DIR));

  g_setenv ("LOCPATH", locales, TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, build_locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  return top;
}

void
kc_test_remove_tree (const char *path)
{
  run ((const char *[]) { "rm", "-rf", path, NULL });
}
