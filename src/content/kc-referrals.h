/* kc-referrals.h: the body map's two questions, as queries on the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-library.h"

G_BEGIN_DECLS

/* Pain from @source, starting in @start_region, can be felt in @region. */
typedef struct
{
  KcPainSource *source;
  char *start_region;
  char *region;
  KcCommonness how;
} KcReferralHit;

/* @source can explain pain in @areas (some of those asked about). */
typedef struct
{
  KcPainSource *source;
  char *start_region;
  char **areas;
  KcCommonness how;       /* the most common of its links to @areas */
  KcCommonness cause;     /* how common a cause it is of pain in @areas: its rank */
} KcSourceMatch;

GPtrArray *kc_referrals_from_region (KcLibrary          *library,
                                     const char         *region_id);
GPtrArray *kc_referrals_sources_for (KcLibrary          *library,
                                     const char * const *areas);
gboolean   kc_regions_same_side     (const char         *a,
                                     const char         *b);
KcPainSource *kc_referrals_source_for_part (KcLibrary  *library,
                                            const char *part_id);

G_END_DECLS
