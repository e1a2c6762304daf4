/* kc-glossary-term.c: a word the content uses, in plain words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-glossary-term-private.h"
#include "kc-text.h"

struct _KcGlossaryTerm
{
  KcItem parent_instance;

  GStrv synonyms;    /* other words for it, never NULL */
  char *definition;
  GStrv see;         /* ids of the items it relates to, never NULL */
  char *search_key;  /* folded name, synonyms and definition, built on first filter */
};

G_DEFINE_FINAL_TYPE (KcGlossaryTerm, kc_glossary_term, KC_TYPE_ITEM)

static void
kc_glossary_term_finalize (GObject *object)
{
  KcGlossaryTerm *self = (KcGlossaryTerm *)object;

  g_clear_pointer (&self->synonyms, g_strfreev);
  g_clear_pointer (&self->definition, g_free);
  g_clear_pointer (&self->see, g_strfreev);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (kc_glossary_term_parent_class)->finalize (object);
}

/* Found by its other words and its definition besides its name. */
static char *
kc_glossary_term_dup_search_text (KcItem    *item,
                                  KcLibrary *library)
{
  KcGlossaryTerm *self = KC_GLOSSARY_TERM (item);
  g_autofree char *synonyms = g_strjoinv ("\n", self->synonyms);

  return g_strconcat (synonyms, "\n", self->definition, NULL);
}

static void
kc_glossary_term_class_init (KcGlossaryTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  object_class->finalize = kc_glossary_term_finalize;

  item_class->kind = KC_ITEM_KIND_GLOSSARY_TERM;
  item_class->page = "questions";
  item_class->dup_search_text = kc_glossary_term_dup_search_text;
}

static void
kc_glossary_term_init (KcGlossaryTerm *self)
{
}

/* "nerve roots, spinal nerve root" → its words, trimmed, empty ones left out. */
static GStrv
split_synonyms (const char *synonyms)
{
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit (synonyms != NULL ? synonyms : "", ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (words, parts[i]);
    }

  return g_strv_builder_end (words);
}

/**
 * _kc_glossary_term_new:
 * @synonyms: (nullable): other words for the term, separated by commas
 * @see: (nullable): ids of the items the term relates to
 */
KcGlossaryTerm *
_kc_glossary_term_new (const char         *id,
                       const char         *name,
                       const char         *synonyms,
                       const char         *definition,
                       const char * const *see)
{
  KcGlossaryTerm *self;
  static const char * const none[] = { NULL };

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (definition != NULL, NULL);

  self = g_object_new (KC_TYPE_GLOSSARY_TERM, "id", id, "name", name, NULL);
  self->synonyms = split_synonyms (synonyms);
  self->definition = g_strdup (definition);
  self->see = g_strdupv ((char **)(see != NULL ? see : none));

  return self;
}

const char *
kc_glossary_term_get_definition (KcGlossaryTerm *self)
{
  g_return_val_if_fail (KC_IS_GLOSSARY_TERM (self), NULL);
  return self->definition;
}

/**
 * kc_glossary_term_get_synonyms:
 *
 * Returns: (transfer none): the other words for the term in the user's
 *   language (plurals, other names), %NULL-terminated, maybe empty
 */
const char * const *
kc_glossary_term_get_synonyms (KcGlossaryTerm *self)
{
  g_return_val_if_fail (KC_IS_GLOSSARY_TERM (self), NULL);
  return (const char * const *)self->synonyms;
}

/**
 * kc_glossary_term_get_see:
 *
 * Returns: (transfer none): ids of the anatomy parts, conditions and
 *   questions the term relates to, %NULL-terminated, maybe empty
 */
const char * const *
kc_glossary_term_get_see (KcGlossaryTerm *self)
{
  g_return_val_if_fail (KC_IS_GLOSSARY_TERM (self), NULL);
  return (const char * const *)self->see;
}

/**
 * kc_glossary_term_matches:
 * @folded_query: a query folded with kc_text_fold()
 *
 * Returns: %TRUE when every word of the query occurs in the term's name,
 *   synonyms or definition, ignoring case and accents
 */
gboolean
kc_glossary_term_matches (KcGlossaryTerm *self,
                          const char     *folded_query)
{
  g_return_val_if_fail (KC_IS_GLOSSARY_TERM (self), FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  if (self->search_key == NULL)
    {
      g_autofree char *text = kc_glossary_term_dup_search_text (KC_ITEM (self), NULL);
      g_autofree char *key = g_strconcat (kc_item_get_name (KC_ITEM (self)), "\n", text, NULL);

      self->search_key = kc_text_fold (key);
    }

  return kc_text_matches_all (self->search_key, folded_query);
}
