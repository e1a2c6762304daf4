/* kc-conditions-reader.c: <conditions> files into conditions and stories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document has passed data/schema/conditions.rng.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-condition-private.h"
#include "kc-conditions-reader.h"
#include "kc-exercise.h"
#include "kc-story-private.h"
#include "kc-warnings-reader.h"

static const struct {
  const char *element;
  KcConditionSection section;
} sections[] = {
  { "what-happens", KC_CONDITION_SECTION_WHAT_HAPPENS },
  { "signs", KC_CONDITION_SECTION_SIGNS },
  { "diagnosis", KC_CONDITION_SECTION_DIAGNOSIS },
  { "what-helps", KC_CONDITION_SECTION_WHAT_HELPS },
  { "back-knee", KC_CONDITION_SECTION_BACK_KNEE },
};

static KcCondition *
read_condition (KcContentFile *file,
                xmlNode       *node,
                GPtrArray     *problems)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *kind = kc_xml_node_dup_attribute (node, "kind");
  g_autofree char *name = NULL;
  g_autofree char *summary = NULL;
  g_auto(GStrv) exercises = kc_xml_node_dup_refs (file, node, "exercise", KC_TYPE_EXERCISE);
  g_autoptr(KcCondition) condition = NULL;

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "name"))
        name = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "summary"))
        summary = kc_xml_node_dup_translated (child);
    }

  condition = _kc_condition_new (id,
                                 g_strcmp0 (kind, "cause") == 0 ? KC_CONDITION_KIND_CAUSE
                                                                 : KC_CONDITION_KIND_CONDITION,
                                 name, summary);

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
        {
          if (kc_xml_node_is (child, sections[i].element))
            _kc_condition_set_section (condition, sections[i].section,
                                       kc_xml_node_read_blocks (child));
        }

      if (kc_xml_node_is (child, "warnings"))
        {
          GPtrArray *tiers = kc_warnings_reader_read (file, child, problems);

          if (tiers == NULL)
            return NULL;
          _kc_condition_set_warnings (condition, tiers);
        }
    }

  _kc_condition_set_exercise_ids (condition, (const char * const *)exercises);
  kc_content_file_declare_id (file, id, node, condition);

  return g_steal_pointer (&condition);
}

static KcStory *
read_story (KcContentFile *file,
            xmlNode       *node)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *title = NULL;
  g_autoptr(GStrvBuilder) paragraphs = g_strv_builder_new ();
  g_auto(GStrv) texts = NULL;
  g_auto(GStrv) conditions = kc_xml_node_dup_refs (file, node, "condition", KC_TYPE_CONDITION);
  KcStory *story;

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "title"))
        title = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "p"))
        {
          g_autofree char *text = kc_xml_node_dup_translated (child);
          g_strv_builder_add (paragraphs, text);
        }
    }

  texts = g_strv_builder_end (paragraphs);
  story = _kc_story_new (id, title, (const char * const *)texts,
                         (const char * const *)conditions);
  kc_content_file_declare_id (file, id, node, story);

  return story;
}

gboolean
kc_conditions_reader_read (KcContentFile *file,
                           xmlNode       *root,
                           GPtrArray     *problems)
{
  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (kc_xml_node_is (root, "conditions"), FALSE);

  KC_XML_FOR_EACH_ELEMENT (child, root)
    {
      if (kc_xml_node_is (child, "condition"))
        {
          KcCondition *condition = read_condition (file, child, problems);

          if (condition == NULL)
            return FALSE;
          g_ptr_array_add (file->items, condition);
        }
      else if (kc_xml_node_is (child, "story"))
        g_ptr_array_add (file->items, read_story (file, child));
    }

  return TRUE;
}
