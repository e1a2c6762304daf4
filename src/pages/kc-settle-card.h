/* kc-settle-card.h: "Did the pain settle by this morning?" in Today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "plan/kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_SETTLE_CARD (kc_settle_card_get_type ())

G_DECLARE_FINAL_TYPE (KcSettleCard, kc_settle_card, KC, SETTLE_CARD, GtkWidget)

GtkWidget *kc_settle_card_new (KcPlan    *plan,
                               KcLibrary *library,
                               GDate     *today,
                               GDate     *session_day,
                               GPtrArray *records);

G_END_DECLS
