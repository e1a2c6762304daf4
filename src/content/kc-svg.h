/* kc-svg.h: what a diagram SVG offers: its clickable parts and hidden layers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char **kc_svg_dup_part_ids (GBytes      *svg,
                            const char  *display_name,
                            GPtrArray   *problems);
char **kc_svg_dup_ids_with_class (GBytes     *svg,
                                  const char *display_name,
                                  const char *class_name,
                                  GPtrArray  *problems);

G_END_DECLS
