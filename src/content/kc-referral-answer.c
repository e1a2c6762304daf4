/* kc-referral-answer.c: what the body map answers for a choice of places
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One answer, computed once from the mode and the chosen places, is what
 * every view of the body map reads: the places that light up, the arrows,
 * the sources with their "felt in"/"starts in" lines, whether the warning
 * signs come first, and the one-line summary a screen reader hears.  The
 * lighting, the explanation column and the printed handout therefore
 * cannot disagree.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-body-region.h"
#include "kc-referral-answer.h"
#include "kc-referral-arrows-private.h"
#include "kc-referrals.h"

struct _KcReferralAnswer
{
  GObject parent_instance;

  /* Owned references */
  KcLibrary *library;      /* keeps the sources and names alive */
  GStrv chosen;
  GPtrArray *places;       /* of KcLitPlace, in the order first lit */
  GPtrArray *arrows;       /* of KcReferralArrow, each pair once */
  GPtrArray *leads;        /* of KcReferralArrow, each pair once per source */
  GPtrArray *sources;      /* of KcAnswerSource, in the order to show them */
  GPtrArray *warning_tiers; /* of KcWarningSigns, most urgent first */
  char *summary;

  KcBodyMapMode mode;
  gboolean warnings_first;
};

G_DEFINE_FINAL_TYPE (KcReferralAnswer, kc_referral_answer, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (KcReferralRole, kc_referral_role,
                    G_DEFINE_ENUM_VALUE (KC_REFERRAL_ROLE_SOURCE, "source"),
                    G_DEFINE_ENUM_VALUE (KC_REFERRAL_ROLE_REFERRED, "referred"),
                    G_DEFINE_ENUM_VALUE (KC_REFERRAL_ROLE_HURT, "hurt"))

/* ---- Parts of an answer -------------------------------------------------- */

static void
lit_place_free (KcLitPlace *place)
{
  g_free (place->region);
  g_free (place);
}

static void
answer_source_free (KcAnswerSource *source)
{
  g_free (source->start_region);
  g_free (source->reach);
  g_free (source);
}

static const char *
region_name (KcLibrary  *library,
             const char *id)
{
  KcBodyRegion *region = kc_library_lookup_region (library, id);

  return region ? kc_item_get_name (KC_ITEM (region)) : id;
}

static KcLitPlace *
find_place (KcReferralAnswer *self,
            const char       *region)
{
  for (guint i = 0; i < self->places->len; i++)
    {
      KcLitPlace *place = g_ptr_array_index (self->places, i);

      if (g_str_equal (place->region, region))
        return place;
    }

  return NULL;
}

/* Lights @region in @role; a place lit again takes the later role, but a
 * place that hurts keeps that its pain may start there too. */
static void
light (KcReferralAnswer *self,
       const char       *region,
       KcReferralRole    role,
       KcCommonness      how)
{
  KcLitPlace *place = find_place (self, region);

  if (place == NULL)
    {
      place = g_new0 (KcLitPlace, 1);
      place->region = g_strdup (region);
      place->name = region_name (self->library, region);
      g_ptr_array_add (self->places, place);
    }
  else if (role == KC_REFERRAL_ROLE_HURT && place->role == KC_REFERRAL_ROLE_SOURCE)
    {
      place->also_source = TRUE;
      place->source_how = place->how;
    }

  place->role = role;
  place->how = how;
}

static void
add_arrow (KcReferralAnswer *self,
           const char       *from,
           const char       *to,
           KcPainSource     *source,
           KcCommonness      how)
{
  _kc_referral_arrows_add (self->arrows, self->leads, from, to, source, how);
}

/* The back's own places: pain there, or pain starting there, calls for
 * the warning signs before anything else. */
static gboolean
is_back (KcLibrary  *library,
         const char *region_id)
{
  KcBodyRegion *region = kc_library_lookup_region (library, region_id);

  return region != NULL && g_strcmp0 (kc_body_region_get_group (region), "back") == 0;
}

static void
add_source (KcReferralAnswer *self,
            KcPainSource     *source,
            const char       *start_region,
            KcCommonness      how,
            char             *reach)
{
  KcAnswerSource *entry = g_new0 (KcAnswerSource, 1);

  entry->source = source;   /* the library keeps it alive */
  entry->start_region = g_strdup (start_region);
  entry->how = how;
  entry->reach = reach;
  g_ptr_array_add (self->sources, entry);

  if (kc_pain_source_is_radicular (source) || is_back (self->library, start_region))
    self->warnings_first = TRUE;
}

/* ---- "Where does it start?" ---------------------------------------------- */

/* "Front of left knee (common), Left shin (occasional)" */
static char *
describe_hits_of (KcLibrary    *library,
                  GPtrArray    *hits,
                  KcPainSource *source)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < hits->len; i++)
    {
      KcReferralHit *hit = g_ptr_array_index (hits, i);

      if (hit->source != source)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: a place and how common it is, e.g. "Left calf (common)" */
      g_string_append_printf (text, _("%s (%s)"), region_name (library, hit->region),
                              kc_commonness_to_string (hit->how));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_group (KcCommonness  how,
                const char   *places)
{
  switch (how)
    {
    case KC_COMMONNESS_COMMON:
      /* Translators: a group of places, e.g. "often: front of left thigh, left buttock" */
      return g_strdup_printf (_("often: %s"), places);
    case KC_COMMONNESS_OCCASIONAL:
      /* Translators: a group of places, e.g. "sometimes: left calf" */
      return g_strdup_printf (_("sometimes: %s"), places);
    case KC_COMMONNESS_RARE:
    default:
      /* Translators: a group of places, e.g. "rarely: left foot" */
      return g_strdup_printf (_("rarely: %s"), places);
    }
}

/* Where pain from the chosen place is felt: each place once, in the order
 * of @hits, at the most common way pain reaches it. */
static GPtrArray *
felt_places (KcReferralAnswer *self,
             GPtrArray        *hits)
{
  GPtrArray *felt = g_ptr_array_new_with_free_func ((GDestroyNotify)lit_place_free);
  g_autoptr(GHashTable) by_region = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < hits->len; i++)
    {
      KcReferralHit *hit = g_ptr_array_index (hits, i);
      KcLitPlace *place = g_hash_table_lookup (by_region, hit->region);

      if (place == NULL)
        {
          place = g_new0 (KcLitPlace, 1);
          place->region = g_strdup (hit->region);
          place->name = region_name (self->library, hit->region);
          place->role = KC_REFERRAL_ROLE_REFERRED;
          g_ptr_array_add (felt, place);
          g_hash_table_insert (by_region, place->region, place);
        }
      place->how = MAX (place->how, hit->how);
    }

  return felt;
}

