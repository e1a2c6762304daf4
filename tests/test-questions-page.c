/* test-questions-page.c: the Questions tab, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "content/kc-library.h"
#include "content/kc-text.h"
#include "kc-window.h"
#include "pages/kc-faq-row.h"
#include "pages/kc-questions-page.h"
#include "kc-test-widgets.h"
#include "widgets/kc-warning-card.h"

typedef struct
{
  KcLibrary *library;
  GSettings *settings;
  KcWindow *window;
  KcQuestionsPage *page;
  GtkSearchEntry *entry;
  GtkListBox *list;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->library = kc_test_bundled_library ();

  fixture->settings = g_settings_new (APP_ID);
  fixture->window = kc_window_new (NULL, fixture->library, fixture->settings);
  gtk_window_present (GTK_WINDOW (fixture->window));
  kc_window_show_page (fixture->window, "questions");

  fixture->page = KC_QUESTIONS_PAGE (kc_test_find_by_type (GTK_WIDGET (fixture->window),
                                                           KC_TYPE_QUESTIONS_PAGE));
  fixture->entry = GTK_SEARCH_ENTRY (kc_test_find_by_type (GTK_WIDGET (fixture->page),
                                                           GTK_TYPE_SEARCH_ENTRY));
  fixture->list = GTK_LIST_BOX (kc_test_find_by_type (GTK_WIDGET (fixture->page),
                                                      GTK_TYPE_LIST_BOX));
  g_assert_nonnull (fixture->page);
  g_assert_nonnull (fixture->entry);
  g_assert_nonnull (fixture->list);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->library);
}

typedef struct
{
  const char *text;
  gboolean changed;
} SearchWait;

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      SearchWait     *wait)
{
  /* Setting text first empties the entry, which reports at once; wait
   * for the report of the text itself. */
  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), wait->text))
    wait->changed = TRUE;
}

/* Types into the entry and waits for the entry's own (delayed)
 * search-changed signal: the path a keyboard user takes. */
static void
type_search (Fixture    *fixture,
             const char *text)
{
  SearchWait wait = { text, FALSE };
  gulong id = g_signal_connect (fixture->entry, "search-changed",
                                G_CALLBACK (on_search_changed_cb), &wait);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_editable_set_text (GTK_EDITABLE (fixture->entry), text);
  while (!wait.changed && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (fixture->entry, id);
  g_assert_true (wait.changed);
}

/* Shown: kept by its list's filter, and its topic's section not hidden. */
static gboolean
row_shown (Fixture   *fixture,
           GtkWidget *row)
{
  if (!gtk_widget_get_child_visible (row))
    return FALSE;
  for (GtkWidget *w = row; w != GTK_WIDGET (fixture->page); w = gtk_widget_get_parent (w))
    if (w == NULL || !gtk_widget_get_visible (w))
      return FALSE;
  return TRUE;
}

static GPtrArray *
visible_ids (Fixture *fixture)
{
  GPtrArray *ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_FAQ_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      KcFaqRow *row = g_ptr_array_index (rows, i);

      if (row_shown (fixture, GTK_WIDGET (row)))
        g_ptr_array_add (ids, (gpointer)kc_item_get_id (KC_ITEM (kc_faq_row_get_entry (row))));
    }

  return ids;
}

/* The ids the model says match, independent of the widgets. */
static GPtrArray *
model_matches (KcLibrary  *library,
               const char *query)
{
  g_autofree char *folded = kc_text_fold (query);
  GListModel *topics = kc_library_get_faq_topics (library);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(KcFaqTopic) topic = g_list_model_get_item (topics, i);
      GListModel *entries = kc_faq_topic_get_entries (topic);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(KcFaqEntry) entry = g_list_model_get_item (entries, j);
          if (kc_faq_entry_matches (entry, folded))
            g_ptr_array_add (ids, (gpointer)kc_item_get_id (KC_ITEM (entry)));
        }
    }

  return ids;
}

static gboolean
contains_id (GPtrArray  *ids,
             const char *id)
{
  return g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL);
}

static KcFaqRow *
row_for_id (Fixture    *fixture,
            const char *id)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), KC_TYPE_FAQ_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      KcFaqRow *row = g_ptr_array_index (rows, i);

      if (g_str_equal (kc_item_get_id (KC_ITEM (kc_faq_row_get_entry (row))), id))
        return row;
    }

  return NULL;
}

static void
test_all_entries_listed (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) shown = visible_ids (fixture);
  g_autoptr(GPtrArray) all = model_matches (fixture->library, "");

  g_assert_cmpuint (shown->len, >=, 25);
  g_assert_cmpuint (shown->len, ==, all->len);
  g_assert_cmpuint (kc_questions_page_get_n_visible (fixture->page), ==, all->len);
}

/* Each topic's questions are one libadwaita boxed list, named after the
 * topic; a search hides a topic with no match, heading and all. */
