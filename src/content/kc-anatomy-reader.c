/* kc-anatomy-reader.c: <anatomy> files into diagrams and parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document has passed data/schema/anatomy.rng.  Diagram pictures are
 * only ever the program's own: the schema allows a bare file name, and
 * here it must name a bundled SVG.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-anatomy-diagram-private.h"
#include "kc-anatomy-part-private.h"
#include "kc-anatomy-reader.h"
#include "kc-condition.h"
#include "kc-problem.h"

#define DIAGRAM_RESOURCE_DIR RESOURCE_PREFIX "/diagrams/"

/* <supply root="l4">: a nerve root's skin, muscles and reflex. */
static gboolean
read_supply (KcContentFile *file,
             xmlNode       *node,
             KcAnatomyPart *part,
             GPtrArray     *problems)
{
  g_autofree char *skin = NULL;
  g_autofree char *muscles = NULL;
  g_autofree char *reflex = NULL;
  int root;

  if (!kc_xml_node_read_word (file, node, "root", KC_TYPE_NERVE_ROOT, &root, problems))
    return FALSE;

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "skin"))
        skin = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "muscles"))
        muscles = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "reflex"))
        reflex = kc_xml_node_dup_translated (child);
    }

  _kc_anatomy_part_set_supply (part, (KcNerveRoot)root, skin, muscles, reflex);
  return TRUE;
}

static KcAnatomyPart *
read_part (KcContentFile *file,
           xmlNode       *node,
           GPtrArray     *problems)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  int kind;
  g_autofree char *name = NULL;
  g_autofree char *function = NULL;
  g_autofree char *back_knee = NULL;
  g_auto(GStrv) conditions = NULL;
  KcAnatomyPart *part;

  if (!kc_xml_node_read_word (file, node, "kind", KC_TYPE_ANATOMY_PART_KIND, &kind, problems))
    return NULL;

  conditions = kc_xml_node_dup_refs (file, node, "condition", KC_TYPE_CONDITION);
  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "name"))
        name = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "function"))
        function = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "back-knee"))
        back_knee = kc_xml_node_dup_translated (child);
    }

  part = _kc_anatomy_part_new (id, (KcAnatomyPartKind)kind, name, function, back_knee,
                               (const char * const *)conditions);
  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "supply") && !read_supply (file, child, part, problems))
        {
          g_object_unref (part);
          return NULL;
        }
    }
  kc_content_file_declare_id (file, id, node, part);

  return part;
}

/* <state layer="…">: a hidden layer of the SVG, the parts it lights and
 * the conditions that show it.  That the layer is drawn is a test's job:
 * the SVG is the program's own. */
static void
read_state (KcContentFile    *file,
            xmlNode          *node,
            KcAnatomyDiagram *diagram)
{
  g_autofree char *layer = kc_xml_node_dup_attribute (node, "layer");
  g_auto(GStrv) lit = kc_xml_node_dup_refs (file, node, "light", KC_TYPE_ANATOMY_PART);
  g_auto(GStrv) conditions = kc_xml_node_dup_refs (file, node, "condition", KC_TYPE_CONDITION);

  _kc_anatomy_diagram_add_state (diagram, layer, (const char * const *)lit,
                                 (const char * const *)conditions);
}

static KcAnatomyDiagram *
read_diagram (KcContentFile *file,
              xmlNode       *node,
              GPtrArray     *problems)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *svg = kc_xml_node_dup_attribute (node, "svg");
  g_autofree char *resource = g_strconcat (DIAGRAM_RESOURCE_DIR, svg, NULL);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autoptr(KcAnatomyDiagram) diagram = NULL;

  if (!g_resources_get_info (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    {
      g_autofree char *message =
        g_strdup_printf (_("There is no diagram picture called “%s”. Diagrams can only use "
                           "the pictures that come with Kinetic Chain."), svg);
      g_ptr_array_add (problems, kc_problem_new (file->display_name,
                                                 (guint)MAX (xmlGetLineNo (node), 0),
                                                 KC_CONTENT_ERROR_SCHEMA, message));
      return NULL;
    }

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "title"))
        title = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "description"))
        description = kc_xml_node_dup_translated (child);
    }

  diagram = _kc_anatomy_diagram_new (id, title, description, resource);
  if (xmlHasProp (node, (const xmlChar *)"exercises") != NULL)
    {
      int area;

      if (!kc_xml_node_read_word (file, node, "exercises", KC_TYPE_EXERCISE_AREA, &area,
                                  problems))
        return NULL;
      _kc_anatomy_diagram_set_exercise_area (diagram, (KcExerciseArea)area);
    }
  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "part"))
        {
          g_autoptr(KcAnatomyPart) part = read_part (file, child, problems);

          if (part == NULL)
            return NULL;
          _kc_anatomy_diagram_add_part (diagram, part);
        }
      else if (kc_xml_node_is (child, "state"))
        read_state (file, child, diagram);
    }
  kc_content_file_declare_id (file, id, node, diagram);

  return g_steal_pointer (&diagram);
}

gboolean
kc_anatomy_reader_read (KcContentFile *file,
                        xmlNode       *root,
                        GPtrArray     *problems)
{
  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (kc_xml_node_is (root, "anatomy"), FALSE);

  KC_XML_FOR_EACH_ELEMENT (child, root)
    {
      KcAnatomyDiagram *diagram = read_diagram (file, child, problems);

      if (diagram == NULL)
        return FALSE;
      g_ptr_array_add (file->items, diagram);
    }

  return TRUE;
}
