/* test-plan-booklet.c: the printed plan booklet, read back from a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The booklet is written as the command line writes it (cairo's PDF
 * surface, no display), on A4 and on Letter, and read back with
 * pdftotext: the cover, the week, four weeks of the log, every exercise
 * and the warning signs, each page numbered.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kc-test-german.h"
#include "kc-test-library.h"
#include "kc-test-print.h"
#include "content/kc-warning-signs.h"
#include "pages/kc-plan-booklet.h"
#include "widgets/kc-print-pdf.h"

typedef struct
{
  const char *title;
  const char *printed;     /* the header's date */
  const char *starts;      /* the cover's start date */
  const char *page;        /* "Page N of M" */
  const char *of;
  const char *week;        /* the week's heading */
  const char *first_day;   /* the log's first and last days */
  const char *last_day;
  const char *clinician;   /* on the cover */
  const char *start;       /* the captions under an exercise's poses */
  const char *end;
} Words;

static const Words english = {
  "Kinetic Chain — Exercise plan", "2 December 2026", "Monday 7 December 2026",
  "Page", "of", "The week at a glance", "Mon 7 Dec", "Sun 3 Jan", "Clinician: Dr. Jana Roth",
  "Start", "End",
};

static const Words german = {
  "Kinetic Chain — Übungsplan", "2. Dezember 2026", "Montag, 7. Dezember 2026",
  "Seite", "von", "Die Woche auf einen Blick", "Mo 7. Dez", "So 3. Jan",
  "Behandelt von: Dr. Jana Roth", "Ausgangsstellung", "Endstellung",
};

typedef struct
{
  KcLibrary *library;
  KcPlan *plan;
  GPtrArray *pages;    /* of char *, as pdftotext reads them */
  char *info;          /* pdfinfo's */
} Booklet;

static void
booklet_clear (Booklet *booklet)
{
  g_clear_pointer (&booklet->pages, g_ptr_array_unref);
  g_clear_pointer (&booklet->info, g_free);
  g_clear_object (&booklet->plan);
  g_clear_object (&booklet->library);
}

/* Every bundled exercise, spread over the week, two on Monday with
 * different doses: the longest plan there is. */
static KcPlan *
new_long_plan (KcLibrary *library)
{
  KcPlan *plan = kc_plan_new ("long", "Knee and back, week one");
  GListModel *exercises = kc_library_get_exercises (library);

  kc_plan_set_patient (plan, "Anna Example");
  kc_plan_set_notes (plan, "Walk to the shop on the other days.");
  g_assert_cmpuint (g_list_model_get_n_items (exercises), >=, 8);
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcItem) exercise = g_list_model_get_item (exercises, i);
      KcDose dose = { 2 + i % 2, 10, i % 3 == 0 ? 5 : 0, 0 };

      kc_plan_add_item (plan, i % 5, kc_item_get_id (exercise), &dose);
    }

  return plan;
}

static void
print_booklet (Booklet    *booklet,
               const char *paper_name,
               const char *clinic,
               gboolean    compact)
{
  g_autoptr(GDateTime) printed = g_date_time_new_utc (2026, 12, 2, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kc-booklet-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "booklet.pdf", NULL);
  g_autoptr(KcPrintFlow) flow = NULL;
  GtkPaperSize *paper = gtk_paper_size_new (paper_name);
  g_autoptr(KcPrintBrand) brand = kc_print_brand_new ();
  GDate start;

  kc_print_brand_set_clinic (brand, clinic);
  kc_print_brand_set_clinician (brand, clinic != NULL ? "Dr. Jana Roth" : NULL);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 7, G_DATE_DECEMBER, 2026);
  flow = kc_plan_booklet_new (booklet->plan, booklet->library, &start, printed, brand, compact);
  g_assert_true (kc_print_flow_write_pdf (flow, paper, pdf, &error));
  g_assert_no_error (error);
  gtk_paper_size_free (paper);

  booklet->pages = kc_test_pdf_page_texts (pdf);
  booklet->info = kc_test_pdf_info (pdf);
  g_assert_cmpuint (booklet->pages->len, ==, kc_print_flow_get_n_pages (flow));

  g_remove (pdf);
  g_rmdir (dir);
}

