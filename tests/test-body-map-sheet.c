/* test-body-map-sheet.c: the printed body-map sheet, read back from a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet is laid out without a printer or a display: on an A4 PDF
 * surface, with the margins GtkPrintOperation gives A4 by default, as the
 * command line writes it.  pdftotext reads it back as a patient would;
 * nothing may be missing, however many pages it takes.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "content/kc-anatomy-part.h"
#include "content/kc-library.h"
#include "content/kc-nerve-root.h"
#include "content/kc-pain-source.h"
#include "content/kc-reference.h"
#include "kc-test-german.h"
#include "kc-test-library.h"
#include "kc-test-print.h"
#include "content/kc-body-view.h"
#include "pages/kc-body-map-arrows.h"
#include "pages/kc-body-map-legend.h"
#include "pages/kc-body-map-sheet.h"
#include "widgets/kc-diagram-paper.h"
#include "widgets/kc-print-brand.h"
#include "widgets/kc-print-pdf.h"

typedef struct
{
  KcLibrary *library;
  KcReferralAnswer *answer;
  guint views_drawn[2];
  GPtrArray *pages;     /* of char *, each page's text without white space */
  KcPrintBrand *brand;  /* the header's clinic and patient, if any */
  guint n_images;       /* in the PDF: the logo's, on every page */
  gboolean compact;
  GPtrArray *roots;     /* the dermatomes drawn, if any */
} Sheet;

static void
draw_view (cairo_t  *cr,
           guint     view,
           double    width,
           double    height,
           gpointer  user_data)
{
  Sheet *sheet = user_data;

  g_assert_cmpuint (view, <, 2);
  g_assert_cmpfloat (width, >, 100);
  g_assert_cmpfloat (height, >, 200);
  sheet->views_drawn[view]++;
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_stroke (cr);
}

/* Prints @sheet's answer to a PDF and reads each page back. */
static void
print_sheet (Sheet *sheet)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 2, 9, 0, 0);
  g_autoptr(KcPrintFlow) flow = kc_body_map_sheet_new (sheet->answer, date, sheet->compact,
                                                       sheet->roots, draw_view, sheet, NULL);
  g_autofree char *dir = g_dir_make_tmp ("kc-sheet-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GError) error = NULL;
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  kc_print_flow_set_brand (flow, sheet->brand);
  g_assert_true (kc_print_flow_write_pdf (flow, a4, pdf, &error));
  g_assert_no_error (error);
  gtk_paper_size_free (a4);

  pages = kc_test_pdf_page_texts (pdf);
  sheet->n_images = kc_test_pdf_images (pdf);
  sheet->pages = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < pages->len; i++)
    g_ptr_array_add (sheet->pages, kc_test_squeeze (g_ptr_array_index (pages, i)));
  g_assert_cmpuint (sheet->pages->len, ==, kc_print_flow_get_n_pages (flow));

  g_remove (pdf);
  g_rmdir (dir);
}

static void
assert_contains (const char *haystack,
                 const char *text)
{
  g_autofree char *needle = kc_test_squeeze (text);

  if (strstr (haystack, needle) == NULL)
    g_error ("The sheet lacks “%s”", text);
}

/* Removes the first @text from @page, or fails. */
static void
cut (GString    *page,
     const char *text)
{
  g_autofree char *needle = kc_test_squeeze (text);
  const char *found = strstr (page->str, needle);

  if (found == NULL)
    g_error ("A page lacks “%s”", text);
  g_string_erase (page, found - page->str, strlen (needle));
}

/* Checks that every page has the title and date in its header and
 * "Page N of M" in its footer, and returns the pages' text without them,
 * so that a paragraph broken across pages reads whole. */
static char *
body_text (Sheet      *sheet,
           const char *title,
           const char *date,
           const char *page_word,
           const char *of)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; i < sheet->pages->len; i++)
    {
      g_autoptr(GString) page = g_string_new (g_ptr_array_index (sheet->pages, i));
      g_autofree char *footer = g_strdup_printf ("%s %u %s %u", page_word, i + 1, of,
                                                 sheet->pages->len);

      cut (page, title);
      cut (page, date);
      cut (page, footer);
      g_string_append (body, page->str);
    }

  return g_string_free (body, FALSE);
}

