/* kc-time-chooser.h: a time of day, as hours and minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KC_TYPE_TIME_CHOOSER (kc_time_chooser_get_type ())

G_DECLARE_FINAL_TYPE (KcTimeChooser, kc_time_chooser, KC, TIME_CHOOSER, GtkWidget)

GtkWidget *kc_time_chooser_new      (void);
int        kc_time_chooser_get_time (KcTimeChooser *self);
void       kc_time_chooser_set_time (KcTimeChooser *self,
                                     int            minute_of_day);

G_END_DECLS
