/* test-bodymap.c: body-map content and its two queries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-library.h"
#include "kc-referrals.h"
#include "kc-svg.h"
#include "kc-test-library.h"

static KcLibrary *library;

static gboolean
hits_region (GPtrArray  *hits,
             const char *region)
{
  for (guint i = 0; i < hits->len; i++)
    {
      KcReferralHit *hit = g_ptr_array_index (hits, i);
      if (g_str_equal (hit->region, region))
        return TRUE;
    }

  return FALSE;
}

static gboolean
hits_kind (GPtrArray  *hits,
           const char *kind)
{
  for (guint i = 0; i < hits->len; i++)
    {
      KcReferralHit *hit = g_ptr_array_index (hits, i);
      if (g_str_equal (kc_pain_source_get_kind (hit->source), kind))
        return TRUE;
    }

  return FALSE;
}

static KcSourceMatch *
find_match (GPtrArray  *matches,
            const char *source_id)
{
  for (guint i = 0; i < matches->len; i++)
    {
      KcSourceMatch *match = g_ptr_array_index (matches, i);
      if (g_str_equal (kc_item_get_id (KC_ITEM (match->source)), source_id))
        return match;
    }

  return NULL;
}

/* Each view's SVG draws exactly the regions said to be on it. */
static void
test_svgs_and_regions_agree (void)
{
  GListModel *views = kc_library_get_body_views (library);
  GListModel *regions = kc_library_get_regions (library);

  g_assert_cmpuint (g_list_model_get_n_items (views), ==, 2);

  for (guint v = 0; v < g_list_model_get_n_items (views); v++)
    {
      g_autoptr(KcBodyView) view = g_list_model_get_item (views, v);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GBytes) svg = g_resources_lookup_data (kc_body_view_get_svg_resource (view),
                                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_auto(GStrv) drawn = kc_svg_dup_part_ids (svg, "svg", problems);
      guint n_on_view = 0;

      g_assert_nonnull (drawn);
      for (guint r = 0; r < g_list_model_get_n_items (regions); r++)
        {
          g_autoptr(KcBodyRegion) region = g_list_model_get_item (regions, r);
          gboolean on_view = g_strv_contains (kc_body_region_get_views (region),
                                              kc_item_get_id (KC_ITEM (view)));
          gboolean is_drawn = g_strv_contains ((const char * const *)drawn,
                                               kc_item_get_id (KC_ITEM (region)));

          if (on_view != is_drawn)
            g_test_message ("%s: region %s is %s but %s", kc_item_get_id (KC_ITEM (view)),
                            kc_item_get_id (KC_ITEM (region)), on_view ? "listed" : "not listed",
                            is_drawn ? "drawn" : "not drawn");
          g_assert_true (on_view == is_drawn);
          n_on_view += on_view;
        }

      /* And nothing is drawn as a region that the content does not know. */
      g_assert_cmpuint (g_strv_length (drawn), ==, n_on_view);
    }
}

