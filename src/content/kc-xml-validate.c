/* kc-xml-validate.c: RELAX NG validation, with messages a clinician can act on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2's validity errors are terse ("Expecting an element p, got
 * nothing"); each is rewritten to say what is wrong in the file's own
 * terms, and where the schema itself knows what is missing, it says so.
 * Schemas are compiled once, from the GResource, and kept.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include "kc-problem.h"
#include "kc-xml-private.h"

typedef struct
{
  const char *display_name;
  GPtrArray *problems;
  GHashTable *seen;
  xmlDoc *schema_doc;
} ValidateState;

xmlNode *
_kc_xml_schema_find_define (xmlNode    *node,
                            const char *name)
{
  for (; node != NULL; node = node->next)
    {
      g_autofree char *define_name = NULL;
      xmlNode *found;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      define_name = _kc_xml_dup_prop (node, "name");
      if (g_str_equal ((const char *)node->name, "define") &&
          g_strcmp0 (define_name, name) == 0)
        return node;
      if ((found = _kc_xml_schema_find_define (node->children, name)) != NULL)
        return found;
    }

  return NULL;
}

xmlNode *
_kc_xml_schema_find_element (xmlNode    *node,
                             const char *name)
{
  for (; node != NULL; node = node->next)
    {
      g_autofree char *element_name = NULL;
      xmlNode *found;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      element_name = _kc_xml_dup_prop (node, "name");
      if (g_str_equal ((const char *)node->name, "element") &&
          g_strcmp0 (element_name, name) == 0)
        return node;
      if ((found = _kc_xml_schema_find_element (node->children, name)) != NULL)
        return found;
    }

  return NULL;
}

/* The child elements a pattern requires: what sits outside <optional>,
 * <zeroOrMore> and <choice>, following <ref>s.  Read from the schema
 * itself, so the hint can never disagree with the rules. */
static void
collect_required (xmlDoc     *schema,
                  xmlNode    *pattern,
                  GPtrArray  *names,
                  guint       depth)
{
  if (depth > 16)
    return;

  for (xmlNode *child = pattern->children; child != NULL; child = child->next)
    {
      const char *kind = (const char *)child->name;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (g_str_equal (kind, "element"))
        g_ptr_array_add (names, _kc_xml_dup_prop (child, "name"));
      else if (g_str_equal (kind, "oneOrMore") || g_str_equal (kind, "group"))
        collect_required (schema, child, names, depth + 1);
      else if (g_str_equal (kind, "ref"))
        {
          g_autofree char *ref = _kc_xml_dup_prop (child, "name");
          xmlNode *define = _kc_xml_schema_find_define (xmlDocGetRootElement (schema), ref);

          if (define != NULL)
            collect_required (schema, define, names, depth + 1);
        }
    }
}

static gboolean
has_child_element (xmlNode    *node,
                   const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && g_strcmp0 ((const char *)child->name, name) == 0)
        return TRUE;
    }

  return FALSE;
}

static char *
describe_missing_element (ValidateState *state,
                          xmlNode       *node)
{
  g_autoptr(GPtrArray) required = g_ptr_array_new_with_free_func (g_free);
  xmlNode *pattern;

  if (node == NULL || node->type != XML_ELEMENT_NODE || state->schema_doc == NULL)
    return g_strdup (_("An element that must be here is missing."));

  pattern = _kc_xml_schema_find_element (xmlDocGetRootElement (state->schema_doc),
                                  (const char *)node->name);
  if (pattern != NULL)
    collect_required (state->schema_doc, pattern, required, 0);

  for (guint i = 0; i < required->len; i++)
    {
      const char *name = g_ptr_array_index (required, i);

      if (!has_child_element (node, name))
        return g_strdup_printf (_("<%s> is missing the element <%s>, which it must contain."),
                                (const char *)node->name, name);
    }

  return g_strdup_printf (_("<%s> is missing an element that it must contain."),
                          (const char *)node->name);
}

static gboolean
is_valid_id (const char *id)
{
  return g_regex_match_simple ("^[a-z0-9]+(-[a-z0-9]+)*$", id, 0, 0);
}

