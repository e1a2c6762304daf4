/* kc-body-region-private.h: building regions of the body map, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-body-region.h"

G_BEGIN_DECLS

KcBodyRegion *_kc_body_region_new (const char         *id,
                                   const char         *name,
                                   const char         *group,
                                   const char * const *views);

G_END_DECLS
