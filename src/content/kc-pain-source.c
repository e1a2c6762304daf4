/* kc-pain-source.c: where pain can start, and where it can be felt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-pain-source-private.h"

struct _KcPainSource
{
  KcItem parent_instance;

  char *kind;
  char **start_regions;
  char **part_ids;
  char **condition_ids;
  KcExerciseArea exercise_area;
  gboolean has_exercise_area;
  GPtrArray *sections[KC_PAIN_SOURCE_N_SECTIONS];  /* of KcTextBlock */
  GArray *referrals;                               /* of KcReferral */
};

G_DEFINE_FINAL_TYPE (KcPainSource, kc_pain_source, KC_TYPE_ITEM)

static void
referral_clear (KcReferral *referral)
{
  g_clear_pointer (&referral->region_id, g_free);
}

static void
kc_pain_source_finalize (GObject *object)
{
  KcPainSource *self = (KcPainSource *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->start_regions, g_strfreev);
  g_clear_pointer (&self->part_ids, g_strfreev);
  g_clear_pointer (&self->condition_ids, g_strfreev);
  for (guint i = 0; i < KC_PAIN_SOURCE_N_SECTIONS; i++)
    g_clear_pointer (&self->sections[i], g_ptr_array_unref);
  g_clear_pointer (&self->referrals, g_array_unref);

  G_OBJECT_CLASS (kc_pain_source_parent_class)->finalize (object);
}

/* What search finds it by besides its name. */
static char *
kc_pain_source_dup_search_text (KcItem    *item,
                                 KcLibrary *library)
{
  KcPainSource *self = KC_PAIN_SOURCE (item);
  GString *text = g_string_new (NULL);

  for (guint section = 0; section < KC_PAIN_SOURCE_N_SECTIONS; section++)
    kc_text_blocks_append_plain (self->sections[section], text);

  return g_string_free (text, FALSE);
}

static void
kc_pain_source_class_init (KcPainSourceClass *klass)
{
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kc_pain_source_finalize;

  item_class->kind = KC_ITEM_KIND_PAIN_SOURCE;
  item_class->page = "bodymap";
  item_class->dup_search_text = kc_pain_source_dup_search_text;
}

static void
kc_pain_source_init (KcPainSource *self)
{
  for (guint i = 0; i < KC_PAIN_SOURCE_N_SECTIONS; i++)
    self->sections[i] = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_text_block_free);
  self->referrals = g_array_new (FALSE, TRUE, sizeof (KcReferral));
  g_array_set_clear_func (self->referrals, (GDestroyNotify)referral_clear);
}

KcPainSource *
_kc_pain_source_new (const char         *id,
                     const char         *kind,
                     const char         *name,
                     const char * const *start_regions,
                     const char * const *part_ids,
                     const char * const *condition_ids)
{
  KcPainSource *self = g_object_new (KC_TYPE_PAIN_SOURCE, "id", id, "name", name, NULL);

  self->kind = g_strdup (kind);
  self->start_regions = g_strdupv ((char **)start_regions);
  self->part_ids = g_strdupv ((char **)part_ids);
  self->condition_ids = g_strdupv ((char **)condition_ids);

  return self;
}

/* Takes ownership of @blocks. */
void
_kc_pain_source_set_section (KcPainSource        *self,
                             KcPainSourceSection  section,
                             GPtrArray           *blocks)
{
  g_return_if_fail (KC_IS_PAIN_SOURCE (self));
  g_return_if_fail (section < KC_PAIN_SOURCE_N_SECTIONS);

  g_clear_pointer (&self->sections[section], g_ptr_array_unref);
  self->sections[section] = blocks;
}

void
_kc_pain_source_set_exercise_area (KcPainSource   *self,
                                   KcExerciseArea  area)
{
  g_return_if_fail (KC_IS_PAIN_SOURCE (self));

  self->exercise_area = area;
  self->has_exercise_area = TRUE;
}

void
_kc_pain_source_add_referral (KcPainSource *self,
                              const char   *region_id,
                              KcCommonness  how,
                              KcCommonness  cause)
{
  KcReferral referral = { g_strdup (region_id), how, cause };

  g_return_if_fail (KC_IS_PAIN_SOURCE (self));
  g_array_append_val (self->referrals, referral);
}

