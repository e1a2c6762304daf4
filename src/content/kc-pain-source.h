/* kc-pain-source.h: where pain can start, and where it can be felt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-item.h"
#include "kc-text-block.h"
#include "kc-vocabulary.h"

G_BEGIN_DECLS

/* Ordered: a larger value is more common. */
typedef enum
{
  KC_COMMONNESS_RARE = 1,
  KC_COMMONNESS_OCCASIONAL,
  KC_COMMONNESS_COMMON,
} KcCommonness;

typedef enum
{
  KC_PAIN_SOURCE_SECTION_MECHANISM,
  KC_PAIN_SOURCE_SECTION_SIGNS,
  KC_PAIN_SOURCE_SECTION_WHAT_TO_DO,
  KC_PAIN_SOURCE_SECTION_EVIDENCE,    /* where the frequencies come from */
  KC_PAIN_SOURCE_N_SECTIONS
} KcPainSourceSection;

/* @how: of the people with pain from this source, how many feel it in
 * @region_id; @cause: of the people with pain in @region_id, how often
 * this source is behind it.  The first draws the source's pattern, the
 * second ranks the sources of pain felt in a place. */
typedef struct
{
  char *region_id;
  KcCommonness how;
  KcCommonness cause;
} KcReferral;

#define KC_TYPE_PAIN_SOURCE (kc_pain_source_get_type ())

G_DECLARE_FINAL_TYPE (KcPainSource, kc_pain_source, KC, PAIN_SOURCE, KcItem)

const char         *kc_pain_source_get_kind          (KcPainSource        *self);
gboolean            kc_pain_source_get_exercise_area (KcPainSource        *self,
                                                      KcExerciseArea      *area);
const char * const *kc_pain_source_get_start_regions (KcPainSource        *self);
GPtrArray          *kc_pain_source_get_section       (KcPainSource        *self,
                                                      KcPainSourceSection  section);
const char * const *kc_pain_source_get_part_ids      (KcPainSource        *self);
const char * const *kc_pain_source_get_condition_ids (KcPainSource        *self);
GArray             *kc_pain_source_get_referrals     (KcPainSource        *self);
KcCommonness        kc_pain_source_refers_to         (KcPainSource        *self,
                                                      const char          *region_id);
KcCommonness        kc_pain_source_cause_of          (KcPainSource        *self,
                                                      const char          *region_id);
gboolean            kc_pain_source_is_radicular      (KcPainSource        *self);
const char         *kc_pain_source_describe_pain     (KcPainSource        *self);
const char         *kc_commonness_to_string          (KcCommonness         how);

G_END_DECLS
