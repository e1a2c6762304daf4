/* kc-xml.c: reading content files a user may hand us, safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every content file, bundled or not, goes through here.  The rules, each
 * tried on libxml2 2.9.14 (see NOTES.md):
 *  - we read the bytes ourselves, size-checked, and parse from memory, so
 *    libxml2 never opens a file or a URL and never gunzips anything;
 *  - no DOCTYPE at all: a document type is where external entities and
 *    entity bombs live, and our files need none;
 *  - no entity substitution, no DTD loading, no XInclude, no HUGE;
 *  - depth is capped while parsing, not after.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

#include "kc-problem.h"
#include "kc-xml.h"

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | \
                       XML_PARSE_BIG_LINES)

typedef struct
{
  const char *display_name;
  GPtrArray *problems;
  guint depth;
  guint n_errors;
  gboolean refused;
} ParseState;

static void
add_problem (GPtrArray      *problems,
             const char     *file,
             guint           line,
             KcContentError  code,
             const char     *message)
{
  g_ptr_array_add (problems, kc_problem_new (file, line, code, message));
}

static xmlParserInputPtr
refuse_external_entity_cb (const char       *url,
                           const char       *id,
                           xmlParserCtxtPtr  ctxt)
{
  /* Nothing we parse may pull in another file or a URL. */
  return NULL;
}

/**
 * kc_xml_init:
 *
 * Sets libxml2 up for the process.  Call once, on the main thread, before
 * any other thread uses libxml2.
 */
void
kc_xml_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity_cb);
      g_once_init_leave (&initialized, 1);
    }
}

static char *
kc_xml_dup_prop (xmlNode    *node,
                 const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);
  return copy;
}

static guint
error_line (const xmlError *error)
{
  if (error->line > 0)
    return (guint)error->line;
  if (error->node != NULL)
    return (guint)MAX (xmlGetLineNo ((xmlNode *)error->node), 0);
  return 0;
}

static char *
describe_parse_error (const xmlError *error)
{
  g_autofree char *detail = g_strstrip (g_strdup (error->message ? error->message : ""));

  switch (error->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      return g_strdup (_("The file is empty."));

    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      return g_strdup (_("The file contains bytes that are not valid UTF-8 text. "
                         "Save it from your editor as UTF-8."));

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_CHARREF:
      return g_strdup_printf (_("The file contains a character that is not allowed in "
                                "XML (%s). Remove it, and save the file as UTF-8 text."),
                              detail);

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_LOOP:
      return g_strdup_printf (_("The file uses an entity reference (%s). Write the "
                                "character itself; only &amp; &lt; &gt; &quot; "
                                "and &apos; are allowed."), detail);

    case XML_ERR_INTERNAL_ERROR:
      if (g_str_has_prefix (detail, "Excessive depth"))
        return g_strdup_printf (_("Elements are nested more than %d levels deep."),
                                KC_XML_MAX_DEPTH);
      G_GNUC_FALLTHROUGH;

    default:
      return g_strdup_printf (_("This is not well-formed XML: %s. Look for a missing or "
                                "misspelt closing tag, or a stray “<” or “&”."), detail);
    }
}

static void
parse_error_cb (void        *user_data,
                xmlErrorPtr  error)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;
  g_autofree char *message = NULL;

  if (state == NULL || state->refused || error->level < XML_ERR_ERROR)
    return;

  /* The first error is the one to fix; the rest usually follow from it. */
  if (state->n_errors++ > 0)
    return;

  message = describe_parse_error (error);
  add_problem (state->problems, state->display_name, error_line (error),
               KC_CONTENT_ERROR_MALFORMED, message);
}

static void
refuse (xmlParserCtxtPtr  ctxt,
        KcContentError    code,
        const char       *message)
{
  ParseState *state = ctxt->_private;

  if (!state->refused)
    add_problem (state->problems, state->display_name,
                 (guint)MAX (xmlSAX2GetLineNumber (ctxt), 0), code, message);
  state->refused = TRUE;
  xmlStopParser (ctxt);
}

static void
internal_subset_cb (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  refuse (user_data, KC_CONTENT_ERROR_UNSAFE,
          _("The file declares a document type (<!DOCTYPE …>). Content files must not "
            "have one, because it can pull in other files or define entities; "
            "remove it."));
}

static void
start_element_cb (void           *user_data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  if (++state->depth > KC_XML_MAX_DEPTH)
    {
      g_autofree char *message =
        g_strdup_printf (_("Elements are nested more than %d levels deep."),
                         KC_XML_MAX_DEPTH);
      refuse (ctxt, KC_CONTENT_ERROR_TOO_DEEP, message);
      return;
    }

  xmlSAX2StartElementNs (ctxt, localname, prefix, uri, nb_namespaces, namespaces,
                         nb_attributes, nb_defaulted, attributes);
}

static void
end_element_cb (void          *user_data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;

  state->depth--;
  xmlSAX2EndElementNs (ctxt, localname, prefix, uri);
}

