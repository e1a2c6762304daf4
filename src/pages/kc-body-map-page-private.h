/* kc-body-map-page-private.h: shared by the page and its printout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-body-map-page.h"
#include "widgets/kc-diagram-view.h"

G_BEGIN_DECLS

KcDiagramView *_kc_body_map_page_get_view          (KcBodyMapPage *self,
                                                    guint          index);
KcLibrary     *_kc_body_map_page_get_library       (KcBodyMapPage *self);
void           _kc_body_map_page_ensure_built      (KcBodyMapPage *self);
char          *_kc_body_map_page_dup_handout_text  (KcBodyMapPage *self);

G_END_DECLS
