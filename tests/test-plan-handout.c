/* test-plan-handout.c: the printed handout, laid out without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>

#include "kc-test-library.h"
#include "pages/kc-plan-handout.h"

/* A4 in points, less GTK's default margins. */
#define PAGE_WIDTH 523.0
#define PAGE_HEIGHT 770.0

static KcLibrary *library;

static cairo_status_t
discard_cb (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* Lays out and draws every page; returns the number of pages. */
static int
print_plan (KcPlan *plan)
{
  g_autoptr(KcPlanHandout) handout = kc_plan_handout_new (plan, library);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_cb, NULL,
                                                                  PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  int n_pages = kc_plan_handout_print_all (handout, cr, PAGE_WIDTH, PAGE_HEIGHT);

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n_pages;
}

/* One block per exercise, none cut in two: more exercises, more pages. */
static void
test_pages (void)
{
  g_autoptr(KcPlan) short_plan = kc_plan_new ("short", "Short");
  g_autoptr(KcPlan) long_plan = kc_plan_new ("long", "Long");
  GListModel *exercises = kc_library_get_exercises (library);
  KcDose dose = { 3, 10, 0, 0 };

  g_assert_cmpuint (g_list_model_get_n_items (exercises), >=, 8);
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcItem) exercise = g_list_model_get_item (exercises, i);

      kc_plan_add_item (long_plan, i % KC_N_WEEKDAYS, kc_item_get_id (exercise), &dose);
      if (i == 0)
        kc_plan_add_item (short_plan, 0, kc_item_get_id (exercise), &dose);
    }
  /* An exercise the library lacks is named in the week, not printed. */
  kc_plan_add_item (short_plan, 1, "clinic-own", &dose);

  g_assert_cmpint (print_plan (short_plan), ==, 1);
  g_assert_cmpint (print_plan (long_plan), >, 2);
}

static double
seconds_to_print (const char *notes)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("notes", "Notes");
  gint64 start;

  kc_plan_set_notes (plan, notes);
  start = g_get_monotonic_time ();
  print_plan (plan);
  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

/* Pango looks for a break in a long word by measuring ever longer pieces
 * of it: a pasted 100 000-character word took seconds where as many
 * characters of words take a fraction of one. */
static void
test_long_word (void)
{
  g_autofree char *word = g_strnfill (KC_PLAN_MAX_NOTES, 'x');
  g_autoptr(GString) words = g_string_new (NULL);
  double word_time, words_time;

  while (words->len < KC_PLAN_MAX_NOTES)
    g_string_append (words, "xxxxxxx ");
  g_string_truncate (words, KC_PLAN_MAX_NOTES);

  words_time = seconds_to_print (words->str);
  word_time = seconds_to_print (word);
  g_test_message ("words: %.3f s, one word: %.3f s", words_time, word_time);
  g_assert_cmpfloat (word_time, <, 2 * words_time + 0.2);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();

  g_test_add_func ("/plan-handout/pages", test_pages);
  g_test_add_func ("/plan-handout/long-word", test_long_word);

  status = g_test_run ();
  g_clear_object (&library);
  return status;
}
