/* test-content-lint.c: the bundled content keeps the house rules of a
 * trustworthy text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule is a function over one item or one file that adds a sentence
 * per fault it finds; a test runs every rule and fails with all of them.
 * A new check (retired words) is one more function and one more row in
 * item_rules[] or file_rules[].
 */
#include "config.h"

#include <string.h>

#include "kc-condition-private.h"
#include "kc-exercise-private.h"
#include "kc-faq-entry-private.h"
#include "kc-library.h"
#include "kc-plan-template-private.h"
#include "kc-test-library.h"
#include "kc-warning-signs-private.h"

/* The kinds that make claims a reader may want to check. */
static const KcItemKind cited_kinds[] = {
  KC_ITEM_KIND_CONDITION,
  KC_ITEM_KIND_PAIN_SOURCE,
  KC_ITEM_KIND_EXERCISE,
  KC_ITEM_KIND_PLAN_TEMPLATE,
  KC_ITEM_KIND_FAQ_ENTRY,
  KC_ITEM_KIND_GLOSSARY_TERM,
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
check_references (KcLibrary *library,
                  KcItem    *item,
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
check_item_reviewed (KcLibrary *library,
                     KcItem    *item,
                     GPtrArray *faults)
{
  if (is_cited_kind (kc_item_get_kind (item)) && kc_item_get_reviewed (item) == NULL)
    complain (faults, item, "its file gives no reviewed date");
}

/* Rule: every exercise card says how often in numbers too, so plans can
 * be checked against it. */
static void
check_exercise_days (KcLibrary *library,
                     KcItem    *item,
                     GPtrArray *faults)
{
  if (KC_IS_EXERCISE (item) && !kc_exercise_get_days_a_week (KC_EXERCISE (item), NULL, NULL))
    complain (faults, item, "says how often in words only: give min-days and max-days");
}

/* On how many days of the week @template has the exercise @id. */
static guint
count_template_days (KcPlanTemplate *template,
                     const char     *id)
{
  guint n_days = 0;

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GArray *items = kc_plan_template_get_day (template, day);

      for (guint i = 0; i < items->len; i++)
        {
          if (g_strcmp0 (g_array_index (items, KcTemplateItem, i).exercise_id, id) == 0)
            {
              n_days++;
              break;
            }
        }
    }

  return n_days;
}

/* Rule: a template has each exercise on as many days a week as its card
 * says, no fewer and no more. */
static void
check_template_days (KcLibrary *library,
                     KcItem    *item,
                     GPtrArray *faults)
{
  g_autoptr(GHashTable) seen = NULL;

  if (!KC_IS_PLAN_TEMPLATE (item))
    return;

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GArray *items = kc_plan_template_get_day (KC_PLAN_TEMPLATE (item), day);

      for (guint i = 0; i < items->len; i++)
        {
          const char *id = g_array_index (items, KcTemplateItem, i).exercise_id;
          KcExercise *exercise = kc_library_lookup_exercise (library, id);
          guint n_days, min_days, max_days;

          if (!g_hash_table_add (seen, (gpointer)id) || exercise == NULL ||
              !kc_exercise_get_days_a_week (exercise, &min_days, &max_days))
            continue;

          n_days = count_template_days (KC_PLAN_TEMPLATE (item), id);
          if (n_days < min_days || n_days > max_days)
            complain (faults, item, "has “%s” on %u of 7 days; its card says %u to %u", id,
                      n_days, min_days, max_days);
        }
    }
}

/* Rule: a condition that says when to get help names each tier once,
 * most urgent first, each with at least one sign. */
static void
check_condition_tiers (KcLibrary *library,
                       KcItem    *item,
                       GPtrArray *faults)
{
  GPtrArray *tiers;

  if (!KC_IS_CONDITION (item))
    return;

  tiers = kc_condition_get_warnings (KC_CONDITION (item));
  for (guint i = 0; i < tiers->len; i++)
    {
      KcWarningSigns *tier = g_ptr_array_index (tiers, i);

      if (i > 0 && kc_warning_signs_get_tier (g_ptr_array_index (tiers, i - 1)) >=
                   kc_warning_signs_get_tier (tier))
        complain (faults, item, "warning tier %u is not less urgent than the one before", i + 1);
      if (kc_warning_signs_get_signs (tier)[0] == NULL)
        complain (faults, item, "warning tier %u names no sign", i + 1);
    }
}

