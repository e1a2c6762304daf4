/* kc-xml-private.h: shared by kc-xml.c and kc-xml-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include "kc-xml.h"

G_BEGIN_DECLS

/* For content files and our own schemas alike: never the network. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | \
                       XML_PARSE_BIG_LINES)

void   _kc_xml_add_problem (GPtrArray      *problems,
                            const char     *file,
                            guint           line,
                            KcContentError  code,
                            const char     *message);
guint  _kc_xml_error_line  (const xmlError *error);
char  *_kc_xml_error_detail (const xmlError *error);
char  *_kc_xml_dup_prop    (xmlNode        *node,
                            const char     *name);

xmlNode *_kc_xml_schema_find_define     (xmlNode    *node,
                                         const char *name);
xmlNode *_kc_xml_schema_find_element    (xmlNode    *node,
                                         const char *name);
char    *_kc_xml_describe_refused_value (xmlDoc     *schema,
                                         xmlNode    *node);

G_END_DECLS
