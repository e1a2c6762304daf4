/* kc-content-file.c: what one content file declares, before it is accepted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <string.h>

#include "kc-content-file.h"
#include "kc-text.h"

static void
kc_content_id_free (KcContentId *id)
{
  g_free (id->id);
  g_free (id);
}

static KcContentId *
kc_content_id_new (const char *id,
                   xmlNode    *node)
{
  KcContentId *self = g_new0 (KcContentId, 1);

  self->id = g_strdup (id);
  self->line = (guint)MAX (xmlGetLineNo (node), 0);

  return self;
}

KcContentFile *
kc_content_file_new (const char *display_name,
                     gboolean    bundled)
{
  KcContentFile *self = g_new0 (KcContentFile, 1);

  self->display_name = g_strdup (display_name);
  self->bundled = !!bundled;
  self->ids = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_content_id_free);
  self->references = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_content_id_free);
  self->faq_topics = g_ptr_array_new_with_free_func (g_object_unref);

  return self;
}

void
kc_content_file_free (KcContentFile *self)
{
  if (self == NULL)
    return;

  g_free (self->display_name);
  g_ptr_array_unref (self->ids);
  g_ptr_array_unref (self->references);
  g_ptr_array_unref (self->faq_topics);
  g_free (self);
}

void
kc_content_file_declare_id (KcContentFile *self,
                            const char    *id,
                            xmlNode       *node)
{
  g_ptr_array_add (self->ids, kc_content_id_new (id, node));
}

void
kc_content_file_add_reference (KcContentFile *self,
                               const char    *id,
                               xmlNode       *node)
{
  g_ptr_array_add (self->references, kc_content_id_new (id, node));
}

gboolean
kc_xml_node_is (xmlNode    *node,
                const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *)node->name, name) == 0;
}

char *
kc_xml_node_dup_attribute (xmlNode    *node,
                           const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);
  return copy;
}

/* The element's text, white space normalised and translated. */
char *
kc_xml_node_dup_translated (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *translated = kc_text_translate (content ? (const char *)content : "");

  xmlFree (content);
  return translated;
}
