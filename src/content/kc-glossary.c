/* kc-glossary.c: turning the first use of each glossary term in a text
 * into a link
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every view shows content text through here once, so a term links the
 * same way in an answer, a condition and an anatomy part. A term matches
 * by its name or any synonym, ignoring case, only as whole words, never
 * inside a tag or an existing link, and only the first time in a text.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <string.h>

#include "kc-glossary-term.h"
#include "kc-glossary.h"

typedef struct
{
  gunichar *chars;   /* lower case */
  glong len;
  const char *id;    /* the term's, borrowed from terms */
} Needle;

struct _KcGlossary
{
  GObject parent_instance;

  GPtrArray *terms;   /* of KcGlossaryTerm, keeps the ids alive */
  GArray *needles;    /* of Needle, longest first */
};

G_DEFINE_FINAL_TYPE (KcGlossary, kc_glossary, G_TYPE_OBJECT)

static void
needle_clear (gpointer data)
{
  Needle *needle = data;

  g_clear_pointer (&needle->chars, g_free);
}

static void
kc_glossary_finalize (GObject *object)
{
  KcGlossary *self = (KcGlossary *)object;

  g_clear_pointer (&self->needles, g_array_unref);
  g_clear_pointer (&self->terms, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_glossary_parent_class)->finalize (object);
}

static void
kc_glossary_class_init (KcGlossaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_glossary_finalize;
}

static void
kc_glossary_init (KcGlossary *self)
{
  self->terms = g_ptr_array_new_with_free_func (g_object_unref);
  self->needles = g_array_new (FALSE, FALSE, sizeof (Needle));
  g_array_set_clear_func (self->needles, needle_clear);
}

static void
add_needle (KcGlossary *self,
            const char *words,
            const char *id)
{
  Needle needle = { NULL, 0, id };

  needle.chars = g_utf8_to_ucs4_fast (words, -1, &needle.len);
  for (glong i = 0; i < needle.len; i++)
    needle.chars[i] = g_unichar_tolower (needle.chars[i]);
  g_array_append_val (self->needles, needle);
}

/* Longer first, so that "nerve root" wins over "nerve". */
static int
compare_needles (gconstpointer a,
                 gconstpointer b)
{
  const Needle *na = a, *nb = b;

  return (nb->len > na->len) - (nb->len < na->len);
}

/**
 * kc_glossary_new:
 * @terms: a list of #KcGlossaryTerm
 */
KcGlossary *
kc_glossary_new (GListModel *terms)
{
  KcGlossary *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (terms), NULL);

  self = g_object_new (KC_TYPE_GLOSSARY, NULL);
  kc_glossary_update (self, terms);

  return self;
}

/**
 * kc_glossary_update:
 * @terms: a list of #KcGlossaryTerm
 *
 * Links @terms from now on, in place of the terms before: the library
 * grew, and whoever holds the glossary keeps it.
 */
void
kc_glossary_update (KcGlossary *self,
                    GListModel *terms)
{
  g_return_if_fail (KC_IS_GLOSSARY (self));
  g_return_if_fail (G_IS_LIST_MODEL (terms));

  g_array_set_size (self->needles, 0);
  g_ptr_array_set_size (self->terms, 0);
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      KcGlossaryTerm *term = g_list_model_get_item (terms, i);
      const char *id = kc_item_get_id (KC_ITEM (term));
      const char * const *synonyms = kc_glossary_term_get_synonyms (term);

      g_ptr_array_add (self->terms, term);
      add_needle (self, kc_item_get_name (KC_ITEM (term)), id);
      for (guint j = 0; synonyms[j] != NULL; j++)
        add_needle (self, synonyms[j], id);
    }
  g_array_sort (self->needles, compare_needles);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* A space in a term also matches a hyphen or a no-break space:
 * "nerve root" is used as "nerve-root pain". */
static gboolean
chars_match (gunichar text,
             gunichar needle)
{
  if (needle == ' ')
    return text == ' ' || text == '-' || text == 0x00A0;
  return g_unichar_tolower (text) == needle;
}

/* Returns: where the match of @needle at @p ends, or %NULL if it does
 * not match there as a whole word. Markup (a tag, an entity) ends it. */
