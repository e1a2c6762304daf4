/* kc-xml.h: reading content files a user may hand us, safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Content files are small: a generous cap still stops a hostile file
 * long before it costs real memory. */
#define KC_XML_MAX_FILE_SIZE (8 * 1024 * 1024)
/* Our schemas nest a handful of levels; anything deeper is not ours. */
#define KC_XML_MAX_DEPTH 32

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

void     kc_xml_init        (void);
GBytes  *kc_xml_load_file   (GFile      *file,
                             const char *display_name,
                             GPtrArray  *problems);
GBytes  *kc_xml_load_resource (const char *path,
                               const char *display_name,
                               GPtrArray  *problems);
xmlDoc  *kc_xml_parse       (GBytes     *bytes,
                             const char *display_name,
                             GPtrArray  *problems);
gboolean kc_xml_validate    (xmlDoc     *doc,
                             const char *schema_resource,
                             const char *display_name,
                             GPtrArray  *problems);

G_END_DECLS
