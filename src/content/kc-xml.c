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
 *  - depth, words and text are capped while parsing, not after, and
 *    attributes before parsing (kc-xml.h says why).
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <string.h>

#include "kc-problem.h"
#include "kc-xml-private.h"


typedef struct
{
  const char *display_name;
  GPtrArray *problems;
  guint depth;
  guint max_word;     /* in characters */
  guint text_chars;   /* of the element's text so far */
  guint word_chars;   /* of the word the text ends in */
  guint n_errors;
  gboolean refused;
} ParseState;

void
_kc_xml_add_problem (GPtrArray      *problems,
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
      /* Its first use sets up tables without a lock; content is staged
       * on several threads at once. */
      xmlRelaxNGInitTypes ();
      xmlSetExternalEntityLoader (refuse_external_entity_cb);
      g_once_init_leave (&initialized, 1);
    }
}

char *
_kc_xml_dup_prop (xmlNode    *node,
                  const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *copy = g_strdup ((const char *)value);

  xmlFree (value);
  return copy;
}

guint
_kc_xml_error_line (const xmlError *error)
{
  if (error->line > 0)
    return (guint)error->line;
  if (error->node != NULL)
    return (guint)MAX (xmlGetLineNo ((xmlNode *)error->node), 0);
  return 0;
}

/* libxml2's own words, unless it has none for this error: then its code,
 * which at least tells two such errors apart in a report. */
char *
_kc_xml_error_detail (const xmlError *error)
{
  g_autofree char *detail = g_strstrip (g_strdup (error->message ? error->message : ""));

  if (*detail == '\0' || strstr (detail, "Unregistered error message") != NULL)
    return g_strdup_printf (_("libxml2 error %d"), error->code);
  return g_steal_pointer (&detail);
}

static char *
describe_parse_error (const xmlError *error)
{
  g_autofree char *detail = _kc_xml_error_detail (error);

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

    case XML_ERR_CDATA_NOT_FINISHED:
      return g_strdup (_("A <![CDATA[ section is not closed: end it with ]]>."));

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
  _kc_xml_add_problem (state->problems, state->display_name, _kc_xml_error_line (error),
               KC_CONTENT_ERROR_MALFORMED, message);
}

static void
refuse (xmlParserCtxtPtr  ctxt,
        KcContentError    code,
        const char       *message)
{
  ParseState *state = ctxt->_private;

  if (!state->refused)
    _kc_xml_add_problem (state->problems, state->display_name,
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

  state->text_chars = state->word_chars = 0;
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
  state->text_chars = state->word_chars = 0;
  xmlSAX2EndElementNs (ctxt, localname, prefix, uri);
}

/* Counts characters (not bytes) of text as it arrives, in pieces. */
static void
characters_cb (void          *user_data,
               const xmlChar *text,
               int            length)
{
  xmlParserCtxtPtr ctxt = user_data;
  ParseState *state = ctxt->_private;
  g_autofree char *message = NULL;

  for (int i = 0; i < length; i++)
    {
      if ((text[i] & 0xC0) == 0x80)
        continue;   /* inside a character */
      state->text_chars++;
      state->word_chars = g_ascii_isspace (text[i]) ? 0 : state->word_chars + 1;
    }

  if (state->word_chars > state->max_word)
    message = g_strdup_printf (_("A word is longer than %d characters, the most text may "
                                 "hold without a space."), KC_XML_MAX_WORD);
  else if (state->text_chars > KC_XML_MAX_TEXT)
    message = g_strdup_printf (_("An element holds more than %d characters of text, the most "
                                 "one may hold."), KC_XML_MAX_TEXT);
  if (message != NULL)
    refuse (ctxt, KC_CONTENT_ERROR_TOO_LARGE, message);
  else
    xmlSAX2Characters (ctxt, text, length);
}

/* Moves *@i past the end of @closing, counting lines; FALSE if there is none. */
static gboolean
skip_past (const char *data,
           gsize       size,
           gsize      *i,
           const char *closing,
           guint      *line)
{
  gsize n = strlen (closing);

  for (; *i + n <= size; (*i)++)
    {
      if (memcmp (data + *i, closing, n) == 0)
        {
          *i += n - 1;
          return TRUE;
        }
      if (data[*i] == '\n')
        (*line)++;
    }

  return FALSE;
}

static gboolean
refuse_attributes (const char *display_name,
                   guint       line,
                   gboolean    in_total,
                   GPtrArray  *problems)
{
  g_autofree char *message =
    in_total ? g_strdup_printf (_("The file has more than %d attributes, the most a file may "
                                  "have."), KC_XML_MAX_ATTRIBUTES_TOTAL)
             : g_strdup_printf (_("An element has more than %d attributes, the most one may "
                                  "have."), KC_XML_MAX_ATTRIBUTES);

  _kc_xml_add_problem (problems, display_name, line, KC_CONTENT_ERROR_TOO_LARGE, message);
  return FALSE;
}

/* Counts attributes (their "=") in every tag, outside quoted values,
 * comments, processing instructions and CDATA: linear, where libxml2 is
 * quadratic in one element's attributes. */
static gboolean
check_attributes (const char *data,
                  gsize       size,
                  const char *display_name,
                  GPtrArray  *problems)
{
  guint line = 1, in_element = 0, in_file = 0;
  gboolean in_tag = FALSE;
  char quote = 0;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (c == '\n')
        line++;
      if (quote != 0)
        quote = c == quote ? 0 : quote;
      else if (!in_tag && c == '<')
        {
          const char *rest = data + i;
          gsize left = size - i;

          const char *closing = NULL;

          if (left >= 4 && memcmp (rest, "<!--", 4) == 0)
            closing = "-->";
          else if (left >= 9 && memcmp (rest, "<![CDATA[", 9) == 0)
            closing = "]]>";
          else if (left >= 2 && rest[1] == '?')
            closing = "?>";

          /* Unclosed, it is not XML: the parser says so. */
          if (closing != NULL && !skip_past (data, size, &i, closing, &line))
            return TRUE;
          in_tag = closing == NULL;
          in_element = 0;
        }
      else if (in_tag && (c == '"' || c == '\''))
        quote = c;
      else if (in_tag && c == '>')
        in_tag = FALSE;
      else if (in_tag && c == '=')
        {
          if (++in_element > KC_XML_MAX_ATTRIBUTES)
            return refuse_attributes (display_name, line, FALSE, problems);
          if (++in_file > KC_XML_MAX_ATTRIBUTES_TOTAL)
            return refuse_attributes (display_name, line, TRUE, problems);
        }
    }

  return TRUE;
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
      _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_EMPTY,
                   _("The file is empty."));
      return FALSE;
    }

  if (size <= KC_XML_MAX_FILE_SIZE)
    return TRUE;

  limit = g_format_size_full (KC_XML_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);
  /* Said of content, plan and progress files alike. */
  message = g_strdup_printf (_("The file is larger than %s, the most Kinetic Chain reads "
                               "from one file."), limit);
  _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_TOO_LARGE, message);
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
      _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_IO,
                   _("This is not a regular file."));
      return NULL;
    }
  if (info == NULL || (stream = g_file_read (file, NULL, &error)) == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The file could not be read: %s"), error->message);
      _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_IO, message);
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
      _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_IO, message);
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
      _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_IO, error->message);
      return NULL;
    }
  if (!check_size (g_bytes_get_size (bytes), display_name, problems))
    return NULL;

  return g_steal_pointer (&bytes);
}

