/* kc-problems-dialog.h: which content files were skipped, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KC_TYPE_PROBLEMS_DIALOG (kc_problems_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KcProblemsDialog, kc_problems_dialog, KC, PROBLEMS_DIALOG, GtkWindow)

KcProblemsDialog *kc_problems_dialog_new (GtkWindow  *parent,
                                          GListModel *problems);

G_END_DECLS
