/* kc-diagram-view-private.h: shared between the view and its labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <librsvg/rsvg.h>

#include "kc-diagram-view.h"

G_BEGIN_DECLS

void        _kc_diagram_view_get_transform (KcDiagramView *self,
                                            double        *scale,
                                            double        *origin_x,
                                            double        *origin_y);
guint       _kc_diagram_view_get_n_parts   (KcDiagramView *self);
void        _kc_diagram_view_get_content_span (KcDiagramView *self,
                                               double        *left,
                                               double        *right);
const char *_kc_diagram_view_get_part      (KcDiagramView  *self,
                                            guint           index,
                                            const char    **name);
double      _kc_diagram_view_label_margin  (KcDiagramView *self);
void        _kc_diagram_view_draw_labels   (KcDiagramView *self,
                                            cairo_t       *cr);

G_END_DECLS