static char *
describe_bad_attributes (ValidateState *state,
                         xmlNode       *node)
{
  g_autofree char *id = NULL;
  char *refused;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return g_strdup (_("An attribute has a value that is not allowed."));

  id = _kc_xml_dup_prop (node, "id");
  if (id != NULL && !is_valid_id (id))
    return g_strdup_printf (_("The id “%s” of <%s> is not allowed: ids use only lower-case "
                              "letters, digits and single hyphens, like “knee-pain”."),
                            id, (const char *)node->name);

  if ((refused = _kc_xml_describe_refused_value (state->schema_doc, node)) != NULL)
    return refused;

  {
    g_autoptr(GString) attributes = g_string_new (NULL);

    /* Show what is there, so the wrong value can be spotted. */
    for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
      {
        g_autofree char *value = _kc_xml_dup_prop (node, (const char *)attr->name);
        g_string_append_printf (attributes, "%s%s=\"%s\"", attributes->len ? " " : "",
                                (const char *)attr->name, value ? value : "");
      }

    return g_strdup_printf (_("An attribute of <%s> is missing, or has a value that is not "
                              "allowed (%s)."), (const char *)node->name, attributes->str);
  }
}

static char *
describe_schema_error (ValidateState  *state,
                       const xmlError *error)
{
  const char *a = error->str1 ? error->str1 : "";
  const char *b = error->str2 ? error->str2 : "";
  xmlNode *node = error->node;

  switch (error->code)
    {
    case XML_RELAXNG_ERR_NOELEM:
      if (*a != '\0')
        return g_strdup_printf (_("An element <%s> is missing here."), a);
      return describe_missing_element (state, node);

    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
      return g_strdup_printf (_("The element <%s> is not allowed here."), a);

    case XML_RELAXNG_ERR_EXTRACONTENT:
      return g_strdup_printf (_("<%s> contains something that does not belong there: "
                                "<%s>."), a, b);

    case XML_RELAXNG_ERR_INVALIDATTR:
      {
        /* An optional attribute with a refused value is "not allowed". */
        g_autofree char *refused = _kc_xml_describe_refused_value (state->schema_doc, node);

        if (refused != NULL)
          return g_steal_pointer (&refused);
      }
      return g_strdup_printf (_("The attribute “%s” is not allowed on <%s>."), a, b);

    case XML_RELAXNG_ERR_ATTRVALID:
      /* libxml2 may point at the child it was about to check; str1 names
       * the element whose attributes failed. */
      while (node != NULL && node->type == XML_ELEMENT_NODE &&
             g_strcmp0 ((const char *)node->name, a) != 0)
        node = node->parent;
      return describe_bad_attributes (state, node);

    case XML_RELAXNG_ERR_NOTELEM:
    case XML_RELAXNG_ERR_TEXTWRONG:
      return g_strdup_printf (_("<%s> contains text outside of any element: put it inside "
                                "an element such as <p>, or remove it."), a);

    case XML_RELAXNG_ERR_DATATYPE:
    case XML_RELAXNG_ERR_CONTENTVALID:
      {
        char *refused = _kc_xml_describe_refused_value (state->schema_doc, node);

        if (refused != NULL)
          return refused;
      }
      if (node != NULL && node->type == XML_ELEMENT_NODE)
        return g_strdup_printf (_("The text of <%s> is empty or not in the expected form."),
                                (const char *)node->name);
      return g_strdup (_("A value here is empty or not in the expected form."));

    case XML_RELAXNG_ERR_ELEMNAME:
      return g_strdup_printf (_("Expected the element <%s> here, but found <%s>."), a, b);

    default:
      {
        g_autofree char *refused = _kc_xml_describe_refused_value (state->schema_doc, node);
        g_autofree char *detail = NULL;

        /* A value of a type (a date) libxml2 names only by its type. */
        if (refused != NULL)
          return g_steal_pointer (&refused);
        detail = _kc_xml_error_detail (error);
        return g_strdup_printf (_("This does not follow the rules for this kind of file: "
                                  "%s."), detail);
      }
    }
}

