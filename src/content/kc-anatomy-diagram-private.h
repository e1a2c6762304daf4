/* kc-anatomy-diagram-private.h: building diagrams, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-anatomy-diagram.h"
#include "kc-anatomy-part.h"

G_BEGIN_DECLS

KcAnatomyDiagram *_kc_anatomy_diagram_new      (const char       *id,
                                                const char       *title,
                                                const char       *description,
                                                const char       *svg_resource);
void              _kc_anatomy_diagram_set_exercise_area (KcAnatomyDiagram *self,
                                                         KcExerciseArea    area);
void              _kc_anatomy_diagram_add_part (KcAnatomyDiagram *self,
                                                KcAnatomyPart    *part);
void              _kc_anatomy_diagram_add_state (KcAnatomyDiagram   *self,
                                                 const char         *layer,
                                                 const char * const *lit_parts,
                                                 const char * const *conditions);

G_END_DECLS
