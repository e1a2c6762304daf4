/* kc-pain-light.h: the pain rule as a traffic light
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-pain-rule.h"

G_BEGIN_DECLS

#define KC_TYPE_PAIN_LIGHT (kc_pain_light_get_type ())

G_DECLARE_FINAL_TYPE (KcPainLight, kc_pain_light, KC, PAIN_LIGHT, GtkWidget)

GtkWidget *kc_pain_light_new      (void);
void       kc_pain_light_set_band (KcPainLight *self,
                                   KcPainBand   band);

G_END_DECLS