static void
assert_blocks_printed (const char *text,
                       GPtrArray  *blocks)
{
  g_assert_nonnull (blocks);
  g_assert_cmpuint (blocks->len, >, 0);
  for (guint i = 0; i < blocks->len; i++)
    {
      const KcTextBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == KC_TEXT_BLOCK_PARAGRAPH)
        assert_contains (text, block->text);
      else
        for (guint j = 0; block->items[j] != NULL; j++)
          assert_contains (text, block->items[j]);
    }
}

/* Every source whole, to the last word of the last one. */
static void
assert_sources_printed (Sheet      *sheet,
                        const char *text)
{
  GPtrArray *sources = kc_referral_answer_get_sources (sheet->answer);

  for (guint i = 0; i < sources->len; i++)
    {
      KcAnswerSource *source = g_ptr_array_index (sources, i);
      GPtrArray *references = kc_item_get_references (KC_ITEM (source->source));

      assert_contains (text, kc_item_get_name (KC_ITEM (source->source)));
      assert_contains (text, source->reach);
      assert_blocks_printed (text, kc_pain_source_get_section (source->source,
                                                               KC_PAIN_SOURCE_SECTION_MECHANISM));
      assert_blocks_printed (text, kc_pain_source_get_section (source->source,
                                                               KC_PAIN_SOURCE_SECTION_SIGNS));
      assert_blocks_printed (text, kc_pain_source_get_section (source->source,
                                                               KC_PAIN_SOURCE_SECTION_WHAT_TO_DO));
      g_assert_cmpuint (references->len, >, 0);
      for (guint j = 0; j < references->len; j++)
        assert_contains (text, kc_reference_get_text (g_ptr_array_index (references, j)));
    }
}

static void
sheet_clear (Sheet *sheet)
{
  g_clear_pointer (&sheet->pages, g_ptr_array_unref);
  g_clear_pointer (&sheet->roots, g_ptr_array_unref);
  g_clear_object (&sheet->answer);
  g_clear_object (&sheet->library);
  g_clear_object (&sheet->brand);
}

/* The choice with the most sources: the front of a knee, the lower back
 * and a calf hurt. */
static void
check_many_sources (const char * const *words)
{
  const char *chosen[] = { "knee-front-left", "lower-back", "calf-left", NULL };
  Sheet sheet = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *compact_text = NULL;
  GPtrArray *sources;
  guint n_pages;

  sheet.library = kc_test_bundled_library ();
  sheet.answer = kc_referral_answer_new (sheet.library, KC_BODY_MAP_MODE_HURT, chosen);
  sources = kc_referral_answer_get_sources (sheet.answer);
  g_assert_cmpuint (sources->len, >=, 4);

  print_sheet (&sheet);
  text = body_text (&sheet, words[0], words[1], words[2], words[3]);

  /* Far more than one page holds: it flows on, never cut. */
  g_assert_cmpuint (sheet.pages->len, >, 1);
  assert_sources_printed (&sheet, text);
  /* Headings, legend, captions and the warning card, in this language. */
  for (guint i = 4; words[i] != NULL; i++)
    assert_contains (text, words[i]);
  /* The map is drawn once, front and back, on the first page. */
  g_assert_cmpuint (sheet.views_drawn[0], ==, 1);
  g_assert_cmpuint (sheet.views_drawn[1], ==, 1);

  /* Compact: fewer pages, every word still there. */
  n_pages = sheet.pages->len;
  g_clear_pointer (&sheet.pages, g_ptr_array_unref);
  sheet.compact = TRUE;
  print_sheet (&sheet);
  compact_text = body_text (&sheet, words[0], words[1], words[2], words[3]);
  g_test_message ("%u pages, compact %u", n_pages, sheet.pages->len);
  g_assert_cmpuint (sheet.pages->len, <, n_pages);
  assert_sources_printed (&sheet, compact_text);
  for (guint i = 4; words[i] != NULL; i++)
    assert_contains (compact_text, words[i]);

  sheet_clear (&sheet);
}

static void
test_many_sources (void)
{
  const char *words[] = {
    "Kinetic Chain — Body map", "2 December 2026", "Page", "of",
    "What to do", "Signs that point to it", "Where it hurts", "Common cause",
    "Less common cause", "Front — your right side on the left",
    "Back — your left side on the left", "Warning signs", "EMERGENCY: ",
    /* What the order means, in the summary and said plainly under it. */
    "most common first — not what is wrong with you",
    "Most common first — not what is wrong with you.", "Nerve-root (radicular) pain",
    NULL,
  };

  check_many_sources (words);
}