typedef void (*ItemRule) (KcLibrary *library,
                          KcItem    *item,
                          GPtrArray *faults);

static const ItemRule item_rules[] = {
  check_references,
  check_item_reviewed,
  check_exercise_days,
  check_template_days,
  check_condition_tiers,
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

static void
test_items (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);
  guint n_cited = 0;

  for (KcItemKind kind = 0; kind < KC_ITEM_N_KINDS; kind++)
    {
      GListModel *items = kc_library_get_items (library, kind);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcItem) item = g_list_model_get_item (items, i);

          for (guint r = 0; r < G_N_ELEMENTS (item_rules); r++)
            item_rules[r] (library, item, faults);
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
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);
  GHashTable *dates = kc_library_get_reviewed_dates (library);
  GHashTableIter iter;
  gpointer file, reviewed;

  g_assert_cmpuint (g_hash_table_size (dates), ==, 6);
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

  check_references (NULL, KC_ITEM (uncited), faults);
  g_assert_cmpuint (faults->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (faults, 0), "uncited"));

  check_item_reviewed (NULL, KC_ITEM (uncited), faults);
  g_assert_cmpuint (faults->len, ==, 2);

  {
    static const char *signs[] = { "A swollen calf.", NULL };
    g_autoptr(KcCondition) backwards = _kc_condition_new ("backwards", KC_CONDITION_KIND_CONDITION,
                                                          "Backwards", "Soon before now.");
    GPtrArray *tiers = g_ptr_array_new_with_free_func (g_object_unref);

    g_ptr_array_add (tiers, _kc_warning_signs_new (KC_WARNING_TIER_SOON, "Book.", signs));
    g_ptr_array_add (tiers, _kc_warning_signs_new (KC_WARNING_TIER_EMERGENCY, "Call.", signs));
    _kc_condition_set_warnings (backwards, tiers);
    check_condition_tiers (NULL, KC_ITEM (backwards), faults);
    g_assert_cmpuint (faults->len, ==, 3);
    g_assert_nonnull (strstr (g_ptr_array_index (faults, 2), "not less urgent"));
  }

  tomorrow = g_date_time_add_days (now, 1);
  check_file_reviewed ("late.xml", tomorrow, faults);
  check_file_reviewed ("undated.xml", NULL, faults);
  g_assert_cmpuint (faults->len, ==, 5);
}

/* A card without numbers, and a template off its cards either way. */
static void
test_frequency_rules_find_faults (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GPtrArray) faults = g_ptr_array_new_with_free_func (g_free);
  const char *steps[] = { "Walk.", NULL };
  KcExerciseFields fields = { .id = "wordy", .name = "Wordy", .steps = steps,
                              .how_often = "Now and then", .cautions = steps, .why = "Why" };
  g_autoptr(KcExercise) wordy = _kc_exercise_new (&fields);
  g_autoptr(KcPlanTemplate) too_often = _kc_plan_template_new ("too-often", "Too often", "");
  g_autoptr(KcPlanTemplate) too_rarely = _kc_plan_template_new ("too-rarely", "Too rarely", "");
  KcDose dose = { 0 };

  check_exercise_days (library, KC_ITEM (wordy), faults);
  g_assert_cmpuint (faults->len, ==, 1);

  /* The plank's card says two or three days a week: four is too many, one too few. */
  for (guint day = 0; day < 4; day++)
    _kc_plan_template_add_item (too_often, day, "plank", &dose);
  _kc_plan_template_add_item (too_rarely, 0, "plank", &dose);
  _kc_plan_template_add_item (too_rarely, 2, "bridge", &dose);
  _kc_plan_template_add_item (too_rarely, 4, "bridge", &dose);

  check_template_days (library, KC_ITEM (too_often), faults);
  g_assert_cmpuint (faults->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (faults, 1), "“plank” on 4 of 7 days"));
  check_template_days (library, KC_ITEM (too_rarely), faults);
  g_assert_cmpuint (faults->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (faults, 2), "“plank” on 1 of 7 days"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/content-lint/items", test_items);
  g_test_add_func ("/content-lint/files", test_files);
  g_test_add_func ("/content-lint/rules-find-faults", test_rules_find_faults);
  g_test_add_func ("/content-lint/frequency-rules-find-faults", test_frequency_rules_find_faults);

  return g_test_run ();
}
