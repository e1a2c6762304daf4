/* kc-test-print.h: reading printed PDFs back, for the print tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char      *kc_test_squeeze        (const char *text);
char      *kc_test_pdf_text       (const char *pdf);
GPtrArray *kc_test_pdf_page_texts (const char *pdf);
char      *kc_test_pdf_info       (const char *pdf);
guint      kc_test_pdf_pages      (const char *pdf);
guint      kc_test_pdf_images     (const char *pdf);
char      *kc_test_write_png      (const char *dir);

G_END_DECLS