static gboolean
contains (const char *haystack,
          const char *text)
{
  g_autofree char *squeezed = kc_test_squeeze (haystack);
  g_autofree char *needle = kc_test_squeeze (text);

  return strstr (squeezed, needle) != NULL;
}

static void
assert_contains (const char *haystack,
                 const char *text)
{
  if (!contains (haystack, text))
    g_error ("The booklet lacks “%s”", text);
}

static char *
all_text (Booklet *booklet)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < booklet->pages->len; i++)
    g_string_append (text, g_ptr_array_index (booklet->pages, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A line of @text that holds @dose whole: the dose was not broken. */
static gboolean
has_line_with (const char *text,
               const char *dose)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], "\302\240", -1);
      g_autofree char *line = g_strjoinv (" ", parts);

      if (strstr (line, dose) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The pages are numbered "Page N of M", each in its header the title. */
static void
check_pages (Booklet     *booklet,
             const Words *words)
{
  for (guint i = 0; i < booklet->pages->len; i++)
    {
      const char *page = g_ptr_array_index (booklet->pages, i);
      g_autofree char *footer = g_strdup_printf ("%s %u %s %u", words->page, i + 1, words->of,
                                                 booklet->pages->len);

      assert_contains (page, footer);
      assert_contains (page, words->title);
      assert_contains (page, words->printed);
    }
}

/* Every exercise's name, dose (on one line, in @week) and steps. */
static void
check_exercises (Booklet    *booklet,
                 const char *week,
                 const char *text)
{
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (booklet->plan, day);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);
          KcExercise *exercise = kc_library_lookup_exercise (booklet->library,
                                                             kc_plan_item_get_exercise_id (item));
          const char * const *steps = kc_exercise_get_steps (exercise);
          g_autofree char *dose = kc_dose_to_string (kc_plan_item_get_dose (item));

          if (!has_line_with (week, dose))
            g_error ("The week's table breaks or lacks “%s”", dose);
          assert_contains (text, kc_item_get_name (KC_ITEM (exercise)));
          for (guint j = 0; steps[j] != NULL; j++)
            assert_contains (text, steps[j]);
        }
    }
}

static guint
count (const char *text,
       const char *word)
{
  guint n = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    n++;

  return n;
}

/* Each exercise's two pictures say which is its start and which its end. */
static void
check_poses (Booklet     *booklet,
             const char  *text,
             const Words *words)
{
  g_autoptr(GHashTable) exercises = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    for (guint i = 0; i < g_list_model_get_n_items (kc_plan_get_day (booklet->plan, day)); i++)
      {
        g_autoptr(KcPlanItem) item = g_list_model_get_item (kc_plan_get_day (booklet->plan, day),
                                                            i);

        g_hash_table_add (exercises, (char *)kc_plan_item_get_exercise_id (item));
      }

  g_assert_cmpuint (count (text, words->start), >=, g_hash_table_size (exercises));
  g_assert_cmpuint (count (text, words->end), >=, g_hash_table_size (exercises));
}

/* One box per exercise per day, four weeks from the start date; the
 * days' dates unless @words is %NULL. */
static void
check_log (Booklet     *booklet,
           const char  *text,
           const Words *words)
{
  guint boxes = 0, expected = 0;

  for (const char *p = strstr (text, "☐"); p != NULL; p = strstr (p + 1, "☐"))
    boxes++;
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    expected += 4 * g_list_model_get_n_items (kc_plan_get_day (booklet->plan, day));

  g_assert_cmpuint (boxes, ==, expected);
  if (words == NULL)
    return;   /* compact: the weeks' first days head the columns */
  assert_contains (text, words->first_day);
  assert_contains (text, words->last_day);
}

