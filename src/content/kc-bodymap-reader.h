/* kc-bodymap-reader.h: <bodymap> files into views, regions and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-content-file.h"

G_BEGIN_DECLS

gboolean kc_bodymap_reader_read (KcContentFile *file,
                                 xmlNode       *root,
                                 GPtrArray     *problems);

G_END_DECLS
