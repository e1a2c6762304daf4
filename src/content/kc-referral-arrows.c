/* kc-referral-arrows.c: the arrows of a referral answer, and their rank
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An answer keeps its arrows twice: each pair of places once (what a
 * figure with room for all draws), and each pair once per source that
 * takes it (the leads), which rank by the answer's order of sources so
 * that a figure with room for a few draws the most important ones.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-referral-arrows-private.h"

static void
arrow_free (KcReferralArrow *arrow)
{
  g_free (arrow->from);
  g_free (arrow->to);
  g_free (arrow);
}

/* Returns: (transfer full) (element-type KcReferralArrow): an empty list
 *   that frees its arrows */
GPtrArray *
_kc_referral_arrows_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)arrow_free);
}

/* The arrow from @from to @to in @arrows, taken by @source unless %NULL. */
static KcReferralArrow *
find_arrow (GPtrArray    *arrows,
            const char   *from,
            const char   *to,
            KcPainSource *source)
{
  for (guint i = 0; i < arrows->len; i++)
    {
      KcReferralArrow *known = g_ptr_array_index (arrows, i);

      if (g_str_equal (known->from, from) && g_str_equal (known->to, to) &&
          (source == NULL || known->source == source))
        return known;
    }

  return NULL;
}

static void
append_arrow (GPtrArray    *arrows,
              const char   *from,
              const char   *to,
              KcPainSource *source,
              KcCommonness  how)
{
  KcReferralArrow *arrow = g_new0 (KcReferralArrow, 1);

  arrow->from = g_strdup (from);
  arrow->to = g_strdup (to);
  arrow->source = source;
  arrow->how = how;
  g_ptr_array_add (arrows, arrow);
}

/* Adds the arrow from @from to @to to @arrows once, and to @leads once
 * for @source, there at the most common way it is taken. */
void
_kc_referral_arrows_add (GPtrArray    *arrows,
                         GPtrArray    *leads,
                         const char   *from,
                         const char   *to,
                         KcPainSource *source,
                         KcCommonness  how)
{
  KcReferralArrow *lead;

  if (g_str_equal (from, to))
    return;

  if (find_arrow (arrows, from, to, NULL) == NULL)
    append_arrow (arrows, from, to, source, how);

  lead = find_arrow (leads, from, to, source);
  if (lead == NULL)
    append_arrow (leads, from, to, source, how);
  else
    lead->how = MAX (lead->how, how);
}

/* Where @source stands among @sources (of KcAnswerSource), the first first. */
static guint
source_rank (GPtrArray    *sources,
             KcPainSource *source)
{
  for (guint i = 0; i < sources->len; i++)
    if (((KcAnswerSource *)g_ptr_array_index (sources, i))->source == source)
      return i;

  return G_MAXUINT;
}

static int
compare_leads (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const KcReferralArrow *x = *(const KcReferralArrow * const *)a;
  const KcReferralArrow *y = *(const KcReferralArrow * const *)b;
  guint x_rank = source_rank (user_data, x->source);
  guint y_rank = source_rank (user_data, y->source);

  if (x_rank != y_rank)
    return x_rank < y_rank ? -1 : 1;
  return (int)y->how - (int)x->how;
}

/* Returns: (transfer container) (element-type KcReferralArrow): @leads,
 *   borrowed, the first of @sources' first, and of one source's the most
 *   common first */
GPtrArray *
_kc_referral_arrows_dup_ranked (GPtrArray *leads,
                                GPtrArray *sources)
{
  GPtrArray *ranked = g_ptr_array_copy (leads, NULL, NULL);

  /* A copy frees as its original does: this one only borrows. */
  g_ptr_array_set_free_func (ranked, NULL);
  /* Stable: among equals, the answer's own order. */
  g_ptr_array_sort_with_data (ranked, compare_leads, sources);
  return ranked;
}
