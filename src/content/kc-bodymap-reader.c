/* kc-bodymap-reader.c: <bodymap> files into views, regions and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document has passed data/schema/bodymap.rng.  Every region, part,
 * condition and view named here is recorded as a typed reference, so a
 * misspelt id is reported with its line.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-anatomy-part.h"
#include "kc-body-region-private.h"
#include "kc-body-view-private.h"
#include "kc-bodymap-reader.h"
#include "kc-condition.h"
#include "kc-pain-source-private.h"
#include "kc-problem.h"

#define DIAGRAM_RESOURCE_DIR RESOURCE_PREFIX "/diagrams/"

static char *
dup_child_text (xmlNode    *node,
                const char *name)
{
  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, name))
        return kc_xml_node_dup_translated (child);
    }

  return NULL;
}

static KcBodyView *
read_view (KcContentFile *file,
           xmlNode       *node,
           GPtrArray     *problems)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *svg = kc_xml_node_dup_attribute (node, "svg");
  g_autofree char *resource = g_strconcat (DIAGRAM_RESOURCE_DIR, svg, NULL);
  g_autofree char *title = dup_child_text (node, "title");
  KcBodyView *view;

  if (!g_resources_get_info (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    {
      g_autofree char *message =
        g_strdup_printf (_("There is no body picture called “%s”. Views can only use the "
                           "pictures that come with Kinetic Chain."), svg);
      g_ptr_array_add (problems, kc_problem_new (file->display_name,
                                                 (guint)MAX (xmlGetLineNo (node), 0),
                                                 KC_CONTENT_ERROR_SCHEMA, message));
      return NULL;
    }

  view = _kc_body_view_new (id, title, resource);
  kc_content_file_declare_id (file, id, node, view);
  return view;
}

static KcBodyRegion *
read_region (KcContentFile *file,
             xmlNode       *node)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *group = kc_xml_node_dup_attribute (node, "group");
  g_autofree char *views_list = kc_xml_node_dup_attribute (node, "views");
  g_autofree char *name = dup_child_text (node, "name");
  g_auto(GStrv) views = g_strsplit_set (g_strstrip (views_list), " \t\n", -1);
  KcBodyRegion *region;

  for (guint i = 0; views[i] != NULL; i++)
    if (*views[i] != '\0')
      kc_content_file_add_reference (file, views[i], node, KC_TYPE_BODY_VIEW);

  region = _kc_body_region_new (id, name, group, (const char * const *)views);
  kc_content_file_declare_id (file, id, node, region);
  return region;
}

static char **
dup_region_refs (KcContentFile *file,
                 xmlNode       *node,
                 const char    *element)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      g_autofree char *region = NULL;

      if (!kc_xml_node_is (child, element))
        continue;
      region = kc_xml_node_dup_attribute (child, "region");
      kc_content_file_add_reference (file, region, child, KC_TYPE_BODY_REGION);
      g_strv_builder_add (ids, region);
    }

  return g_strv_builder_end (ids);
}

static KcCommonness
parse_how (const char *how)
{
  if (g_strcmp0 (how, "common") == 0)
    return KC_COMMONNESS_COMMON;
  if (g_strcmp0 (how, "occasional") == 0)
    return KC_COMMONNESS_OCCASIONAL;
  return KC_COMMONNESS_RARE;
}

static const struct {
  const char *element;
  KcPainSourceSection section;
} sections[] = {
  { "mechanism", KC_PAIN_SOURCE_SECTION_MECHANISM },
  { "signs", KC_PAIN_SOURCE_SECTION_SIGNS },
  { "what-to-do", KC_PAIN_SOURCE_SECTION_WHAT_TO_DO },
  { "evidence", KC_PAIN_SOURCE_SECTION_EVIDENCE },
};

static KcPainSource *
read_source (KcContentFile *file,
             xmlNode       *node,
             GPtrArray     *problems)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *kind = kc_xml_node_dup_attribute (node, "kind");
  g_autofree char *name = dup_child_text (node, "name");
  g_auto(GStrv) starts = dup_region_refs (file, node, "starts-in");
  g_auto(GStrv) parts = kc_xml_node_dup_refs (file, node, "part", KC_TYPE_ANATOMY_PART);
  g_auto(GStrv) conditions = kc_xml_node_dup_refs (file, node, "condition", KC_TYPE_CONDITION);
  g_autoptr(KcPainSource) source = NULL;

  source = _kc_pain_source_new (id, kind, name, (const char * const *)starts,
                                (const char * const *)parts, (const char * const *)conditions);
  if (xmlHasProp (node, (const xmlChar *)"exercises") != NULL)
    {
      int area;

      if (!kc_xml_node_read_word (file, node, "exercises", KC_TYPE_EXERCISE_AREA, &area,
                                  problems))
        return NULL;
      _kc_pain_source_set_exercise_area (source, (KcExerciseArea)area);
    }

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          if (kc_xml_node_is (child, sections[i].element))
            _kc_pain_source_set_section (source, sections[i].section,
                                         kc_xml_node_read_blocks (child));
        }

      if (kc_xml_node_is (child, "refers"))
        {
          g_autofree char *region = kc_xml_node_dup_attribute (child, "region");
          g_autofree char *how = kc_xml_node_dup_attribute (child, "how");
          g_autofree char *cause = kc_xml_node_dup_attribute (child, "cause");

          kc_content_file_add_reference (file, region, child, KC_TYPE_BODY_REGION);
          _kc_pain_source_add_referral (source, region, parse_how (how), parse_how (cause));
        }
    }

  kc_content_file_declare_id (file, id, node, source);
  return g_steal_pointer (&source);
}

gboolean
kc_bodymap_reader_read (KcContentFile *file,
                        xmlNode       *root,
                        GPtrArray     *problems)
{
  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (kc_xml_node_is (root, "bodymap"), FALSE);

  KC_XML_FOR_EACH_ELEMENT (child, root)
    {
      GObject *item = NULL;

      if (kc_xml_node_is (child, "view"))
        {
          item = G_OBJECT (read_view (file, child, problems));
          if (item == NULL)
            return FALSE;
        }
      else if (kc_xml_node_is (child, "region"))
        item = G_OBJECT (read_region (file, child));
      else if (kc_xml_node_is (child, "source"))
        {
          item = G_OBJECT (read_source (file, child, problems));
          if (item == NULL)
            return FALSE;
        }

      if (item != NULL)
        g_ptr_array_add (file->items, item);
    }

  return TRUE;
}