/* "Lower back can refer pain to: often: …; sometimes: …." Every place
 * pain is felt counts, also the chosen place itself (a knee's own pain). */
static char *
describe_start (KcReferralAnswer *self,
                const char       *region_id,
                GPtrArray        *felt)
{
  /* A long list of places reads better by how often: most first. */
  static const KcCommonness groups[] = {
    KC_COMMONNESS_COMMON, KC_COMMONNESS_OCCASIONAL, KC_COMMONNESS_RARE,
  };
  g_autoptr(GString) places = g_string_new (NULL);

  if (felt->len == 0)
    return g_strdup_printf (_("%s: no referred pain is described from here."),
                            region_name (self->library, region_id));

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autoptr(GString) list = g_string_new (NULL);
      g_autofree char *group = NULL;

      for (guint i = 0; i < felt->len; i++)
        {
          KcLitPlace *place = g_ptr_array_index (felt, i);

          if (place->how == groups[g])
            g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", place->name);
        }

      if (list->len == 0)
        continue;
      group = describe_group (groups[g], list->str);
      g_string_append_printf (places, "%s%s", places->len > 0 ? "; " : "", group);
    }

  /* Translators: "Lower back can refer pain to: often: front of left thigh, …; sometimes: …" */
  return g_strdup_printf (_("%s can refer pain to: %s."), region_name (self->library, region_id),
                          places->str);
}