/* The last page holds the warning signs, every tier. */
static void
check_warnings (Booklet *booklet)
{
  const char *last = g_ptr_array_index (booklet->pages, booklet->pages->len - 1);
  g_autoptr(GPtrArray) tiers = kc_library_dup_warning_tiers (booklet->library);

  g_assert_cmpuint (tiers->len, >, 0);
  for (guint i = 0; i < tiers->len; i++)
    {
      KcWarningSigns *tier = g_ptr_array_index (tiers, i);
      g_autofree char *heading = g_utf8_strup (kc_warning_signs_get_heading (tier), -1);
      const char * const *signs = kc_warning_signs_get_signs (tier);

      assert_contains (last, heading);
      assert_contains (last, signs[g_strv_length ((char **)signs) - 1]);
    }
}

static void
check_booklet (const Words *words,
               const char  *paper_name,
               const char  *size)
{
  Booklet booklet = { 0 };
  g_autofree char *text = NULL;
  const char *cover;

  booklet.library = kc_test_bundled_library ();
  booklet.plan = new_long_plan (booklet.library);
  print_booklet (&booklet, paper_name, "Riverside Physio", FALSE);
  text = all_text (&booklet);

  g_assert_nonnull (strstr (booklet.info, size));
  g_assert_cmpuint (booklet.pages->len, >, 8);
  check_pages (&booklet, words);

  cover = g_ptr_array_index (booklet.pages, 0);
  assert_contains (cover, "Knee and back, week one");
  assert_contains (cover, "Anna Example");
  assert_contains (cover, "Riverside Physio");
  assert_contains (cover, words->clinician);
  assert_contains (cover, words->starts);
  assert_contains (cover, "Walk to the shop on the other days.");
  assert_contains (g_ptr_array_index (booklet.pages, 1), words->week);

  check_exercises (&booklet, g_ptr_array_index (booklet.pages, 1), text);
  check_poses (&booklet, text, words);
  check_log (&booklet, text, words);
  check_warnings (&booklet);

  booklet_clear (&booklet);
}

/* The page of @booklet that has @text first, or -1. */
static int
page_of (Booklet    *booklet,
         guint       from,
         const char *text)
{
  for (guint i = from; i < booklet->pages->len; i++)
    if (contains (g_ptr_array_index (booklet->pages, i), text))
      return (int)i;

  return -1;
}

/* No exercise is broken across pages: the page with its name and first
 * step has its last step too. */
static void
check_kept_whole (Booklet *booklet,
                  guint    first_exercise_page)
{
  g_autoptr(GPtrArray) exercises = g_ptr_array_new ();
  guint whole = 0;

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    for (guint i = 0; i < g_list_model_get_n_items (kc_plan_get_day (booklet->plan, day)); i++)
      {
        g_autoptr(KcPlanItem) item = g_list_model_get_item (kc_plan_get_day (booklet->plan, day),
                                                            i);
        KcExercise *exercise = kc_library_lookup_exercise (booklet->library,
                                                           kc_plan_item_get_exercise_id (item));

        if (!g_ptr_array_find (exercises, exercise, NULL))
          g_ptr_array_add (exercises, exercise);
      }

  for (guint i = 0; i < exercises->len; i++)
    {
      KcExercise *exercise = g_ptr_array_index (exercises, i);
      const char * const *steps = kc_exercise_get_steps (exercise);
      guint n_steps = g_strv_length ((char **)steps);

      for (guint page = first_exercise_page; page < booklet->pages->len; page++)
        {
          const char *text = g_ptr_array_index (booklet->pages, page);

          if (contains (text, kc_item_get_name (KC_ITEM (exercise))) &&
              contains (text, steps[0]))
            {
              assert_contains (text, steps[n_steps - 1]);
              whole++;
              break;
            }
        }
    }
  g_assert_cmpuint (whole, ==, exercises->len);
}

