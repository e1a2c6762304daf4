/* test-bundled-content.c: the content shipped in the program is sound
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bad bundled file is a test failure, never a surprise for a user.
 */
#include "config.h"

#include <string.h>

#include "kc-library.h"
#include "kc-problem.h"
#include "kc-relations.h"
#include "kc-test-library.h"
#include "kc-text-block.h"
#include "kc-text.h"
#include "kc-warning-signs.h"
#include "kc-xml.h"

static void
test_loads_without_problems (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GListModel *problems = kc_library_get_problems (library);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = kc_problem_to_string (problem);
      g_test_message ("%s", text);
    }

  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);
  g_assert_cmpuint (kc_library_get_n_skipped_files (library), ==, 0);
}

/* Every bundled content file's name and bytes, for checks on each. */
static void
foreach_bundled_file (void (*check) (const char *name,
                                     GBytes     *bytes))
{
  const char *dir = RESOURCE_PREFIX "/content/";
  g_auto(GStrv) names = g_resources_enumerate_children (dir, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert_nonnull (names);
  g_assert_cmpuint (g_strv_length (names), >=, 6);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (dir, names[i], NULL);
      g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

      g_assert_nonnull (bytes);
      check (names[i], bytes);
    }
}

static void
check_valid (const char *name,
             GBytes     *bytes)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(xmlDoc) doc = kc_xml_parse (bytes, name, problems);
  g_autofree char *schema = NULL;

  g_assert_nonnull (doc);
  schema = g_strdup_printf (RESOURCE_PREFIX "/schema/%s.rng",
                            (const char *)xmlDocGetRootElement (doc)->name);
  g_test_message ("%s against %s", name, schema);
  g_assert_true (kc_xml_validate (doc, schema, name, problems));
  g_assert_cmpuint (problems->len, ==, 0);
}

/* The app skips RELAX NG for its bundled files, which the build checked
 * with xmllint (data/meson.build).  Every file compiled in, whether or not
 * that list names it, passes the app's own validation too. */
static void
test_valid_against_schemas (void)
{
  foreach_bundled_file (check_valid);
}

static void
test_faq_topics (void)
{
  static const char *expected[] = {
    "connection", "causes", "diagnosis", "treatment", "prevention", "self-management", "research",
    "see-a-doctor",
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GListModel *topics = kc_library_get_faq_topics (library);
  guint n_entries = 0;

  g_assert_cmpuint (g_list_model_get_n_items (topics), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(KcFaqTopic) topic = g_list_model_get_item (topics, i);
      GListModel *entries = kc_faq_topic_get_entries (topic);

      g_assert_cmpstr (kc_item_get_id (KC_ITEM (topic)), ==, expected[i]);
      g_assert_cmpuint (g_list_model_get_n_items (entries), >=, 2);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(KcFaqEntry) entry = g_list_model_get_item (entries, j);
          const char * const *see_also = kc_faq_entry_get_see_also (entry);

          g_assert_cmpstr (kc_item_get_name (KC_ITEM (entry)), !=, "");
          g_assert_cmpuint (kc_faq_entry_get_answer (entry)->len, >=, 1);
          for (guint k = 0; see_also[k] != NULL; k++)
            g_assert_nonnull (kc_library_lookup_faq_entry (library, see_also[k]));
          n_entries++;
        }
    }

  g_assert_cmpuint (n_entries, >=, 25);
}

/* The glossary explains the words the content uses most: each of these
 * is a term, with a definition, and what it relates to exists. */
static void
test_glossary (void)
{
  static const char *expected[] = {
    "term-nerve-root", "term-dermatome", "term-myotome", "term-sciatica",
    "term-radicular-pain", "term-referred-pain", "term-radiculopathy", "term-cauda-equina",
    "term-disc", "term-facet-joint", "term-sacroiliac-joint", "term-foramen", "term-stenosis",
    "term-gait", "term-cartilage", "term-meniscus", "term-ligament", "term-tendon",
    "term-tendinopathy", "term-osteoarthritis", "term-inflammation", "term-mri",
    "term-warning-sign", "term-physiotherapy", "term-flare-up", "term-pacing",
    "term-core-muscles", "term-hip-flexors", "term-hamstrings", "term-quadriceps",
    "term-patella",
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GListModel *terms = kc_library_get_items (library, KC_ITEM_KIND_GLOSSARY_TERM);

  g_assert_cmpuint (g_list_model_get_n_items (terms), >=, 25);
  g_assert_cmpuint (g_list_model_get_n_items (terms), <=, 40);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GObject *term = kc_library_lookup (library, expected[i]);
      const char * const *see;

      g_test_message ("%s", expected[i]);
      g_assert_true (KC_IS_GLOSSARY_TERM (term));
      g_assert_cmpuint (strlen (kc_glossary_term_get_definition (KC_GLOSSARY_TERM (term))), >, 40);
      see = kc_glossary_term_get_see (KC_GLOSSARY_TERM (term));
      for (guint j = 0; see[j] != NULL; j++)
        g_assert_nonnull (kc_item_get_page (KC_ITEM (kc_library_lookup (library, see[j]))));
    }
}

