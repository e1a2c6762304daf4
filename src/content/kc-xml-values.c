/* kc-xml-values.c: a refused value, named with what the schema allows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2 says only that an attribute or a text "is not valid".  Here the
 * schema itself is read for the pattern the value had to match (a range,
 * a list of words, a length, a form), the value is checked against it,
 * and the first that fails is described: "sets = “-1” must be a whole
 * number between 1 and 999".  Read from the schema, the message can never
 * disagree with the rules.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kc-problem.h"
#include "kc-xml-private.h"

#define MAX_REF_DEPTH 16

static gboolean
is_rng (xmlNode    *node,
        const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         g_str_equal ((const char *)node->name, name);
}

/* Text from libxml2, in GLib's allocator. */
static char *
dup_content (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup (content ? (const char *)content : "");

  xmlFree (content);
  return text;
}

static xmlNode *
first_element (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;
  return NULL;
}

/* The value pattern inside @node, with <ref>s followed. */
static xmlNode *
resolve (xmlDoc  *schema,
         xmlNode *node)
{
  for (guint depth = 0; is_rng (node, "ref") && depth < MAX_REF_DEPTH; depth++)
    {
      g_autofree char *name = _kc_xml_dup_prop (node, "name");
      xmlNode *define = _kc_xml_schema_find_define (xmlDocGetRootElement (schema), name);

      node = define != NULL ? first_element (define->children) : NULL;
    }

  return node;
}

/* The <attribute name="@name"> that belongs to @pattern, not to an
 * element nested in it. */
static xmlNode *
find_attribute (xmlDoc     *schema,
                xmlNode    *pattern,
                const char *name,
                guint       depth)
{
  if (depth > MAX_REF_DEPTH)
    return NULL;

  for (xmlNode *child = first_element (pattern->children); child != NULL;
       child = first_element (child->next))
    {
      g_autofree char *child_name = _kc_xml_dup_prop (child, "name");
      xmlNode *found = NULL;

      if (is_rng (child, "attribute") && g_strcmp0 (child_name, name) == 0)
        return child;
      if (is_rng (child, "element"))
        continue;
      if (is_rng (child, "ref"))
        {
          xmlNode *define = _kc_xml_schema_find_define (xmlDocGetRootElement (schema),
                                                        child_name);
          if (define != NULL)
            found = find_attribute (schema, define, name, depth + 1);
        }
      else
        found = find_attribute (schema, child, name, depth + 1);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
param (xmlNode    *data,
       const char *name)
{
  for (xmlNode *child = first_element (data->children); child != NULL;
       child = first_element (child->next))
    {
      g_autofree char *param_name = _kc_xml_dup_prop (child, "name");

      if (is_rng (child, "param") && g_strcmp0 (param_name, name) == 0)
        return dup_content (child);
    }

  return NULL;
}

static gboolean
parse_integer (const char *text,
               gint64     *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char *end = NULL;

  errno = 0;
  *value = g_ascii_strtoll (stripped, &end, 10);
  return *stripped != '\0' && *end == '\0' && errno == 0;
}

static char *
check_integer (xmlNode    *data,
               const char *type,
               const char *label,
               const char *value)
{
  g_autofree char *min_text = param (data, "minInclusive");
  g_autofree char *max_text = param (data, "maxInclusive");
  gint64 min = g_str_equal (type, "positiveInteger") ? 1 : g_str_equal (type, "integer")
                                                           ? G_MININT64 : 0;
  gint64 max = G_MAXINT64;
  gint64 number;

  if (min_text != NULL)
    min = g_ascii_strtoll (min_text, NULL, 10);
  if (max_text != NULL)
    max = g_ascii_strtoll (max_text, NULL, 10);
  g_clear_pointer (&min_text, g_free);
  g_clear_pointer (&max_text, g_free);

  if (parse_integer (value, &number) && number >= min && number <= max)
    return NULL;

  /* Formatted apart: xgettext cannot read G_GINT64_FORMAT in a message. */
  min_text = g_strdup_printf ("%" G_GINT64_FORMAT, min);
  if (max == G_MAXINT64)
    return g_strdup_printf (_("%s = “%s” must be a whole number of at least %s."),
                            label, value, min_text);
  max_text = g_strdup_printf ("%" G_GINT64_FORMAT, max);
  return g_strdup_printf (_("%s = “%s” must be a whole number between %s and %s."),
                          label, value, min_text, max_text);
}

static gboolean
is_date (const char *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (value));
  int year, month, day;
  char rest[8] = "";

  if (sscanf (stripped, "%4d-%2d-%2d%7s", &year, &month, &day, rest) < 3 ||
      strlen (stripped) < 10 || stripped[4] != '-' || stripped[7] != '-')
    return FALSE;
  if (rest[0] != '\0' && !g_str_equal (rest, "Z") &&
      !g_regex_match_simple ("^[+-][0-9]{2}:[0-9]{2}$", rest, 0, 0))
    return FALSE;
  return year >= 1 && g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year);
}

static char *
check_string (xmlNode    *data,
              const char *label,
              const char *value)
{
  g_autofree char *max_text = param (data, "maxLength");
  g_autofree char *min_text = param (data, "minLength");
  g_autofree char *pattern = param (data, "pattern");
  glong length = g_utf8_strlen (value, -1);

  if (max_text != NULL && length > g_ascii_strtoll (max_text, NULL, 10))
    return g_strdup_printf (_("%s is %ld characters long, but at most %s are allowed."),
                            label, length, max_text);
  if (min_text != NULL && length < g_ascii_strtoll (min_text, NULL, 10))
    return g_strdup_printf (_("%s must not be empty."), label);
  if (pattern != NULL)
    {
      g_autofree char *anchored = g_strdup_printf ("^(?:%s)$", pattern);

      if (!g_regex_match_simple (anchored, value, 0, 0))
        return g_strdup_printf (_("%s = “%s” does not have the form the file needs (%s)."),
                                label, value, pattern);
    }

  return NULL;
}