/* Files people hand us by mistake, known by their first bytes. */
static const struct
{
  const char *magic;
  gsize length;
  const char *kind;
} file_kinds[] = {
  { "%PDF-", 5, N_("a PDF document") },
  { "\x1f\x8b", 2, N_("a gzip-compressed file") },
  { "PK\x03\x04", 4, N_("a ZIP archive, such as a word processor document") },
  { "\x89PNG\r\n\x1a\n", 8, N_("a PNG picture") },
};

/**
 * kc_xml_sniff:
 *
 * Returns: (nullable): what @bytes look like, if a kind of file that is
 *   surely not XML ("a PDF document"), translated
 */
const char *
kc_xml_sniff (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  for (guint i = 0; i < G_N_ELEMENTS (file_kinds); i++)
    if (size >= file_kinds[i].length &&
        memcmp (data, file_kinds[i].magic, file_kinds[i].length) == 0)
      return _(file_kinds[i].kind);

  return NULL;
}

static gboolean
not_xml (const char *display_name,
         GPtrArray  *problems,
         const char *message)
{
  _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_MALFORMED, message);
  return FALSE;
}

/* XML starts with "<", after white space or a byte order mark; anything
 * else is named, rather than left to libxml2, which calls a PDF "empty". */
static gboolean
check_xml (GBytes     *bytes,
           const char *display_name,
           GPtrArray  *problems)
{
  gsize size, i = 0;
  const guchar *data = g_bytes_get_data (bytes, &size);
  const char *kind = kc_xml_sniff (bytes);

  if (kind != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("This is not an XML file: it looks like %s."), kind);
      return not_xml (display_name, problems, message);
    }

  /* UTF-16 (a byte order mark, or a NUL byte beside the "<"): libxml2 reads it */
  if (size >= 2 && ((data[0] == 0xFE && data[1] == 0xFF) || (data[0] == 0xFF && data[1] == 0xFE) ||
                    data[0] == '\0' || data[1] == '\0'))
    return TRUE;
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < size && g_ascii_isspace (data[i]))
    i++;

  if (i == size)
    {
      _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_EMPTY,
                           _("The file is empty."));
      return FALSE;
    }
  if (data[i] != '<')
    return not_xml (display_name, problems,
                    _("This is not an XML file: it does not start with “<”. Save the "
                      "file from your editor as plain XML text."));
  return TRUE;
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
  return kc_xml_parse_full (bytes, display_name, KC_XML_MAX_WORD, problems);
}

/**
 * kc_xml_parse_full:
 * @max_word: the longest word text may hold, G_MAXUINT for any
 *
 * Like kc_xml_parse(), for text whose words are not capped (a plan's notes).
 */
xmlDoc *
kc_xml_parse_full (GBytes     *bytes,
                   const char *display_name,
                   guint       max_word,
                   GPtrArray  *problems)
{
  ParseState state = { .display_name = display_name, .problems = problems,
                       .max_word = max_word };
  xmlParserCtxtPtr ctxt;
  xmlDoc *doc;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  kc_xml_init ();

  data = g_bytes_get_data (bytes, &size);
  if (!check_size (size, display_name, problems) ||
      !check_xml (bytes, display_name, problems) ||
      !check_attributes (data, size, display_name, problems))
    return NULL;

  ctxt = xmlNewParserCtxt ();
  g_assert (ctxt != NULL);
  ctxt->_private = &state;
  ctxt->sax->internalSubset = internal_subset_cb;
  ctxt->sax->startElementNs = start_element_cb;
  ctxt->sax->endElementNs = end_element_cb;
  ctxt->sax->characters = characters_cb;
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
    _kc_xml_add_problem (problems, display_name, 0, KC_CONTENT_ERROR_MALFORMED,
                 _("This is not well-formed XML."));

  xmlFreeParserCtxt (ctxt);

  return doc;
}
