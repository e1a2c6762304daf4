/* kc-warnings-reader.h: a <warnings> block, for any reader that has one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-content-file.h"

G_BEGIN_DECLS

GPtrArray *kc_warnings_reader_read (KcContentFile *file,
                                    xmlNode       *warnings,
                                    GPtrArray     *problems);

G_END_DECLS