/* Each fact of the source article must be reachable: a term for each,
 * searched the way the Questions tab searches. */
static void
test_article_facts_covered (void)
{
  static const char *terms[] = {
    "kinetic chain", "referred pain", "hip joint", "thigh", "vertebrae", "discs", "nerve root",
    "spinal cord", "cartilage", "ligament", "tendon", "degenerative disc", "herniated",
    "muscle strain", "imbalance", "osteoarthritis", "rheumatoid", "autoimmune",
    "anterior cruciate", "medial collateral", "posture", "gait", "weak lower back",
    "weight", "x-ray", "mri", "ct", "ultrasound", "strengthening", "stretching",
    "manual therapy", "massage", "planks", "bridges", "straight-leg raises", "walking",
    "swimming", "shoes", "stem cell", "platelet-rich plasma", "gene therapy", "diet",
    "stress", "yoga", "meditation", "numbness", "tingling", "weakness", "sciatica",
    "heat", "cold", "pharmacy", "bladder", "saddle", "fever", "weight loss", "fall",
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GListModel *topics = kc_library_get_faq_topics (library);

  for (guint t = 0; t < G_N_ELEMENTS (terms); t++)
    {
      g_autofree char *query = kc_text_fold (terms[t]);
      gboolean found = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (topics) && !found; i++)
        {
          g_autoptr(KcFaqTopic) topic = g_list_model_get_item (topics, i);
          GListModel *entries = kc_faq_topic_get_entries (topic);

          for (guint j = 0; j < g_list_model_get_n_items (entries) && !found; j++)
            {
              g_autoptr(KcFaqEntry) entry = g_list_model_get_item (entries, j);
              found = kc_faq_entry_matches (entry, query);
            }
        }

      if (!found)
        g_test_message ("No question or answer mentions “%s”", terms[t]);
      g_assert_true (found);
    }
}

static void
test_warning_signs_entry_is_urgent (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  KcFaqEntry *entry = kc_library_lookup_faq_entry (library, "what-are-warning-signs");

  g_assert_nonnull (entry);
  g_assert_true (kc_faq_entry_get_urgent (entry));
}

/* The conditions to tell apart from knee pain that comes from the back
 * (issue 13): where each is shown, and the most urgent tier of help it
 * names. */
static const struct
{
  const char *id;
  const char *part;       /* the anatomy part that lists it, or NULL */
  const char *source;     /* the first pain source that lists it */
  int first_tier;         /* its most urgent KcWarningTier, or -1 for none */
} told_apart[] = {
  { "patellofemoral-pain", "patella", "knee-itself", -1 },
  { "meniscus-tear", "medial-meniscus", "knee-itself", KC_WARNING_TIER_EMERGENCY },
  { "patellar-tendinopathy", "patellar-tendon", "knee-itself", -1 },
  { "lumbar-spinal-stenosis", "l5-nerve-root", "nerve-root-l5", KC_WARNING_TIER_EMERGENCY },
  { "greater-trochanteric-pain", NULL, "outer-hip", -1 },
  { "meralgia-paraesthetica", NULL, "thigh-skin-nerve", KC_WARNING_TIER_SAME_DAY },
  { "axial-spondyloarthritis", "sacrum", "sacroiliac-joint", KC_WARNING_TIER_SOON },
  { "dvt-bakers-cyst", NULL, "knee-itself", KC_WARNING_TIER_EMERGENCY },
  { "child-hip-problems", NULL, "hip-joint", KC_WARNING_TIER_EMERGENCY },
};