static void
answer_start (KcReferralAnswer *self,
              const char       *region)
{
  g_autoptr(GPtrArray) hits = kc_referrals_from_region (self->library, region);
  g_autoptr(GPtrArray) felt = felt_places (self, hits);

  for (guint i = 0; i < felt->len; i++)
    {
      KcLitPlace *place = g_ptr_array_index (felt, i);

      light (self, place->region, KC_REFERRAL_ROLE_REFERRED, place->how);
    }
  for (guint i = 0; i < hits->len; i++)
    {
      KcReferralHit *hit = g_ptr_array_index (hits, i);

      add_arrow (self, region, hit->region, hit->source, hit->how);
    }
  /* Where it starts wins over being felt there too. */
  light (self, region, KC_REFERRAL_ROLE_SOURCE, KC_COMMONNESS_COMMON);

  /* Each source once, in the order of its most common place. */
  for (guint i = 0; i < hits->len; i++)
    {
      KcReferralHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *places = NULL;
      gboolean known = FALSE;

      for (guint j = 0; j < self->sources->len && !known; j++)
        known = ((KcAnswerSource *)g_ptr_array_index (self->sources, j))->source == hit->source;
      if (known)
        continue;

      places = describe_hits_of (self->library, hits, hit->source);
      /* Translators: followed by places, e.g. "Felt in: Left calf (common)" */
      add_source (self, hit->source, region, hit->how, g_strdup_printf (_("Felt in: %s"), places));
    }

  self->summary = describe_start (self, region, felt);
}

/* ---- "Where does it hurt?" ----------------------------------------------- */

/* What the map shows twice is said twice: " Front of left knee hurts and
 * may also be where the pain starts." for each place that is both. */
static void
append_both_roles (KcReferralAnswer *self,
                   GString          *text)
{
  for (guint i = 0; i < self->places->len; i++)
    {
      KcLitPlace *place = g_ptr_array_index (self->places, i);

      if (!place->also_source)
        continue;
      g_string_append_c (text, ' ');
      /* Translators: of a place chosen because it hurts that is also among
       * the likely sources, e.g. "Front of left knee hurts and may also be
       * where the pain starts." */
      g_string_append_printf (text, _("%s hurts and may also be where the pain starts."),
                              place->name);
    }
}

static char *
describe_hurt (KcReferralAnswer *self)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GString) sources = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; self->chosen[i] != NULL; i++)
    g_string_append_printf (where, "%s%s", i > 0 ? ", " : "",
                            region_name (self->library, self->chosen[i]));

  if (self->sources->len == 0)
    return g_strdup_printf (_("Pain in %s: no source is described for this place."), where->str);

  for (guint i = 0; i < self->sources->len; i++)
    {
      KcAnswerSource *source = g_ptr_array_index (self->sources, i);

      g_string_append_printf (sources, "%s%s", i > 0 ? "; " : "",
                              kc_item_get_name (KC_ITEM (source->source)));
      /* Translators: after a source, how common it is, e.g. "The hip joint (occasional)" */
      g_string_append_printf (sources, _(" (%s)"), kc_commonness_to_string (source->how));
    }

  /* Translators: "Pain in Front of left knee can come from, most common first — not
   * what is wrong with you: The knee itself (common); …" */
  g_string_printf (text, _("Pain in %s can come from, most common first — not what is wrong "
                           "with you: %s."), where->str, sources->str);
  append_both_roles (self, text);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
light_start (KcReferralAnswer *self,
             const char       *start,
             KcCommonness      cause)
{
  /* Matches come the most common cause first, so that one lights a
   * place where two start: a rare cause never paints it as common. */
  if (find_place (self, start) == NULL)
    light (self, start, KC_REFERRAL_ROLE_SOURCE, cause);
}

