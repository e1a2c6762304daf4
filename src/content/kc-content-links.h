/* kc-content-links.h: ids and references across all content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-content-file.h"

G_BEGIN_DECLS

gboolean kc_content_links_claim   (KcContentFile *file,
                                   GHashTable    *owners,
                                   GPtrArray     *problems);
guint    kc_content_links_resolve (GPtrArray     *files,
                                   GHashTable    *owners,
                                   GPtrArray     *problems);

G_END_DECLS
