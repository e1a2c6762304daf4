/* kc-glossary-reader.c: <glossary> files into terms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document has passed data/schema/glossary.rng; this turns it into
 * terms and records the items each term refers to, for the library to
 * check.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-glossary-reader.h"
#include "kc-glossary-term-private.h"

static KcGlossaryTerm *
read_term (KcContentFile *file,
           xmlNode       *node)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *name = NULL;
  g_autofree char *synonyms = NULL;
  g_autofree char *definition = NULL;
  g_auto(GStrv) see = kc_xml_node_dup_refs (file, node, "see", G_TYPE_INVALID);
  KcGlossaryTerm *term;

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "name"))
        name = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "synonyms"))
        synonyms = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "definition"))
        definition = kc_xml_node_dup_translated (child);
    }

  term = _kc_glossary_term_new (id, name, synonyms, definition, (const char * const *)see);
  kc_content_file_declare_id (file, id, node, term);

  return term;
}

gboolean
kc_glossary_reader_read (KcContentFile *file,
                         xmlNode       *root,
                         GPtrArray     *problems)
{
  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (kc_xml_node_is (root, "glossary"), FALSE);

  KC_XML_FOR_EACH_ELEMENT (child, root)
    g_ptr_array_add (file->items, read_term (file, child));

  return TRUE;
}
