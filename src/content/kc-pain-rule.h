/* kc-pain-rule.h: the one pain rule for every exercise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The bands of the pain-monitoring model, mildest first. */
typedef enum
{
  KC_PAIN_BAND_FINE,         /* green */
  KC_PAIN_BAND_ACCEPTABLE,   /* amber */
  KC_PAIN_BAND_STOP,         /* red */
  KC_N_PAIN_BANDS
} KcPainBand;

#define KC_PAIN_SCALE_MAX 10

guint       kc_pain_rule_get_lowest   (KcPainBand band);
guint       kc_pain_rule_get_highest  (KcPainBand band);
const char *kc_pain_rule_get_label    (KcPainBand band);
const char *kc_pain_rule_get_advice   (KcPainBand band);
const char *kc_pain_rule_get_source   (void);
KcPainBand  kc_pain_rule_classify     (guint      pain,
                                       gboolean   spreading_down_leg);

G_END_DECLS
