/* main.c: start Kinetic Chain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kinetic-chain"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kc-application.h"

/* Started from the build tree (build-aux/run), the translations are the
 * ones just built, in build/po, not an older installed copy. */
static const char *
locale_dir (void)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);

  if (program != NULL && g_str_has_prefix (program, BUILD_ROOT "/"))
    return BUILD_LOCALEDIR;
  return LOCALEDIR;
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
