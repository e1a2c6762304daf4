/* test-content-lint.c: the bundled content keeps the house rules of a
 * trustworthy text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule is a function over one item or one file that adds a sentence
 * per fault it finds; a test runs every rule and fails with all of them.
 * A new check (frequencies that agree with the cards, retired words) is
 * one more function and one more row in item_rules[] or file_rules[].
 */
#include "config.h"

#include <string.h>

#include "kc-faq-entry-private.h"
#include "kc-library.h"

/* The kinds that make claims a reader may want to check. */
static const KcItemKind cited_kinds[] = {
  KC_ITEM_KIND_CONDITION,
  KC_ITEM_KIND_PAIN_SOURCE,
  KC_ITEM_KIND_EXERCISE,
  KC_ITEM_KIND_PLAN_TEMPLATE,
  KC_ITEM_KIND_FAQ_ENTRY,
};

static gboolean
is_cited_kind (KcItemKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (cited_kinds); i++)
    {
      if (cited_kinds[i] == kind)
        return TRUE;
    }
  return FALSE;
}

static void
complain (GPtrArray  *faults,
          KcItem     *item,
          const char *format,
          ...) G_GNUC_PRINTF (3, 4);

static void
complain (GPtrArray  *faults,
          KcItem     *item,
          const char *format,
          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (faults, g_strdup_printf ("%s “%s”: %s",
                                            kc_item_kind_describe (kc_item_get_kind (item)),
                                            kc_item_get_id (item), message));
}

/* Rule: every condition, pain source, question, exercise and template
 * names at least one source; every source has text and, if linked, a
 * safe link. */
static void
check_references (KcItem    *item,
                  GPtrArray *faults)
{
  GPtrArray *references = kc_item_get_references (item);

  /* Other kinds (an anatomy part) may cite sources; theirs are checked too. */
  if (references->len == 0 && is_cited_kind (kc_item_get_kind (item)))
    complain (faults, item, "cites no reference");

  for (guint i = 0; i < references->len; i++)
    {
      KcReference *reference = g_ptr_array_index (references, i);
      g_autofree char *link = kc_reference_dup_link (reference);

      if (strlen (kc_reference_get_text (reference)) < 10)
        complain (faults, item, "reference %u is too short to find: “%s”", i + 1,
                  kc_reference_get_text (reference));
      if (link != NULL && !g_str_has_prefix (link, "https://"))
        complain (faults, item, "reference %u links to %s, not an https address", i + 1, link);
    }
}

/* Rule: an item's file says when it was last reviewed. */
static void
check_item_reviewed (KcItem    *item,
                     GPtrArray *faults)
{
  if (is_cited_kind (kc_item_get_kind (item)) && kc_item_get_reviewed (item) == NULL)
    complain (faults, item, "its file gives no reviewed date");
}

typedef void (*ItemRule) (KcItem    *item,
                          GPtrArray *faults);

static const ItemRule item_rules[] = {
  check_references,
  check_item_reviewed,
};

/* Rule: every bundled file has a reviewed date, and none in the future. */
static void
check_file_reviewed (const char *file,
                     GDateTime  *reviewed,
                     GPtrArray  *faults)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  if (reviewed == NULL)
    g_ptr_array_add (faults, g_strdup_printf ("%s has no reviewed date", file));
  else if (g_date_time_compare (reviewed, now) > 0)
    g_ptr_array_add (faults, g_strdup_printf ("%s was reviewed in the future", file));
}

typedef void (*FileRule) (const char *file,
                          GDateTime  *reviewed,
                          GPtrArray  *faults);

static const FileRule file_rules[] = {
  check_file_reviewed,
};

static void
assert_no_faults (GPtrArray *faults)
{
  for (guint i = 0; i < faults->len; i++)
    g_test_message ("%s", (const char *)g_ptr_array_index (faults, i));
  g_assert_cmpuint (faults->len, ==, 0);
}

static KcLibrary *
load_bundled (void)
{
  KcLibrary *library = kc_library_new ();

  kc_library_add_bundled (library);
  kc_library_load (library);
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_problems (library)), ==, 0);

  return library;
}

static void
test_items (void)
{
  g_autoptr(KcLibrary) library = load_bundled ();
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);
  guint n_cited = 0;

  for (KcItemKind kind = 0; kind < KC_ITEM_N_KINDS; kind++)
    {
      GListModel *items = kc_library_get_items (library, kind);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcItem) item = g_list_model_get_item (items, i);

          for (guint r = 0; r < G_N_ELEMENTS (item_rules); r++)
            item_rules[r] (item, faults);
          n_cited += is_cited_kind (kind);
        }
    }

  /* The rules looked at something: every cited kind has bundled items. */
  g_assert_cmpuint (n_cited, >=, 70);
  assert_no_faults (faults);
}

static void
test_files (void)
{
  g_autoptr(KcLibrary) library = load_bundled ();
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);
  GHashTable *dates = kc_library_get_reviewed_dates (library);
  GHashTableIter iter;
  gpointer file, reviewed;

  g_assert_cmpuint (g_hash_table_size (dates), ==, 5);
  g_hash_table_iter_init (&iter, dates);
  while (g_hash_table_iter_next (&iter, &file, &reviewed))
    {
      for (guint r = 0; r < G_N_ELEMENTS (file_rules); r++)
        file_rules[r] (file, reviewed, faults);
    }

  assert_no_faults (faults);
}

/* The rules themselves catch what they are for. */
static void
test_rules_find_faults (void)
{
  g_autoptr(KcFaqEntry) uncited = _kc_faq_entry_new ("uncited", "Why?", FALSE);
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDateTime) tomorrow = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  check_references (KC_ITEM (uncited), faults);
  g_assert_cmpuint (faults->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (faults, 0), "uncited"));

  check_item_reviewed (KC_ITEM (uncited), faults);
  g_assert_cmpuint (faults->len, ==, 2);

  tomorrow = g_date_time_add_days (now, 1);
  check_file_reviewed ("late.xml", tomorrow, faults);
  check_file_reviewed ("undated.xml", NULL, faults);
  g_assert_cmpuint (faults->len, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/content-lint/items", test_items);
  g_test_add_func ("/content-lint/files", test_files);
  g_test_add_func ("/content-lint/rules-find-faults", test_rules_find_faults);

  return g_test_run ();
}
