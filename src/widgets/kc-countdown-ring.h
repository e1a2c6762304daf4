/* kc-countdown-ring.h: seconds left, in large digits inside a ring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KC_TYPE_COUNTDOWN_RING (kc_countdown_ring_get_type ())

G_DECLARE_FINAL_TYPE (KcCountdownRing, kc_countdown_ring, KC, COUNTDOWN_RING, GtkWidget)

GtkWidget *kc_countdown_ring_new          (void);
void       kc_countdown_ring_set          (KcCountdownRing *self,
                                           guint            seconds_left,
                                           guint            total_seconds);
double     kc_countdown_ring_get_fraction (KcCountdownRing *self);
const char *kc_countdown_ring_get_digits  (KcCountdownRing *self);

G_END_DECLS