/* Where @match starts, with an arrow to each place it explains.  Pain in
 * the middle (the lower back) can come from either side: a joint on both
 * sides lights both, not just the left. */
static void
light_starts (KcReferralAnswer *self,
              KcSourceMatch    *match)
{
  const char * const *starts = kc_pain_source_get_start_regions (match->source);

  light_start (self, match->start_region, match->cause);
  for (guint j = 0; match->areas[j] != NULL; j++)
    {
      if (kc_region_id_get_side (match->areas[j]) != NULL)
        {
          add_arrow (self, match->start_region, match->areas[j], match->source, match->cause);
          continue;
        }
      for (guint k = 0; starts[k] != NULL; k++)
        {
          light_start (self, starts[k], match->cause);
          add_arrow (self, starts[k], match->areas[j], match->source, match->cause);
        }
    }
}

/* "Starts in: Lower back · a rare cause of pain here" */
static char *
describe_cause (KcLibrary      *library,
                KcSourceMatch  *match)
{
  const char *place = region_name (library, match->start_region);

  switch (match->cause)
    {
    case KC_COMMONNESS_COMMON:
      return g_strdup_printf (_("Starts in: %s · a common cause of pain here"), place);
    case KC_COMMONNESS_OCCASIONAL:
      return g_strdup_printf (_("Starts in: %s · a less common cause of pain here"), place);
    case KC_COMMONNESS_RARE:
    default:
      return g_strdup_printf (_("Starts in: %s · a rare cause of pain here"), place);
    }
}

static void
answer_hurt (KcReferralAnswer *self)
{
  const char * const *areas = (const char * const *)self->chosen;
  g_autoptr(GPtrArray) matches = kc_referrals_sources_for (self->library, areas);

  for (guint i = 0; i < matches->len; i++)
    {
      KcSourceMatch *match = g_ptr_array_index (matches, i);

      light_starts (self, match);

      add_source (self, match->source, match->start_region, match->cause,
                  describe_cause (self->library, match));
    }
  for (guint i = 0; areas[i] != NULL; i++)
    light (self, areas[i], KC_REFERRAL_ROLE_HURT, KC_COMMONNESS_COMMON);

  self->summary = describe_hurt (self);
}

/* ---- Object -------------------------------------------------------------- */

static void
kc_referral_answer_dispose (GObject *object)
{
  KcReferralAnswer *self = (KcReferralAnswer *)object;

  /* The sources and names are the library's: they go before it does. */
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_referral_answer_parent_class)->dispose (object);
}

static void
kc_referral_answer_finalize (GObject *object)
{
  KcReferralAnswer *self = (KcReferralAnswer *)object;

  g_clear_pointer (&self->chosen, g_strfreev);
  g_clear_pointer (&self->arrows, g_ptr_array_unref);
  g_clear_pointer (&self->leads, g_ptr_array_unref);
  g_clear_pointer (&self->warning_tiers, g_ptr_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (kc_referral_answer_parent_class)->finalize (object);
}

static void
kc_referral_answer_class_init (KcReferralAnswerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kc_referral_answer_dispose;
  object_class->finalize = kc_referral_answer_finalize;
}

static void
kc_referral_answer_init (KcReferralAnswer *self)
{
  self->places = g_ptr_array_new_with_free_func ((GDestroyNotify)lit_place_free);
  self->arrows = _kc_referral_arrows_new ();
  self->leads = _kc_referral_arrows_new ();
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify)answer_source_free);
}

/**
 * kc_referral_answer_new:
 * @chosen: (nullable): the chosen places, in the order chosen; in
 *   %KC_BODY_MAP_MODE_START only the first counts
 *
 * Answers the body map's question @mode for @chosen.
 *
 * Returns: (transfer full): the answer; empty when nothing is chosen
 */
