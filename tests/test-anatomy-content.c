/* test-anatomy-content.c: diagrams and their content agree, both ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-library.h"
#include "kc-problem.h"
#include "kc-svg.h"
#include "kc-test-library.h"

static char **
svg_part_ids (KcAnatomyDiagram *diagram)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (kc_anatomy_diagram_get_svg_resource (diagram),
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  char **ids;

  g_assert_nonnull (bytes);
  ids = kc_svg_dup_part_ids (bytes, kc_anatomy_diagram_get_svg_resource (diagram), problems);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_nonnull (ids);

  return ids;
}

static void
test_diagrams_present (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GListModel *diagrams = kc_library_get_diagrams (library);
  g_autoptr(KcAnatomyDiagram) spine = g_list_model_get_item (diagrams, 0);
  g_autoptr(KcAnatomyDiagram) knee = g_list_model_get_item (diagrams, 1);
  g_autoptr(KcAnatomyDiagram) hip = g_list_model_get_item (diagrams, 2);

  g_assert_cmpuint (g_list_model_get_n_items (diagrams), ==, 3);
  g_assert_cmpstr (kc_item_get_id (KC_ITEM (spine)), ==, "lumbar-spine");
  g_assert_cmpstr (kc_item_get_id (KC_ITEM (knee)), ==, "knee");
  g_assert_cmpstr (kc_item_get_id (KC_ITEM (hip)), ==, "hip");
  g_assert_cmpstr (kc_anatomy_diagram_get_svg_resource (hip), ==,
                   RESOURCE_PREFIX "/diagrams/hip.svg");
}

/* Every part in the content is drawn, and everything drawn as a part is
 * described: neither a silent picture nor a list entry with nothing to show. */
static void
test_svg_and_content_agree (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GListModel *diagrams = kc_library_get_diagrams (library);

  for (guint i = 0; i < g_list_model_get_n_items (diagrams); i++)
    {
      g_autoptr(KcAnatomyDiagram) diagram = g_list_model_get_item (diagrams, i);
      GListModel *parts = kc_anatomy_diagram_get_parts (diagram);
      g_auto(GStrv) drawn = svg_part_ids (diagram);
      g_autoptr(GHashTable) described = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint j = 0; j < g_list_model_get_n_items (parts); j++)
        {
          g_autoptr(KcAnatomyPart) part = g_list_model_get_item (parts, j);
          const char *id = kc_item_get_id (KC_ITEM (part));

          if (!g_strv_contains ((const char * const *)drawn, id))
            g_test_message ("%s: part “%s” has no element in the SVG",
                            kc_item_get_id (KC_ITEM (diagram)), id);
          g_assert_true (g_strv_contains ((const char * const *)drawn, id));
          g_hash_table_add (described, (gpointer)id);
        }

      for (guint j = 0; drawn[j] != NULL; j++)
        {
          if (!g_hash_table_contains (described, drawn[j]))
            g_test_message ("%s: SVG part “%s” has no content",
                            kc_item_get_id (KC_ITEM (diagram)), drawn[j]);
          g_assert_true (g_hash_table_contains (described, drawn[j]));
        }
    }
}

/* The structures the issue names are all there, by id. */
static void
test_required_structures (void)
{
  static const char *ids[] = {
    "l1-vertebra", "l2-vertebra", "l3-vertebra", "l4-vertebra", "l5-vertebra", "sacrum",
    "disc-l4-l5", "disc-l5-s1", "spinal-cord", "cauda-equina",
    "l3-nerve-root", "l4-nerve-root", "l5-nerve-root", "s1-nerve-root",
    "femur", "tibia", "fibula", "patella", "articular-cartilage", "medial-meniscus",
    "lateral-meniscus", "anterior-cruciate-ligament", "posterior-cruciate-ligament",
    "medial-collateral-ligament", "lateral-collateral-ligament", "quadriceps-tendon",
    "patellar-tendon",
    /* the lumbar spine's structures, named on one level (L4) as an atlas does */
    "coccyx", "l4-pedicle", "l4-transverse-process", "l4-spinous-process", "l4-end-plate",
    "l4-l5-facet-joint", "l4-l5-foramen", "l4-l5-nucleus", "l4-l5-annulus",
    /* the pelvis and hip from the front, the right side named */
    "ilium", "iliac-crest", "pubis", "pubic-symphysis", "ischium", "sacrum-front",
    "si-joint", "acetabulum", "acetabular-labrum", "femoral-head", "femoral-neck",
    "greater-trochanter", "lesser-trochanter", "femoral-shaft", "iliopsoas", "rectus-femoris",
    "gluteal-tendons", "inguinal-ligament", "femoral-nerve", "obturator-nerve",
    "lateral-femoral-cutaneous-nerve", "femoral-artery", "femoral-vein",
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      KcAnatomyPart *part = kc_library_lookup_part (library, ids[i]);

      g_assert_nonnull (part);
      g_assert_cmpstr (kc_anatomy_part_get_function (part), !=, "");
      g_assert_cmpstr (kc_anatomy_part_get_back_knee (part), !=, "");
    }
}

