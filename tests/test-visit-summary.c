/* test-visit-summary.c: the visit summary is one page, whatever it holds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Written to an A4 PDF by kc_print_write_pdf(), fitted as the print
 * operation fits it when the print begins, then read
 * back with pdfinfo and pdftotext: exactly one page, with the places
 * chosen, the anatomy part, every exercise of the plan and the next steps
 * typed, in English and in German.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kc-test-german.h"
#include "kc-test-print.h"
#include "content/kc-exercise.h"
#include "content/kc-library.h"
#include "content/kc-warning-signs.h"
#include "pages/kc-visit-summary.h"
#include "widgets/kc-print-pdf.h"
#include "kc-test-library.h"

typedef struct
{
  guint columns_drawn;
  char *text;           /* the page's text, without white space */
  guint n_pages;        /* as pdfinfo counts them */
} Printed;

static void
draw_figure (cairo_t  *cr,
             guint     column,
             double    width,
             double    height,
             gpointer  user_data)
{
  Printed *printed = user_data;

  g_assert_cmpuint (column, <, 3);
  g_assert_cmpfloat (width, >, 50);
  g_assert_cmpfloat (height, >, 50);
  printed->columns_drawn++;
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_stroke (cr);
}

static KcPrintFlow *
fit_cb (PangoContext *context,
        double        width,
        double        height,
        gpointer      visit)
{
  return kc_visit_summary_fit (visit, context, width, height);
}

/* Prints @visit as the command line writes a PDF, fitted as the print
 * operation fits it when the print begins. */
