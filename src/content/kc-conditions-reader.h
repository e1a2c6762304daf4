/* kc-conditions-reader.h: <conditions> files into conditions and stories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-content-file.h"

G_BEGIN_DECLS

gboolean kc_conditions_reader_read (KcContentFile *file,
                                    xmlNode       *root,
                                    GPtrArray     *problems);

G_END_DECLS
