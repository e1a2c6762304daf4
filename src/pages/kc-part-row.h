/* kc-part-row.h: one part of an anatomy diagram in the parts list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-anatomy-part.h"

G_BEGIN_DECLS

#define KC_TYPE_PART_ROW (kc_part_row_get_type ())

G_DECLARE_FINAL_TYPE (KcPartRow, kc_part_row, KC, PART_ROW, GtkListBoxRow)

GtkWidget     *kc_part_row_new          (KcAnatomyPart *part,
                                         guint          position);
KcAnatomyPart *kc_part_row_get_part     (KcPartRow     *self);
guint          kc_part_row_get_position (KcPartRow     *self);
int            kc_part_row_compare      (KcPartRow     *a,
                                         KcPartRow     *b);

G_END_DECLS
