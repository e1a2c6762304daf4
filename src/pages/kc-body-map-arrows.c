/* kc-body-map-arrows.c: which arrows a view of the body map draws
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same on screen (KcDiagramView) and on paper without a display
 * (KcDiagramPaper): each says through a callback whether it could draw
 * an arrow.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <string.h>

#include "content/kc-body-region.h"
#include "content/kc-referral-answer.h"
#include "kc-body-map-arrows.h"

#define MAX_ARROWS 4

/**
 * kc_body_map_dup_arrow_start:
 * @part_ids: the parts of the view
 *
 * A path needs a start: the region itself where it is drawn, else an
 * invisible "origin-…" marker the SVG places for it, without its side.
 *
 * Returns: (transfer full): the id of the element an arrow from @region
 *   starts at
 */
char *
kc_body_map_dup_arrow_start (const char         *region,
                             const char * const *part_ids)
{
  const char *side = kc_region_id_get_side (region);
  char *origin;

  if (g_strv_contains (part_ids, region))
    return g_strdup (region);

  origin = g_strconcat ("origin-", region, NULL);
  if (side != NULL)
    origin[strlen (origin) - strlen (side) - 1] = '\0';
  return origin;
}

/**
 * kc_body_map_add_main_arrows:
 * @ranked: (element-type KcReferralArrow): the answer's arrows, the most
 *   important first
 *
 * At most MAX_ARROWS: one per source, to the most common place of it
 * that the view shows, the most important sources first.  Fifteen arrows
 * from one back tangle into a knot nobody can follow.
 */
void
kc_body_map_add_main_arrows (GPtrArray          *ranked,
                             const char * const *part_ids,
                             KcBodyMapArrowFunc  add,
                             gpointer            view)
{
  g_autoptr(GPtrArray) drawn = g_ptr_array_new ();   /* of KcPainSource, borrowed */

  for (guint i = 0; i < ranked->len && drawn->len < MAX_ARROWS; i++)
    {
      const KcReferralArrow *arrow = g_ptr_array_index (ranked, i);
      g_autofree char *start = NULL;

      if (g_ptr_array_find (drawn, arrow->source, NULL))
        continue;
      start = kc_body_map_dup_arrow_start (arrow->from, part_ids);
      if (add (start, arrow->to, view))
        g_ptr_array_add (drawn, arrow->source);
    }
}
