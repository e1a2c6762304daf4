/* kc-method-dialog.h: who the content is for and how it was checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"

G_BEGIN_DECLS

#define KC_TYPE_METHOD_DIALOG (kc_method_dialog_get_type ())

G_DECLARE_FINAL_TYPE (KcMethodDialog, kc_method_dialog, KC, METHOD_DIALOG, GtkWindow)

KcMethodDialog *kc_method_dialog_new (GtkWindow *parent,
                                      KcLibrary *library);

G_END_DECLS
