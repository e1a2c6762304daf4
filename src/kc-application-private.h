/* kc-application-private.h: the application, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "core/kc-reminder.h"

G_BEGIN_DECLS

void     _kc_application_add_print_options (GApplication *app);
gboolean _kc_application_asks_to_print     (GVariantDict *options);
int      _kc_application_print             (GVariantDict *options,
                                            KcLibrary    *library);

/* kc-application-reminders.c */
KcReminder *_kc_application_new_reminder (GtkApplication *app,
                                          GSettings      *settings);

G_END_DECLS
