/* test-handouts.c: printing from the window as the user does, to PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same GtkPrintOperation that the print dialog runs, exported to a
 * PDF file, read back with poppler's tools.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kc-window.h"
#include "pages/kc-anatomy-page.h"
#include "pages/kc-body-map-page.h"
#include "widgets/kc-print.h"
#include "kc-test-print.h"
#include "kc-test-widgets.h"

/* The PDF's text on one line, and its number of pages. */
static char *
read_pdf (const char *pdf,
          guint      *n_pages)
{
  *n_pages = kc_test_pdf_pages (pdf);
  return g_strdelimit (kc_test_pdf_text (pdf), "\n", ' ');
}

/* The summary gathers the map's place and the anatomy part shown, on one
 * page; the sheet names the clinic and the patient. */
static void
test_print_from_window (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kc-handouts-XXXXXX", NULL);
  g_autofree char *summary_pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *sheet_pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *text = NULL;
  const char *lower_back[] = { "lower-back", NULL };
  KcWindow *window;
  GtkWidget *body_map, *anatomy;
  guint n_pages = 0;

  g_settings_set_string (settings, "clinic-name", "Praxis Physio am Markt");
  kc_print_set_patient ("Anna Example");
  window = kc_test_new_window (library, settings);
  body_map = kc_window_get_tab (window, "bodymap");
  anatomy = kc_window_get_tab (window, "anatomy");
  kc_window_show_page (window, "bodymap");
  kc_body_map_page_choose (KC_BODY_MAP_PAGE (body_map), lower_back);
  kc_window_show_page (window, "anatomy");
  g_assert_true (kc_anatomy_page_show_part (KC_ANATOMY_PAGE (anatomy), "l5-nerve-root"));

  g_assert_true (kc_window_print_visit_summary (window, "See you on Friday.", summary_pdf,
                                                &error));
  g_assert_no_error (error);
  text = read_pdf (summary_pdf, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  g_assert_nonnull (strstr (text, "Visit summary"));
  g_assert_nonnull (strstr (text, "Lower back"));
  g_assert_nonnull (strstr (text, "L5 nerve root"));
  g_assert_nonnull (strstr (text, "See you on Friday."));
  g_assert_nonnull (strstr (text, "Praxis Physio am Markt"));
  g_assert_nonnull (strstr (text, "Patient: Anna Example"));
  g_clear_pointer (&text, g_free);

  g_assert_true (kc_body_map_page_print (KC_BODY_MAP_PAGE (body_map), GTK_WINDOW (window),
                                         sheet_pdf, &error));
  g_assert_no_error (error);
  text = read_pdf (sheet_pdf, &n_pages);
  g_assert_cmpuint (n_pages, >, 1);
  g_assert_nonnull (strstr (text, "Praxis Physio am Markt"));
  g_assert_nonnull (strstr (text, "Patient: Anna Example"));

  gtk_window_destroy (GTK_WINDOW (window));
  kc_print_set_patient (NULL);
  g_settings_reset (settings, "clinic-name");
  g_remove (summary_pdf);
  g_remove (sheet_pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/handouts/print-from-window", test_print_from_window);

  return g_test_run ();
}
