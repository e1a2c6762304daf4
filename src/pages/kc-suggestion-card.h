/* kc-suggestion-card.h: a change suggested from the log, to accept or dismiss
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "plan/kc-plan-suggestions.h"

G_BEGIN_DECLS

#define KC_TYPE_SUGGESTION_CARD (kc_suggestion_card_get_type ())

G_DECLARE_FINAL_TYPE (KcSuggestionCard, kc_suggestion_card, KC, SUGGESTION_CARD, GtkWidget)

GtkWidget          *kc_suggestion_card_new            (KcPlan             *plan,
                                                       KcLibrary          *library,
                                                       const KcPlanChange *suggestion,
                                                       GDate              *today);
const KcPlanChange *kc_suggestion_card_get_suggestion (KcSuggestionCard   *self);

G_END_DECLS