/* The same in German, in a child process: the catalogue is chosen before
 * anything is translated, and the content is translated as it loads. */
static void
test_many_sources_german (void)
{
  const char *words[] = {
    "Kinetic Chain — Körperkarte", "2. Dezember 2026", "Seite", "von",
    "Was zu tun ist", "Wo es wehtut", "Häufige Ursache", "Seltenere Ursache",
    "Vorn – Ihre rechte Seite links", "Hinten – Ihre linke Seite links", "Warnzeichen",
    NULL,
  };

  if (g_test_subprocess ())
    {
      g_autofree char *top = kc_test_switch_to_german ();

      check_many_sources (words);
      kc_test_remove_tree (top);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Nothing chosen: the map, a hint and every warning sign, to the last. */
static void
test_nothing_chosen (void)
{
  const char *chosen[] = { NULL };
  Sheet sheet = { 0 };
  g_autofree char *text = NULL;
  GPtrArray *tiers;
  const char * const *signs;

  sheet.library = kc_test_bundled_library ();
  sheet.answer = kc_referral_answer_new (sheet.library, KC_BODY_MAP_MODE_HURT, chosen);
  tiers = kc_referral_answer_get_warning_tiers (sheet.answer);
  g_assert_cmpuint (tiers->len, >, 0);
  signs = kc_warning_signs_get_signs (g_ptr_array_index (tiers, tiers->len - 1));

  print_sheet (&sheet);
  text = body_text (&sheet, "Kinetic Chain — Body map", "2 December 2026", "Page", "of");
  assert_contains (text, "No place is chosen on the map.");
  assert_contains (text, "Warning signs");
  assert_contains (text, "EMERGENCY: ");
  assert_contains (text, signs[g_strv_length ((char **)signs) - 1]);
  assert_contains (text, "This handout explains possibilities; it is not a diagnosis.");
  g_assert_cmpuint (sheet.views_drawn[0], ==, 1);
  g_assert_cmpuint (sheet.views_drawn[1], ==, 1);

  sheet_clear (&sheet);
}

/* The roots of @words ("l4"), as the body map's overlay would draw them. */
static GPtrArray *
find_roots (KcLibrary          *library,
            const char * const *words)
{
  GPtrArray *roots = g_ptr_array_new ();
  GListModel *parts = kc_library_get_items (library, KC_ITEM_KIND_ANATOMY_PART);

  for (guint w = 0; words[w] != NULL; w++)
    for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
      {
        g_autoptr(KcAnatomyPart) part = g_list_model_get_item (parts, i);
        KcNerveRoot root;

        if (kc_anatomy_part_get_root (part, &root) &&
            g_str_equal (kc_vocabulary_to_word (KC_TYPE_NERVE_ROOT, root), words[w]))
          g_ptr_array_add (roots, part);   /* the library keeps it */
      }

  g_assert_cmpuint (roots->len, ==, g_strv_length ((char **)words));
  return roots;
}

/* Prints the sheet with nothing chosen and the dermatomes of @words drawn,
 * and returns its text. */
static char *
print_with_dermatomes (Sheet              *sheet,
                       const char * const *words)
{
  const char *chosen[] = { NULL };

  sheet->library = kc_test_bundled_library ();
  sheet->answer = kc_referral_answer_new (sheet->library, KC_BODY_MAP_MODE_HURT, chosen);
  sheet->roots = words != NULL ? find_roots (sheet->library, words) : NULL;
  print_sheet (sheet);
  return body_text (sheet, "Kinetic Chain — Body map", "2 December 2026", "Page", "of");
}

/* With the overlay on, its key: each root drawn with its skin, and one
 * root alone with its muscles and reflex too; with it off, no key. */
static void
test_dermatome_key (void)
{
  const char *all[] = { "l2", "l3", "l4", "l5", "s1", NULL };
  const char *one[] = { "l4", NULL };
  Sheet sheet = { 0 };
  g_autofree char *text = print_with_dermatomes (&sheet, all);
  g_autofree char *l4_text = NULL;
  g_autofree char *off_text = NULL;
  g_autofree char *muscles = NULL;
  g_autofree char *reflex = NULL;
  g_autofree char *no_muscles = NULL;

  assert_contains (text, "Dermatomes");
  for (guint i = 0; i < sheet.roots->len; i++)
    {
      KcAnatomyPart *part = g_ptr_array_index (sheet.roots, i);
      g_autofree char *skin = g_strconcat ("Skin: ", kc_anatomy_part_get_dermatome (part), NULL);

      assert_contains (text, kc_item_get_name (KC_ITEM (part)));
      assert_contains (text, skin);
    }
  no_muscles = kc_test_squeeze ("Muscles:");
  g_assert_null (strstr (text, no_muscles));
  assert_contains (text, "Dermatomes overlap and differ between people");
  sheet_clear (&sheet);

  l4_text = print_with_dermatomes (&sheet, one);
  muscles = g_strconcat ("Muscles: ", kc_anatomy_part_get_myotome (sheet.roots->pdata[0]), NULL);
  reflex = g_strconcat ("Reflex: ", kc_anatomy_part_get_reflex (sheet.roots->pdata[0]), NULL);
  assert_contains (l4_text, "L4 nerve root");
  assert_contains (l4_text, muscles);
  assert_contains (l4_text, reflex);
  g_assert_null (strstr (l4_text, "L5nerveroot"));
  sheet_clear (&sheet);

  off_text = print_with_dermatomes (&sheet, NULL);
  g_assert_null (strstr (off_text, "Dermatomes"));
  g_assert_null (strstr (off_text, "Skin:"));
  sheet_clear (&sheet);
}

/* Prints a sheet for the lower back with @brand in its header. */
static void
print_branded (Sheet        *sheet,
               KcPrintBrand *brand)
{
  const char *chosen[] = { "lower-back", NULL };

  sheet->library = kc_library_new ();
  kc_library_add_bundled (sheet->library);
  kc_library_load (sheet->library);
  sheet->answer = kc_referral_answer_new (sheet->library, KC_BODY_MAP_MODE_HURT, chosen);
  sheet->brand = g_object_ref (brand);
  print_sheet (sheet);
  g_assert_cmpuint (sheet->pages->len, >, 1);
}

/* The clinic's name and logo and the patient's name head every page;
 * without them, nothing does.  (Reading them from the settings is
 * tested with the window, in test-handouts.c.) */
static void
test_branded_header (void)
{
  g_autoptr(KcPrintBrand) brand = kc_print_brand_new ();
  g_autoptr(KcPrintBrand) empty = kc_print_brand_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kc-logo-XXXXXX", NULL);
  g_autofree char *logo = kc_test_write_png (dir);
  g_autoptr(GFile) file = g_file_new_for_path (logo);
  Sheet branded = { 0 }, plain = { 0 };

  kc_print_brand_set_clinic (brand, "Praxis Physio am Markt");
  kc_print_brand_set_patient (brand, " Anna Example ");
  g_assert_true (kc_print_brand_set_logo (brand, file, &error));
  g_assert_no_error (error);
  print_branded (&branded, brand);
  for (guint i = 0; i < branded.pages->len; i++)
    {
      assert_contains (g_ptr_array_index (branded.pages, i), "Praxis Physio am Markt");
      assert_contains (g_ptr_array_index (branded.pages, i), "Patient: Anna Example");
    }
  g_assert_cmpuint (branded.n_images, ==, branded.pages->len);
  sheet_clear (&branded);

  kc_print_brand_set_clinic (empty, "  ");
  kc_print_brand_set_patient (empty, "");
  g_assert_true (kc_print_brand_is_empty (empty));
  print_branded (&plain, empty);
  for (guint i = 0; i < plain.pages->len; i++)
    {
      g_assert_null (strstr (g_ptr_array_index (plain.pages, i), "Praxis"));
      g_assert_null (strstr (g_ptr_array_index (plain.pages, i), "Patient:"));
    }
  g_assert_cmpuint (plain.n_images, ==, 0);
  sheet_clear (&plain);

  g_remove (logo);
  g_rmdir (dir);
}

/* A logo that has gone missing is refused, named, and left out; the
 * rest prints. */
static void
test_missing_logo (void)
{
  g_autoptr(KcPrintBrand) brand = kc_print_brand_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/kc-logo.png");
  g_autoptr(GError) error = NULL;
  Sheet sheet = { 0 };

  kc_print_brand_set_clinic (brand, "Praxis Physio am Markt");
  g_assert_false (kc_print_brand_set_logo (brand, file, &error));
  g_assert_nonnull (strstr (error->message, "kc-logo.png"));
  g_assert_false (kc_print_brand_has_logo (brand));
  print_branded (&sheet, brand);
  assert_contains (g_ptr_array_index (sheet.pages, 0), "Praxis Physio am Markt");
  g_assert_cmpuint (sheet.n_images, ==, 0);
  sheet_clear (&sheet);
}

static gboolean
add_arrow (const char *from,
           const char *to,
           gpointer    paper)
{
  static const GdkRGBA color = KC_BODY_MAP_ARROW_COLOR;

  return kc_diagram_paper_add_path (paper, from, to, &color);
}

static cairo_surface_t *
render (KcDiagramPaper *paper)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 600);
  cairo_t *cr = cairo_create (surface);

  kc_diagram_paper_render (paper, cr, 300, 600);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* How many pixels of @paper, drawn 300 × 600, differ from @other's. */
static guint
count_changed (KcDiagramPaper *paper,
               KcDiagramPaper *other)
{
  cairo_surface_t *a = render (paper);
  cairo_surface_t *b = render (other);
  guint changed = 0;

  for (int y = 0; y < 600; y++)
    {
      const guint32 *row_a = (const guint32 *)(cairo_image_surface_get_data (a) +
                                               y * cairo_image_surface_get_stride (a));
      const guint32 *row_b = (const guint32 *)(cairo_image_surface_get_data (b) +
                                               y * cairo_image_surface_get_stride (b));

      for (int x = 0; x < 300; x++)
        changed += row_a[x] != row_b[x];
    }
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);

  return changed;
}

