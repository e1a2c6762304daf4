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

/* Caps on the work a file can cause, not only its bytes; each is far above
 * what our files need.  libxml2 2.9 checks an element's attributes against
 * each other, quadratic in their number (120 000 on one element took a
 * minute), so attributes are counted before libxml2 sees the file. */
#define KC_XML_MAX_ATTRIBUTES       64      /* on one element */
#define KC_XML_MAX_ATTRIBUTES_TOTAL 200000  /* in one file */
/* Text layout is slow on one unbroken word (50 KB froze the window for a
 * minute); in characters, counted between ASCII white space.  Content
 * only: a plan keeps what its user typed (kc-plan-limits.h). */
#define KC_XML_MAX_WORD             1000
/* The longest run of text in one element, in characters: a plan's notes
 * (KC_PLAN_MAX_NOTES) are the longest we write. */
#define KC_XML_MAX_TEXT             100000
/* A details dialog with 100 000 problems took 108 s and 3.5 GB: a file
 * reports its first problems, then how many more it has. */
#define KC_XML_MAX_PROBLEMS         100

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

void     kc_xml_init        (void);
GBytes  *kc_xml_load_file   (GFile      *file,
                             const char *display_name,
                             GPtrArray  *problems);
GBytes  *kc_xml_load_resource (const char *path,
                               const char *display_name,
                               GPtrArray  *problems);
const char *kc_xml_sniff     (GBytes     *bytes);
xmlDoc  *kc_xml_parse       (GBytes     *bytes,
                             const char *display_name,
                             GPtrArray  *problems);
xmlDoc  *kc_xml_parse_full  (GBytes     *bytes,
                             const char *display_name,
                             guint       max_word,
                             GPtrArray  *problems);
gboolean kc_xml_validate    (xmlDoc     *doc,
                             const char *schema_resource,
                             const char *display_name,
                             GPtrArray  *problems);

G_END_DECLS
