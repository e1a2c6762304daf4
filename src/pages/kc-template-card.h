/* kc-template-card.h: a plan template, described, with its sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-plan-template.h"

G_BEGIN_DECLS

#define KC_TYPE_TEMPLATE_CARD (kc_template_card_get_type ())

G_DECLARE_FINAL_TYPE (KcTemplateCard, kc_template_card, KC, TEMPLATE_CARD, GtkBox)

GtkWidget      *kc_template_card_new          (KcPlanTemplate *template);
KcPlanTemplate *kc_template_card_get_template (KcTemplateCard *self);

G_END_DECLS