static gboolean
check_size (gsize       size,
            const char *display_name,
            GPtrArray  *problems)
{
  g_autofree char *limit = NULL;
  g_autofree char *message = NULL;

  if (size == 0)
    {
      add_problem (problems, display_name, 0, KC_CONTENT_ERROR_EMPTY,
                   _("The file is empty."));
      return FALSE;
    }

  if (size <= KC_XML_MAX_FILE_SIZE)
    return TRUE;

  limit = g_format_size_full (KC_XML_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);
  message = g_strdup_printf (_("The file is larger than %s, the most a content file "
                               "may be. Split it into several files."), limit);
  add_problem (problems, display_name, 0, KC_CONTENT_ERROR_TOO_LARGE, message);
  return FALSE;
}

/**
 * kc_xml_load_file:
 *
 * Reads at most KC_XML_MAX_FILE_SIZE bytes of @file.  A file that is
 * larger, empty or unreadable adds a problem and returns %NULL.
 */
/* Reads @stream to its end, but never more than one byte over the cap,
 * so that a file that grew after its size was checked is still refused.
 * The buffer starts at the size the file had (no cap-sized allocation
 * for every small file) and grows only if the file did. */
static guint8 *
read_capped (GInputStream  *stream,
             gsize          expected,
             gsize         *n_read,
             GError       **error)
{
  gsize capacity = MIN (expected, KC_XML_MAX_FILE_SIZE) + 1;
  g_autofree guint8 *buffer = g_malloc (capacity);
  gsize total = 0;

  for (;;)
    {
      gsize got = 0;

      if (!g_input_stream_read_all (stream, buffer + total, capacity - total, &got, NULL, error))
        return NULL;
      total += got;
      if (total < capacity || capacity > KC_XML_MAX_FILE_SIZE)
        break;
      capacity = MIN (capacity * 2, KC_XML_MAX_FILE_SIZE + 1);
      buffer = g_realloc (buffer, capacity);
    }

  *n_read = total;
  return g_steal_pointer (&buffer);
}

GBytes *
kc_xml_load_file (GFile      *file,
                  const char *display_name,
                  GPtrArray  *problems)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *buffer = NULL;
  gsize n_read = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                  G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      add_problem (problems, display_name, 0, KC_CONTENT_ERROR_IO,
                   _("This is not a regular file."));
      return NULL;
    }
  if (info == NULL || (stream = g_file_read (file, NULL, &error)) == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The file could not be read: %s"), error->message);
      add_problem (problems, display_name, 0, KC_CONTENT_ERROR_IO, message);
      return NULL;
    }
  if (!check_size ((gsize)g_file_info_get_size (info), display_name, problems))
    return NULL;

  buffer = read_capped (G_INPUT_STREAM (stream), (gsize)g_file_info_get_size (info), &n_read,
                        &error);
  if (buffer == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The file could not be read: %s"), error->message);
      add_problem (problems, display_name, 0, KC_CONTENT_ERROR_IO, message);
      return NULL;
    }
  if (!check_size (n_read, display_name, problems))
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&buffer), n_read);
}

GBytes *
kc_xml_load_resource (const char *path,
                      const char *display_name,
                      GPtrArray  *problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      add_problem (problems, display_name, 0, KC_CONTENT_ERROR_IO, error->message);
      return NULL;
    }
  if (!check_size (g_bytes_get_size (bytes), display_name, problems))
    return NULL;

  return g_steal_pointer (&bytes);
}

/**
 * kc_xml_parse:
 *
 * Parses @bytes with every unsafe feature of libxml2 refused.  On failure
 * adds one problem, naming the line, and returns %NULL.
 */
xmlDoc *
kc_xml_parse (GBytes     *bytes,
              const char *display_name,
              GPtrArray  *problems)
{
  ParseState state = { display_name, problems, 0, 0, FALSE };
  xmlParserCtxtPtr ctxt;
  xmlDoc *doc;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  kc_xml_init ();

  data = g_bytes_get_data (bytes, &size);
  if (!check_size (size, display_name, problems))
    return NULL;

  ctxt = xmlNewParserCtxt ();
  g_assert (ctxt != NULL);
  ctxt->_private = &state;
  ctxt->sax->internalSubset = internal_subset_cb;
  ctxt->sax->startElementNs = start_element_cb;
  ctxt->sax->endElementNs = end_element_cb;
  ctxt->sax->serror = parse_error_cb;
  ctxt->vctxt.error = NULL;
  ctxt->vctxt.warning = NULL;
  /* Encoding errors bypass the context's handler in 2.9.x. */
  xmlSetStructuredErrorFunc (ctxt, parse_error_cb);

  doc = xmlCtxtReadMemory (ctxt, data, (int)size, display_name, NULL, PARSE_OPTIONS);

  xmlSetStructuredErrorFunc (NULL, NULL);

  if (doc != NULL && (state.refused || state.n_errors > 0 || !ctxt->wellFormed ||
                      xmlDocGetRootElement (doc) == NULL))
    g_clear_pointer (&doc, xmlFreeDoc);

  if (doc == NULL && !state.refused && state.n_errors == 0)
    add_problem (problems, display_name, 0, KC_CONTENT_ERROR_MALFORMED,
                 _("This is not well-formed XML."));

  xmlFreeParserCtxt (ctxt);

  return doc;
}