/* Compact: fewer pages, several exercises a page, and nothing left out. */
static void
check_compact (const Words *words,
               const char  *paper_name)
{
  Booklet normal = { 0 };
  Booklet booklet = { 0 };
  g_autofree char *text = NULL;
  guint most_on_a_page = 0;
  int first_exercise;

  normal.library = kc_test_bundled_library ();
  normal.plan = new_long_plan (normal.library);
  print_booklet (&normal, paper_name, "Riverside Physio", FALSE);
  booklet.library = g_object_ref (normal.library);
  booklet.plan = g_object_ref (normal.plan);
  print_booklet (&booklet, paper_name, "Riverside Physio", TRUE);
  text = all_text (&booklet);
  g_test_message ("%s: %u pages, compact %u", paper_name, normal.pages->len, booklet.pages->len);

  g_assert_cmpuint (booklet.pages->len, <, normal.pages->len);
  g_assert_cmpuint (booklet.pages->len * 3, <=, normal.pages->len * 2);
  check_pages (&booklet, words);
  assert_contains (g_ptr_array_index (booklet.pages, 0), words->clinician);
  /* The week follows the cover on its page, or on the next if it is long. */
  g_assert_cmpint (page_of (&booklet, 0, words->week), <=, 1);
  check_exercises (&booklet, text, text);
  check_poses (&booklet, text, words);
  check_log (&booklet, text, NULL);
  check_warnings (&booklet);

  /* Several exercises share a page, and none is cut in two. */
  first_exercise = page_of (&booklet, 1, words->start);
  g_assert_cmpint (first_exercise, >, 0);
  for (guint i = first_exercise; i < booklet.pages->len; i++)
    most_on_a_page = MAX (most_on_a_page, count (g_ptr_array_index (booklet.pages, i), words->end));
  g_assert_cmpuint (most_on_a_page, >=, 2);
  check_kept_whole (&booklet, first_exercise);

  booklet_clear (&booklet);
  booklet_clear (&normal);
}

static void
test_compact (void)
{
  check_compact (&english, GTK_PAPER_NAME_A4);
  check_compact (&english, GTK_PAPER_NAME_LETTER);
}

