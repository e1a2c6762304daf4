/* kc-faq-reader.c: <faq> files into topics and entries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document has passed data/schema/faq.rng, so the structure is
 * known to be right; this only turns it into objects and records ids
 * and references for the library to check.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-faq-entry-private.h"
#include "kc-faq-reader.h"
#include "kc-faq-topic-private.h"
#include "kc-warnings-reader.h"

static void
read_answer (KcFaqEntry *entry,
             xmlNode    *answer)
{
  g_autoptr(GPtrArray) blocks = kc_xml_node_read_blocks (answer);

  for (guint i = 0; i < blocks->len; i++)
    _kc_faq_entry_add_block (entry, kc_text_block_copy (g_ptr_array_index (blocks, i)));
}

static void
read_link (KcContentFile *file,
           KcFaqEntry    *entry,
           xmlNode       *node)
{
  g_autofree char *page = kc_xml_node_dup_attribute (node, "page");
  g_autofree char *ref = kc_xml_node_dup_attribute (node, "ref");
  g_autofree char *label = kc_xml_node_dup_translated (node);
  g_autoptr(KcLink) link = kc_link_new (page, ref, label);

  if (ref != NULL)
    kc_content_file_add_reference (file, ref, node, G_TYPE_INVALID);
  _kc_faq_entry_add_link (entry, link);
}

/* <warnings>: the tiers of the urgent question. */
static gboolean
read_warnings (KcContentFile *file,
               KcFaqEntry    *entry,
               xmlNode       *node,
               GPtrArray     *problems)
{
  g_autoptr(GPtrArray) tiers = kc_warnings_reader_read (file, node, problems);

  if (tiers == NULL)
    return FALSE;

  for (guint i = 0; i < tiers->len; i++)
    _kc_faq_entry_add_warnings (entry, g_ptr_array_index (tiers, i));

  return TRUE;
}

static KcFaqEntry *
read_entry (KcContentFile *file,
            xmlNode       *node,
            GPtrArray     *problems)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *urgent = kc_xml_node_dup_attribute (node, "urgent");
  g_autoptr(KcFaqEntry) entry = NULL;
  g_autofree char *question = NULL;

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "question"))
        {
          question = kc_xml_node_dup_translated (child);
          entry = _kc_faq_entry_new (id, question, g_strcmp0 (urgent, "true") == 0);
        }
      else if (kc_xml_node_is (child, "answer"))
        read_answer (entry, child);
      else if (kc_xml_node_is (child, "warnings") &&
               !read_warnings (file, entry, child, problems))
        return NULL;
      else if (kc_xml_node_is (child, "see-also"))
        {
          g_autofree char *ref = kc_xml_node_dup_attribute (child, "ref");
          kc_content_file_add_reference (file, ref, child, KC_TYPE_FAQ_ENTRY);
          _kc_faq_entry_add_see_also (entry, ref);
        }
      else if (kc_xml_node_is (child, "link"))
        read_link (file, entry, child);
    }

  kc_content_file_declare_id (file, id, node, entry);

  return g_steal_pointer (&entry);
}

static KcFaqTopic *
read_topic (KcContentFile *file,
            xmlNode       *node,
            GPtrArray     *problems)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autoptr(KcFaqTopic) topic = NULL;

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "title"))
        {
          g_autofree char *title = kc_xml_node_dup_translated (child);
          topic = _kc_faq_topic_new (id, title);
        }
      else if (kc_xml_node_is (child, "entry"))
        {
          g_autoptr(KcFaqEntry) entry = read_entry (file, child, problems);

          if (entry == NULL)
            return NULL;
          _kc_faq_topic_add_entry (topic, entry);
        }
    }

  kc_content_file_declare_id (file, id, node, topic);

  return g_steal_pointer (&topic);
}

gboolean
kc_faq_reader_read (KcContentFile *file,
                    xmlNode       *root,
                    GPtrArray     *problems)
{
  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (kc_xml_node_is (root, "faq"), FALSE);

  KC_XML_FOR_EACH_ELEMENT (child, root)
    {
      KcFaqTopic *topic = read_topic (file, child, problems);

      if (topic == NULL)
        return FALSE;
      g_ptr_array_add (file->items, topic);
    }

  return TRUE;
}
