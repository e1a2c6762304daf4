/* kc-content-file.h: what one content file declares, before it is accepted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library reads each file into one of these first.  Only when the
 * whole file is valid, its ids are new and everything it refers to exists
 * does its content join the library: a bad file changes nothing.
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

typedef struct _KcContentFile KcContentFile;

typedef struct
{
  char *id;
  guint line;
  KcContentFile *file;  /* borrowed: the file that declares or uses the id */
  GObject *object;      /* a declaration: what the id names */
  GType expected;       /* a reference: the type it must name, or 0 for any */
} KcContentId;

struct _KcContentFile
{
  char *display_name;
  GPtrArray *ids;         /* of KcContentId, declared here */
  GPtrArray *references;  /* of KcContentId, used here */
  GPtrArray *items;       /* of GObject: the file's top-level items, in order */
  GDateTime *reviewed;    /* nullable: the root's reviewed="YYYY-MM-DD" */
  guint n_more_problems;  /* found past the cap: counted, not made */
  guint bundled : 1;
  guint rejected : 1;
};

typedef gboolean (*KcContentReader) (KcContentFile *file,
                                     xmlNode       *root,
                                     GPtrArray     *problems);

KcContentFile *kc_content_file_new           (const char    *display_name,
                                              gboolean       bundled);
void           kc_content_file_free          (KcContentFile *self);
void           kc_content_file_declare_id    (KcContentFile *self,
                                              const char    *id,
                                              xmlNode       *node,
                                              gpointer       object);
void           kc_content_file_add_reference (KcContentFile *self,
                                              const char    *id,
                                              xmlNode       *node,
                                              GType          expected);

/* Small libxml2 helpers for readers */
#define KC_XML_FOR_EACH_ELEMENT(child, parent) \
  for (xmlNode *child = (parent)->children; child != NULL; child = child->next) \
    if (child->type == XML_ELEMENT_NODE)

GPtrArray     *kc_xml_node_read_citations    (xmlNode       *node);
GDateTime     *kc_xml_node_dup_date          (xmlNode       *node,
                                              const char    *attribute);
gboolean       kc_xml_node_is                (xmlNode       *node,
                                              const char    *name);
char          *kc_xml_node_dup_attribute     (xmlNode       *node,
                                              const char    *name);
char          *kc_xml_node_dup_translated    (xmlNode       *node);
GPtrArray     *kc_xml_node_read_blocks       (xmlNode       *node);
char         **kc_xml_node_dup_refs          (KcContentFile *file,
                                              xmlNode       *node,
                                              const char    *element,
                                              GType          expected);
gboolean       kc_xml_node_read_word         (KcContentFile *file,
                                              xmlNode       *node,
                                              const char    *attribute,
                                              GType          enum_type,
                                              int           *value,
                                              GPtrArray     *problems);
gboolean       kc_xml_node_read_words        (KcContentFile *file,
                                              xmlNode       *node,
                                              const char    *attribute,
                                              GType          enum_type,
                                              GArray        *values,
                                              GPtrArray     *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcContentFile, kc_content_file_free)

G_END_DECLS
