/* kc-focus-group.h: a list that is one Tab stop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KC_TYPE_FOCUS_GROUP (kc_focus_group_get_type ())

G_DECLARE_FINAL_TYPE (KcFocusGroup, kc_focus_group, KC, FOCUS_GROUP, GtkWidget)

GtkWidget *kc_focus_group_new      (void);
GtkWidget *kc_focus_group_get_child (KcFocusGroup *self);
void       kc_focus_group_set_child (KcFocusGroup *self,
                                     GtkWidget    *child);
GtkWidget *kc_focus_group_get_stop  (KcFocusGroup *self);
void       kc_focus_group_set_stop  (KcFocusGroup *self,
                                     GtkWidget    *stop);

G_END_DECLS