static void
print_visit (KcVisit *visit,
             Printed *printed)
{
  g_autofree char *dir = g_dir_make_tmp ("kc-visit-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "visit.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  visit->draw_figure = draw_figure;
  visit->figure_data = printed;
  g_assert_true (kc_print_write_pdf (fit_cb, visit, a4, pdf, &error));
  g_assert_no_error (error);
  gtk_paper_size_free (a4);

  printed->n_pages = kc_test_pdf_pages (pdf);
  text = kc_test_pdf_text (pdf);
  printed->text = kc_test_squeeze (text);

  g_remove (pdf);
  g_rmdir (dir);
}

static void
assert_printed (Printed    *printed,
                const char *text)
{
  g_autofree char *needle = kc_test_squeeze (text);

  if (strstr (printed->text, needle) == NULL)
    g_error ("The visit summary lacks “%s”", text);
}

static KcPlan *
new_plan (KcLibrary          *library,
          const char * const *exercises)
{
  KcPlan *plan = kc_plan_new ("visit", "Back and knee");

  for (guint i = 0; exercises[i] != NULL; i++)
    {
      KcExercise *exercise = kc_library_lookup_exercise (library, exercises[i]);

      g_assert_nonnull (exercise);
      kc_plan_add_item (plan, i % KC_N_WEEKDAYS, exercises[i], kc_exercise_get_dose (exercise));
    }

  return plan;
}

/* A KcVisit that owns what it points to */
typedef KcVisit Visit;

static void
visit_clear (Visit *visit)
{
  g_clear_object (&visit->answer);
  g_clear_object (&visit->plan);
  g_clear_object (&visit->library);
  g_clear_object (&visit->brand);
  g_clear_pointer (&visit->date, g_date_time_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Visit, visit_clear)

static void
visit_load (Visit              *visit,
            const char * const *chosen,
            const char         *part,
            const char * const *exercises,
            const char         *next_steps)
{
  visit->library = kc_test_bundled_library ();
  visit->date = g_date_time_new_utc (2026, 12, 2, 9, 0, 0);
  visit->answer = kc_referral_answer_new (visit->library, KC_BODY_MAP_MODE_HURT, chosen);
  visit->plan = new_plan (visit->library, exercises);
  visit->part = kc_library_lookup_part (visit->library, part);
  visit->next_steps = next_steps;
  visit->brand = kc_print_brand_new ();
  kc_print_brand_set_clinic (visit->brand, "Riverside Physio");
  kc_print_brand_set_clinician (visit->brand, "Dr. Jana Roth");
  g_assert_nonnull (visit->part);
}

static void
assert_visit_printed (KcVisit            *visit,
                      Printed            *printed,
                      const char * const *exercises)
{
  const char * const *chosen = kc_referral_answer_get_chosen (visit->answer);
  g_autoptr(GPtrArray) tiers = kc_library_dup_warning_tiers (visit->library);

  g_assert_cmpuint (printed->n_pages, ==, 1);
  for (guint i = 0; chosen[i] != NULL; i++)
    assert_printed (printed, kc_referral_answer_lookup_place (visit->answer, chosen[i])->name);
  assert_printed (printed, kc_item_get_name (KC_ITEM (visit->part)));
  for (guint i = 0; exercises[i] != NULL; i++)
    assert_printed (printed, kc_item_get_name (KC_ITEM (kc_library_lookup_exercise (visit->library,
                                                                                     exercises[i]))));
  for (guint i = 0; i < tiers->len; i++)
    assert_printed (printed, kc_warning_signs_get_action (g_ptr_array_index (tiers, i)));
  assert_printed (printed, visit->next_steps);
  assert_printed (printed, "Riverside Physio");
  /* Front, back and the anatomy diagram, once each. */
  g_assert_cmpuint (printed->columns_drawn, ==, 3);
}

/* A usual consultation: two places, a part, four exercises.  In English
 * the first exercise fits in full; German's longer words leave room only
 * for the exercises' names and doses. */
static void
check_usual_visit (const char * const *words,
                   gboolean            first_in_full)
{
  const char *chosen[] = { "lower-back", "knee-front-left", NULL };
  const char *exercises[] = { "bridge", "bird-dog", "clamshell", "mini-squat", NULL };
  g_auto(Visit) visit = { 0 };
  Printed printed = { 0 };
  KcExercise *first;

  visit_load (&visit, chosen, "patellar-tendon", exercises, words[0]);
  print_visit (&visit, &printed);
  assert_visit_printed (&visit, &printed, exercises);
  first = kc_library_lookup_exercise (visit.library, exercises[0]);
  if (first_in_full)
    {
      const char * const *steps = kc_exercise_get_steps (first);

      assert_printed (&printed, steps[g_strv_length ((char **)steps) - 1]);
    }
  for (guint i = 1; words[i] != NULL; i++)
    assert_printed (&printed, words[i]);

  g_free (printed.text);
}

static const char * const english[] = {
  "Come back in two weeks. Keep walking every day.",
  "Kinetic Chain — Visit summary", "2 December 2026", "Where it hurts", "Warning signs",
  "Next steps", "Exercises: Back and knee", "Clinician: Dr. Jana Roth",
  /* The body figures' captions, as on screen (kc_body_map_view_caption). */
  "Front — your right side on the left", "Back — your left side on the left", NULL,
};

static void
test_usual_visit (void)
{
  check_usual_visit (english, TRUE);
}

static void
test_usual_visit_german (void)
{
  const char *german[] = {
    "In zwei Wochen wiederkommen. Jeden Tag gehen.",
    "Kinetic Chain — Besuchszusammenfassung", "2. Dezember 2026", "Wo es wehtut", "Warnzeichen",
    "Nächste Schritte", "Übungen: Back and knee", "Behandelt von: Dr. Jana Roth",
  "Vorn – Ihre rechte Seite links", "Hinten – Ihre linke Seite links", NULL,
  };

  if (g_test_subprocess ())
    {
      g_autofree char *top = kc_test_switch_to_german ();

      check_usual_visit (german, FALSE);
      kc_test_remove_tree (top);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Five places, ten exercises and the longest next steps: still one page,
 * every exercise named, every word typed there. */
static void
test_crowded_visit (void)
{
  const char *chosen[] = { "lower-back", "knee-front-left", "hip-left", "hip-right",
                           "knee-front-right", NULL };
  const char *exercises[] = { "bridge", "bird-dog", "clamshell", "mini-squat", "sit-to-stand",
                              "step-up", "side-plank", "plank", "dead-bug", "cat-cow", NULL };
  g_autoptr(GString) next_steps = g_string_new (NULL);
  g_auto(Visit) visit = { 0 };
  Printed printed = { 0 };

  while (next_steps->len + 60 < KC_VISIT_NEXT_STEPS_MAX)
    g_string_append (next_steps, "Walk for twenty minutes a day and note the pain after. ");
  visit_load (&visit, chosen, "l5-nerve-root", exercises, next_steps->str);

  print_visit (&visit, &printed);
  assert_visit_printed (&visit, &printed, exercises);

  g_free (printed.text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/visit-summary/usual", test_usual_visit);
  g_test_add_func ("/visit-summary/usual-german", test_usual_visit_german);
  g_test_add_func ("/visit-summary/crowded", test_crowded_visit);

  return g_test_run ();
}
