/* kc-psfs-card.h: the weekly check of the functional scale, in Today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "plan/kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_PSFS_CARD (kc_psfs_card_get_type ())

G_DECLARE_FINAL_TYPE (KcPsfsCard, kc_psfs_card, KC, PSFS_CARD, GtkWidget)

gboolean   kc_psfs_card_is_wanted (GSettings   *settings,
                                   KcPlan      *plan,
                                   const GDate *day);
GtkWidget *kc_psfs_card_new       (GSettings   *settings,
                                   KcPlan      *plan,
                                   const GDate *day);

G_END_DECLS
