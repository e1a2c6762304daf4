/* kc-pain-source-private.h: building sources, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-pain-source.h"

G_BEGIN_DECLS

KcPainSource *_kc_pain_source_new          (const char          *id,
                                            const char          *kind,
                                            const char          *name,
                                            const char * const  *start_regions,
                                            const char * const  *part_ids,
                                            const char * const  *condition_ids);
void          _kc_pain_source_set_section  (KcPainSource        *self,
                                            KcPainSourceSection  section,
                                            GPtrArray           *blocks);
void          _kc_pain_source_set_exercise_area (KcPainSource   *self,
                                                 KcExerciseArea  area);
void          _kc_pain_source_add_referral (KcPainSource        *self,
                                            const char          *region_id,
                                            KcCommonness         how,
                                            KcCommonness         cause);

G_END_DECLS
