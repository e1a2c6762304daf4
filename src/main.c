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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KcApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = kc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
