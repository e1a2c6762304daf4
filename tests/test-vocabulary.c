/* test-vocabulary.c: the fixed words of the content as enums
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every value has a display name that the German catalogue translates;
 * the words of the schemas and the enums' words are the same; a reader
 * refuses a word it does not know, with the file and the line.
 */
#include "config.h"

#include <libxml/tree.h>
#include <string.h>

#include "kc-anatomy-reader.h"
#include "kc-body-region.h"
#include "kc-bodymap-reader.h"
#include "kc-exercises-reader.h"
#include "kc-faq-reader.h"
#include "kc-library.h"
#include "kc-pain-source.h"
#include "kc-problem.h"
#include "kc-test-german.h"
#include "kc-test-library.h"
#include "kc-vocabulary.h"
#include "kc-xml.h"

static char *top;
static GHashTable *english;   /* "TypeName:value" → the name before German was chosen */

static GType
vocabulary_type (guint i)
{
  switch (i)
    {
    case 0: return KC_TYPE_EXERCISE_AREA;
    case 1: return KC_TYPE_EXERCISE_KIND;
    case 2: return KC_TYPE_EXERCISE_DIFFICULTY;
    case 3: return KC_TYPE_ANATOMY_PART_KIND;
    case 4: return KC_TYPE_WARNING_TIER;
    default: return G_TYPE_INVALID;
    }
}

#define N_VOCABULARIES 5

static char *
name_key (GType    type,
          int      value,
          gboolean inline_form)
{
  return g_strdup_printf ("%s:%d%s", g_type_name (type), value, inline_form ? ":inline" : "");
}

/* Every display name the UI may show, in the current language. */
static void
collect_names (GHashTable *names)
{
  for (guint v = 0; v < N_VOCABULARIES; v++)
    {
      GType type = vocabulary_type (v);
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        {
          int value = klass->values[i].value;

          g_hash_table_insert (names, name_key (type, value, FALSE),
                               g_strdup (kc_vocabulary_to_string (type, value)));
          if (type == KC_TYPE_EXERCISE_AREA)
            g_hash_table_insert (names, name_key (type, value, TRUE),
                                 g_strdup (kc_exercise_area_to_inline_string (value)));
        }
    }
}

static void
test_names_translated (void)
{
  g_autoptr(GHashTable) german = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  collect_names (german);
  g_assert_cmpuint (g_hash_table_size (german), ==, 5 + 5 + 4 + 3 + 8 + 3);
  g_assert_cmpuint (g_hash_table_size (german), ==, g_hash_table_size (english));

  g_hash_table_iter_init (&iter, german);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *before = g_hash_table_lookup (english, key);

      g_test_message ("%s: %s → %s", (char *)key, before, (char *)value);
      g_assert_nonnull (before);
      g_assert_cmpuint (strlen (before), >, 0);
      g_assert_cmpuint (strlen (value), >, 0);
      /* None of our German names happens to equal the English one. */
      g_assert_cmpstr (value, !=, before);
    }

  g_assert_cmpstr (kc_exercise_area_to_string (KC_EXERCISE_AREA_LOWER_BACK), ==, "Unterer Rücken");
  g_assert_cmpstr (kc_exercise_area_to_inline_string (KC_EXERCISE_AREA_LOWER_BACK), ==,
                   "unterer Rücken");
  g_assert_cmpstr (kc_anatomy_part_kind_to_string (KC_ANATOMY_PART_KIND_BONE), ==, "Knochen");
  g_assert_cmpstr (kc_warning_tier_to_string (KC_WARNING_TIER_EMERGENCY), ==, "Notfall");
}

static void
test_round_trip (void)
{
  int value = -1;

  for (guint v = 0; v < N_VOCABULARIES; v++)
    {
      GType type = vocabulary_type (v);
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      g_assert_cmpuint (klass->n_values, >, 0);
      for (guint i = 0; i < klass->n_values; i++)
        {
          const char *word = kc_vocabulary_to_word (type, klass->values[i].value);

          g_assert_true (kc_vocabulary_from_word (type, word, &value));
          g_assert_cmpint (value, ==, klass->values[i].value);
        }
    }

  g_assert_true (kc_vocabulary_from_word (KC_TYPE_EXERCISE_AREA, "lower-back", &value));
  g_assert_cmpint (value, ==, KC_EXERCISE_AREA_LOWER_BACK);
  g_assert_true (kc_vocabulary_from_word (KC_TYPE_ANATOMY_PART_KIND, "cartilage", &value));
  g_assert_cmpint (value, ==, KC_ANATOMY_PART_KIND_CARTILAGE);
  g_assert_cmpstr (kc_vocabulary_to_word (KC_TYPE_EXERCISE_KIND, KC_EXERCISE_KIND_AEROBIC), ==,
                   "aerobic");

  /* Words are compared exactly, like the schemas do. */
  value = -1;
  g_assert_false (kc_vocabulary_from_word (KC_TYPE_EXERCISE_AREA, "Knees", &value));
  g_assert_false (kc_vocabulary_from_word (KC_TYPE_EXERCISE_AREA, "knees ", &value));
  g_assert_false (kc_vocabulary_from_word (KC_TYPE_EXERCISE_AREA, "lower_back", &value));
  g_assert_false (kc_vocabulary_from_word (KC_TYPE_EXERCISE_DIFFICULTY, "", &value));
  g_assert_false (kc_vocabulary_from_word (KC_TYPE_EXERCISE_KIND, NULL, &value));
  g_assert_cmpint (value, ==, -1);
}

