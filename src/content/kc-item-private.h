/* kc-item-private.h: what the loader sets on every item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-item.h"

G_BEGIN_DECLS

void _kc_item_add_reference (KcItem      *self,
                             KcReference *reference);
void _kc_item_set_reviewed  (KcItem      *self,
                             GDateTime   *reviewed);

G_END_DECLS
