/* fuzz-print.c: libFuzzer target for the printed plan handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a plan file; what loads is laid out and drawn, every page,
 * to a PDF surface exactly as the print operation would (kc-plan-handout.c,
 * Pango and cairo, no display).  Text a user typed reaches Pango markup
 * here, so anything that breaks the markup or makes layout slow shows up
 * as a crash, a Pango warning or a timeout.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <stdint.h>

#include "pages/kc-plan-handout.h"
#include "plan/kc-plan-file.h"

/* A4 in points, less the margins GTK's default page setup leaves. */
#define PAGE_WIDTH 523.0
#define PAGE_HEIGHT 770.0

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static KcLibrary *
bundled_library (void)
{
  static KcLibrary *library = NULL;

  if (library == NULL)
    {
      library = kc_library_new ();
      kc_library_add_bundled (library);
      kc_library_load (library);
    }
  return library;
}

static cairo_status_t
discard_cb (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* Pango says when markup does not parse; that is a bug in the escaping. */
static void
trap_on_warning_cb (const char     *domain,
                    GLogLevelFlags  level,
                    const char     *message,
                    gpointer        data)
{
  g_printerr ("%s: %s\n", domain, message);
  __builtin_trap ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(KcPlan) plan = NULL;
  g_autoptr(KcPlanHandout) handout = NULL;
  g_autoptr(PangoContext) context = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int n_pages;

  g_log_set_handler ("Pango", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL,
                     trap_on_warning_cb, NULL);

  plan = kc_plan_from_bytes (bytes, "print.xml", bundled_library (), NULL);
  if (plan == NULL)
    return 0;

  surface = cairo_pdf_surface_create_for_stream (discard_cb, NULL, PAGE_WIDTH, PAGE_HEIGHT);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);

  handout = kc_plan_handout_new (plan, bundled_library ());
  n_pages = kc_plan_handout_paginate (handout, context, PAGE_WIDTH, PAGE_HEIGHT);
  for (int page = 0; page < n_pages; page++)
    {
      kc_plan_handout_draw_page (handout, context, cr, page, PAGE_WIDTH);
      cairo_show_page (cr);
    }

  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    __builtin_trap ();
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return 0;
}
