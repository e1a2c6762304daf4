/* kc-anatomy-diagram.h: an anatomy diagram and its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kc-item.h"
#include "kc-vocabulary.h"

G_BEGIN_DECLS

#define KC_TYPE_ANATOMY_DIAGRAM (kc_anatomy_diagram_get_type ())

G_DECLARE_FINAL_TYPE (KcAnatomyDiagram, kc_anatomy_diagram, KC, ANATOMY_DIAGRAM, KcItem)

const char *kc_anatomy_diagram_get_description  (KcAnatomyDiagram *self);
const char *kc_anatomy_diagram_get_svg_resource (KcAnatomyDiagram *self);
GListModel *kc_anatomy_diagram_get_parts        (KcAnatomyDiagram *self);
gboolean    kc_anatomy_diagram_get_exercise_area (KcAnatomyDiagram *self,
                                                  KcExerciseArea   *area);
const char *kc_anatomy_diagram_find_state       (KcAnatomyDiagram    *self,
                                                 const char          *condition_id,
                                                 const char * const **lit_parts);
const char **kc_anatomy_diagram_get_state_layers (KcAnatomyDiagram   *self);

G_END_DECLS
