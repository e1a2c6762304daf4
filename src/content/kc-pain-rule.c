/* kc-pain-rule.c: the one pain rule for every exercise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pain-monitoring model (Thomeé 1997; Silbernagel et al. 2007): pain
 * during or after exercise rated 0–10.  It is the same for every
 * exercise, so it lives here once and the cards, the details and the
 * printed plan read it; no exercise's cautions may say otherwise.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-pain-rule.h"

static const struct {
  guint lowest;
  guint highest;
  const char *label;
  const char *advice;
} bands[KC_N_PAIN_BANDS] = {
  [KC_PAIN_BAND_FINE] = {
    0, 3,
    /* Translators: a band of the pain rule; pain on a scale from 0 to 10 */
    N_("Green: pain 0 to 3 out of 10"),
    N_("Fine. Carry on."),
  },
  [KC_PAIN_BAND_ACCEPTABLE] = {
    4, 5,
    N_("Amber: pain 4 or 5 out of 10"),
    N_("Acceptable if it has settled by the next morning. If it has not, do less next time."),
  },
  [KC_PAIN_BAND_STOP] = {
    6, KC_PAIN_SCALE_MAX,
    N_("Red: pain above 5, or pain spreading down the leg"),
    N_("Stop. Next time do the easier version, or ask your physiotherapist."),
  },
};

guint
kc_pain_rule_get_lowest (KcPainBand band)
{
  g_return_val_if_fail (band < KC_N_PAIN_BANDS, 0);
  return bands[band].lowest;
}

guint
kc_pain_rule_get_highest (KcPainBand band)
{
  g_return_val_if_fail (band < KC_N_PAIN_BANDS, 0);
  return bands[band].highest;
}

/* "Green: pain 0 to 3 out of 10": names the colour, so colour is never
 * the only signal. */
const char *
kc_pain_rule_get_label (KcPainBand band)
{
  g_return_val_if_fail (band < KC_N_PAIN_BANDS, NULL);
  return _(bands[band].label);
}

const char *
kc_pain_rule_get_advice (KcPainBand band)
{
  g_return_val_if_fail (band < KC_N_PAIN_BANDS, NULL);
  return _(bands[band].advice);
}

/* Where the rule comes from, shown under it. */
const char *
kc_pain_rule_get_source (void)
{
  return _("The pain-monitoring model (Thomeé 1997; Silbernagel et al. 2007).");
}

/**
 * kc_pain_rule_classify:
 * @pain: 0 to 10; anything above counts as 10
 * @spreading_down_leg: the pain spreads down the leg, whatever its score
 *
 * Returns: the band @pain falls in
 */
KcPainBand
kc_pain_rule_classify (guint    pain,
                       gboolean spreading_down_leg)
{
  if (spreading_down_leg)
    return KC_PAIN_BAND_STOP;

  for (guint band = 0; band < KC_N_PAIN_BANDS; band++)
    if (pain <= bands[band].highest)
      return (KcPainBand)band;

  return KC_PAIN_BAND_STOP;
}
