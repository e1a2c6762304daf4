/* test-search-row.c: the rows of the search popover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "content/kc-search-index.h"
#include "pages/kc-search-popover.h"
#include "pages/kc-search-row.h"
#include "kc-test-widgets.h"

/* The labels of @row that are shown, in order. */
static GPtrArray *
shown_labels (GtkWidget *row)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GPtrArray *shown = g_ptr_array_new ();

  kc_test_collect_by_type (row, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (gtk_widget_get_visible (label))
        g_ptr_array_add (shown, label);
    }

  return shown;
}

static GPtrArray *
search (KcLibrary  *library,
        const char *text)
{
  g_autoptr(KcSearchIndex) index = kc_search_index_new (library);

  return kc_search_index_query (index, text, G_MAXUINT);
}

/* A result row holds its result, shows its title with the matched word in
 * bold, and is read out as the title and the kind. */
static void
test_result_row (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GPtrArray) results = search (library, "clamshell");
  KcSearchResult *result;
  g_autoptr(GPtrArray) labels = NULL;
  GtkWidget *row;
  GtkLabel *title;

  g_assert_cmpuint (results->len, >, 0);
  result = g_ptr_array_index (results, 0);
  g_assert_nonnull (kc_search_result_get_snippet (result));
  row = g_object_ref_sink (kc_search_row_new (result));

  g_assert_true (kc_search_row_get_result (KC_SEARCH_ROW (row)) == result);
  g_assert_cmpint (kc_search_row_get_kind (KC_SEARCH_ROW (row)), ==, KC_ITEM_KIND_EXERCISE);
  g_assert_cmpuint (kc_search_row_get_n_more (KC_SEARCH_ROW (row)), ==, 0);
  labels = shown_labels (row);
  g_assert_cmpuint (labels->len, ==, 2);
  title = g_ptr_array_index (labels, 0);
  g_assert_cmpstr (gtk_label_get_text (title), ==, kc_search_result_get_title (result));
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 1)), ==,
                   kc_search_result_get_snippet (result));
  g_assert_nonnull (gtk_label_get_attributes (title));
  g_assert_cmpuint (kc_search_result_get_title_spans (result)->len, >, 0);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       kc_search_result_get_title (result));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       kc_item_kind_to_string (KC_ITEM_KIND_EXERCISE));

  g_assert_finalize_object (row);
}

/* A "more" row has no result and is named by its text, as before it had a
 * class of its own. */
static void
test_more_row (void)
{
  GtkWidget *row = g_object_ref_sink (kc_search_row_new_more (KC_ITEM_KIND_FAQ_ENTRY, 3));
  g_autoptr(GPtrArray) labels = shown_labels (row);
  g_autofree char *expected = g_strdup_printf ("Show 3 more in %s",
                                               kc_item_kind_to_string (KC_ITEM_KIND_FAQ_ENTRY));

  g_assert_null (kc_search_row_get_result (KC_SEARCH_ROW (row)));
  g_assert_cmpint (kc_search_row_get_kind (KC_SEARCH_ROW (row)), ==, KC_ITEM_KIND_FAQ_ENTRY);
  g_assert_cmpuint (kc_search_row_get_n_more (KC_SEARCH_ROW (row)), ==, 3);
  g_assert_cmpuint (labels->len, ==, 1);
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 0)), ==, expected);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL));

  g_assert_finalize_object (row);
}

typedef struct
{
  guint shown;
  guint more;   /* n-more of the kind's "more" row, 0 if none */
} KindRows;

static void
count_rows (GtkListBox   *list,
            KcItemKind  kind,
            KindRows     *rows)
{
  GtkListBoxRow *row;

  *rows = (KindRows) { 0, 0 };
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      KcSearchRow *search_row = KC_SEARCH_ROW (row);

      if (kc_search_row_get_kind (search_row) != kind)
        continue;
      if (kc_search_row_get_result (search_row) != NULL)
        rows->shown++;
      else
        rows->more = kc_search_row_get_n_more (search_row);
    }
}

/* Choosing "Show N more" shows a kind's other N results in its place. */
static void
test_popover_shows_more (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GtkWidget *popover = g_object_ref_sink (g_object_new (KC_TYPE_SEARCH_POPOVER, NULL));
  GtkListBox *list = kc_search_popover_get_results (KC_SEARCH_POPOVER (popover));
  GtkListBoxRow *more = NULL;
  GtkListBoxRow *row;
  KcItemKind kind;
  KindRows before, after;

  kc_search_popover_set_library (KC_SEARCH_POPOVER (popover), library);
  kc_search_popover_search (KC_SEARCH_POPOVER (popover), "knee");
  for (int i = 0; more == NULL && (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      if (kc_search_row_get_result (KC_SEARCH_ROW (row)) == NULL)
        more = row;
    }
  g_assert_nonnull (more);
  kind = kc_search_row_get_kind (KC_SEARCH_ROW (more));
  count_rows (list, kind, &before);
  g_assert_cmpuint (before.shown, ==, 4);
  g_assert_cmpuint (before.more, >, 0);

  g_signal_emit_by_name (list, "row-activated", more);
  count_rows (list, kind, &after);
  g_assert_cmpuint (after.shown, ==, before.shown + before.more);
  g_assert_cmpuint (after.more, ==, 0);

  g_assert_finalize_object (popover);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/search-row/result", test_result_row);
  g_test_add_func ("/search-row/more", test_more_row);
  g_test_add_func ("/search-row/popover-shows-more", test_popover_shows_more);

  return g_test_run ();
}
