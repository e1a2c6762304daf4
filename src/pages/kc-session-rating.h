/* kc-session-rating.h: "How much did it hurt?" after each exercise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-pain-rule.h"

G_BEGIN_DECLS

#define KC_TYPE_SESSION_RATING (kc_session_rating_get_type ())

G_DECLARE_FINAL_TYPE (KcSessionRating, kc_session_rating, KC, SESSION_RATING, GtkWidget)

void       kc_session_rating_reset        (KcSessionRating *self,
                                           const char      *exercise_name);
void       kc_session_rating_set_pain     (KcSessionRating *self,
                                           int              pain);
int        kc_session_rating_get_pain     (KcSessionRating *self);
void       kc_session_rating_set_spreading (KcSessionRating *self,
                                            gboolean         spreading);
KcPainBand kc_session_rating_get_band     (KcSessionRating *self);
const char *kc_session_rating_get_advice  (KcSessionRating *self);

G_END_DECLS
