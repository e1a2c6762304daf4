/* kc-text.c: text helpers shared by the content model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kc-text.h"

/* Most content text is already one clean line. */
static gboolean
is_normalized (const char *text)
{
  gboolean after_space = TRUE;   /* no space at the start */

  for (const char *p = text; *p; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      if (space && (after_space || *p != ' '))
        return FALSE;
      after_space = space;
    }

  return !after_space || *text == '\0';
}

/* Collapse runs of white space into one space and trim both ends: the
 * same normalisation xgettext applies to ITS-extracted text, so the
 * result is the msgid a translator saw. */
char *
kc_text_normalize_space (const char *text)
{
  GString *out;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  if (is_normalized (text))
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* A search key: decomposed, stripped of accents and case-folded, so that
 * "Genou", "genou" and "génou" all match. */
char *
kc_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_type (c))
        {
        case G_UNICODE_NON_SPACING_MARK:
        case G_UNICODE_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          break;
        default:
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (out, FALSE);
}

/* Content strings are translated at load time, the way GtkBuilder
 * translates .ui files. */
char *
kc_text_translate (const char *text)
{
  g_autofree char *normalized = kc_text_normalize_space (text);
  const char *translated;

  if (*normalized == '\0')
    return g_steal_pointer (&normalized);

  /* Untranslated, gettext hands back the very string it was given. */
  translated = g_dgettext (GETTEXT_PACKAGE, normalized);
  if (translated == normalized)
    return g_steal_pointer (&normalized);

  return g_strdup (translated);
}

static gboolean
is_word_char_before (const char *haystack,
                     const char *at)
{
  const char *prev;

  if (at == haystack)
    return FALSE;

  prev = g_utf8_find_prev_char (haystack, at);
  return prev != NULL && g_unichar_isalnum (g_utf8_get_char (prev));
}

/* TRUE when @word starts a word of @haystack: "ice" finds "ice" and
 * "icing" but not "advice". */
static gboolean
contains_word_prefix (const char *haystack,
                      const char *word)
{
  for (const char *at = strstr (haystack, word); at != NULL; at = strstr (at + 1, word))
    {
      if (!is_word_char_before (haystack, at))
        return TRUE;
    }

  return FALSE;
}

/* TRUE when every word of @folded_query starts a word of @folded_haystack. */
gboolean
kc_text_matches_all (const char *folded_haystack,
                     const char *folded_query)
{
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (folded_haystack != NULL, FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  words = g_strsplit_set (folded_query, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0' && !contains_word_prefix (folded_haystack, words[i]))
        return FALSE;
    }

  return TRUE;
}