static char *
check_data (xmlNode    *data,
            const char *label,
            const char *value)
{
  g_autofree char *type = _kc_xml_dup_prop (data, "type");

  if (type == NULL)
    return NULL;
  if (g_str_has_suffix (type, "Integer") || g_str_equal (type, "integer"))
    return check_integer (data, type, label, value);
  if (g_str_equal (type, "date"))
    return is_date (value) ? NULL
                           : g_strdup_printf (_("%s = “%s” must be a date written YYYY-MM-DD."),
                                              label, value);
  if (g_str_equal (type, "NCName") &&
      !g_regex_match_simple ("^\\s*[A-Za-z_][A-Za-z0-9._-]*\\s*$", value, 0, 0))
    return g_strdup_printf (_("%s = “%s” must be an id: letters, digits and hyphens, "
                              "starting with a letter."), label, value);

  return check_string (data, label, value);
}

static char *
check_choice (xmlNode    *choice,
              const char *label,
              const char *value)
{
  g_autoptr(GString) allowed = g_string_new (NULL);

  for (xmlNode *child = first_element (choice->children); child != NULL;
       child = first_element (child->next))
    {
      g_autofree char *word = NULL;

      if (!is_rng (child, "value"))
        return NULL;   /* a choice of patterns: too rich to name here */
      word = dup_content (child);
      if (g_str_equal (word, value))
        return NULL;
      g_string_append_printf (allowed, "%s%s", allowed->len ? ", " : "", word);
    }

  return g_strdup_printf (_("%s = “%s” must be one of: %s."), label, value, allowed->str);
}

static char *check_pattern (xmlDoc     *schema,
                            xmlNode    *pattern,
                            const char *label,
                            const char *value,
                            guint       depth);

/* A <list>: each word of the value against the list's item pattern. */
static char *
check_list (xmlDoc     *schema,
            xmlNode    *list,
            const char *label,
            const char *value,
            guint       depth)
{
  g_auto(GStrv) words = g_strsplit_set (value, " \t\r\n", -1);
  xmlNode *item = resolve (schema, first_element (list->children));

  while (is_rng (item, "oneOrMore") || is_rng (item, "zeroOrMore"))
    item = resolve (schema, first_element (item->children));

  for (guint i = 0; item != NULL && words[i] != NULL; i++)
    {
      char *message;

      if (words[i][0] == '\0')
        continue;
      if ((message = check_pattern (schema, item, label, words[i], depth + 1)) != NULL)
        return message;
    }

  return NULL;
}

static char *
check_pattern (xmlDoc     *schema,
               xmlNode    *pattern,
               const char *label,
               const char *value,
               guint       depth)
{
  pattern = resolve (schema, pattern);
  if (pattern == NULL || depth > MAX_REF_DEPTH)
    return NULL;

  if (is_rng (pattern, "data"))
    return check_data (pattern, label, value);
  if (is_rng (pattern, "choice"))
    return check_choice (pattern, label, value);
  if (is_rng (pattern, "list"))
    return check_list (schema, pattern, label, value, depth);
  if (is_rng (pattern, "value"))
    {
      g_autofree char *wanted = dup_content (pattern);

      if (!g_str_equal (wanted, value))
        return g_strdup_printf (_("%s = “%s” must be “%s”."), label, value, wanted);
    }

  return NULL;
}

static char *
check_attributes (xmlDoc  *schema,
                  xmlNode *element,
                  xmlNode *node)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *)attr->name;
      xmlNode *pattern = find_attribute (schema, element, name, 0);
      g_autofree char *value = NULL;
      char *message;

      if (pattern == NULL)
        continue;
      value = _kc_xml_dup_prop (node, name);
      message = check_pattern (schema, first_element (pattern->children), name,
                               value ? value : "", 0);
      if (message != NULL)
        return message;
    }

  return NULL;
}

/* An element whose whole content is one value (<name> with a length). */
static char *
check_text (xmlDoc  *schema,
            xmlNode *element,
            xmlNode *node)
{
  xmlNode *pattern = first_element (element->children);
  g_autofree char *label = g_strdup_printf ("<%s>", (const char *)node->name);
  g_autofree char *text = NULL;

  while (is_rng (pattern, "attribute"))
    pattern = first_element (pattern->next);
  pattern = resolve (schema, pattern);
  if (!is_rng (pattern, "data") || first_element (pattern->next) != NULL)
    return NULL;

  text = dup_content (node);
  return check_data (pattern, label, text ? text : "");
}

/**
 * _kc_xml_describe_refused_value:
 * @schema: the schema's own document
 * @node: the element libxml2 refused, or whose attributes it refused
 *
 * Returns: (nullable): a sentence naming the first value of @node the
 *   schema does not allow and what it does allow, or %NULL if none is
 *   found that way
 */
char *
_kc_xml_describe_refused_value (xmlDoc  *schema,
                                xmlNode *node)
{
  xmlNode *element;
  char *message;

  if (schema == NULL || node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;

  element = _kc_xml_schema_find_element (xmlDocGetRootElement (schema),
                                         (const char *)node->name);
  if (element == NULL)
    return NULL;

  if ((message = check_attributes (schema, element, node)) != NULL)
    return message;
  return check_text (schema, element, node);
}
