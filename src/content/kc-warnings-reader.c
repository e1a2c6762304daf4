/* kc-warnings-reader.c: a <warnings> block into its tiers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The urgent question (faq.xml) and a condition (conditions.xml) say when
 * to get help in the same tiers; one reader serves both schemas.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-warning-signs-private.h"
#include "kc-warnings-reader.h"

/* <tier level>: an <action> and its <sign>s. */
static KcWarningSigns *
read_tier (KcContentFile *file,
           xmlNode       *node,
           GPtrArray     *problems)
{
  g_autoptr(GStrvBuilder) signs = g_strv_builder_new ();
  g_auto(GStrv) sign_list = NULL;
  g_autofree char *action = NULL;
  int level;

  if (!kc_xml_node_read_word (file, node, "level", KC_TYPE_WARNING_TIER, &level, problems))
    return NULL;

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "action"))
        action = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "sign"))
        {
          g_autofree char *sign = kc_xml_node_dup_translated (child);
          g_strv_builder_add (signs, sign);
        }
    }

  sign_list = g_strv_builder_end (signs);
  return _kc_warning_signs_new (level, action, (const char * const *)sign_list);
}

/**
 * kc_warnings_reader_read:
 * @warnings: a validated <warnings> element
 *
 * Returns: (transfer full) (nullable) (element-type KcWarningSigns): the
 *   tiers in the file's order, most urgent first; %NULL after adding to
 *   @problems
 */
GPtrArray *
kc_warnings_reader_read (KcContentFile *file,
                         xmlNode       *warnings,
                         GPtrArray     *problems)
{
  g_autoptr(GPtrArray) tiers = g_ptr_array_new_with_free_func (g_object_unref);

  KC_XML_FOR_EACH_ELEMENT (node, warnings)
    {
      KcWarningSigns *tier = read_tier (file, node, problems);

      if (tier == NULL)
        return NULL;
      g_ptr_array_add (tiers, tier);
    }

  return g_steal_pointer (&tiers);
}
