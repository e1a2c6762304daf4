/* kc-body-view-private.h: building views of the body map, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-body-view.h"

G_BEGIN_DECLS

KcBodyView *_kc_body_view_new (const char *id,
                               const char *title,
                               const char *svg_resource);

G_END_DECLS
