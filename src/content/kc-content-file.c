/* kc-content-file.c: what one content file declares, before it is accepted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "kc-content-file.h"
#include "kc-item-private.h"
#include "kc-problem.h"
#include "kc-text-block.h"
#include "kc-text.h"
#include "kc-vocabulary.h"

static void
kc_content_id_free (KcContentId *id)
{
  g_free (id->id);
  g_clear_object (&id->object);
  g_free (id);
}

static KcContentId *
kc_content_id_new (KcContentFile *file,
                   const char    *id,
                   xmlNode       *node,
                   gpointer       object)
{
  KcContentId *self = g_new0 (KcContentId, 1);

  self->file = file;
  self->id = g_strdup (id);
  self->line = (guint)MAX (xmlGetLineNo (node), 0);
  self->object = object ? g_object_ref (object) : NULL;

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
  self->items = g_ptr_array_new_with_free_func (g_object_unref);

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
  g_ptr_array_unref (self->items);
  g_clear_pointer (&self->reviewed, g_date_time_unref);
  g_free (self);
}

/* Records that this file defines @id, naming @object (a #KcItem of any
 * kind: the library files it under its kind). */
void
kc_content_file_declare_id (KcContentFile *self,
                            const char    *id,
                            xmlNode       *node,
                            gpointer       object)
{
  g_autoptr(GPtrArray) citations = NULL;

  g_return_if_fail (KC_IS_ITEM (object));
  g_return_if_fail (kc_item_get_kind (object) < KC_ITEM_N_KINDS);

  g_ptr_array_add (self->ids, kc_content_id_new (self, id, node, object));

  /* Every reader declares every item here, so every kind gets its
   * sources and date the same way. */
  citations = kc_xml_node_read_citations (node);
  for (guint i = 0; i < citations->len; i++)
    _kc_item_add_reference (object, g_ptr_array_index (citations, i));
  _kc_item_set_reviewed (object, self->reviewed);
}

/* Records that this file refers to @id, which must name an item of type
 * @expected (0: any kind), to be checked once every file is read. */
void
kc_content_file_add_reference (KcContentFile *self,
                               const char    *id,
                               xmlNode       *node,
                               GType          expected)
{
  KcContentId *ref = kc_content_id_new (self, id, node, NULL);

  ref->expected = expected;
  g_ptr_array_add (self->references, ref);
}

/**
 * kc_xml_node_read_citations:
 * @node: an item's element
 *
 * Reads the item's <references> block, its last child: each <reference>
 * is a citation, kept as written (never translated), with an optional
 * url and doi.
 *
 * Returns: (transfer full) (element-type KcReference): the references,
 *   empty if the item has none
 */
GPtrArray *
kc_xml_node_read_citations (xmlNode *node)
{
  GPtrArray *citations = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_reference_unref);

  KC_XML_FOR_EACH_ELEMENT (block, node)
    {
      if (!kc_xml_node_is (block, "references"))
        continue;

      KC_XML_FOR_EACH_ELEMENT (child, block)
        {
          g_autofree char *url = kc_xml_node_dup_attribute (child, "url");
          g_autofree char *doi = kc_xml_node_dup_attribute (child, "doi");
          xmlChar *text = xmlNodeGetContent (child);
          g_autofree char *normal = kc_text_normalize_space (text ? (const char *)text : "");

          xmlFree (text);
          g_ptr_array_add (citations, kc_reference_new (normal, url, doi));
        }
    }

  return citations;
}

/**
 * kc_xml_node_dup_date:
 * @attribute: an attribute whose schema allows only "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): midnight UTC of that day, or %NULL
 *   if @node has no such attribute or it names no real day
 */
