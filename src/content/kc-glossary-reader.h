/* kc-glossary-reader.h: <glossary> files into terms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-content-file.h"

G_BEGIN_DECLS

gboolean kc_glossary_reader_read (KcContentFile *file,
                                  xmlNode       *root,
                                  GPtrArray     *problems);

G_END_DECLS