static void
test_conditions_complete (void)
{
  static const char *ids[] = {
    "degenerative-disc-disease", "herniated-disc", "sciatica", "muscle-strain",
    "muscle-imbalance", "osteoarthritis", "rheumatoid-arthritis", "acl-injury", "mcl-injury",
    "poor-posture", "altered-gait", "weak-lumbar-muscles", "excess-body-weight",
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  guint n_stories = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      KcCondition *condition = kc_library_lookup_condition (library, ids[i]);
      g_autoptr(GPtrArray) stories = NULL;

      g_assert_nonnull (condition);
      for (guint s = 0; s < KC_CONDITION_N_SECTIONS; s++)
        g_assert_cmpuint (kc_condition_get_section (condition, s)->len, >=, 1);

      stories = kc_library_dup_stories_for_condition (library, ids[i]);
      n_stories += stories->len;
    }

  /* The article's two case examples, as stories linked to their causes. */
  g_assert_nonnull (kc_library_lookup (library, "story-office-worker"));
  g_assert_nonnull (kc_library_lookup (library, "story-athlete"));
  g_assert_cmpuint (n_stories, >=, 4);
}

/* Every state's layer is drawn, hidden by class, and not a part. */
static void
test_state_layers_drawn (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GListModel *diagrams = kc_library_get_diagrams (library);
  guint n_layers = 0;

  for (guint i = 0; i < g_list_model_get_n_items (diagrams); i++)
    {
      g_autoptr(KcAnatomyDiagram) diagram = g_list_model_get_item (diagrams, i);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GBytes) bytes =
        g_resources_lookup_data (kc_anatomy_diagram_get_svg_resource (diagram),
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_auto(GStrv) drawn = kc_svg_dup_ids_with_class (bytes, "test", "state", problems);
      g_auto(GStrv) parts = svg_part_ids (diagram);
      g_autofree const char **layers = kc_anatomy_diagram_get_state_layers (diagram);

      g_assert_nonnull (drawn);
      for (guint j = 0; layers[j] != NULL; j++, n_layers++)
        {
          if (!g_strv_contains ((const char * const *)drawn, layers[j]))
            g_test_message ("%s: no class=\"state\" element “%s” in the SVG",
                            kc_item_get_id (KC_ITEM (diagram)), layers[j]);
          g_assert_true (g_strv_contains ((const char * const *)drawn, layers[j]));
          g_assert_false (g_strv_contains ((const char * const *)parts, layers[j]));
        }
    }

  g_assert_cmpuint (n_layers, >=, 1);
}

/* A herniated disc, sciatica and spinal stenosis show the L4–L5 disc
 * bulging onto the L5 root, which it lights; other conditions and the knee
 * show nothing. */
static void
test_disc_bulge_state (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GListModel *diagrams = kc_library_get_diagrams (library);
  g_autoptr(KcAnatomyDiagram) spine = g_list_model_get_item (diagrams, 0);
  g_autoptr(KcAnatomyDiagram) knee = g_list_model_get_item (diagrams, 1);
  static const char *shown_by[] = { "herniated-disc", "sciatica", "lumbar-spinal-stenosis" };
  const char * const *lit = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (shown_by); i++)
    {
      lit = NULL;
      g_assert_cmpstr (kc_anatomy_diagram_find_state (spine, shown_by[i], &lit), ==,
                       "disc-bulge-l4-l5");
      g_assert_nonnull (lit);
      g_assert_cmpstr (lit[0], ==, "l5-nerve-root");
      g_assert_null (lit[1]);
      g_assert_null (kc_anatomy_diagram_find_state (knee, shown_by[i], NULL));
    }

  g_assert_null (kc_anatomy_diagram_find_state (spine, "poor-posture", NULL));
}