GDateTime *
kc_xml_node_dup_date (xmlNode    *node,
                      const char *attribute)
{
  g_autofree char *value = kc_xml_node_dup_attribute (node, attribute);
  guint year, month, day;
  char end;

  if (value == NULL || sscanf (value, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return NULL;
  if (!g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return NULL;

  return g_date_time_new_utc ((int)year, (int)month, (int)day, 0, 0, 0);
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
  xmlChar *content;
  char *translated;

  /* Most elements hold one piece of text: read it in place. */
  if (node->children != NULL && node->children->next == NULL &&
      node->children->type == XML_TEXT_NODE && node->children->content != NULL)
    return kc_text_translate ((const char *)node->children->content);

  content = xmlNodeGetContent (node);
  translated = kc_text_translate (content ? (const char *)content : "");
  xmlFree (content);
  return translated;
}

static KcTextBlock *
read_list (xmlNode *list)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_null_terminated (1, g_free, TRUE);

  for (xmlNode *item = list->children; item != NULL; item = item->next)
    {
      if (kc_xml_node_is (item, "item"))
        g_ptr_array_add (items, kc_xml_node_dup_translated (item));
    }

  return kc_text_block_new_list ((const char * const *)items->pdata);
}

/**
 * kc_xml_node_read_blocks:
 *
 * Reads the <p> and <list> children of @node, translated.
 *
 * Returns: (transfer full) (element-type KcTextBlock): the blocks
 */
GPtrArray *
kc_xml_node_read_blocks (xmlNode *node)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_text_block_free);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (kc_xml_node_is (child, "p"))
        {
          g_autofree char *text = kc_xml_node_dup_translated (child);
          g_ptr_array_add (blocks, kc_text_block_new_paragraph (text));
        }
      else if (kc_xml_node_is (child, "list"))
        g_ptr_array_add (blocks, read_list (child));
    }

  return blocks;
}

/**
 * kc_xml_node_dup_refs:
 * @element: the name of the child elements whose `ref` to collect
 *
 * Collects the `ref` attributes of @node's @element children and records
 * each as a reference of @file, to be checked once everything is loaded.
 *
 * Returns: (transfer full): the ids, %NULL-terminated
 */
char **
kc_xml_node_dup_refs (KcContentFile *file,
                      xmlNode       *node,
                      const char    *element,
                      GType          expected)
{
  g_autoptr(GStrvBuilder) refs = g_strv_builder_new ();

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *ref = NULL;

      if (!kc_xml_node_is (child, element))
        continue;

      ref = kc_xml_node_dup_attribute (child, "ref");
      kc_content_file_add_reference (file, ref, child, expected);
      g_strv_builder_add (refs, ref);
    }

  return g_strv_builder_end (refs);
}

static gboolean
parse_word (KcContentFile *file,
            xmlNode       *node,
            const char    *attribute,
            const char    *word,
            GType          enum_type,
            int           *value,
            GPtrArray     *problems)
{
  g_autofree char *message = NULL;

  if (kc_vocabulary_from_word (enum_type, word, value))
    return TRUE;

  /* The schemas allow only known words: this is a schema and enum out of step. */
  message = g_strdup_printf (_("“%s” is not a word Kinetic Chain knows for “%s”."),
                             word ? word : "", attribute);
  g_ptr_array_add (problems, kc_problem_new (file->display_name,
                                             (guint)MAX (xmlGetLineNo (node), 0),
                                             KC_CONTENT_ERROR_SCHEMA, message));
  return FALSE;
}

/**
 * kc_xml_node_read_word:
 * @enum_type: the vocabulary (kc-vocabulary.h) the word belongs to
 * @value: (out): the value the word names
 *
 * Reads @attribute of @node as a word of @enum_type.  A missing or unknown
 * word adds a problem with @file's name and @node's line.
 *
 * Returns: %TRUE if @value was set
 */
gboolean
kc_xml_node_read_word (KcContentFile *file,
                       xmlNode       *node,
                       const char    *attribute,
                       GType          enum_type,
                       int           *value,
                       GPtrArray     *problems)
{
  g_autofree char *word = kc_xml_node_dup_attribute (node, attribute);

  return parse_word (file, node, attribute, word, enum_type, value, problems);
}

/**
 * kc_xml_node_read_words:
 * @values: (element-type int): where the values are appended, in order
 *
 * Like kc_xml_node_read_word() for an attribute that lists words.
 *
 * Returns: %TRUE if every word is known
 */
gboolean
kc_xml_node_read_words (KcContentFile *file,
                        xmlNode       *node,
                        const char    *attribute,
                        GType          enum_type,
                        GArray        *values,
                        GPtrArray     *problems)
{
  g_autofree char *list = kc_xml_node_dup_attribute (node, attribute);
  g_auto(GStrv) words = g_strsplit_set (list ? g_strstrip (list) : "", " \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      int value;

      if (*words[i] == '\0')
        continue;
      if (!parse_word (file, node, attribute, words[i], enum_type, &value, problems))
        return FALSE;
      g_array_append_val (values, value);
    }

  return TRUE;
}
