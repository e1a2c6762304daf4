/* kc-referral-answer.h: what the body map answers for a choice of places
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-body-map-mode.h"
#include "kc-library.h"
#include "kc-warning-signs.h"

G_BEGIN_DECLS

/* The part a place plays in an answer; the nicks ("source", "referred",
 * "hurt") are kc_body_map_page_dup_lit_regions()'s words for them. */
typedef enum
{
  KC_REFERRAL_ROLE_SOURCE,     /* where the pain may start */
  KC_REFERRAL_ROLE_REFERRED,   /* where pain from the chosen place may be felt */
  KC_REFERRAL_ROLE_HURT,       /* a place chosen because it hurts */
} KcReferralRole;

#define KC_TYPE_REFERRAL_ROLE (kc_referral_role_get_type ())

GType       kc_referral_role_get_type    (void) G_GNUC_CONST;

/* A place that lights up. @how: for a source, how common a cause it is
 * of the pain chosen (the place chosen in "where does it start?" is
 * certain: common); for a referred place, how often pain is felt there; a
 * place that hurts is certain.  A place that hurts may also be where its
 * pain starts (the knee itself): then @also_source is set, and
 * @source_how says how common a cause it is. */
typedef struct
{
  char *region;
  const char *name;      /* the region's name, or its id if unknown */
  KcReferralRole role;
  KcCommonness how;
  gboolean also_source;
  KcCommonness source_how;
} KcLitPlace;

/* An arrow from where pain may start to where it may be felt: @source
 * (borrowed) takes it, @how often (start) or how common a cause (hurt). */
typedef struct
{
  char *from;
  char *to;
  KcPainSource *source;
  KcCommonness how;
} KcReferralArrow;

/* A source of pain the answer explains, with the line that says where it
 * reaches ("Felt in: …") or where it starts and how common a cause it is
 * ("Starts in: … · a common cause of pain here").  @how: in "where does
 * it start?" how often its pain is felt in its most common place; in
 * "where does it hurt?" how common a cause it is of the pain chosen, the
 * order of the sources. */
typedef struct
{
  KcPainSource *source;
  char *start_region;
  KcCommonness how;
  char *reach;
} KcAnswerSource;

#define KC_TYPE_REFERRAL_ANSWER (kc_referral_answer_get_type ())

G_DECLARE_FINAL_TYPE (KcReferralAnswer, kc_referral_answer, KC, REFERRAL_ANSWER, GObject)

KcReferralAnswer   *kc_referral_answer_new                 (KcLibrary          *library,
                                                            KcBodyMapMode       mode,
                                                            const char * const *chosen);
KcBodyMapMode       kc_referral_answer_get_mode            (KcReferralAnswer   *self);
const char * const *kc_referral_answer_get_chosen          (KcReferralAnswer   *self);
gboolean            kc_referral_answer_is_empty            (KcReferralAnswer   *self);
GPtrArray          *kc_referral_answer_get_places          (KcReferralAnswer   *self);
const KcLitPlace   *kc_referral_answer_lookup_place        (KcReferralAnswer   *self,
                                                            const char         *region_id);
GPtrArray          *kc_referral_answer_get_arrows          (KcReferralAnswer   *self);
GPtrArray          *kc_referral_answer_dup_ranked_arrows   (KcReferralAnswer   *self);
GPtrArray          *kc_referral_answer_get_sources         (KcReferralAnswer   *self);
gboolean            kc_referral_answer_get_warnings_first  (KcReferralAnswer   *self);
GPtrArray          *kc_referral_answer_get_warning_tiers   (KcReferralAnswer   *self);
const char         *kc_referral_answer_get_summary         (KcReferralAnswer   *self);

G_END_DECLS
