/* test-translation.c: content text is translated at load time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a tiny German catalogue and a German locale in a temporary
 * folder (msgfmt, localedef with LOCPATH: no root needed), then loads the
 * bundled content and checks that the loader handed its text to gettext,
 * normalised the way xgettext extracted it.
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>

#include "kc-library.h"

static const char po_text[] =
  "msgid \"\"\n"
  "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\n"
  "msgid \"Causes\"\n"
  "msgstr \"Ursachen\"\n"
  "\n"
  "msgid \"Should I use heat or ice?\"\n"
  "msgstr \"Soll ich Wärme oder Kälte verwenden?\"\n";

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

static void
test_loader_translates (void)
{
  g_autofree char *top = g_dir_make_tmp ("kc-i18n-XXXXXX", NULL);
  g_autofree char *po = g_build_filename (top, "de.po", NULL);
  g_autofree char *mo_dir = g_build_filename (top, "locale", "de", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *locales = g_build_filename (top, "locales", NULL);
  g_autofree char *locale_dir = g_build_filename (top, "locales", "de_DE.UTF-8", NULL);
  g_autofree char *catalogue_dir = g_build_filename (top, "locale", NULL);
  g_autoptr(KcLibrary) library = NULL;
  g_autoptr(KcFaqTopic) causes = NULL;
  KcFaqEntry *entry;

  g_assert_true (g_file_set_contents (po, po_text, -1, NULL));
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (locales, 0700), ==, 0);
  g_assert_true (run ((const char *[]) { "msgfmt", "-o", mo, po, NULL }));
  /* localedef warns (exit status 1) about harmless things; check the result. */
  run ((const char *[]) { "localedef", "-i", "de_DE", "-f", "UTF-8", locale_dir, NULL });
  g_assert_true (g_file_test (locale_dir, G_FILE_TEST_IS_DIR));

  g_setenv ("LOCPATH", locales, TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "de_DE.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, catalogue_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  library = kc_library_new ();
  kc_library_add_bundled (library);
  kc_library_load (library);

  causes = g_list_model_get_item (kc_library_get_faq_topics (library), 1);
  g_assert_cmpstr (kc_faq_topic_get_id (causes), ==, "causes");
  g_assert_cmpstr (kc_faq_topic_get_title (causes), ==, "Ursachen");

  entry = kc_library_lookup_faq_entry (library, "heat-or-ice");
  g_assert_cmpstr (kc_faq_entry_get_question (entry), ==, "Soll ich Wärme oder Kälte verwenden?");

  /* Untranslated text falls back to English. */
  entry = kc_library_lookup_faq_entry (library, "rest-or-move");
  g_assert_cmpstr (kc_faq_entry_get_question (entry), ==, "Should I rest or stay active?");

  setlocale (LC_ALL, "C.UTF-8");
  g_assert_true (run ((const char *[]) { "rm", "-rf", top, NULL }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translation/loader", test_loader_translates);

  return g_test_run ();
}