/* The hip's parts are of the kind they are drawn as, and lead to the
 * conditions and body-map sources that explain hip pain felt elsewhere. */
static void
test_hip_links (void)
{
  static const struct {
    const char *part;
    KcAnatomyPartKind kind;
    const char *condition;
    const char *source;
  } links[] = {
    { "iliopsoas", KC_ANATOMY_PART_KIND_MUSCLE, "muscle-imbalance", NULL },
    { "rectus-femoris", KC_ANATOMY_PART_KIND_MUSCLE, "muscle-imbalance", NULL },
    { "gluteal-tendons", KC_ANATOMY_PART_KIND_TENDON, "greater-trochanteric-pain", "outer-hip" },
    { "greater-trochanter", KC_ANATOMY_PART_KIND_BONE, "greater-trochanteric-pain", "outer-hip" },
    { "lateral-femoral-cutaneous-nerve", KC_ANATOMY_PART_KIND_NERVE, "meralgia-paraesthetica",
      "thigh-skin-nerve" },
    { "inguinal-ligament", KC_ANATOMY_PART_KIND_LIGAMENT, "meralgia-paraesthetica",
      "thigh-skin-nerve" },
    { "femoral-head", KC_ANATOMY_PART_KIND_BONE, "child-hip-problems", "hip-joint" },
    { "acetabulum", KC_ANATOMY_PART_KIND_BONE, "osteoarthritis", "hip-joint" },
    { "obturator-nerve", KC_ANATOMY_PART_KIND_NERVE, "child-hip-problems", "hip-joint" },
    { "femoral-nerve", KC_ANATOMY_PART_KIND_NERVE, "sciatica", "nerve-root-l3-l4" },
    { "si-joint", KC_ANATOMY_PART_KIND_CARTILAGE, "axial-spondyloarthritis",
      "sacroiliac-joint" },
    /* the vessels beside the femoral nerve: walking pain from the arteries or
     * the spinal canal; the vein's clot is told on the body map, where a
     * swollen calf is chosen, so the vein names no condition */
    { "femoral-artery", KC_ANATOMY_PART_KIND_VESSEL, "lumbar-spinal-stenosis", NULL },
    { "femoral-vein", KC_ANATOMY_PART_KIND_VESSEL, NULL, NULL },
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  GObject *hip = kc_library_lookup (library, "hip");
  KcExerciseArea area;

  g_assert_true (KC_IS_ANATOMY_DIAGRAM (hip));
  g_assert_true (kc_anatomy_diagram_get_exercise_area (KC_ANATOMY_DIAGRAM (hip), &area));
  g_assert_cmpint (area, ==, KC_EXERCISE_AREA_HIPS);

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      KcAnatomyPart *part = kc_library_lookup_part (library, links[i].part);
      GObject *source = links[i].source ? kc_library_lookup (library, links[i].source) : NULL;

      g_test_message ("%s", links[i].part);
      g_assert_nonnull (part);
      g_assert_cmpint (kc_anatomy_part_get_kind (part), ==, links[i].kind);
      if (links[i].condition != NULL)
        g_assert_true (g_strv_contains (kc_anatomy_part_get_condition_ids (part),
                                        links[i].condition));
      if (links[i].kind == KC_ANATOMY_PART_KIND_VESSEL)
        g_assert_cmpuint (kc_item_get_references (KC_ITEM (part))->len, >=, 2);
      if (links[i].source == NULL)
        continue;
      g_assert_true (KC_IS_PAIN_SOURCE (source));
      g_assert_true (g_strv_contains (kc_pain_source_get_part_ids (KC_PAIN_SOURCE (source)),
                                      links[i].part));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/anatomy/diagrams", test_diagrams_present);
  g_test_add_func ("/anatomy/svg-and-content-agree", test_svg_and_content_agree);
  g_test_add_func ("/anatomy/required-structures", test_required_structures);
  g_test_add_func ("/anatomy/conditions", test_conditions_complete);
  g_test_add_func ("/anatomy/state-layers-drawn", test_state_layers_drawn);
  g_test_add_func ("/anatomy/disc-bulge-state", test_disc_bulge_state);
  g_test_add_func ("/anatomy/hip-links", test_hip_links);

  return g_test_run ();
}