/* Each one is complete, cites a guideline, an NHS page or a paper, and
 * every link it makes or that is made to it leads somewhere. */
static void
test_conditions_told_apart (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();

  for (guint i = 0; i < G_N_ELEMENTS (told_apart); i++)
    {
      KcCondition *condition = kc_library_lookup_condition (library, told_apart[i].id);
      const char * const *exercises;
      GPtrArray *tiers;
      KcPainSource *source;

      g_test_message ("%s", told_apart[i].id);
      g_assert_nonnull (condition);
      for (guint s = 0; s < KC_CONDITION_N_SECTIONS; s++)
        g_assert_cmpuint (kc_condition_get_section (condition, s)->len, >=, 1);
      g_assert_cmpuint (kc_item_get_references (KC_ITEM (condition))->len, >=, 2);

      exercises = kc_condition_get_exercise_ids (condition);
      for (guint e = 0; exercises[e] != NULL; e++)
        g_assert_nonnull (kc_library_lookup_exercise (library, exercises[e]));

      if (told_apart[i].part != NULL)
        {
          KcAnatomyPart *part = kc_library_lookup_part (library, told_apart[i].part);

          g_assert_nonnull (part);
          g_assert_true (g_strv_contains (kc_anatomy_part_get_condition_ids (part),
                                          told_apart[i].id));
        }

      source = kc_relations_source_for_condition (library, told_apart[i].id);
      g_assert_nonnull (source);
      g_assert_cmpstr (kc_item_get_id (KC_ITEM (source)), ==, told_apart[i].source);

      tiers = kc_condition_get_warnings (condition);
      if (told_apart[i].first_tier < 0)
        g_assert_cmpuint (tiers->len, ==, 0);
      else
        g_assert_cmpint (kc_warning_signs_get_tier (g_ptr_array_index (tiers, 0)), ==,
                         told_apart[i].first_tier);
    }
}

/* A swollen, warm, tender calf is an emergency, never "probably a cyst";
 * a child's limp needs the hip checked the same day. */
static void
test_conditions_urgent_signs (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GPtrArray *clot = kc_condition_get_warnings (kc_library_lookup_condition (library,
                                                                            "dvt-bakers-cyst"));
  GPtrArray *child = kc_condition_get_warnings (kc_library_lookup_condition (library,
                                                                             "child-hip-problems"));
  const char * const *signs;

  g_assert_cmpuint (clot->len, ==, 1);
  signs = kc_warning_signs_get_signs (g_ptr_array_index (clot, 0));
  g_assert_nonnull (strstr (signs[0], "swollen, warm and tender"));
  g_assert_cmpstr (kc_warning_signs_get_action (g_ptr_array_index (clot, 0)), ==,
                   "Call 999 (UK), 112 (EU) or 911 (North America), or go to the nearest "
                   "emergency department now.");

  g_assert_cmpuint (child->len, ==, 2);
  g_assert_cmpint (kc_warning_signs_get_tier (g_ptr_array_index (child, 1)), ==,
                   KC_WARNING_TIER_SAME_DAY);
  signs = kc_warning_signs_get_signs (g_ptr_array_index (child, 1));
  g_assert_nonnull (strstr (signs[0], "limp"));
}

/* Wording retired by the clinical review (issue 13): overstated causes,
 * one definition of sciatica, "physiotherapy" throughout.  Searched in
 * the bundled files' text, spaces collapsed and case folded, so a phrase
 * split over two lines is still found. */
static const char *retired_phrases[] = {
  "perfectly healthy",                      /* the knee "itself is perfectly healthy" */
  "knee itself is healthy",
  "knee joint is normal",
  "physical therapy",                       /* "physiotherapy" throughout */
  "most often behind",                      /* "L4 is the root most often behind…" */
  "classic way for the back",
  "tight hamstrings cause",                 /* tightness is associated, not a cause */
  "tight hamstrings pull",
  "shortens the hip flexors",
  "misaligns the spine",                    /* posture is associated, not a cause */
  "weak lumbar muscles lead",               /* weakness is associated, not a cause */
  "despite its name",                       /* "age-related disc changes", not a disease */
  "sound worse than it usually is",
  "often called sciatica",                  /* one definition of sciatica */
  "sciatica means",
  "results for knee osteoarthritis are mixed", /* PRP: NICE IPG637 and the trials */
};