static void
validate_error_cb (void        *user_data,
                   xmlErrorPtr  error)
{
  ValidateState *state = user_data;
  g_autofree char *message = NULL;
  g_autofree char *key = NULL;
  guint line = _kc_xml_error_line (error);

  if (error->level < XML_ERR_ERROR)
    return;

  /* RELAX NG reports one mistake several times on its way up the tree:
   * one message per line and wording is enough. */
  message = describe_schema_error (state, error);
  key = g_strdup_printf ("%u:%s", line, message);
  if (!g_hash_table_add (state->seen, g_steal_pointer (&key)))
    return;

  _kc_xml_add_problem (state->problems, state->display_name, line, KC_CONTENT_ERROR_SCHEMA, message);
}

static void
schema_build_error_cb (void        *user_data,
                       xmlErrorPtr  error)
{
  g_critical ("Built-in schema %s:%d: %s", (const char *)user_data, error->line,
              error->message);
}

typedef struct
{
  xmlRelaxNGPtr compiled;
  xmlDoc *doc;       /* the schema's own text, for writing hints */
} Schema;

static void
schema_free (Schema *schema)
{
  g_clear_pointer (&schema->compiled, xmlRelaxNGFree);
  g_clear_pointer (&schema->doc, xmlFreeDoc);
  g_free (schema);
}

/* Compiled once per thread: the schemas are built in and never change,
 * and each thread staging content (kc-content-source.c) has its own, so
 * that no libxml2 structure is shared between threads. Freed when the
 * thread ends. */
static GPrivate thread_schemas = G_PRIVATE_INIT ((GDestroyNotify)g_hash_table_unref);

static Schema *
load_schema (const char *resource)
{
  GHashTable *schemas = g_private_get (&thread_schemas);
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxtPtr pctxt;
  Schema *schema;
  gsize size;
  const char *data;

  if (schemas == NULL)
    {
      schemas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify)schema_free);
      g_private_set (&thread_schemas, schemas);
    }

  if ((schema = g_hash_table_lookup (schemas, resource)) != NULL)
    return schema;

  bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_critical ("Built-in schema %s is missing", resource);
      return NULL;
    }

  data = g_bytes_get_data (bytes, &size);
  pctxt = xmlRelaxNGNewMemParserCtxt (data, (int)size);
  xmlRelaxNGSetParserStructuredErrors (pctxt, schema_build_error_cb, (void *)resource);

  schema = g_new0 (Schema, 1);
  schema->compiled = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);
  schema->doc = xmlReadMemory (data, (int)size, resource, NULL, PARSE_OPTIONS);

  if (schema->compiled == NULL)
    {
      schema_free (schema);
      return NULL;
    }

  g_hash_table_insert (schemas, g_strdup (resource), schema);
  return schema;
}

/**
 * kc_xml_validate:
 *
 * Checks @doc against the RELAX NG schema stored at @schema_resource.
 * Each mistake adds a problem with its line.
 *
 * Returns: %TRUE when @doc is valid.
 */
gboolean
kc_xml_validate (xmlDoc     *doc,
                 const char *schema_resource,
                 const char *display_name,
                 GPtrArray  *problems)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ValidateState state = { display_name, problems, seen, NULL };
  xmlRelaxNGValidCtxtPtr vctxt;
  Schema *schema;
  guint n_before = problems->len;
  int result;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (schema_resource != NULL, FALSE);

  schema = load_schema (schema_resource);
  if (schema == NULL)
    {
      _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_SCHEMA,
                   _("The rules for this kind of file could not be loaded."));
      return FALSE;
    }

  state.schema_doc = schema->doc;
  vctxt = xmlRelaxNGNewValidCtxt (schema->compiled);
  xmlRelaxNGSetValidStructuredErrors (vctxt, validate_error_cb, &state);
  result = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (result != 0 && problems->len == n_before)
    _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_SCHEMA,
                 _("The file does not follow the rules for this kind of file."));

  return result == 0;
}