static KcDiagramPaper *
new_front (KcLibrary        *library,
           KcReferralAnswer *lit)
{
  g_autoptr(KcBodyView) front = g_list_model_get_item (kc_library_get_body_views (library), 0);
  g_autoptr(GError) error = NULL;
  KcDiagramPaper *paper = kc_diagram_paper_new_from_resource (
    kc_body_view_get_svg_resource (front), &error);
  GPtrArray *places = lit != NULL ? kc_referral_answer_get_places (lit) : NULL;

  g_assert_no_error (error);
  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      const KcLitPlace *place = g_ptr_array_index (places, i);

      kc_diagram_paper_set_part_class (paper, place->region, kc_body_map_legend_class_of (place));
    }

  return paper;
}

/* The map drawn on paper, as the command line prints it without a
 * display: the places lit as the screen lights them, and arrows. */
static void
test_on_paper (void)
{
  const char *chosen[] = { "lower-back", "knee-front-left", NULL };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(KcReferralAnswer) answer = kc_referral_answer_new (library, KC_BODY_MAP_MODE_HURT,
                                                               chosen);
  g_autoptr(GPtrArray) ranked = kc_referral_answer_dup_ranked_arrows (answer);
  g_autoptr(KcDiagramPaper) blank = new_front (library, NULL);
  g_autoptr(KcDiagramPaper) lit = new_front (library, answer);
  g_autoptr(KcDiagramPaper) paper = new_front (library, answer);

  g_assert_true (g_strv_contains (kc_diagram_paper_get_part_ids (paper), "knee-front-left"));
  g_assert_cmpuint (count_changed (lit, paper), ==, 0);
  g_assert_cmpuint (count_changed (lit, blank), >, 500);

  /* At most four arrows, each drawn: more pixels change. */
  kc_body_map_add_main_arrows (ranked, kc_diagram_paper_get_part_ids (paper), add_arrow, paper);
  g_assert_cmpuint (kc_diagram_paper_get_n_paths (paper), >, 0);
  g_assert_cmpuint (kc_diagram_paper_get_n_paths (paper), <=, 4);
  g_assert_cmpuint (count_changed (paper, lit), >, 100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/body-map-sheet/many-sources", test_many_sources);
  g_test_add_func ("/body-map-sheet/many-sources-german", test_many_sources_german);
  g_test_add_func ("/body-map-sheet/nothing-chosen", test_nothing_chosen);
  g_test_add_func ("/body-map-sheet/branded-header", test_branded_header);
  g_test_add_func ("/body-map-sheet/missing-logo", test_missing_logo);
  g_test_add_func ("/body-map-sheet/on-paper", test_on_paper);
  g_test_add_func ("/body-map-sheet/dermatome-key", test_dermatome_key);

  return g_test_run ();
}