/* The <value>s a schema allows for @attribute of @element. */
static void
collect_schema_words (xmlNode    *node,
                      const char *element,
                      const char *attribute,
                      gboolean    in_element,
                      gboolean    in_attribute,
                      GPtrArray  *words)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *name = NULL;
      gboolean element_here = in_element;
      gboolean attribute_here = in_attribute;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      name = kc_xml_node_dup_attribute (child, "name");
      if (kc_xml_node_is (child, "element"))
        element_here = g_strcmp0 (name, element) == 0;
      else if (kc_xml_node_is (child, "attribute"))
        attribute_here = element_here && g_strcmp0 (name, attribute) == 0;
      else if (kc_xml_node_is (child, "value") && in_attribute)
        {
          g_ptr_array_add (words, (char *)xmlNodeGetContent (child));
          continue;
        }

      collect_schema_words (child, element, attribute, element_here, attribute_here, words);
    }
}

/* The schema and the enum list the same words, in the same order. */
static void
assert_schema_matches (const char *schema,
                       const char *element,
                       const char *attribute,
                       GType       type)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "/schema/%s", schema);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (xmlFree);
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  g_assert_nonnull (bytes);
  doc = kc_xml_parse (bytes, schema, problems);
  g_assert_nonnull (doc);

  collect_schema_words (xmlDocGetRootElement (doc), element, attribute, FALSE, FALSE, words);
  g_test_message ("%s %s/@%s: %u words", schema, element, attribute, words->len);
  g_assert_cmpuint (words->len, ==, klass->n_values);
  for (guint i = 0; i < words->len; i++)
    g_assert_cmpstr (g_ptr_array_index (words, i), ==, klass->values[i].value_nick);
}

static void
test_schema_words (void)
{
  assert_schema_matches ("exercises.rng", "exercise", "targets", KC_TYPE_EXERCISE_AREA);
  assert_schema_matches ("exercises.rng", "exercise", "kind", KC_TYPE_EXERCISE_KIND);
  assert_schema_matches ("exercises.rng", "exercise", "difficulty", KC_TYPE_EXERCISE_DIFFICULTY);
  assert_schema_matches ("anatomy.rng", "diagram", "exercises", KC_TYPE_EXERCISE_AREA);
  assert_schema_matches ("anatomy.rng", "part", "kind", KC_TYPE_ANATOMY_PART_KIND);
  assert_schema_matches ("bodymap.rng", "source", "exercises", KC_TYPE_EXERCISE_AREA);
  assert_schema_matches ("faq.rng", "tier", "level", KC_TYPE_WARNING_TIER);
}

/* Reads @xml with @reader (without the schema, which would refuse the
 * word first) and expects one problem, on @line, naming @word. */
static void
expect_word_refused (KcContentReader  reader,
                     const char      *xml,
                     guint            line,
                     const char      *word)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(xmlDoc) doc = kc_xml_parse (bytes, "mine.xml", problems);
  g_autoptr(KcContentFile) file = kc_content_file_new ("mine.xml", FALSE);
  KcProblem *problem;

  g_assert_nonnull (doc);
  g_assert_false (reader (file, xmlDocGetRootElement (doc), problems));
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_test_message ("%s", kc_problem_get_message (problem));
  g_assert_cmpstr (kc_problem_get_file (problem), ==, "mine.xml");
  g_assert_cmpuint (kc_problem_get_line (problem), ==, line);
  g_assert_cmpint (kc_problem_get_code (problem), ==, KC_CONTENT_ERROR_SCHEMA);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), word));
}

#define EXERCISE(attributes) \
  "<exercises version=\"1\">\n" \
  "  <exercise id=\"plank\" " attributes " illustration=\"plank.svg\">\n" \
  "    <name>Plank</name>\n" \
  "  </exercise>\n" \
  "</exercises>\n"

