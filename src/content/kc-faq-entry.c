/* kc-faq-entry.c: one question and its answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-faq-entry-private.h"
#include "kc-text.h"

struct _KcFaqEntry
{
  KcItem parent_instance;

  GPtrArray *answer;       /* of KcTextBlock */
  GPtrArray *see_also;     /* of char *, NULL-terminated */
  GListStore *links;       /* of KcLink */
  GPtrArray *warnings;     /* of KcWarningSigns, most urgent first */
  char *search_key;        /* folded question and answer, built on first search */
  gboolean urgent;
};

G_DEFINE_FINAL_TYPE (KcFaqEntry, kc_faq_entry, KC_TYPE_ITEM)

enum {
  PROP_0,
  PROP_URGENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_faq_entry_dispose (GObject *object)
{
  KcFaqEntry *self = (KcFaqEntry *)object;

  g_clear_object (&self->links);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_faq_entry_parent_class)->dispose (object);
}

static void
kc_faq_entry_finalize (GObject *object)
{
  KcFaqEntry *self = (KcFaqEntry *)object;

  g_clear_pointer (&self->answer, g_ptr_array_unref);
  g_clear_pointer (&self->see_also, g_ptr_array_unref);
  g_clear_pointer (&self->search_key, g_free);

  G_OBJECT_CLASS (kc_faq_entry_parent_class)->finalize (object);
}

static void
kc_faq_entry_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KcFaqEntry *self = KC_FAQ_ENTRY (object);

  switch (prop_id)
    {
    case PROP_URGENT:
      g_value_set_boolean (value, self->urgent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What search finds it by besides its name. */
/* The answer and then its warning signs, as plain text, for search. */
static void
append_answer_text (KcFaqEntry *self,
                    GString    *text)
{
  kc_text_blocks_append_plain (self->answer, text);
  for (guint i = 0; i < self->warnings->len; i++)
    {
      KcWarningSigns *tier = g_ptr_array_index (self->warnings, i);
      const char * const *signs = kc_warning_signs_get_signs (tier);

      g_string_append_printf (text, "\n%s\n%s", kc_warning_signs_get_heading (tier),
                              kc_warning_signs_get_action (tier));
      for (guint j = 0; signs[j] != NULL; j++)
        g_string_append_printf (text, "\n%s", signs[j]);
    }
}

static char *
kc_faq_entry_dup_search_text (KcItem    *item,
                               KcLibrary *library)
{
  KcFaqEntry *self = KC_FAQ_ENTRY (item);
  GString *text = g_string_new (NULL);

  append_answer_text (self, text);
  return g_string_free (text, FALSE);
}

static void
kc_faq_entry_class_init (KcFaqEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  object_class->dispose = kc_faq_entry_dispose;
  object_class->finalize = kc_faq_entry_finalize;
  object_class->get_property = kc_faq_entry_get_property;

  properties[PROP_URGENT] =
    g_param_spec_boolean ("urgent", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->kind = KC_ITEM_KIND_FAQ_ENTRY;
  item_class->page = "questions";
  item_class->dup_search_text = kc_faq_entry_dup_search_text;
}

static void
kc_faq_entry_init (KcFaqEntry *self)
{
  self->answer = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_text_block_free);
  /* Reserve one slot: an empty null-terminated array may have no pdata. */
  self->see_also = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  self->links = g_list_store_new (KC_TYPE_LINK);
  self->warnings = g_ptr_array_new_with_free_func (g_object_unref);
}

KcFaqEntry *
_kc_faq_entry_new (const char *id,
                   const char *question,
                   gboolean    urgent)
{
  KcFaqEntry *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (question != NULL, NULL);

  self = g_object_new (KC_TYPE_FAQ_ENTRY, "id", id, "name", question, NULL);
  self->urgent = !!urgent;

  return self;
}

void
_kc_faq_entry_add_block (KcFaqEntry  *self,
                         KcTextBlock *block)
{
  g_return_if_fail (KC_IS_FAQ_ENTRY (self));
  g_return_if_fail (block != NULL);

  g_ptr_array_add (self->answer, block);
}

void
_kc_faq_entry_add_see_also (KcFaqEntry *self,
                            const char *ref)
{
  g_return_if_fail (KC_IS_FAQ_ENTRY (self));
  g_return_if_fail (ref != NULL);

  g_ptr_array_add (self->see_also, g_strdup (ref));
}

void
_kc_faq_entry_add_link (KcFaqEntry *self,
                        KcLink     *link)
{
  g_return_if_fail (KC_IS_FAQ_ENTRY (self));
  g_return_if_fail (KC_IS_LINK (link));

  g_list_store_append (self->links, link);
}

/* Adds a tier of warning signs; the schema gives them most urgent first. */
void
_kc_faq_entry_add_warnings (KcFaqEntry     *self,
                            KcWarningSigns *tier)
{
  g_return_if_fail (KC_IS_FAQ_ENTRY (self));
  g_return_if_fail (KC_IS_WARNING_SIGNS (tier));

  g_ptr_array_add (self->warnings, g_object_ref (tier));
}

/**
 * kc_faq_entry_get_warnings:
 *
 * Returns: (transfer none) (element-type KcWarningSigns): the tiers of
 *   warning signs the entry lists after its answer, most urgent first;
 *   empty for most entries
 */
GPtrArray *
kc_faq_entry_get_warnings (KcFaqEntry *self)
{
  g_return_val_if_fail (KC_IS_FAQ_ENTRY (self), NULL);
  return self->warnings;
}

gboolean
kc_faq_entry_get_urgent (KcFaqEntry *self)
{
  g_return_val_if_fail (KC_IS_FAQ_ENTRY (self), FALSE);
  return self->urgent;
}

/**
 * kc_faq_entry_get_answer:
 *
 * Returns: (transfer none) (element-type KcTextBlock): the answer's blocks
 */
GPtrArray *
kc_faq_entry_get_answer (KcFaqEntry *self)
{
  g_return_val_if_fail (KC_IS_FAQ_ENTRY (self), NULL);
  return self->answer;
}

/**
 * kc_faq_entry_get_see_also:
 *
 * Returns: (transfer none): ids of related entries, %NULL-terminated
 */
const char * const *
kc_faq_entry_get_see_also (KcFaqEntry *self)
{
  g_return_val_if_fail (KC_IS_FAQ_ENTRY (self), NULL);
  return (const char * const *)self->see_also->pdata;
}

/**
 * kc_faq_entry_get_links:
 *
 * Returns: (transfer none): a #GListModel of #KcLink to other tabs
 */
GListModel *
kc_faq_entry_get_links (KcFaqEntry *self)
{
  g_return_val_if_fail (KC_IS_FAQ_ENTRY (self), NULL);
  return G_LIST_MODEL (self->links);
}

static char *
build_search_key (KcFaqEntry *self)
{
  g_autoptr(GString) text = g_string_new (kc_item_get_name (KC_ITEM (self)));

  append_answer_text (self, text);
  return kc_text_fold (text->str);
}

/**
 * kc_faq_entry_matches:
 * @folded_query: a query folded with kc_text_fold()
 *
 * Returns: %TRUE when every word of the query occurs in the question or
 *   the answer, ignoring case and accents
 */
gboolean
kc_faq_entry_matches (KcFaqEntry *self,
                      const char *folded_query)
{
  g_return_val_if_fail (KC_IS_FAQ_ENTRY (self), FALSE);
  g_return_val_if_fail (folded_query != NULL, FALSE);

  if (self->search_key == NULL)
    self->search_key = build_search_key (self);

  return kc_text_matches_all (self->search_key, folded_query);
}
