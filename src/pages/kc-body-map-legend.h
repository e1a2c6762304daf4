/* kc-body-map-legend.h: the words and colours of the body map's roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-body-map-mode.h"
#include "content/kc-referral-answer.h"

G_BEGIN_DECLS

gboolean    kc_body_map_legend_get_entry (KcBodyMapMode      mode,
                                          KcReferralAnswer  *answer,
                                          guint              index,
                                          const char       **style_class,
                                          const char       **label);
gboolean    kc_body_map_legend_get_fill  (const char        *style_class,
                                          GdkRGBA           *fill);
const char *kc_body_map_legend_class_of  (const KcLitPlace  *place);

G_END_DECLS