/* The regions the issue asks for, on both sides where it matters. */
static void
test_required_regions (void)
{
  static const char *ids[] = {
    "lower-back", "upper-back", "buttock-left", "buttock-right", "hip-left", "hip-right",
    "groin-left", "groin-right", "front-thigh-left", "back-thigh-right", "outer-thigh-left",
    "knee-front-left", "knee-front-right", "knee-back-left", "knee-back-right", "shin-left",
    "calf-right", "ankle-left", "foot-right",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_nonnull (kc_library_lookup_region (library, ids[i]));
}

/* The article's table: lower back → knees. */
static void
test_lower_back_reaches_knees (void)
{
  g_autoptr(GPtrArray) hits = kc_referrals_from_region (library, "lower-back");

  g_assert_true (hits_region (hits, "knee-front-left"));
  g_assert_true (hits_region (hits, "knee-front-right"));
  g_assert_true (hits_region (hits, "knee-back-left"));
  g_assert_true (hits_region (hits, "calf-left"));
  g_assert_true (hits_kind (hits, "nerve-root"));
  g_assert_true (hits_kind (hits, "biomechanical"));

  /* Most common first. */
  for (guint i = 1; i < hits->len; i++)
    g_assert_cmpint (((KcReferralHit *)g_ptr_array_index (hits, i - 1))->how, >=,
                     ((KcReferralHit *)g_ptr_array_index (hits, i))->how);
}

/* The article's table: hips → thighs and knees, on the same side. */
static void
test_hip_reaches_thigh_and_knee_same_side (void)
{
  g_autoptr(GPtrArray) hits = kc_referrals_from_region (library, "hip-left");

  g_assert_true (hits_region (hits, "front-thigh-left"));
  g_assert_true (hits_region (hits, "knee-front-left"));
  g_assert_true (hits_region (hits, "groin-left"));
  g_assert_false (hits_region (hits, "knee-front-right"));
  g_assert_false (hits_region (hits, "groin-right"));
}

static void
test_region_without_sources (void)
{
  g_autoptr(GPtrArray) hits = kc_referrals_from_region (library, "upper-back");

  g_assert_cmpuint (hits->len, ==, 0);
}

/* Where does it hurt? The knee: the back and the hip are among the sources. */
static void
test_sources_for_knee (void)
{
  const char *areas[] = { "knee-front-left", NULL };
  g_autoptr(GPtrArray) matches = kc_referrals_sources_for (library, areas);
  KcSourceMatch *l3_l4 = find_match (matches, "nerve-root-l3-l4");
  KcSourceMatch *hip = find_match (matches, "hip-joint");
  KcSourceMatch *knee = find_match (matches, "knee-itself");

  g_assert_nonnull (l3_l4);
  g_assert_nonnull (hip);
  g_assert_nonnull (knee);
  g_assert_cmpstr (l3_l4->start_region, ==, "lower-back");
  g_assert_cmpstr (hip->start_region, ==, "hip-left");   /* the same side */
  g_assert_cmpint (l3_l4->how, ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (hip->how, ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_null (find_match (matches, "nerve-root-s1"));

  /* Ranked by how common a cause of knee pain each is, not by how often
   * its pain reaches the knee: the L3/L4 root reaches it often, yet is a
   * rare cause; the knee itself is the common one. */
  g_assert_cmpint (l3_l4->cause, ==, KC_COMMONNESS_RARE);
  g_assert_cmpint (knee->cause, ==, KC_COMMONNESS_COMMON);
  g_assert_true (g_ptr_array_index (matches, 0) == knee);
  for (guint i = 1; i < matches->len; i++)
    g_assert_cmpint (((KcSourceMatch *)g_ptr_array_index (matches, i - 1))->cause, >=,
                     ((KcSourceMatch *)g_ptr_array_index (matches, i))->cause);
}

/* Several places at once: a source that explains more of them ranks first
 * among equally common ones. */
static void
test_sources_for_several_areas (void)
{
  const char *areas[] = { "knee-back-right", "calf-right", "foot-right", NULL };
  g_autoptr(GPtrArray) matches = kc_referrals_sources_for (library, areas);
  KcSourceMatch *first = g_ptr_array_index (matches, 0);

  g_assert_cmpuint (matches->len, >=, 2);
  g_assert_cmpstr (kc_item_get_id (KC_ITEM (first->source)), ==, "nerve-root-s1");
  g_assert_cmpuint (g_strv_length (first->areas), ==, 3);
}

/* Every source says what its frequencies rest on, and gives both of
 * them for every place it reaches. */
static void
test_sources_have_evidence (void)
{
  GListModel *sources = kc_library_get_pain_sources (library);

  g_assert_cmpuint (g_list_model_get_n_items (sources), >=, 10);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KcPainSource) source = g_list_model_get_item (sources, i);
      GArray *referrals = kc_pain_source_get_referrals (source);

      g_test_message ("%s", kc_item_get_id (KC_ITEM (source)));
      g_assert_cmpuint (kc_pain_source_get_section (source,
                                                    KC_PAIN_SOURCE_SECTION_EVIDENCE)->len, >, 0);
      for (guint j = 0; j < referrals->len; j++)
        {
          const KcReferral *referral = &g_array_index (referrals, KcReferral, j);

          g_assert_cmpint (referral->how, >=, KC_COMMONNESS_RARE);
          g_assert_cmpint (referral->cause, >=, KC_COMMONNESS_RARE);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();

  g_test_add_func ("/bodymap/svgs-and-regions-agree", test_svgs_and_regions_agree);
  g_test_add_func ("/bodymap/required-regions", test_required_regions);
  g_test_add_func ("/bodymap/from/lower-back", test_lower_back_reaches_knees);
  g_test_add_func ("/bodymap/from/hip-same-side", test_hip_reaches_thigh_and_knee_same_side);
  g_test_add_func ("/bodymap/from/no-sources", test_region_without_sources);
  g_test_add_func ("/bodymap/hurts/knee", test_sources_for_knee);
  g_test_add_func ("/bodymap/hurts/several", test_sources_for_several_areas);
  g_test_add_func ("/bodymap/sources-have-evidence", test_sources_have_evidence);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