typedef struct
{
  const char *display_name;
  GPtrArray *problems;
  GHashTable *seen;
  xmlDoc *schema_doc;
} ValidateState;

static xmlNode *
find_define (xmlNode    *node,
             const char *name)
{
  for (; node != NULL; node = node->next)
    {
      g_autofree char *define_name = NULL;
      xmlNode *found;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      define_name = kc_xml_dup_prop (node, "name");
      if (g_str_equal ((const char *)node->name, "define") &&
          g_strcmp0 (define_name, name) == 0)
        return node;
      if ((found = find_define (node->children, name)) != NULL)
        return found;
    }

  return NULL;
}

static xmlNode *
find_element_pattern (xmlNode    *node,
                      const char *name)
{
  for (; node != NULL; node = node->next)
    {
      g_autofree char *element_name = NULL;
      xmlNode *found;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      element_name = kc_xml_dup_prop (node, "name");
      if (g_str_equal ((const char *)node->name, "element") &&
          g_strcmp0 (element_name, name) == 0)
        return node;
      if ((found = find_element_pattern (node->children, name)) != NULL)
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
        g_ptr_array_add (names, kc_xml_dup_prop (child, "name"));
      else if (g_str_equal (kind, "oneOrMore") || g_str_equal (kind, "group"))
        collect_required (schema, child, names, depth + 1);
      else if (g_str_equal (kind, "ref"))
        {
          g_autofree char *ref = kc_xml_dup_prop (child, "name");
          xmlNode *define = find_define (xmlDocGetRootElement (schema), ref);

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

  pattern = find_element_pattern (xmlDocGetRootElement (state->schema_doc),
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
describe_bad_attributes (xmlNode *node)
{
  g_autofree char *id = NULL;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return g_strdup (_("An attribute has a value that is not allowed."));

  id = kc_xml_dup_prop (node, "id");
  if (id != NULL && !is_valid_id (id))
    return g_strdup_printf (_("The id “%s” of <%s> is not allowed: ids use only lower-case "
                              "letters, digits and single hyphens, like “knee-pain”."),
                            id, (const char *)node->name);

  {
    g_autoptr(GString) attributes = g_string_new (NULL);

    /* Show what is there, so the wrong value can be spotted. */
    for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
      {
        g_autofree char *value = kc_xml_dup_prop (node, (const char *)attr->name);
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
      return g_strdup_printf (_("The attribute “%s” is not allowed on <%s>."), a, b);

    case XML_RELAXNG_ERR_ATTRVALID:
      /* libxml2 may point at the child it was about to check; str1 names
       * the element whose attributes failed. */
      while (node != NULL && node->type == XML_ELEMENT_NODE &&
             g_strcmp0 ((const char *)node->name, a) != 0)
        node = node->parent;
      return describe_bad_attributes (node);

    case XML_RELAXNG_ERR_NOTELEM:
    case XML_RELAXNG_ERR_TEXTWRONG:
      return g_strdup_printf (_("<%s> contains text outside of any element: put it inside "
                                "an element such as <p>, or remove it."), a);

    case XML_RELAXNG_ERR_DATATYPE:
    case XML_RELAXNG_ERR_CONTENTVALID:
      if (node != NULL && node->type == XML_ELEMENT_NODE)
        return g_strdup_printf (_("The text of <%s> is empty or not in the expected form."),
                                (const char *)node->name);
      return g_strdup (_("A value here is empty or not in the expected form."));

    case XML_RELAXNG_ERR_ELEMNAME:
      return g_strdup_printf (_("Expected the element <%s> here, but found <%s>."), a, b);

    default:
      {
        g_autofree char *detail = g_strstrip (g_strdup (error->message ? error->message : ""));
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
  guint line = error_line (error);

  if (error->level < XML_ERR_ERROR)
    return;

  /* RELAX NG reports one mistake several times on its way up the tree:
   * one message per line and wording is enough. */
  message = describe_schema_error (state, error);
  key = g_strdup_printf ("%u:%s", line, message);
  if (!g_hash_table_add (state->seen, g_steal_pointer (&key)))
    return;

  add_problem (state->problems, state->display_name, line, KC_CONTENT_ERROR_SCHEMA, message);
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

static Schema *
load_schema (const char *resource)
{
  static GHashTable *schemas;
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxtPtr pctxt;
  Schema *schema;
  gsize size;
  const char *data;

  /* Compiled once per process: the schemas are built in and never change. */
  if (schemas == NULL)
    schemas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify)schema_free);

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
      add_problem (problems, display_name, 0, KC_CONTENT_ERROR_SCHEMA,
                   _("The rules for this kind of file could not be loaded."));
      return FALSE;
    }

  state.schema_doc = schema->doc;
  vctxt = xmlRelaxNGNewValidCtxt (schema->compiled);
  xmlRelaxNGSetValidStructuredErrors (vctxt, validate_error_cb, &state);
  result = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (result != 0 && problems->len == n_before)
    add_problem (problems, display_name, 0, KC_CONTENT_ERROR_SCHEMA,
                 _("The file does not follow the rules for this kind of file."));

  return result == 0;
}
