/* kc-psfs-activity-row.h: one activity of the functional scale, named
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "plan/kc-psfs.h"

G_BEGIN_DECLS

#define KC_TYPE_PSFS_ACTIVITY_ROW (kc_psfs_activity_row_get_type ())

G_DECLARE_FINAL_TYPE (KcPsfsActivityRow, kc_psfs_activity_row, KC, PSFS_ACTIVITY_ROW,
                      AdwEntryRow)

GtkWidget  *kc_psfs_activity_row_new             (const KcPsfsActivity *activity,
                                                  guint                 number);
const char *kc_psfs_activity_row_get_activity_id (KcPsfsActivityRow    *self);

G_END_DECLS
