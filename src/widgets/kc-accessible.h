/* kc-accessible.h: what GTK 4.8 gets wrong for screen readers, put right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void kc_accessible_fix_mnemonic_names (GtkWidget  *widget);
void kc_accessible_name_cell           (GtkWidget  *widget,
                                       const char *name);
void kc_accessible_name_menu_button   (GtkMenuButton *button,
                                       const char    *name);
void kc_accessible_name_menu          (GtkMenuButton *button);
void kc_accessible_hide_closed_revealer (GtkRevealer *revealer);
void kc_accessible_hide_insides         (GtkWidget   *widget);
void kc_accessible_follow_squeezer      (AdwSqueezer *squeezer);
void kc_accessible_hide_when_empty     (GtkLabel    *label);
void kc_accessible_hide_decorations    (GtkWidget   *widget);

G_END_DECLS