static char *
retired_phrase_in (const char *text)
{
  g_autofree char *spaced = kc_text_normalize_space (text);
  g_autofree char *folded = g_utf8_casefold (spaced, -1);

  for (guint i = 0; i < G_N_ELEMENTS (retired_phrases); i++)
    if (strstr (folded, retired_phrases[i]) != NULL)
      return g_strdup (retired_phrases[i]);

  return NULL;
}

static void
test_retired_wording_finder (void)
{
  g_autofree char *split = retired_phrase_in ("<p>Your knee is\n      PERFECTLY   healthy.</p>");
  g_autofree char *clean = retired_phrase_in ("<p>Physiotherapy helps; tightness goes with pain.</p>");

  g_assert_cmpstr (split, ==, "perfectly healthy");
  g_assert_null (clean);
}

static void
check_no_retired_wording (const char *name,
                          GBytes     *bytes)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *found = retired_phrase_in (text);

  if (found != NULL)
    g_test_message ("%s uses the retired wording “%s”", name, found);
  g_assert_null (found);
}

static void
test_no_retired_wording (void)
{
  foreach_bundled_file (check_no_retired_wording);
}

/* An entry's answer as one lower-case text, to look for words in. */
static char *
dup_answer_text (KcFaqEntry *entry)
{
  g_autoptr(GString) text = g_string_new (NULL);

  kc_text_blocks_append_plain (kc_faq_entry_get_answer (entry), text);
  return g_utf8_casefold (text->str, -1);
}

/* Self-management: each entry cites NICE NG59 or the NHS, the flare-up
 * plan leads to the warning signs, and the list of what NICE advises
 * against is NG59's, said as NICE's advice from trials. */
static void
test_self_management (void)
{
  static const char *advised_against[] = {
    "belts and corsets", "foot orthotics", "rocker-sole", "traction", "acupuncture",
    "ultrasound", "tens", "interferential", "paracetamol on its own", "opioids",
    "antidepressants", "gabapentinoids", "spinal injections", "trials showed no benefit",
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  KcFaqTopic *topic = KC_FAQ_TOPIC (kc_library_lookup (library, "self-management"));
  GListModel *entries = kc_faq_topic_get_entries (topic);
  KcFaqEntry *flare_up = kc_library_lookup_faq_entry (library, "flare-up-plan");
  KcFaqEntry *against = kc_library_lookup_faq_entry (library, "what-nice-advises-against");
  g_autofree char *against_text = dup_answer_text (against);

  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(KcItem) entry = g_list_model_get_item (entries, i);
      GPtrArray *references = kc_item_get_references (entry);
      gboolean guideline = FALSE;

      for (guint r = 0; r < references->len; r++)
        {
          g_autofree char *link = kc_reference_dup_link (g_ptr_array_index (references, r));

          guideline |= link != NULL && (strstr (link, "nice.org.uk") || strstr (link, "nhs.uk"));
        }
      g_test_message ("%s", kc_item_get_id (entry));
      g_assert_true (guideline);
    }

  g_assert_true (g_strv_contains (kc_faq_entry_get_see_also (flare_up), "what-are-warning-signs"));
  for (guint i = 0; i < G_N_ELEMENTS (advised_against); i++)
    {
      g_test_message ("%s", advised_against[i]);
      g_assert_nonnull (strstr (against_text, advised_against[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bundled/no-problems", test_loads_without_problems);
  g_test_add_func ("/bundled/valid-against-schemas", test_valid_against_schemas);
  g_test_add_func ("/bundled/faq/topics", test_faq_topics);
  g_test_add_func ("/bundled/glossary", test_glossary);
  g_test_add_func ("/bundled/faq/article-facts", test_article_facts_covered);
  g_test_add_func ("/bundled/faq/warning-signs", test_warning_signs_entry_is_urgent);
  g_test_add_func ("/bundled/faq/self-management", test_self_management);
  g_test_add_func ("/bundled/conditions/told-apart", test_conditions_told_apart);
  g_test_add_func ("/bundled/conditions/urgent-signs", test_conditions_urgent_signs);
  g_test_add_func ("/bundled/retired-wording/finder", test_retired_wording_finder);
  g_test_add_func ("/bundled/retired-wording/content", test_no_retired_wording);

  return g_test_run ();
}