static void
test_boxed_list_per_topic (Fixture       *fixture,
                           gconstpointer  data)
{
  GListModel *topics = kc_library_get_faq_topics (fixture->library);
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  guint n_topics = g_list_model_get_n_items (topics);
  guint n_shown = 0;

  kc_test_collect_by_type (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_BOX, lists);
  /* Not the lists inside each question's expander row. */
  for (guint i = lists->len; i > 0; i--)
    if (gtk_widget_get_ancestor (g_ptr_array_index (lists, i - 1), KC_TYPE_FAQ_ROW) != NULL)
      g_ptr_array_remove_index (lists, i - 1);
  /* A list per topic, and the glossary's. */
  g_assert_cmpuint (lists->len, ==, n_topics + 1);
  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(KcFaqTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *list = g_ptr_array_index (lists, i);
      GListModel *entries = kc_faq_topic_get_entries (topic);
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();
      g_autofree char *wrong = NULL;

      g_assert_true (gtk_widget_has_css_class (list, "boxed-list"));
      wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (list),
                                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                  kc_item_get_name (KC_ITEM (topic)));
      g_assert_null (wrong);
      kc_test_collect_by_type (list, KC_TYPE_FAQ_ROW, rows);
      g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (entries));
      for (guint j = 0; j < rows->len; j++)
        g_assert_true (kc_faq_row_get_topic (g_ptr_array_index (rows, j)) == topic);
    }

  /* A word of one answer only: the other topics go, headings too. */
  type_search (fixture, "xyzzy-no-such-word");
  for (guint i = 0; i < lists->len; i++)
    g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (g_ptr_array_index (lists, i))));
  type_search (fixture, "");
  for (guint i = 0; i < lists->len; i++)
    n_shown += gtk_widget_get_visible (gtk_widget_get_parent (g_ptr_array_index (lists, i)));
  g_assert_cmpuint (n_shown, ==, lists->len);
}

static void
test_search_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) all = model_matches (fixture->library, "");

  type_search (fixture, "sciatica");
  shown = visible_ids (fixture);
  expected = model_matches (fixture->library, "sciatica");

  /* Known answers first, then exact agreement with the model. */
  g_assert_true (contains_id (shown, "knee-pain-from-sciatica"));
  g_assert_true (contains_id (shown, "which-nerves-reach-the-knee"));
  g_assert_false (contains_id (shown, "heat-or-ice"));
  g_assert_cmpuint (shown->len, <, all->len);
  g_assert_cmpuint (shown->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_true (contains_id (shown, g_ptr_array_index (expected, i)));
}

/* Answers are searched too, not only questions. */
static void
test_search_matches_answers (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) shown = NULL;

  /* "cauda equina" appears only in answers. */
  type_search (fixture, "cauda equina");
  shown = visible_ids (fixture);

  g_assert_true (contains_id (shown, "which-nerves-reach-the-knee"));
  g_assert_true (contains_id (shown, "what-are-warning-signs"));
}

