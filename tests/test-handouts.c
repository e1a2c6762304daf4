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

#include "content/kc-anatomy-part.h"
#include "content/kc-library.h"
#include "kc-window.h"
#include "pages/kc-anatomy-page.h"
#include "pages/kc-body-map-page.h"
#include "widgets/kc-diagram-view.h"
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

/* @text, squeezed as kc_test_squeeze() does, has every name of the
 * diagram's parts: each part is named in the printed picture. */
static void
assert_all_named (const char    *text,
                  KcLibrary     *library,
                  KcAnatomyPage *page)
{
  GtkWidget *view = kc_test_find_by_type (GTK_WIDGET (page), KC_TYPE_DIAGRAM_VIEW);
  const char * const *ids = kc_diagram_view_get_part_ids (KC_DIAGRAM_VIEW (view));
  g_autofree char *squeezed = kc_test_squeeze (text);
  guint n = 0;

  for (guint i = 0; ids[i] != NULL; i++, n++)
    {
      KcAnatomyPart *part = kc_library_lookup_part (library, ids[i]);
      g_autofree char *name = kc_test_squeeze (kc_item_get_name (KC_ITEM (part)));

      if (strstr (squeezed, name) == NULL)
        g_error ("The printed picture does not name “%s”", kc_item_get_name (KC_ITEM (part)));
    }
  g_assert_cmpuint (n, >, 20);
}

/* A window to print from, and a PDF file to print to. */
typedef struct
{
  KcLibrary *library;
  GSettings *settings;
  KcWindow *window;
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->library = kc_test_bundled_library ();
  fixture->settings = g_settings_new (APP_ID);
  fixture->window = kc_test_new_window (fixture->library, fixture->settings);
  fixture->dir = g_dir_make_tmp ("kc-handouts-XXXXXX", NULL);
  fixture->pdf = g_build_filename (fixture->dir, "handout.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_remove (fixture->pdf);
  g_rmdir (fixture->dir);
  g_free (fixture->pdf);
  g_free (fixture->dir);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->library);
}

/* The visit summary's anatomy picture names its parts on leader lines,
 * as the screen does, whether or not the screen shows the names now. */
static void
test_summary_picture_named (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *anatomy = kc_window_get_tab (fixture->window, "anatomy");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  kc_window_show_page (fixture->window, "anatomy");
  g_assert_true (kc_anatomy_page_show_part (KC_ANATOMY_PAGE (anatomy), "femoral-artery"));
  g_assert_true (kc_window_print_visit_summary (fixture->window, NULL, fixture->pdf, &error));
  g_assert_no_error (error);
  text = read_pdf (fixture->pdf, &n_pages);
  assert_all_named (text, fixture->library, KC_ANATOMY_PAGE (anatomy));
}

/* The body map's handout keys the dermatome overlay when it is drawn,
 * and says nothing of it when it is not. */
static void
test_sheet_dermatome_key (Fixture       *fixture,
                          gconstpointer  data)
{
  KcBodyMapPage *body_map = KC_BODY_MAP_PAGE (kc_window_get_tab (fixture->window, "bodymap"));

  kc_window_show_page (fixture->window, "bodymap");
  for (guint on = 0; on < 2; on++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      guint n_pages = 0;

      kc_body_map_page_set_show_dermatomes (body_map, on);
      g_assert_true (kc_body_map_page_print (body_map, GTK_WINDOW (fixture->window),
                                             fixture->pdf, &error));
      g_assert_no_error (error);
      text = read_pdf (fixture->pdf, &n_pages);
      g_assert_true ((strstr (text, "Dermatomes") != NULL) == on);
      g_assert_true ((strstr (text, "L4 nerve root") != NULL) == on);
      g_assert_true ((strstr (text, "Skin: ") != NULL) == on);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/handouts/print-from-window", test_print_from_window);
  g_test_add ("/handouts/summary-picture-named", Fixture, NULL, fixture_set_up,
              test_summary_picture_named, fixture_tear_down);
  g_test_add ("/handouts/sheet-dermatome-key", Fixture, NULL, fixture_set_up,
              test_sheet_dermatome_key, fixture_tear_down);

  return g_test_run ();
}
