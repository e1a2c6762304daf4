/* kc-library.c: everything loaded from content files, and queries on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Queuing and loading files is in kc-library-load.c; here are the library
 * object and the lookups by id and by kind.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-content-file.h"
#include "kc-library-private.h"
#include "kc-problem.h"

G_DEFINE_FINAL_TYPE (KcLibrary, kc_library, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The class of each kind, so that each list has its items' type. */
static GType (* const item_types[KC_ITEM_N_KINDS]) (void) = {
  [KC_ITEM_KIND_ANATOMY_DIAGRAM] = kc_anatomy_diagram_get_type,
  [KC_ITEM_KIND_ANATOMY_PART] = kc_anatomy_part_get_type,
  [KC_ITEM_KIND_CONDITION] = kc_condition_get_type,
  [KC_ITEM_KIND_STORY] = kc_story_get_type,
  [KC_ITEM_KIND_PAIN_SOURCE] = kc_pain_source_get_type,
  [KC_ITEM_KIND_BODY_VIEW] = kc_body_view_get_type,
  [KC_ITEM_KIND_BODY_REGION] = kc_body_region_get_type,
  [KC_ITEM_KIND_EXERCISE] = kc_exercise_get_type,
  [KC_ITEM_KIND_PLAN_TEMPLATE] = kc_plan_template_get_type,
  [KC_ITEM_KIND_FAQ_TOPIC] = kc_faq_topic_get_type,
  [KC_ITEM_KIND_FAQ_ENTRY] = kc_faq_entry_get_type,
  [KC_ITEM_KIND_GLOSSARY_TERM] = kc_glossary_term_get_type,
};

static void
kc_library_dispose (GObject *object)
{
  KcLibrary *self = (KcLibrary *)object;

  g_clear_pointer (&self->items, g_hash_table_unref);
  for (guint i = 0; i < KC_ITEM_N_KINDS; i++)
    g_clear_object (&self->kinds[i]);
  g_clear_object (&self->problems);
  g_clear_object (&self->glossary);
  g_clear_pointer (&self->reviewed, g_hash_table_unref);

  G_OBJECT_CLASS (kc_library_parent_class)->dispose (object);
}

static void
kc_library_finalize (GObject *object)
{
  KcLibrary *self = (KcLibrary *)object;

  g_clear_pointer (&self->queue, g_ptr_array_unref);
  /* The owners point into the files. */
  g_clear_pointer (&self->owners, g_hash_table_unref);
  g_clear_pointer (&self->files, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_library_parent_class)->finalize (object);
}

static void
kc_library_class_init (KcLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kc_library_dispose;
  object_class->finalize = kc_library_finalize;

  /**
   * KcLibrary::changed:
   *
   * A load added items, problems, or both (a load that adds nothing does
   * not emit it).  What was made from the library's lists before is out
   * of date.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* A file without a date is kept with NULL, which g_date_time_unref refuses. */
static void
unref_date (gpointer date)
{
  if (date != NULL)
    g_date_time_unref (date);
}

static void
kc_library_init (KcLibrary *self)
{
  self->queue = g_ptr_array_new_with_free_func (_kc_library_queued_free);
  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_content_file_free);
  self->owners = g_hash_table_new (g_str_hash, g_str_equal);
  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < KC_ITEM_N_KINDS; i++)
    self->kinds[i] = g_list_store_new (item_types[i] ());
  self->problems = g_list_store_new (KC_TYPE_PROBLEM);
  self->reviewed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_date);
}

void
_kc_library_emit_changed (KcLibrary *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

KcLibrary *
kc_library_new (void)
{
  return g_object_new (KC_TYPE_LIBRARY, NULL);
}

/**
 * kc_library_get_reviewed_dates:
 *
 * When each loaded file was last reviewed, for the "How we wrote this"
 * page and the content lint.
 *
 * Returns: (transfer none) (element-type utf8 GDateTime): every loaded
 *   file's display name mapped to the day it was reviewed, or to %NULL if
 *   the file gives no date
 */
GHashTable *
kc_library_get_reviewed_dates (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return self->reviewed;
}

/**
 * kc_library_get_faq_topics:
 *
 * Returns: (transfer none): a #GListModel of #KcFaqTopic, in load order
 */
GListModel *
kc_library_get_faq_topics (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return kc_library_get_items (self, KC_ITEM_KIND_FAQ_TOPIC);
}

/**
 * kc_library_get_items:
 *
 * Returns: (transfer none): a #GListModel of every item of @kind, nested
 *   ones (parts, questions) included, in content order
 */
GListModel *
kc_library_get_items (KcLibrary  *self,
                      KcItemKind  kind)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (kind < KC_ITEM_N_KINDS, NULL);
  return G_LIST_MODEL (self->kinds[kind]);
}

