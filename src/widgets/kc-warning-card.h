/* kc-warning-card.h: one tier of warning signs, with its colour and icon
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-warning-signs.h"

G_BEGIN_DECLS

#define KC_TYPE_WARNING_CARD (kc_warning_card_get_type ())

G_DECLARE_FINAL_TYPE (KcWarningCard, kc_warning_card, KC, WARNING_CARD, GtkWidget)

GtkWidget      *kc_warning_card_new        (KcWarningSigns *signs);
KcWarningSigns *kc_warning_card_get_signs  (KcWarningCard  *self);
GtkWidget      *kc_warning_cards_new       (GPtrArray      *tiers);

G_END_DECLS
