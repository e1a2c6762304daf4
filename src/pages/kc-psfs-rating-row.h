/* kc-psfs-rating-row.h: one activity's rating this week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "plan/kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_PSFS_RATING_ROW (kc_psfs_rating_row_get_type ())

G_DECLARE_FINAL_TYPE (KcPsfsRatingRow, kc_psfs_rating_row, KC, PSFS_RATING_ROW, AdwActionRow)

GtkWidget      *kc_psfs_rating_row_new          (KcPlan          *plan,
                                                 const char      *activity_id,
                                                 const GDate     *day);
void            kc_psfs_rating_row_refresh      (KcPsfsRatingRow *self);
GtkSpinButton  *kc_psfs_rating_row_get_spin     (KcPsfsRatingRow *self);

G_END_DECLS
