/* kc-svg.c: what a diagram SVG offers: its clickable parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A clickable part is an element with an id and class="part".  Reading the
 * SVG with our safe reader (not librsvg) gives them in document order,
 * which is paint order: the last one is drawn on top.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-content-file.h"
#include "kc-svg.h"
#include "kc-xml.h"

static gboolean
has_class (xmlNode    *node,
           const char *name)
{
  g_autofree char *classes = kc_xml_node_dup_attribute (node, "class");
  g_auto(GStrv) names = NULL;

  if (classes == NULL)
    return FALSE;

  names = g_strsplit_set (classes, " \t\n", -1);
  return g_strv_contains ((const char * const *)names, name);
}

static void
collect_ids (xmlNode      *node,
             const char   *class_name,
             GStrvBuilder *ids)
{
  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      g_autofree char *id = kc_xml_node_dup_attribute (child, "id");

      if (id != NULL && has_class (child, class_name))
        g_strv_builder_add (ids, id);
      collect_ids (child, class_name, ids);
    }
}

/**
 * kc_svg_dup_part_ids:
 * @problems: (element-type KcProblem): where to add a problem if @svg
 *   cannot be read
 *
 * Returns: (transfer full) (nullable): the ids of the parts, in paint order
 */
char **
kc_svg_dup_part_ids (GBytes     *svg,
                     const char *display_name,
                     GPtrArray  *problems)
{
  return kc_svg_dup_ids_with_class (svg, display_name, "part", problems);
}

/**
 * kc_svg_dup_ids_with_class:
 * @class_name: e.g. "state", for the layers a diagram view hides until
 *   asked to show them
 * @problems: (element-type KcProblem): where to add a problem if @svg
 *   cannot be read
 *
 * Returns: (transfer full) (nullable): the ids of the elements that have
 *   an id and @class_name among their classes, in document order
 */
char **
kc_svg_dup_ids_with_class (GBytes     *svg,
                           const char *display_name,
                           const char *class_name,
                           GPtrArray  *problems)
{
  g_autoptr(xmlDoc) doc = kc_xml_parse (svg, display_name, problems);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  if (doc == NULL)
    return NULL;

  collect_ids (xmlDocGetRootElement (doc), class_name, ids);
  return g_strv_builder_end (ids);
}
