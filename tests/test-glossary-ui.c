/* test-glossary-ui.c: terms link from where they are used, and open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "content/kc-library.h"
#include "kc-window.h"
#include "pages/kc-anatomy-page.h"
#include "pages/kc-faq-row.h"
#include "pages/kc-glossary-row.h"
#include "pages/kc-questions-page.h"
#include "pages/kc-search-popover.h"
#include "pages/kc-search-row.h"
#include "widgets/kc-content-widgets.h"
#include "kc-test-widgets.h"

/* Adds to @found each link to @term_id in the labels under @widget: the
 * label, once per link. */
static void
collect_term_links (GtkWidget  *widget,
                    const char *term_id,
                    GPtrArray  *found)
{
  g_autofree char *href = g_strdup_printf ("href=\"" KC_GLOSSARY_URI_PREFIX "%s\"", term_id);

  if (GTK_IS_LABEL (widget) && gtk_label_get_use_markup (GTK_LABEL (widget)))
    {
      for (const char *p = gtk_label_get_label (GTK_LABEL (widget));
           (p = strstr (p, href)) != NULL;
           p++)
        g_ptr_array_add (found, widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_term_links (child, term_id, found);
}

/* Returns: the id of the glossary term whose row has the focus, or NULL */
static const char *
focused_term (KcWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, KC_TYPE_GLOSSARY_ROW) : NULL;

  if (row == NULL)
    return NULL;
  return kc_item_get_id (KC_ITEM (kc_glossary_row_get_term (KC_GLOSSARY_ROW (row))));
}

static KcFaqRow *
find_faq_row (GtkWidget  *page,
              const char *id)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  kc_test_collect_by_type (page, KC_TYPE_FAQ_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      KcFaqRow *row = g_ptr_array_index (rows, i);

      if (g_str_equal (kc_item_get_id (KC_ITEM (kc_faq_row_get_entry (row))), id))
        return row;
    }

  return NULL;
}

/* The first use of a term in an answer is a link; following it shows the
 * term in the glossary, and Back returns to the answer. */
static void
test_answer_link_opens_term (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  GtkWidget *questions;
  KcFaqRow *row;
  gboolean handled = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-item", "s", "what-is-referred-pain");
  questions = kc_window_get_tab (window, "questions");
  row = find_faq_row (questions, "what-is-referred-pain");
  g_assert_true (kc_faq_row_get_expanded (row));

  /* "Referred pain is pain felt…", and later "referred pain" again: one link. */
  collect_term_links (GTK_WIDGET (row), "term-referred-pain", links);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_null (focused_term (window));

  g_signal_emit_by_name (g_ptr_array_index (links, 0), "activate-link", KC_GLOSSARY_URI_PREFIX "term-referred-pain",
                         &handled);
  g_assert_true (handled);
  g_assert_cmpstr (kc_window_get_page (window), ==, "questions");
  g_assert_cmpstr (focused_term (window), ==, "term-referred-pain");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_null (focused_term (window));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (row)) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (row));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An anatomy part's text links terms too, from the same path. */
static void
test_part_text_links (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  g_autoptr(GPtrArray) links = g_ptr_array_new ();

  g_assert_true (kc_window_open_item (window, "l4-l5-foramen"));
  collect_term_links (kc_window_get_tab (window, "anatomy"), "term-nerve-root", links);
  g_assert_cmpuint (links->len, ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A condition's sections are one text: "nerve root", used in several of
 * them, links once. */
static void
test_condition_links_once (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  KcCondition *sciatica = kc_library_lookup_condition (library, "sciatica");
  GtkWidget *expander = g_object_ref_sink (kc_condition_expander_new (library, sciatica));
  g_autoptr(GPtrArray) links = g_ptr_array_new ();

  /* A closed expander keeps its child outside the widget tree. */
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  collect_term_links (expander, "term-nerve-root", links);
  g_assert_cmpuint (links->len, ==, 1);

  g_assert_finalize_object (expander);
}

/* The search over everything lists a term under the kind's heading and
 * opens it in the glossary. */
static void
test_search_opens_term (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  GtkWidget *popover;
  GtkListBox *results;
  GtkListBoxRow *term_row = NULL;

  g_assert_true (kc_window_show_page (window, "anatomy"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  popover = kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_SEARCH_POPOVER);
  kc_search_popover_search (KC_SEARCH_POPOVER (popover), "myotome");
  results = kc_search_popover_get_results (KC_SEARCH_POPOVER (popover));

  for (int i = 0; term_row == NULL && gtk_list_box_get_row_at_index (results, i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (results, i);

      if (kc_search_row_get_kind (KC_SEARCH_ROW (row)) == KC_ITEM_KIND_GLOSSARY_TERM)
        term_row = row;
    }
  g_assert_nonnull (term_row);
  g_assert_nonnull (gtk_list_box_row_get_header (term_row));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_header (term_row))),
                   ==, "Glossary");

  g_signal_emit_by_name (results, "row-activated", term_row);
  g_assert_cmpstr (kc_window_get_page (window), ==, "questions");
  g_assert_cmpstr (focused_term (window), ==, "term-myotome");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Questions tab's own search finds terms too, and the Glossary button
 * leads to the first term, clearing a search that hides them all. */
static void
test_questions_search_and_button (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  KcQuestionsPage *page;
  GtkWidget *count;

  g_assert_true (kc_window_show_page (window, "questions"));
  page = KC_QUESTIONS_PAGE (kc_window_get_tab (window, "questions"));

  kc_questions_page_set_query (page, "tendonitis");
  g_assert_cmpuint (kc_questions_page_get_n_visible (page), ==, 0);
  count = kc_test_find_by_css_class (GTK_WIDGET (page), "caption");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (count)), "1 term in the glossary"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (kc_test_find_by_type (GTK_WIDGET (page), GTK_TYPE_STACK))),
                   ==, "results");

  kc_questions_page_set_query (page, "sciatica");
  gtk_widget_activate_action (GTK_WIDGET (page), "questions.show-glossary", NULL);
  /* Alphabetical: the first term that matches "sciatica" is shown. */
  g_assert_nonnull (focused_term (window));

  kc_questions_page_set_query (page, "no such words at all");
  gtk_widget_activate_action (GTK_WIDGET (page), "questions.show-glossary", NULL);
  g_assert_cmpstr (focused_term (window), ==, "term-cartilage");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/glossary-ui/answer-link-opens-term", test_answer_link_opens_term);
  g_test_add_func ("/glossary-ui/part-text-links", test_part_text_links);
  g_test_add_func ("/glossary-ui/condition-links-once", test_condition_links_once);
  g_test_add_func ("/glossary-ui/search-opens-term", test_search_opens_term);
  g_test_add_func ("/glossary-ui/questions-search-and-button", test_questions_search_and_button);

  return g_test_run ();
}