static void
test_compact_german (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *top = kc_test_switch_to_german ();

      check_compact (&german, GTK_PAPER_NAME_A4);
      kc_test_remove_tree (top);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_a4 (void)
{
  check_booklet (&english, GTK_PAPER_NAME_A4, "(A4)");
}

static void
test_letter (void)
{
  check_booklet (&english, GTK_PAPER_NAME_LETTER, "(letter)");
}

/* In German, in a child process: the catalogue is chosen before anything
 * is translated, and the content is translated as it loads. */
static void
test_german (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *top = kc_test_switch_to_german ();

      check_booklet (&german, GTK_PAPER_NAME_A4, "(A4)");
      check_booklet (&german, GTK_PAPER_NAME_LETTER, "(letter)");
      kc_test_remove_tree (top);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* No clinic, no patient, no notes: the cover says nothing of them. */
static void
test_bare_cover (void)
{
  Booklet booklet = { 0 };
  KcDose dose = { 3, 10, 0, 0 };
  const char *cover;

  booklet.library = kc_test_bundled_library ();
  booklet.plan = kc_plan_new ("bare", "Bare");
  kc_plan_add_item (booklet.plan, 0, "bridge", &dose);
  print_booklet (&booklet, GTK_PAPER_NAME_A4, NULL, FALSE);

  cover = g_ptr_array_index (booklet.pages, 0);
  g_assert_false (contains (cover, "Clinic:"));
  g_assert_false (contains (cover, "Patient:"));
  g_assert_false (contains (cover, "Clinician:"));
  g_assert_false (contains (cover, "Notes"));
  g_assert_true (contains (cover, "Starts:"));
  check_pages (&booklet, &english);

  booklet_clear (&booklet);
}

/* Every exercise every day: the week's table and each week of the log
 * go on over pages, each page with the table's header again. */
static void
test_long_tables (void)
{
  Booklet booklet = { 0 };
  GListModel *exercises;
  guint first_exercise = 0;

  booklet.library = kc_test_bundled_library ();
  booklet.plan = kc_plan_new ("every", "Every exercise, every day");
  exercises = kc_library_get_exercises (booklet.library);
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
      {
        g_autoptr(KcItem) exercise = g_list_model_get_item (exercises, i);

        kc_plan_add_item (booklet.plan, day, kc_item_get_id (exercise),
                          kc_exercise_get_dose (KC_EXERCISE (exercise)));
      }
  print_booklet (&booklet, GTK_PAPER_NAME_A4, NULL, FALSE);

  /* The first page of an exercise: its name, then its picture's page. */
  for (guint i = 2; i < booklet.pages->len && first_exercise == 0; i++)
    if (contains (g_ptr_array_index (booklet.pages, i), "Steps"))
      first_exercise = i;
  g_assert_cmpuint (first_exercise, >, 6);
  for (guint i = 1; i < first_exercise; i++)
    {
      const char *page = g_ptr_array_index (booklet.pages, i);

      /* pdftotext reads a table by columns: the header's last cells. */
      if (!contains (page, "Dose") && !contains (page, "Pain 0–10"))
        g_error ("Page %u has a table without its header", i + 1);
    }

  booklet_clear (&booklet);
}

/* Removes the first @text from @page. */
static void
cut_out (char       *page,
         const char *text)
{
  char *found = strstr (page, text);

  g_assert_nonnull (found);
  memmove (found, found + strlen (text), strlen (found + strlen (text)) + 1);
}

/* Notes as long as a plan may hold flow over pages, every word printed. */
static void
test_long_notes (void)
{
  Booklet booklet = { 0 };
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *squeezed = NULL;
  KcDose dose = { 3, 10, 0, 0 };

  for (guint i = 0; notes->len < KC_PLAN_MAX_NOTES - 16; i++)
    g_string_append_printf (notes, "note%u ", i);

  booklet.library = kc_test_bundled_library ();
  booklet.plan = kc_plan_new ("notes", "Notes");
  kc_plan_set_notes (booklet.plan, notes->str);
  kc_plan_add_item (booklet.plan, 0, "bridge", &dose);
  print_booklet (&booklet, GTK_PAPER_NAME_A4, NULL, FALSE);

  /* The pages' text without their headers and footers reads whole. */
  for (guint i = 0; i < booklet.pages->len; i++)
    {
      g_autofree char *page = kc_test_squeeze (g_ptr_array_index (booklet.pages, i));
      g_autofree char *footer = g_strdup_printf ("Page%uof%u", i + 1, booklet.pages->len);
      g_autofree char *title = kc_test_squeeze (english.title);
      g_autofree char *date = kc_test_squeeze (english.printed);

      cut_out (page, footer);
      cut_out (page, title);
      cut_out (page, date);
      g_string_append (body, page);
    }
  squeezed = kc_test_squeeze (notes->str);
  g_assert_cmpuint (booklet.pages->len, >, 15);
  g_assert_nonnull (strstr (body->str, squeezed));

  booklet_clear (&booklet);
}

static double
seconds_to_print (const char *notes)
{
  Booklet booklet = { 0 };
  KcDose dose = { 3, 10, 0, 0 };
  gint64 start;

  booklet.library = kc_test_bundled_library ();
  booklet.plan = kc_plan_new ("notes", "Notes");
  kc_plan_set_notes (booklet.plan, notes);
  kc_plan_add_item (booklet.plan, 0, "bridge", &dose);
  start = g_get_monotonic_time ();
  print_booklet (&booklet, GTK_PAPER_NAME_A4, NULL, FALSE);
  booklet_clear (&booklet);

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
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-booklet/a4", test_a4);
  g_test_add_func ("/plan-booklet/letter", test_letter);
  g_test_add_func ("/plan-booklet/german", test_german);
  g_test_add_func ("/plan-booklet/bare-cover", test_bare_cover);
  g_test_add_func ("/plan-booklet/compact", test_compact);
  g_test_add_func ("/plan-booklet/compact-german", test_compact_german);
  g_test_add_func ("/plan-booklet/long-notes", test_long_notes);
  g_test_add_func ("/plan-booklet/long-tables", test_long_tables);
  g_test_add_func ("/plan-booklet/long-word", test_long_word);

  return g_test_run ();
}
