/* test-translation.c: the content is loaded in German
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Uses the German catalogue built from po/de.po (kc-test-german.c), then
 * loads the bundled content and checks that every kind of
 * item comes out in German: the loader hands each string to gettext,
 * normalised the way xgettext extracted it. That the catalogue is
 * complete is checked by tests/check-pot.sh.
 */
#include "config.h"

#include "kc-anatomy-part.h"
#include "kc-body-region.h"
#include "kc-condition.h"
#include "kc-dose.h"
#include "kc-exercise.h"
#include "kc-library.h"
#include "kc-pain-source.h"
#include "kc-plan-template.h"
#include "kc-search-index.h"
#include "kc-test-german.h"
#include "kc-test-library.h"

static char *top;

static void
test_every_kind_in_german (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(KcFaqTopic) causes = g_list_model_get_item (kc_library_get_faq_topics (library), 1);
  KcExercise *bridge = kc_library_lookup_exercise (library, "bridge");
  g_autoptr(KcPlanTemplate) template =
    g_list_model_get_item (kc_library_get_plan_templates (library), 0);
  g_autofree char *dose = NULL;

  g_assert_cmpstr (kc_item_get_name (KC_ITEM (causes)), ==, "Ursachen");
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (kc_library_lookup_faq_entry (library, "heat-or-ice"))),
                   ==, "Soll ich Wärme oder Eis verwenden?");
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (kc_library_lookup_part (library, "l4-nerve-root"))),
                   ==, "Nervenwurzel L4");
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (kc_library_lookup_condition (library, "sciatica"))),
                   ==, "Ischias und Reizung von Nervenwurzeln");
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (kc_library_lookup_region (library, "lower-back"))),
                   ==, "Unterer Rücken");
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (KC_PAIN_SOURCE (kc_library_lookup (library,
                                                                                "hip-joint")))),
                   ==, "Das Hüftgelenk");
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (bridge)), ==, "Brücke");
  g_assert_cmpstr (kc_exercise_get_how_often (bridge), ==,
                   "An zwei oder mehr Tagen pro Woche, bis zu täglich");
  g_assert_cmpstr (kc_item_get_name (KC_ITEM (template)), ==,
                   "Sanfter Einstieg bei rückenbedingten Knieschmerzen");

  /* Text from C, with a plural form. */
  dose = kc_dose_to_string (kc_exercise_get_dose (bridge));
  g_assert_true (g_str_has_prefix (dose, "3 Sätze"));
}

static gboolean
finds (KcSearchIndex *search_index,
       const char    *query,
       const char    *id)
{
  g_autoptr(GPtrArray) results = kc_search_index_query (search_index, query, 100);

  for (guint i = 0; i < results->len; i++)
    {
      if (g_str_equal (kc_search_result_get_id (g_ptr_array_index (results, i)), id))
        return TRUE;
    }
  return FALSE;
}

/* In German the glossary is searched, and links, by its German words. */
static void
test_glossary_in_german (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(KcSearchIndex) search_index = kc_search_index_new (library);
  KcGlossary *glossary = kc_library_get_glossary (library);
  g_autofree char *markup = NULL;

  g_assert_cmpstr (kc_item_get_name (KC_ITEM (kc_library_lookup (library, "term-nerve-root"))),
                   ==, "Nervenwurzel");
  g_assert_true (finds (search_index, "Nervenwurzel", "term-nerve-root"));
  /* Only a synonym says "Ischialgie". */
  g_assert_true (finds (search_index, "Ischialgie", "term-sciatica"));
  g_assert_false (finds (search_index, "sciatica", "term-sciatica"));

  markup = kc_glossary_link_text (glossary, "Die Bandscheiben drücken auf eine Nervenwurzel; "
                                  "Bandscheibenvorfall.", NULL);
  g_assert_cmpstr (markup, ==,
                   "Die <a href=\"kc:glossary/term-disc\">Bandscheiben</a> drücken auf eine "
                   "<a href=\"kc:glossary/term-nerve-root\">Nervenwurzel</a>; "
                   "Bandscheibenvorfall.");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  top = kc_test_switch_to_german ();

  g_test_add_func ("/translation/every-kind", test_every_kind_in_german);
  g_test_add_func ("/translation/glossary", test_glossary_in_german);

  status = g_test_run ();
  kc_test_remove_tree (top);
  g_free (top);

  return status;
}