KcReferralAnswer *
kc_referral_answer_new (KcLibrary          *library,
                        KcBodyMapMode       mode,
                        const char * const *chosen)
{
  KcReferralAnswer *self;

  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (mode == KC_BODY_MAP_MODE_START || mode == KC_BODY_MAP_MODE_HURT, NULL);

  self = g_object_new (KC_TYPE_REFERRAL_ANSWER, NULL);
  self->library = g_object_ref (library);
  self->mode = mode;
  self->warning_tiers = kc_library_dup_warning_tiers (library);

  if (chosen == NULL || chosen[0] == NULL)
    self->chosen = g_new0 (char *, 1);
  else if (mode == KC_BODY_MAP_MODE_START)
    self->chosen = g_strdupv ((char **)(const char * const[]) { chosen[0], NULL });
  else
    self->chosen = g_strdupv ((char **)chosen);

  if (self->chosen[0] == NULL)
    return self;

  for (guint i = 0; self->chosen[i] != NULL; i++)
    self->warnings_first |= is_back (library, self->chosen[i]);

  if (mode == KC_BODY_MAP_MODE_START)
    answer_start (self, self->chosen[0]);
  else
    answer_hurt (self);

  return self;
}

KcBodyMapMode
kc_referral_answer_get_mode (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), KC_BODY_MAP_MODE_START);
  return self->mode;
}

/* Returns: the places the answer is for; one at most in "start" mode */
const char * const *
kc_referral_answer_get_chosen (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), NULL);
  return (const char * const *)self->chosen;
}

/* Returns: %TRUE when nothing is chosen, so there is nothing to answer */
gboolean
kc_referral_answer_is_empty (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), TRUE);
  return self->chosen[0] == NULL;
}

/**
 * kc_referral_answer_get_places:
 *
 * Returns: (transfer none) (element-type KcLitPlace): the places that
 *   light up, each once, in the order they were first lit
 */
GPtrArray *
kc_referral_answer_get_places (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), NULL);
  return self->places;
}

/* Returns: (nullable): how @region_id lights up, or %NULL if it does not */
const KcLitPlace *
kc_referral_answer_lookup_place (KcReferralAnswer *self,
                                 const char       *region_id)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), NULL);
  g_return_val_if_fail (region_id != NULL, NULL);

  return find_place (self, region_id);
}

/**
 * kc_referral_answer_get_arrows:
 *
 * Returns: (transfer none) (element-type KcReferralArrow): the arrows to
 *   draw, from where pain may start to where it may be felt; each pair once
 */
GPtrArray *
kc_referral_answer_get_arrows (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), NULL);
  return self->arrows;
}

/**
 * kc_referral_answer_dup_ranked_arrows:
 *
 * The arrows, a pair once for each source that takes it: the most
 * important source's first, and of one source's the most common first.
 * A figure showing only a few picks the first of each source it can draw.
 *
 * Returns: (transfer container) (element-type KcReferralArrow):
 */
GPtrArray *
kc_referral_answer_dup_ranked_arrows (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), NULL);
  return _kc_referral_arrows_dup_ranked (self->leads, self->sources);
}

/**
 * kc_referral_answer_get_sources:
 *
 * Returns: (transfer none) (element-type KcAnswerSource): the sources to
 *   explain, in the order to show them
 */
GPtrArray *
kc_referral_answer_get_sources (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), NULL);
  return self->sources;
}

/* Returns: %TRUE if the warning signs come before the sources: a back
 * place is chosen, or a nerve root or a source in the back is among
 * them, and their warning signs can be an emergency. */
gboolean
kc_referral_answer_get_warnings_first (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), FALSE);
  return self->warnings_first;
}

/**
 * kc_referral_answer_get_warning_tiers:
 *
 * Returns: (transfer none) (element-type KcWarningSigns): the warning
 *   signs in tiers, most urgent first; every answer has them, an empty
 *   one too
 */
GPtrArray *
kc_referral_answer_get_warning_tiers (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), NULL);
  return self->warning_tiers;
}

/* Returns: (nullable): the one-line answer, as shown and read out; %NULL
 *   when nothing is chosen */
const char *
kc_referral_answer_get_summary (KcReferralAnswer *self)
{
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (self), NULL);
  return self->summary;
}
