/* kc-diagram-view.h: an SVG diagram whose parts can be pointed at and chosen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KC_TYPE_DIAGRAM_VIEW (kc_diagram_view_get_type ())

G_DECLARE_FINAL_TYPE (KcDiagramView, kc_diagram_view, KC, DIAGRAM_VIEW, GtkWidget)

#define KC_DIAGRAM_ZOOM_MIN 1.0
#define KC_DIAGRAM_ZOOM_MAX 6.0

GtkWidget          *kc_diagram_view_new               (void);
gboolean            kc_diagram_view_load_resource     (KcDiagramView      *self,
                                                       const char         *resource,
                                                       GError            **error);
const char * const *kc_diagram_view_get_part_ids      (KcDiagramView      *self);
void                kc_diagram_view_set_part_name     (KcDiagramView      *self,
                                                       const char         *id,
                                                       const char         *name);
const char         *kc_diagram_view_get_selected_part (KcDiagramView      *self);
void                kc_diagram_view_set_selected_part (KcDiagramView      *self,
                                                       const char         *id);
const char         *kc_diagram_view_get_hovered_part  (KcDiagramView      *self);
void                kc_diagram_view_set_part_class    (KcDiagramView      *self,
                                                       const char         *id,
                                                       const char         *style_class);
const char         *kc_diagram_view_get_part_class    (KcDiagramView      *self,
                                                       const char         *id);
void                kc_diagram_view_clear_part_classes (KcDiagramView     *self);
void                kc_diagram_view_set_layer_shown   (KcDiagramView      *self,
                                                       const char         *id,
                                                       gboolean            shown);
gboolean            kc_diagram_view_get_layer_shown   (KcDiagramView      *self,
                                                       const char         *id);
double              kc_diagram_view_get_zoom          (KcDiagramView      *self);
void                kc_diagram_view_set_zoom          (KcDiagramView      *self,
                                                       double              zoom);
gboolean            kc_diagram_view_get_show_labels   (KcDiagramView      *self);
void                kc_diagram_view_set_show_labels   (KcDiagramView      *self,
                                                       gboolean            show_labels);
const char         *kc_diagram_view_part_at           (KcDiagramView      *self,
                                                       double              x,
                                                       double              y);
void                kc_diagram_view_document_to_widget (KcDiagramView     *self,
                                                        double             doc_x,
                                                        double             doc_y,
                                                        double            *x,
                                                        double            *y);
gboolean            kc_diagram_view_get_part_point    (KcDiagramView      *self,
                                                       const char         *id,
                                                       double             *x,
                                                       double             *y);

void                kc_diagram_view_set_pen           (KcDiagramView          *self,
                                                       const GdkRGBA          *color);
gboolean            kc_diagram_view_get_pen_active    (KcDiagramView          *self);
void                kc_diagram_view_add_stroke        (KcDiagramView          *self,
                                                       const GdkRGBA          *color,
                                                       const graphene_point_t *points,
                                                       guint                   n_points);
guint               kc_diagram_view_get_n_strokes     (KcDiagramView          *self);
gboolean            kc_diagram_view_undo_stroke       (KcDiagramView          *self);
void                kc_diagram_view_clear_strokes     (KcDiagramView          *self);
void                kc_diagram_view_set_paths         (KcDiagramView          *self,
                                                       const char             *from_id,
                                                       const char * const     *to_ids,
                                                       const GdkRGBA          *color);
void                kc_diagram_view_add_paths         (KcDiagramView          *self,
                                                       const char             *from_id,
                                                       const char * const     *to_ids,
                                                       const GdkRGBA          *color);
guint               kc_diagram_view_get_n_paths       (KcDiagramView          *self);
gboolean            kc_diagram_view_get_path_origin   (KcDiagramView          *self,
                                                       guint                   index,
                                                       double                 *x,
                                                       double                 *y);
const char         *kc_diagram_view_get_path_target   (KcDiagramView          *self,
                                                       guint                   index);
void                kc_diagram_view_render            (KcDiagramView          *self,
                                                       cairo_t                *cr,
                                                       double                  width,
                                                       double                  height);
void                kc_diagram_view_render_with_labels (KcDiagramView         *self,
                                                        cairo_t               *cr,
                                                        double                 width,
                                                        double                 height);

G_END_DECLS