/**
 * kc_library_get_glossary:
 *
 * Returns: (transfer none): what links the first use of each glossary
 *   term in content text to the term
 */
KcGlossary *
kc_library_get_glossary (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);

  if (self->glossary == NULL)
    self->glossary = kc_glossary_new (G_LIST_MODEL (self->kinds[KC_ITEM_KIND_GLOSSARY_TERM]));
  return self->glossary;
}

/**
 * kc_library_lookup:
 *
 * Returns: (transfer none) (nullable): the #KcItem with @id, of any kind
 */
GObject *
kc_library_lookup (KcLibrary  *self,
                   const char *id)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->items, id);
}

static gpointer
lookup_typed (KcLibrary  *self,
              const char *id,
              GType       type)
{
  GObject *item = kc_library_lookup (self, id);

  return item != NULL && G_TYPE_CHECK_INSTANCE_TYPE (item, type) ? item : NULL;
}

/**
 * kc_library_lookup_faq_entry:
 *
 * Returns: (transfer none) (nullable): the entry with @id
 */
KcFaqEntry *
kc_library_lookup_faq_entry (KcLibrary  *self,
                             const char *id)
{
  return lookup_typed (self, id, KC_TYPE_FAQ_ENTRY);
}

/**
 * kc_library_lookup_part:
 *
 * Returns: (transfer none) (nullable): the anatomy part with @id
 */
KcAnatomyPart *
kc_library_lookup_part (KcLibrary  *self,
                        const char *id)
{
  return lookup_typed (self, id, KC_TYPE_ANATOMY_PART);
}

/**
 * kc_library_lookup_condition:
 *
 * Returns: (transfer none) (nullable): the condition with @id
 */
KcCondition *
kc_library_lookup_condition (KcLibrary  *self,
                             const char *id)
{
  return lookup_typed (self, id, KC_TYPE_CONDITION);
}

/**
 * kc_library_get_diagrams:
 *
 * Returns: (transfer none): a #GListModel of #KcAnatomyDiagram
 */
GListModel *
kc_library_get_diagrams (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return kc_library_get_items (self, KC_ITEM_KIND_ANATOMY_DIAGRAM);
}

/**
 * kc_library_get_conditions:
 *
 * Returns: (transfer none): a #GListModel of #KcCondition
 */
GListModel *
kc_library_get_conditions (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return kc_library_get_items (self, KC_ITEM_KIND_CONDITION);
}

/**
 * kc_library_lookup_region:
 *
 * Returns: (transfer none) (nullable): the body-map region with @id
 */
KcBodyRegion *
kc_library_lookup_region (KcLibrary  *self,
                          const char *id)
{
  return lookup_typed (self, id, KC_TYPE_BODY_REGION);
}

/**
 * kc_library_get_body_views:
 *
 * Returns: (transfer none): a #GListModel of #KcBodyView
 */
GListModel *
kc_library_get_body_views (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return kc_library_get_items (self, KC_ITEM_KIND_BODY_VIEW);
}

/**
 * kc_library_get_regions:
 *
 * Returns: (transfer none): a #GListModel of #KcBodyRegion
 */
GListModel *
kc_library_get_regions (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return kc_library_get_items (self, KC_ITEM_KIND_BODY_REGION);
}

/**
 * kc_library_get_pain_sources:
 *
 * Returns: (transfer none): a #GListModel of #KcPainSource
 */
GListModel *
kc_library_get_pain_sources (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return kc_library_get_items (self, KC_ITEM_KIND_PAIN_SOURCE);
}

/**
 * kc_library_get_exercises:
 *
 * Returns: (transfer none): a #GListModel of #KcExercise
 */
