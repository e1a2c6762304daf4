/* kc-diagram-swatch.h: a legend's square, in a diagram stylesheet's colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KC_TYPE_DIAGRAM_SWATCH (kc_diagram_swatch_get_type ())

G_DECLARE_FINAL_TYPE (KcDiagramSwatch, kc_diagram_swatch, KC, DIAGRAM_SWATCH, GtkWidget)

GtkWidget  *kc_diagram_swatch_new             (const char      *style_class);
const char *kc_diagram_swatch_get_style_class (KcDiagramSwatch *self);

G_END_DECLS
