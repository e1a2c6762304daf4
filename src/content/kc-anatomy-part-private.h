/* kc-anatomy-part-private.h: building parts, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-anatomy-part.h"

G_BEGIN_DECLS

KcAnatomyPart *_kc_anatomy_part_new (const char         *id,
                                     KcAnatomyPartKind   kind,
                                     const char         *name,
                                     const char         *function,
                                     const char         *back_knee,
                                     const char * const *condition_ids);
void           _kc_anatomy_part_set_supply (KcAnatomyPart *self,
                                            KcNerveRoot    root,
                                            const char    *skin,
                                            const char    *muscles,
                                            const char    *reflex);

G_END_DECLS