static const char *
match_at (const char   *p,
          const Needle *needle)
{
  for (glong i = 0; i < needle->len; i++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == '<' || c == '&' || !chars_match (c, needle->chars[i]))
        return NULL;
      p = g_utf8_next_char (p);
    }

  return is_word_char (g_utf8_get_char (p)) ? NULL : p;
}

static const Needle *
find_needle (KcGlossary  *self,
             const char  *p,
             GHashTable  *linked,
             const char **end)
{
  for (guint i = 0; i < self->needles->len; i++)
    {
      const Needle *needle = &g_array_index (self->needles, Needle, i);

      if (g_hash_table_contains (linked, needle->id))
        continue;
      if ((*end = match_at (p, needle)) != NULL)
        return needle;
    }

  return NULL;
}

/* Copies a tag or an entity starting at @p whole; returns what follows.
 * Tracks whether the text is inside a link: none is put inside another. */
static const char *
copy_markup (GString    *out,
             const char *p,
             int        *link_depth)
{
  const char *end = strchr (p, *p == '<' ? '>' : ';');

  end = end != NULL ? end + 1 : p + strlen (p);
  if (g_str_has_prefix (p, "<a ") || g_str_has_prefix (p, "<a>"))
    (*link_depth)++;
  else if (g_str_has_prefix (p, "</a>") && *link_depth > 0)
    (*link_depth)--;
  g_string_append_len (out, p, end - p);

  return end;
}

/**
 * kc_glossary_link:
 * @markup: Pango markup, such as escaped content text
 * @linked: (nullable): ids of terms already linked in this text (a set,
 *   of char *); the ids linked here are added. Pass one set for all the
 *   blocks of one text, and a term's own id to keep it from linking itself.
 *
 * Returns: (transfer full): @markup with the first use of each term not in
 *   @linked wrapped in <a href="kc:glossary/ID">
 */
char *
kc_glossary_link (KcGlossary *self,
                  const char *markup,
                  GHashTable *linked)
{
  g_autoptr(GHashTable) own = NULL;
  GString *out;
  gboolean after_word = FALSE;
  int link_depth = 0;

  g_return_val_if_fail (KC_IS_GLOSSARY (self), NULL);
  g_return_val_if_fail (markup != NULL, NULL);

  if (linked == NULL)
    linked = own = g_hash_table_new (g_str_hash, g_str_equal);

  out = g_string_sized_new (strlen (markup) + 64);
  for (const char *p = markup; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);
      const Needle *needle;
      const char *end;

      if (c == '<' || c == '&')
        {
          p = copy_markup (out, p, &link_depth);
          after_word = FALSE;
          continue;
        }

      if (!after_word && link_depth == 0 && is_word_char (c) &&
          (needle = find_needle (self, p, linked, &end)) != NULL)
        {
          g_string_append_printf (out, "<a href=\"" KC_GLOSSARY_URI_PREFIX "%s\">", needle->id);
          g_string_append_len (out, p, end - p);
          g_string_append (out, "</a>");
          g_hash_table_add (linked, (gpointer)needle->id);
          p = end;
          after_word = TRUE;
          continue;
        }

      after_word = is_word_char (c);
      g_string_append_unichar (out, c);
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

/**
 * kc_glossary_link_text:
 * @text: plain text
 *
 * Escapes @text for Pango markup, then links it as kc_glossary_link().
 *
 * Returns: (transfer full): Pango markup
 */
char *
kc_glossary_link_text (KcGlossary *self,
                       const char *text,
                       GHashTable *linked)
{
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  escaped = g_markup_escape_text (text, -1);
  return kc_glossary_link (self, escaped, linked);
}

/**
 * kc_glossary_id_from_uri:
 *
 * Returns: (nullable): the term id a "kc:glossary/ID" link names, pointing
 *   into @uri, or %NULL for any other link
 */
const char *
kc_glossary_id_from_uri (const char *uri)
{
  g_return_val_if_fail (uri != NULL, NULL);

  if (!g_str_has_prefix (uri, KC_GLOSSARY_URI_PREFIX) ||
      uri[strlen (KC_GLOSSARY_URI_PREFIX)] == '\0')
    return NULL;
  return uri + strlen (KC_GLOSSARY_URI_PREFIX);
}