static void
test_unknown_word_refused (void)
{
  expect_word_refused (kc_exercises_reader_read,
                       EXERCISE ("kind=\"juggling\" difficulty=\"easy\" targets=\"core\""),
                       2, "juggling");
  expect_word_refused (kc_exercises_reader_read,
                       EXERCISE ("kind=\"balance\" difficulty=\"extreme\" targets=\"core\""),
                       2, "extreme");
  expect_word_refused (kc_exercises_reader_read,
                       EXERCISE ("kind=\"balance\" difficulty=\"easy\" targets=\"knees elbows\""),
                       2, "elbows");
  expect_word_refused (kc_anatomy_reader_read,
                       "<anatomy version=\"1\">\n"
                       "  <diagram id=\"knee\" svg=\"knee.svg\" exercises=\"knees\">\n"
                       "    <title>Knee</title>\n"
                       "    <part id=\"femur\" kind=\"bone\"><name>Femur</name></part>\n"
                       "    <part id=\"skin\" kind=\"organ\"/>\n"
                       "  </diagram>\n"
                       "</anatomy>\n",
                       5, "organ");
  expect_word_refused (kc_anatomy_reader_read,
                       "<anatomy version=\"1\">\n"
                       "  <diagram id=\"knee\" svg=\"knee.svg\"\n"
                       "           exercises=\"arms\">\n"
                       "    <title>Knee</title>\n"
                       "  </diagram>\n"
                       "</anatomy>\n",
                       /* libxml2 counts the line where the start tag ends: the word's */
                       3, "arms");
  expect_word_refused (kc_bodymap_reader_read,
                       "<bodymap version=\"1\">\n"
                       "\n"
                       "  <source id=\"hip-joint\" kind=\"joint\" exercises=\"shoulders\">\n"
                       "    <name>The hip joint</name>\n"
                       "  </source>\n"
                       "</bodymap>\n",
                       3, "shoulders");
  expect_word_refused (kc_faq_reader_read,
                       "<faq version=\"1\">\n"
                       "  <topic id=\"doctor\"><title>Doctor</title>\n"
                       "    <entry id=\"signs\" urgent=\"true\">\n"
                       "      <question>Which signs?</question>\n"
                       "      <answer><p>These.</p></answer>\n"
                       "      <warnings>\n"
                       "        <tier level=\"whenever\"><action>Wait.</action><sign>A</sign></tier>\n"
                       "      </warnings>\n"
                       "    </entry>\n"
                       "  </topic>\n"
                       "</faq>\n",
                       7, "whenever");
}

/* bodymap.xml names each source's exercise area: the same areas C used to
 * work out from the group of the region where the pain starts. */
static void
test_pain_source_areas (void)
{
  static const struct { const char *group; KcExerciseArea area; } by_group[] = {
    { "back", KC_EXERCISE_AREA_LOWER_BACK }, { "hip", KC_EXERCISE_AREA_HIPS },
    { "knee", KC_EXERCISE_AREA_KNEES }, { "thigh", KC_EXERCISE_AREA_LEGS },
    { "lower-leg", KC_EXERCISE_AREA_LEGS },
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GListModel *sources;
  KcExerciseArea area;


  sources = kc_library_get_pain_sources (library);
  g_assert_cmpuint (g_list_model_get_n_items (sources), >=, 7);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KcPainSource) source = g_list_model_get_item (sources, i);
      const char *start = kc_pain_source_get_start_regions (source)[0];
      const char *group = kc_body_region_get_group (kc_library_lookup_region (library, start));
      gboolean found = FALSE;

      g_assert_true (kc_pain_source_get_exercise_area (source, &area));
      for (guint g = 0; g < G_N_ELEMENTS (by_group); g++)
        if (g_str_equal (group, by_group[g].group))
          {
            g_assert_cmpint (area, ==, by_group[g].area);
            found = TRUE;
          }
      g_assert_true (found);
    }

  g_assert_true (kc_pain_source_get_exercise_area (KC_PAIN_SOURCE (kc_library_lookup (library,
                                                                                      "hip-joint")),
                                                   &area));
  g_assert_cmpint (area, ==, KC_EXERCISE_AREA_HIPS);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  kc_xml_init ();

  /* The names as the code spells them, then every test in German. */
  english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  collect_names (english);
  top = kc_test_switch_to_german ();

  g_test_add_func ("/vocabulary/names-translated", test_names_translated);
  g_test_add_func ("/vocabulary/round-trip", test_round_trip);
  g_test_add_func ("/vocabulary/schema-words", test_schema_words);
  g_test_add_func ("/vocabulary/unknown-word-refused", test_unknown_word_refused);
  g_test_add_func ("/vocabulary/pain-source-areas", test_pain_source_areas);

  status = g_test_run ();
  kc_test_remove_tree (top);
  g_free (top);
  g_hash_table_unref (english);

  return status;
}
