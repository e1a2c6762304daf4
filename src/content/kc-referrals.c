/* kc-referrals.c: the body map's two questions, as queries on the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Where does it start?": from a region, the places its sources refer
 * pain to.  "Where does it hurt?": from the places that hurt, the sources
 * that can explain them, the most common causes of pain there first (not
 * the sources that most often reach there: the hip reaches the knee less
 * often than an L4 root does, yet is behind more knee pain).  Sides
 * matter: a left hip refers to the left knee; the lower back, in the
 * middle, to either side.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-referrals.h"

/* TRUE unless one is on the left and the other on the right. */
gboolean
kc_regions_same_side (const char *a,
                      const char *b)
{
  const char *side_a = kc_region_id_get_side (a);
  const char *side_b = kc_region_id_get_side (b);

  return side_a == NULL || side_b == NULL || g_str_equal (side_a, side_b);
}

static void
referral_hit_free (KcReferralHit *hit)
{
  g_free (hit->start_region);
  g_free (hit->region);
  g_free (hit);
}

static void
source_match_free (KcSourceMatch *match)
{
  g_free (match->start_region);
  g_strfreev (match->areas);
  g_free (match);
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const KcReferralHit *ha = *(const KcReferralHit **)a;
  const KcReferralHit *hb = *(const KcReferralHit **)b;

  return (int)hb->how - (int)ha->how;
}

/**
 * kc_referrals_from_region:
 *
 * Returns: (transfer full) (element-type KcReferralHit): where pain that
 *   starts in @region_id can be felt, most common first (stable within a
 *   level, in content order)
 */
GPtrArray *
kc_referrals_from_region (KcLibrary  *library,
                          const char *region_id)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify)referral_hit_free);
  GListModel *sources;

  g_return_val_if_fail (KC_IS_LIBRARY (library), hits);
  g_return_val_if_fail (region_id != NULL, hits);

  sources = kc_library_get_pain_sources (library);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KcPainSource) source = g_list_model_get_item (sources, i);
      GArray *referrals;

      if (!g_strv_contains (kc_pain_source_get_start_regions (source), region_id))
        continue;

      referrals = kc_pain_source_get_referrals (source);
      for (guint j = 0; j < referrals->len; j++)
        {
          const KcReferral *referral = &g_array_index (referrals, KcReferral, j);
          KcReferralHit *hit;

          if (!kc_regions_same_side (region_id, referral->region_id))
            continue;

          hit = g_new0 (KcReferralHit, 1);
          hit->source = source;   /* the library keeps it alive */
          hit->start_region = g_strdup (region_id);
          hit->region = g_strdup (referral->region_id);
          hit->how = referral->how;
          g_ptr_array_add (hits, hit);
        }
    }

  /* g_ptr_array_sort is not stable; ties keep content order by index. */
  for (guint i = 1; i < hits->len; i++)
    for (guint j = i; j > 0 && compare_hits (&hits->pdata[j - 1], &hits->pdata[j]) > 0; j--)
      {
        gpointer tmp = hits->pdata[j];
        hits->pdata[j] = hits->pdata[j - 1];
        hits->pdata[j - 1] = tmp;
      }

  return hits;
}

static const char *
start_region_for (KcPainSource *source,
                  const char   *area)
{
  const char * const *starts = kc_pain_source_get_start_regions (source);

  for (guint i = 0; starts[i] != NULL; i++)
    {
      if (kc_regions_same_side (starts[i], area))
        return starts[i];
    }

  return starts[0];
}

static KcSourceMatch *
match_source (KcPainSource       *source,
              const char * const *areas)
{
  g_autoptr(GStrvBuilder) reached = g_strv_builder_new ();
  KcSourceMatch *match = NULL;
  KcCommonness best = 0;
  KcCommonness best_cause = 0;
  const char *first_area = NULL;

  for (guint i = 0; areas[i] != NULL; i++)
    {
      KcCommonness how = kc_pain_source_refers_to (source, areas[i]);
      KcCommonness cause = kc_pain_source_cause_of (source, areas[i]);

      if (how == 0)
        continue;

      g_strv_builder_add (reached, areas[i]);
      best = MAX (best, how);
      if (cause > best_cause)
        {
          best_cause = cause;
          first_area = areas[i];
        }
    }

  if (best == 0)
    return NULL;

  match = g_new0 (KcSourceMatch, 1);
  match->source = source;
  match->how = best;
  match->cause = best_cause;
  match->areas = g_strv_builder_end (reached);
  match->start_region = g_strdup (start_region_for (source, first_area));

  return match;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const KcSourceMatch *ma = *(const KcSourceMatch **)a;
  const KcSourceMatch *mb = *(const KcSourceMatch **)b;

  /* The more common cause first; then the one that explains more of the
   * places; then the one whose pain reaches them more often. */
  if (ma->cause != mb->cause)
    return (int)mb->cause - (int)ma->cause;
  if (g_strv_length (ma->areas) != g_strv_length (mb->areas))
    return (int)g_strv_length (mb->areas) - (int)g_strv_length (ma->areas);
  return (int)mb->how - (int)ma->how;
}

/**
 * kc_referrals_sources_for:
 * @areas: the regions that hurt
 *
 * Returns: (transfer full) (element-type KcSourceMatch): the sources that
 *   can cause pain in any of @areas, the most common causes first (within
 *   a level, content order)
 */
GPtrArray *
kc_referrals_sources_for (KcLibrary          *library,
                          const char * const *areas)
{
  GPtrArray *matches = g_ptr_array_new_with_free_func ((GDestroyNotify)source_match_free);
  GListModel *sources;

  g_return_val_if_fail (KC_IS_LIBRARY (library), matches);
  g_return_val_if_fail (areas != NULL, matches);

  sources = kc_library_get_pain_sources (library);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KcPainSource) source = g_list_model_get_item (sources, i);
      KcSourceMatch *match = match_source (source, areas);

      if (match != NULL)
        g_ptr_array_add (matches, match);
    }

  /* Insertion sort: stable, so equal matches keep content order. */
  for (guint i = 1; i < matches->len; i++)
    for (guint j = i; j > 0 && compare_matches (&matches->pdata[j - 1], &matches->pdata[j]) > 0; j--)
      {
        gpointer tmp = matches->pdata[j];
        matches->pdata[j] = matches->pdata[j - 1];
        matches->pdata[j - 1] = tmp;
      }

  return matches;
}

/**
 * kc_referrals_source_for_part:
 *
 * Returns: (transfer none) (nullable): the first source of pain that
 *   involves the anatomy part @part_id
 */
KcPainSource *
kc_referrals_source_for_part (KcLibrary  *library,
                              const char *part_id)
{
  GListModel *sources;

  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (part_id != NULL, NULL);

  sources = kc_library_get_pain_sources (library);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KcPainSource) source = g_list_model_get_item (sources, i);

      if (g_strv_contains (kc_pain_source_get_part_ids (source), part_id))
        return source;   /* the library keeps it alive */
    }

  return NULL;
}
