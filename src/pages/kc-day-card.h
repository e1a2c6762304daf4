/* kc-day-card.h: one day of the plan being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "plan/kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_DAY_CARD (kc_day_card_get_type ())

/* Exercises a day holds before the card suggests spreading them out. */
#define KC_DAY_CARD_GENTLE_LIMIT 4

G_DECLARE_FINAL_TYPE (KcDayCard, kc_day_card, KC, DAY_CARD, GtkWidget)

GtkWidget *kc_day_card_new         (guint       weekday,
                                    KcLibrary  *library,
                                    GtkPopover *add_popover);
guint      kc_day_card_get_weekday (KcDayCard  *self);
KcPlan    *kc_day_card_get_plan    (KcDayCard  *self);
void       kc_day_card_set_plan    (KcDayCard  *self,
                                    KcPlan     *plan);

G_END_DECLS
