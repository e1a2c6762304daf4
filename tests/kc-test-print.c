/* kc-test-print.c: reading printed PDFs back, for the print tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * poppler's command-line tools read a PDF as a patient would see it.
 */
#include "config.h"

#include <cairo.h>
#include <string.h>

#include "kc-test-print.h"

/* Line breaks fall anywhere in a layout, and pdftotext joins a word
 * broken after a hyphen ("meta-⏎analysis" → "metaanalysis"): compare
 * text without white space (a zero-width space, where the booklet lets a
 * long word break, included) and hyphens. */
char *
kc_test_squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != '-' && c != 0x200B)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
run_poppler (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* Every page's text, each ended by a form feed. */
char *
kc_test_pdf_text (const char *pdf)
{
  return run_poppler ((const char *[]) { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL });
}

/**
 * kc_test_pdf_page_texts:
 *
 * Returns: (transfer full) (element-type utf8): each page's text
 */
GPtrArray *
kc_test_pdf_page_texts (const char *pdf)
{
  g_autofree char *text = kc_test_pdf_text (pdf);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  /* pdftotext ends every page with a form feed: the last piece is empty. */
  for (guint i = 0; pages[i] != NULL && pages[i + 1] != NULL; i++)
    g_ptr_array_add (out, g_strdup (pages[i]));

  return out;
}

/* What pdfinfo says of the document: its title, pages, page size. */
char *
kc_test_pdf_info (const char *pdf)
{
  return run_poppler ((const char *[]) { "pdfinfo", pdf, NULL });
}

guint
kc_test_pdf_pages (const char *pdf)
{
  g_autofree char *info = kc_test_pdf_info (pdf);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint)g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

/* pdfimages lists the PDF's images under two lines of headings. */
guint
kc_test_pdf_images (const char *pdf)
{
  g_autofree char *list = run_poppler ((const char *[]) { "pdfimages", "-list", pdf, NULL });
  g_auto(GStrv) lines = g_strsplit (g_strchomp (list), "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), >=, 2);
  return g_strv_length (lines) - 2;
}

/* Writes a small opaque PNG, a logo, into @dir; returns its path. */
char *
kc_test_write_png (const char *dir)
{
  char *path = g_build_filename (dir, "logo.png", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 60, 30);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.3);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  return path;
}
