/* kc-place-row.h: a place on the body map's list, to tick
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-body-region.h"

G_BEGIN_DECLS

#define KC_TYPE_PLACE_ROW (kc_place_row_get_type ())

G_DECLARE_FINAL_TYPE (KcPlaceRow, kc_place_row, KC, PLACE_ROW, GtkListBoxRow)

GtkWidget      *kc_place_row_new        (KcBodyRegion *region);
KcBodyRegion   *kc_place_row_get_region (KcPlaceRow   *self);
GtkCheckButton *kc_place_row_get_check  (KcPlaceRow   *self);
gboolean        kc_place_row_get_active (KcPlaceRow   *self);
void            kc_place_row_set_active (KcPlaceRow   *self,
                                         gboolean      active);
void            kc_place_row_set_group  (KcPlaceRow   *self,
                                         KcPlaceRow   *group);

G_END_DECLS
