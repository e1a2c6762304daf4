/* kc-diagram-paper.h: a diagram as lit, with its arrows, drawn on paper
 * without a widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

#define KC_TYPE_DIAGRAM_PAPER (kc_diagram_paper_get_type ())

G_DECLARE_FINAL_TYPE (KcDiagramPaper, kc_diagram_paper, KC, DIAGRAM_PAPER, GObject)

KcDiagramPaper     *kc_diagram_paper_new_from_resource (const char      *resource,
                                                        GError         **error);
const char * const *kc_diagram_paper_get_part_ids      (KcDiagramPaper  *self);
void                kc_diagram_paper_set_part_class    (KcDiagramPaper  *self,
                                                        const char      *id,
                                                        const char      *style_class);
gboolean            kc_diagram_paper_add_path          (KcDiagramPaper  *self,
                                                        const char      *from_id,
                                                        const char      *to_id,
                                                        const GdkRGBA   *color);
guint               kc_diagram_paper_get_n_paths       (KcDiagramPaper  *self);
void                kc_diagram_paper_render            (KcDiagramPaper  *self,
                                                        cairo_t         *cr,
                                                        double           width,
                                                        double           height);

G_END_DECLS
