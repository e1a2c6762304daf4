/* fuzz-print.c: libFuzzer target for the printed plan booklet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a plan file; what loads is laid out and drawn, every page,
 * to a PDF exactly as the command line would (kc-plan-booklet.c, Pango and
 * cairo, no display).  Text a user typed reaches Pango markup
 * here, so anything that breaks the markup or makes layout slow shows up
 * as a crash, a Pango warning or a timeout.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <stdint.h>
#include <stdlib.h>

#include "pages/kc-plan-booklet.h"
#include "plan/kc-plan-file.h"

/* A4 in points, less the margins GTK's default page setup leaves. */
#define PAGE_WIDTH 523.0
#define PAGE_HEIGHT 770.0

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static KcLibrary *library;

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

/* Lays out and draws @plan's booklet, every page, to a PDF thrown away. */
static void
print_plan (KcPlan *plan)
{
  g_autoptr(GDateTime) printed = g_date_time_new_utc (2026, 12, 2, 9, 0, 0);
  GDate start;
  g_autoptr(KcPrintFlow) booklet = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_cb, NULL,
                                                                  PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  guint n_pages;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 7, G_DATE_DECEMBER, 2026);
  booklet = kc_plan_booklet_new (plan, library, &start, printed, NULL, FALSE);
  n_pages = kc_print_flow_paginate (booklet, context, PAGE_WIDTH, PAGE_HEIGHT);
  for (guint i = 0; i < n_pages; i++)
    {
      kc_print_flow_draw_page (booklet, cr, i);
      cairo_show_page (cr);
    }
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    __builtin_trap ();
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
}

/* Pango's and fontconfig's caches are kept for the life of the process;
 * dropped before LeakSanitizer's check at exit, they are not reported. */
static void
drop_font_caches (void)
{
  g_clear_object (&library);
  pango_cairo_font_map_set_default (NULL);
  FcFini ();
}

/* The bundled library, and Pango's and fontconfig's caches for the fonts
 * a handout uses, are made once, before any input: they live as long as
 * the process and are no leak of one input. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("warm-up", "Warm-up");
  KcDose dose = { 3, 10, 0, 0 };

  library = kc_library_new ();
  kc_library_add_bundled (library);
  kc_library_load (library);

  kc_plan_set_patient (plan, "Zoë");
  kc_plan_set_notes (plan, "Notes");
  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 0, "clinic-own", &dose);
  print_plan (plan);

  g_log_set_handler ("Pango", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL,
                     trap_on_warning_cb, NULL);
  atexit (drop_font_caches);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(KcPlan) plan = kc_plan_from_bytes (bytes, "print.xml", library, NULL);

  if (plan != NULL)
    print_plan (plan);
  return 0;
}
