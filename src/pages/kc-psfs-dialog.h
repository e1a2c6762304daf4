/* kc-psfs-dialog.h: the functional scale's activities, named and rated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "plan/kc-plan.h"

G_BEGIN_DECLS

#define KC_TYPE_PSFS_DIALOG (kc_psfs_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KcPsfsDialog, kc_psfs_dialog, KC, PSFS_DIALOG, AdwPreferencesWindow)

KcPsfsDialog *kc_psfs_dialog_new      (GtkWindow    *parent,
                                       KcPlan       *plan,
                                       const GDate  *day);
KcPlan       *kc_psfs_dialog_get_plan (KcPsfsDialog *self);

G_END_DECLS