/* One of "nerve-root", "joint", "biomechanical", "local". */
const char *
kc_pain_source_get_kind (KcPainSource *self)
{
  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), NULL);
  return self->kind;
}

/**
 * kc_pain_source_get_exercise_area:
 * @area: (out): the exercises that help where this pain starts
 *
 * Returns: %TRUE if the source names an exercise area
 */
gboolean
kc_pain_source_get_exercise_area (KcPainSource   *self,
                                  KcExerciseArea *area)
{
  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  *area = self->exercise_area;
  return self->has_exercise_area;
}

/* The regions the pain starts in (a joint on either side has two). */
const char * const *
kc_pain_source_get_start_regions (KcPainSource *self)
{
  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), NULL);
  return (const char * const *)self->start_regions;
}

/**
 * kc_pain_source_get_section:
 *
 * Returns: (transfer none) (element-type KcTextBlock): the section's blocks
 */
GPtrArray *
kc_pain_source_get_section (KcPainSource        *self,
                            KcPainSourceSection  section)
{
  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), NULL);
  g_return_val_if_fail (section < KC_PAIN_SOURCE_N_SECTIONS, NULL);

  return self->sections[section];
}

const char * const *
kc_pain_source_get_part_ids (KcPainSource *self)
{
  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), NULL);
  return (const char * const *)self->part_ids;
}

const char * const *
kc_pain_source_get_condition_ids (KcPainSource *self)
{
  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), NULL);
  return (const char * const *)self->condition_ids;
}

/**
 * kc_pain_source_get_referrals:
 *
 * Returns: (transfer none) (element-type KcReferral): where the pain can be felt
 */
GArray *
kc_pain_source_get_referrals (KcPainSource *self)
{
  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), NULL);
  return self->referrals;
}

static const KcReferral *
find_referral (KcPainSource *self,
               const char   *region_id)
{
  for (guint i = 0; i < self->referrals->len; i++)
    {
      const KcReferral *referral = &g_array_index (self->referrals, KcReferral, i);

      if (g_strcmp0 (referral->region_id, region_id) == 0)
        return referral;
    }

  return NULL;
}

/**
 * kc_pain_source_refers_to:
 *
 * Returns: how commonly pain from here is felt in @region_id, or 0 if never
 */
KcCommonness
kc_pain_source_refers_to (KcPainSource *self,
                          const char   *region_id)
{
  const KcReferral *referral;

  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), 0);

  referral = find_referral (self, region_id);
  return referral ? referral->how : 0;
}

/**
 * kc_pain_source_cause_of:
 *
 * Returns: how common this source is among the causes of pain felt in
 *   @region_id, or 0 if it never reaches it
 */
KcCommonness
kc_pain_source_cause_of (KcPainSource *self,
                         const char   *region_id)
{
  const KcReferral *referral;

  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), 0);

  referral = find_referral (self, region_id);
  return referral ? referral->cause : 0;
}

/* Returns: %TRUE for a nerve root, whose pain is radicular, not referred */
gboolean
kc_pain_source_is_radicular (KcPainSource *self)
{
  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), FALSE);
  return g_strcmp0 (self->kind, "nerve-root") == 0;
}

/**
 * kc_pain_source_describe_pain:
 *
 * Returns: (nullable): what the pain of this kind of source feels like:
 *   radicular for a nerve root, referred for a joint; %NULL for pain felt
 *   where it starts or from changed movement
 */
const char *
kc_pain_source_describe_pain (KcPainSource *self)
{
  g_return_val_if_fail (KC_IS_PAIN_SOURCE (self), NULL);

  if (kc_pain_source_is_radicular (self))
    return _("Nerve-root (radicular) pain: sharp or shooting, in a narrow band down the leg, "
             "often with pins and needles, numbness or weakness.");
  if (g_strcmp0 (self->kind, "joint") == 0)
    return _("Referred pain: a dull, deep ache, hard to pinpoint, felt mostly above the "
             "knee, without numbness or weakness.");
  return NULL;
}

/* What people read for each level, e.g. in "common — …". */
const char *
kc_commonness_to_string (KcCommonness how)
{
  switch (how)
    {
    case KC_COMMONNESS_COMMON:
      return _("common");
    case KC_COMMONNESS_OCCASIONAL:
      return _("occasional");
    case KC_COMMONNESS_RARE:
      return _("rare");
    default:
      return "";
    }
}
