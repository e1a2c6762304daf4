/* main.c: start Kinetic Chain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kinetic-chain"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kc-application.h"

/* Run from the build tree, `meson devenv` (build-aux/run) sets
 * KC_LOCALEDIR to the translations just built, in build/po, so that an
 * older installed copy is not used. */
static const char *
locale_dir (void)
{
  const char *dir = g_getenv ("KC_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

/* Started straight from a build tree (./build/src/kinetic-chain, as a
 * driver script or a debugger may), the binary finds the schema and the
 * translations built beside it, as `meson devenv` would have told it.
 * Nothing of the build tree is compiled in: a build tree is recognised by
 * where the binary is, so an installed copy never reads one. */
static void
find_build_tree (void)
{
  g_autofree char *binary = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *src_dir = NULL;
  g_autofree char *top = NULL;
  g_autofree char *meson_private = NULL;

  if (binary == NULL)
    return;

  src_dir = g_path_get_dirname (binary);
  top = g_path_get_dirname (src_dir);
  meson_private = g_build_filename (top, "meson-private", NULL);
  if (!g_file_test (meson_private, G_FILE_TEST_IS_DIR))
    return;

  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    {
      g_autofree char *schema_dir = g_build_filename (top, "data", NULL);
      g_setenv ("GSETTINGS_SCHEMA_DIR", schema_dir, TRUE);
    }
  if (g_getenv ("KC_LOCALEDIR") == NULL)
    {
      g_autofree char *po_dir = g_build_filename (top, "po", NULL);
      g_setenv ("KC_LOCALEDIR", po_dir, TRUE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KcApplication) app = NULL;

  /* Before any thread starts: it sets the environment. */
  find_build_tree ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = kc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