GListModel *
kc_library_get_exercises (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return kc_library_get_items (self, KC_ITEM_KIND_EXERCISE);
}

/**
 * kc_library_lookup_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise with @id
 */
KcExercise *
kc_library_lookup_exercise (KcLibrary  *self,
                            const char *id)
{
  return lookup_typed (self, id, KC_TYPE_EXERCISE);
}

/**
 * kc_library_get_plan_templates:
 *
 * Returns: (transfer none): a #GListModel of #KcPlanTemplate
 */
GListModel *
kc_library_get_plan_templates (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return kc_library_get_items (self, KC_ITEM_KIND_PLAN_TEMPLATE);
}

/**
 * kc_library_dup_urgent_entries:
 *
 * The questions marked urgent: the warning signs that need a doctor.
 *
 * Returns: (transfer full) (element-type KcFaqEntry): the entries
 */
GPtrArray *
kc_library_dup_urgent_entries (KcLibrary *self)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KC_IS_LIBRARY (self), found);

  for (guint i = 0; i < g_list_model_get_n_items (kc_library_get_items (self, KC_ITEM_KIND_FAQ_TOPIC)); i++)
    {
      g_autoptr(KcFaqTopic) topic = g_list_model_get_item (kc_library_get_items (self, KC_ITEM_KIND_FAQ_TOPIC), i);
      GListModel *entries = kc_faq_topic_get_entries (topic);

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(KcFaqEntry) entry = g_list_model_get_item (entries, j);

          if (kc_faq_entry_get_urgent (entry))
            g_ptr_array_add (found, g_steal_pointer (&entry));
        }
    }

  return found;
}

/* A GCopyFunc: the copy of an array of objects holds its own references. */
static gpointer
copy_object (gconstpointer object,
             gpointer      user_data)
{
  return g_object_ref ((gpointer)object);
}

/**
 * kc_library_dup_warning_tiers:
 *
 * The warning signs in tiers, as the first urgent question that has
 * them lists them: what every view of warning signs shows.
 *
 * Returns: (transfer full) (element-type KcWarningSigns): the tiers, most
 *   urgent first; empty if no urgent question has tiers
 */
GPtrArray *
kc_library_dup_warning_tiers (KcLibrary *self)
{
  g_autoptr(GPtrArray) entries = NULL;

  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);

  entries = kc_library_dup_urgent_entries (self);
  for (guint i = 0; i < entries->len; i++)
    {
      GPtrArray *tiers = kc_faq_entry_get_warnings (g_ptr_array_index (entries, i));

      if (tiers->len > 0)
        return g_ptr_array_copy (tiers, copy_object, NULL);
    }

  return g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * kc_library_dup_stories_for_condition:
 *
 * Returns: (transfer full) (element-type KcStory): the stories that
 *   illustrate @condition_id
 */
GPtrArray *
kc_library_dup_stories_for_condition (KcLibrary  *self,
                                      const char *condition_id)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KC_IS_LIBRARY (self), found);

  for (guint i = 0; i < g_list_model_get_n_items (kc_library_get_items (self, KC_ITEM_KIND_STORY)); i++)
    {
      g_autoptr(KcStory) story = g_list_model_get_item (kc_library_get_items (self, KC_ITEM_KIND_STORY), i);

      if (g_strv_contains (kc_story_get_condition_ids (story), condition_id))
        g_ptr_array_add (found, g_steal_pointer (&story));
    }

  return found;
}

/**
 * kc_library_get_problems:
 *
 * Returns: (transfer none): a #GListModel of #KcProblem found while loading
 */
GListModel *
kc_library_get_problems (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->problems);
}

/**
 * kc_library_get_n_skipped_folders:
 *
 * Returns: how many content folders could not be read or held no content
 *   file; each has a problem naming it
 */
guint
kc_library_get_n_skipped_folders (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), 0);
  return self->n_skipped_folders;
}

/**
 * kc_library_get_n_skipped_files:
 *
 * Returns: how many content files were refused as a whole
 */
guint
kc_library_get_n_skipped_files (KcLibrary *self)
{
  g_return_val_if_fail (KC_IS_LIBRARY (self), 0);
  return self->n_skipped_files;
}
