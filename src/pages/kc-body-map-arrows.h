/* kc-body-map-arrows.h: which arrows a view of the body map draws
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The arrows' colour, a GdkRGBA's: on screen and on paper */
#define KC_BODY_MAP_ARROW_COLOR { 0.65, 0.11, 0.18, 0.6 }

/* Draws an arrow from @from (an element of the view) to the part @to;
 * returns whether the view drew one more. */
typedef gboolean (*KcBodyMapArrowFunc) (const char *from,
                                        const char *to,
                                        gpointer    view);

char *kc_body_map_dup_arrow_start (const char         *region,
                                   const char * const *part_ids);
void  kc_body_map_add_main_arrows (GPtrArray          *ranked,
                                   const char * const *part_ids,
                                   KcBodyMapArrowFunc  add,
                                   gpointer            view);

G_END_DECLS