static void
test_search_ignores_case_and_accents (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GPtrArray) plain = NULL;
  g_autoptr(GPtrArray) fancy = NULL;

  type_search (fixture, "sciatica");
  plain = visible_ids (fixture);
  type_search (fixture, "SCIÁTICA");
  fancy = visible_ids (fixture);

  g_assert_cmpuint (plain->len, >, 0);
  g_assert_cmpuint (plain->len, ==, fancy->len);
  for (guint i = 0; i < plain->len; i++)
    g_assert_cmpstr (g_ptr_array_index (plain, i), ==, g_ptr_array_index (fancy, i));
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkStack *stack;
  GtkWidget *status;
  g_autoptr(GPtrArray) shown = NULL;

  type_search (fixture, "xyzzy-no-such-word");
  shown = visible_ids (fixture);
  stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (fixture->list), GTK_TYPE_STACK));

  g_assert_cmpuint (shown->len, ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  /* A status page says what was searched for. */
  status = gtk_stack_get_visible_child (stack);
  g_assert_true (ADW_IS_STATUS_PAGE (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==,
                   "No questions match “xyzzy-no-such-word”");

  /* Clearing the search (what the empty state's button does) brings all back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "questions.clear-search", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "results");
  g_assert_cmpuint (kc_questions_page_get_n_visible (fixture->page), >=, 25);
}

static void
test_activate_row_expands (Fixture       *fixture,
                           gconstpointer  data)
{
  KcFaqRow *row = row_for_id (fixture, "heat-or-ice");
  GtkWidget *header;

  g_assert_nonnull (row);
  g_assert_false (kc_faq_row_get_expanded (row));

  /* Enter or Space on a focused row emits "activate": on the question,
   * the expander row's header row, which takes the focus. */
  header = kc_test_find_by_type (GTK_WIDGET (row), ADW_TYPE_ACTION_ROW);
  g_assert_true (gtk_widget_get_focusable (header));
  gtk_widget_activate (header);
  g_assert_true (kc_faq_row_get_expanded (row));

  gtk_widget_activate (header);
  g_assert_false (kc_faq_row_get_expanded (row));
}

/* The urgent question opens to its warning signs in three tiers; other
 * questions have none. */
static void
test_urgent_row_shows_tiers (Fixture       *fixture,
                             gconstpointer  data)
{
  KcFaqRow *urgent = row_for_id (fixture, "what-are-warning-signs");
  KcFaqRow *other = row_for_id (fixture, "heat-or-ice");
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  kc_faq_row_set_expanded (urgent, TRUE);
  kc_faq_row_set_expanded (other, TRUE);
  kc_test_collect_by_type (GTK_WIDGET (urgent), KC_TYPE_WARNING_CARD, cards);
  kc_test_collect_by_type (GTK_WIDGET (other), KC_TYPE_WARNING_CARD, none);

  g_assert_cmpuint (cards->len, ==, 3);
  for (guint i = 0; i < cards->len; i++)
    {
      KcWarningSigns *signs = kc_warning_card_get_signs (g_ptr_array_index (cards, i));

      g_assert_cmpint (kc_warning_signs_get_tier (signs), ==, (KcWarningTier)i);
    }
  g_assert_cmpuint (none->len, ==, 0);
}

/* An answer ends in its sources, each a link to its DOI or address. */
static void
test_answer_shows_sources (Fixture       *fixture,
                           gconstpointer  data)
{
  KcFaqRow *row = row_for_id (fixture, "heat-or-ice");
  GtkWidget *sources;
  GtkWidget *label;
  const char *markup;

  kc_faq_row_set_expanded (row, TRUE);
  sources = kc_test_find_by_css_class (GTK_WIDGET (row), "kc-sources-expander");
  g_assert_true (GTK_IS_EXPANDER (sources));
  g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (sources)), ==, "Sources");
  /* Closed, as every detail that is not the answer itself. */
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (sources)));
  gtk_expander_set_expanded (GTK_EXPANDER (sources), TRUE);

  label = kc_test_find_by_css_class (sources, "kc-source");
  g_assert_true (GTK_IS_LABEL (label));
  markup = gtk_label_get_label (GTK_LABEL (label));
  g_assert_nonnull (strstr (markup, "French SD"));
  g_assert_nonnull (strstr (markup, "href=\"https://doi.org/10.1002/14651858.CD004750.pub2\""));
}

/* A "related question" link opens its target even when a search hides it. */
static void
test_related_link_opens_entry (Fixture       *fixture,
                               gconstpointer  data)
{
  KcFaqRow *target = row_for_id (fixture, "what-are-warning-signs");
  g_autoptr(GPtrArray) shown = NULL;

  type_search (fixture, "sciatica stretches");
  shown = visible_ids (fixture);
  g_assert_false (contains_id (shown, "what-are-warning-signs"));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "questions.show-entry", "s",
                              "what-are-warning-signs");

  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (target)));
  g_assert_true (kc_faq_row_get_expanded (target));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "");
}

/* Enter in the search field opens the first result and moves there. */
static void
test_enter_opens_first_result (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) shown = NULL;
  GtkWidget *focus;

  type_search (fixture, "ice");
  shown = visible_ids (fixture);
  g_assert_cmpuint (shown->len, >, 0);

  g_signal_emit_by_name (fixture->entry, "activate");
  /* The focus is on the question: the expander row's header row. */
  focus = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                   KC_TYPE_FAQ_ROW);

  g_assert_true (KC_IS_FAQ_ROW (focus));
  g_assert_true (kc_faq_row_get_expanded (KC_FAQ_ROW (focus)));
  g_assert_cmpstr (kc_item_get_id (KC_ITEM (kc_faq_row_get_entry (KC_FAQ_ROW (focus)))), ==,
                   g_ptr_array_index (shown, 0));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/questions/all-listed", test_all_entries_listed);
  ADD ("/questions/boxed-list-per-topic", test_boxed_list_per_topic);
  ADD ("/questions/search/filters", test_search_filters);
  ADD ("/questions/search/answers", test_search_matches_answers);
  ADD ("/questions/search/case-and-accents", test_search_ignores_case_and_accents);
  ADD ("/questions/search/empty-state", test_empty_state);
  ADD ("/questions/row/activate", test_activate_row_expands);
  ADD ("/questions/row/related-link", test_related_link_opens_entry);
  ADD ("/questions/row/urgent-tiers", test_urgent_row_shows_tiers);
  ADD ("/questions/row/sources", test_answer_shows_sources);
  ADD ("/questions/search/enter", test_enter_opens_first_result);

#undef ADD

  return g_test_run ();
}
