/* kc-body-map-legend.h: the words and colours of the body map's roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-body-map-mode.h"

G_BEGIN_DECLS

gboolean kc_body_map_legend_get_entry (KcBodyMapMode   mode,
                                       guint           index,
                                       const char    **style_class,
                                       const char    **label);
gboolean kc_body_map_legend_get_fill  (const char     *style_class,
                                       GdkRGBA        *fill);

G_END_DECLS
