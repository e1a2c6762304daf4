/* kc-body-map-explanation.c: what the body map says about a choice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place turns a query's answer into words: the explanation column
 * (widgets), the sentence a screen reader hears, and the printed handout
 * (plain text) all come from here, so they never disagree.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-body-region.h"
#include "kc-body-map-explanation.h"
#include "widgets/kc-content-widgets.h"

static const char *
region_name (KcLibrary  *library,
             const char *id)
{
  KcBodyRegion *region = kc_library_lookup_region (library, id);

  return region ? kc_item_get_name (KC_ITEM (region)) : id;
}

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

static GPtrArray *
sources_of_hits (GPtrArray *hits)
{
  GPtrArray *sources = g_ptr_array_new ();

  for (guint i = 0; i < hits->len; i++)
    {
      KcReferralHit *hit = g_ptr_array_index (hits, i);

      if (!g_ptr_array_find (sources, hit->source, NULL))
        g_ptr_array_add (sources, hit->source);
    }

  return sources;
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

/**
 * kc_body_map_describe_start:
 *
 * Returns: the sentence a screen reader hears for "where does it start",
 *   e.g. "Lower back can refer pain to: front of left thigh, …"
 */
char *
kc_body_map_describe_start (KcLibrary  *library,
                            const char *region_id,
                            GPtrArray  *hits)
{
  /* A long list of places reads better by how often: most first. */
  static const KcCommonness groups[] = {
    KC_COMMONNESS_COMMON, KC_COMMONNESS_OCCASIONAL, KC_COMMONNESS_RARE,
  };
  g_autoptr(GString) places = g_string_new (NULL);
  g_autoptr(GHashTable) best = g_hash_table_new (g_str_hash, g_str_equal);

  if (hits->len == 0)
    return g_strdup_printf (_("%s: no referred pain is described from here."),
                            region_name (library, region_id));

  for (guint i = 0; i < hits->len; i++)
    {
      KcReferralHit *hit = g_ptr_array_index (hits, i);

      if ((int)hit->how > GPOINTER_TO_INT (g_hash_table_lookup (best, hit->region)))
        g_hash_table_insert (best, hit->region, GINT_TO_POINTER (hit->how));
    }

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      g_autoptr(GString) list = g_string_new (NULL);
      g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *group = NULL;

      for (guint i = 0; i < hits->len; i++)
        {
          KcReferralHit *hit = g_ptr_array_index (hits, i);

          if (GPOINTER_TO_INT (g_hash_table_lookup (best, hit->region)) != (int)groups[g] ||
              !g_hash_table_add (listed, hit->region))
            continue;
          g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "",
                                  region_name (library, hit->region));
        }

      if (list->len == 0)
        continue;
      group = describe_group (groups[g], list->str);
      g_string_append_printf (places, "%s%s", places->len > 0 ? "; " : "", group);
    }

  /* Translators: "Lower back can refer pain to: often: front of left thigh, …; sometimes: …" */
  return g_strdup_printf (_("%s can refer pain to: %s."), region_name (library, region_id),
                          places->str);
}

/**
 * kc_body_map_describe_hurt:
 *
 * Returns: the sentence a screen reader hears for "where does it hurt"
 */
char *
kc_body_map_describe_hurt (KcLibrary          *library,
                           const char * const *areas,
                           GPtrArray          *matches)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GString) sources = g_string_new (NULL);

  for (guint i = 0; areas[i] != NULL; i++)
    g_string_append_printf (where, "%s%s", i > 0 ? ", " : "", region_name (library, areas[i]));

  if (matches->len == 0)
    return g_strdup_printf (_("Pain in %s: no source is described for this place."), where->str);

  for (guint i = 0; i < matches->len; i++)
    {
      KcSourceMatch *match = g_ptr_array_index (matches, i);
      /* Translators: a source and how common, e.g. "The hip joint (occasional)" */
      g_string_append_printf (sources, "%s%s", i > 0 ? "; " : "",
                              kc_item_get_name (KC_ITEM (match->source)));
      g_string_append_printf (sources, _(" (%s)"), kc_commonness_to_string (match->how));
    }

  /* Translators: "Pain in Front of left knee can come from: …" */
  return g_strdup_printf (_("Pain in %s can come from, most likely first: %s."), where->str,
                          sources->str);
}

/* The word of the exercise area bodymap.xml gives the source, for the
 * link's target; NULL when it names none. */
static const char *
exercise_area_for (KcPainSource *source)
{
  KcExerciseArea area;

  if (!kc_pain_source_get_exercise_area (source, &area))
    return NULL;

  return kc_vocabulary_to_word (KC_TYPE_EXERCISE_AREA, (int)area);
}

static void
append_links (GtkBox             *box,
              KcLibrary          *library,
              KcPainSource       *source,
              const char * const *pages)
{
  const char *area = exercise_area_for (source);
  const char * const *parts = kc_pain_source_get_part_ids (source);
  const char * const *conditions = kc_pain_source_get_condition_ids (source);

  if (pages != NULL && g_strv_contains (pages, "anatomy"))
    for (guint i = 0; parts[i] != NULL; i++)
      {
        KcAnatomyPart *part = kc_library_lookup_part (library, parts[i]);
        /* Translators: a link to the Anatomy tab, e.g. "See it in Anatomy: L4 nerve root" */
        g_autofree char *label = g_strdup_printf (_("See it in Anatomy: %s"),
                                                  kc_item_get_name (KC_ITEM (part)));

        gtk_box_append (box, kc_link_button_new (label, "win.show-part", parts[i],
                                                 _("Open this part in the Anatomy tab")));
      }

  if (pages != NULL && g_strv_contains (pages, "exercises") && area != NULL)
    gtk_box_append (box, kc_link_button_new (_("Exercises for this area"), "win.show-exercises",
                                             area, _("Open the exercises for this area")));

  for (guint i = 0; conditions[i] != NULL; i++)
    {
      KcCondition *condition = kc_library_lookup_condition (library, conditions[i]);

      gtk_box_append (box, kc_condition_expander_new (library, condition));
    }
}

static GtkWidget *
new_source_card (KcLibrary          *library,
                 KcPainSource       *source,
                 const char         *reach,
                 gboolean            full,
                 const char * const *pages)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *reach_label = kc_text_label_new (reach);

  gtk_widget_add_css_class (card, "kc-source-card");
  gtk_box_append (GTK_BOX (card), kc_heading_label_new (kc_item_get_name (KC_ITEM (source)),
                                                        "kc-subheading"));
  gtk_widget_add_css_class (reach_label, "kc-reach");
  gtk_box_append (GTK_BOX (card), reach_label);

  if (full)
    {
      gtk_box_append (GTK_BOX (card), kc_heading_label_new (_("How"), "kc-minor-heading"));
      kc_append_blocks (GTK_BOX (card),
                        kc_pain_source_get_section (source, KC_PAIN_SOURCE_SECTION_MECHANISM));
    }
  gtk_box_append (GTK_BOX (card), kc_heading_label_new (_("Signs that point to it"),
                                                        "kc-minor-heading"));
  kc_append_blocks (GTK_BOX (card),
                    kc_pain_source_get_section (source, KC_PAIN_SOURCE_SECTION_SIGNS));
  gtk_box_append (GTK_BOX (card), kc_heading_label_new (_("What to do"), "kc-minor-heading"));
  kc_append_blocks (GTK_BOX (card),
                    kc_pain_source_get_section (source, KC_PAIN_SOURCE_SECTION_WHAT_TO_DO));
  append_links (GTK_BOX (card), library, source, pages);

  return card;
}

/* The warning list, first of all the urgent answers' lists. */
static const KcTextBlock *
find_warning_list (KcLibrary *library)
{
  g_autoptr(GPtrArray) entries = kc_library_dup_urgent_entries (library);

  for (guint i = 0; i < entries->len; i++)
    {
      GPtrArray *answer = kc_faq_entry_get_answer (g_ptr_array_index (entries, i));

      for (guint j = 0; j < answer->len; j++)
        {
          const KcTextBlock *block = g_ptr_array_index (answer, j);
          if (block->kind == KC_TEXT_BLOCK_LIST)
            return block;
        }
    }

  return NULL;
}

GtkWidget *
kc_body_map_warning_card_new (KcLibrary *library)
{
  const KcTextBlock *warnings = find_warning_list (library);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (card, "kc-warning-card");
  gtk_box_append (GTK_BOX (card), kc_heading_label_new (_("See a doctor the same day if the "
                                                          "pain comes with:"),
                                                        "kc-subheading"));
  if (warnings != NULL)
    gtk_box_append (GTK_BOX (card), kc_bullet_list_new ((const char * const *)warnings->items));

  return card;
}

static gboolean
involves_nerve_roots (GPtrArray *sources)
{
  for (guint i = 0; i < sources->len; i++)
    {
      if (g_strcmp0 (kc_pain_source_get_kind (g_ptr_array_index (sources, i)), "nerve-root") == 0)
        return TRUE;
    }

  return FALSE;
}

void
kc_body_map_explain_start (GtkBox             *box,
                           KcLibrary          *library,
                           const char         *region_id,
                           GPtrArray          *hits,
                           const char * const *pages)
{
  g_autoptr(GPtrArray) sources = sources_of_hits (hits);
  g_autofree char *summary = kc_body_map_describe_start (library, region_id, hits);

  gtk_box_append (box, kc_heading_label_new (region_name (library, region_id), "kc-heading"));
  gtk_box_append (box, kc_text_label_new (summary));

  if (sources->len == 0)
    {
      GtkWidget *hint = kc_text_label_new (_("Choose “Where does it hurt?” to see what can "
                                             "cause pain felt here."));
      gtk_widget_add_css_class (hint, "dim-label");
      gtk_box_append (box, hint);
      return;
    }

  if (involves_nerve_roots (sources))
    gtk_box_append (box, kc_body_map_warning_card_new (library));

  for (guint i = 0; i < sources->len; i++)
    {
      KcPainSource *source = g_ptr_array_index (sources, i);
      g_autofree char *places = describe_hits_of (library, hits, source);
      /* Translators: followed by places, e.g. "Felt in: Left calf (common)" */
      g_autofree char *reach = g_strdup_printf (_("Felt in: %s"), places);

      gtk_box_append (box, new_source_card (library, source, reach, TRUE, pages));
    }
}

void
kc_body_map_explain_hurt (GtkBox             *box,
                          KcLibrary          *library,
                          const char * const *areas,
                          GPtrArray          *matches,
                          const char * const *pages)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new ();

  gtk_box_append (box, kc_heading_label_new (_("Possible sources, most likely first"),
                                             "kc-heading"));
  gtk_box_append (box, kc_text_label_new (_("These are possibilities to discuss with a "
                                            "professional, not a diagnosis.")));

  for (guint i = 0; i < matches->len; i++)
    g_ptr_array_add (sources, ((KcSourceMatch *)g_ptr_array_index (matches, i))->source);
  if (involves_nerve_roots (sources))
    gtk_box_append (box, kc_body_map_warning_card_new (library));

  if (matches->len == 0)
    gtk_box_append (box, kc_text_label_new (_("Nothing in Kinetic Chain describes pain "
                                              "travelling to this place. A professional can "
                                              "still help.")));

  for (guint i = 0; i < matches->len; i++)
    {
      KcSourceMatch *match = g_ptr_array_index (matches, i);
      /* Translators: "Starts in: Lower back · common" */
      g_autofree char *reach = g_strdup_printf (_("Starts in: %s · %s"),
                                                region_name (library, match->start_region),
                                                kc_commonness_to_string (match->how));

      gtk_box_append (box, new_source_card (library, match->source, reach, TRUE, pages));
    }
}

static void
append_blocks_text (GString   *text,
                    GPtrArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const KcTextBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == KC_TEXT_BLOCK_PARAGRAPH)
        g_string_append_printf (text, "%s\n", block->text);
      else
        for (guint j = 0; block->items[j] != NULL; j++)
          g_string_append_printf (text, "• %s\n", block->items[j]);
    }
}

/**
 * kc_body_map_dup_handout_text:
 * @sources: (element-type KcPainSource): what to explain, in order
 * @reaches: the "felt in"/"starts in" line of each source
 *
 * Returns: plain text for the printed handout
 */
char *
kc_body_map_dup_handout_text (const char *summary,
                              GPtrArray  *sources,
                              GStrv       reaches)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n", summary);
  for (guint i = 0; i < sources->len; i++)
    {
      KcPainSource *source = g_ptr_array_index (sources, i);

      g_string_append_printf (text, "\n%s\n%s\n", kc_item_get_name (KC_ITEM (source)), reaches[i]);
      append_blocks_text (text, kc_pain_source_get_section (source,
                                                            KC_PAIN_SOURCE_SECTION_MECHANISM));
      /* Translators: heading in the printed handout */
      g_string_append_printf (text, "%s\n", _("Signs that point to it:"));
      append_blocks_text (text, kc_pain_source_get_section (source,
                                                            KC_PAIN_SOURCE_SECTION_SIGNS));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The warning signs as plain text, for the handout. */
char *
kc_body_map_dup_warning_text (KcLibrary *library)
{
  const KcTextBlock *warnings = find_warning_list (library);
  g_autoptr(GString) text = g_string_new (_("See a doctor the same day if the pain comes with:"));

  g_string_append_c (text, '\n');
  for (guint i = 0; warnings != NULL && warnings->items[i] != NULL; i++)
    g_string_append_printf (text, "• %s\n", warnings->items[i]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The "felt in" line of each source in @hits, in the order of @sources. */
char **
kc_body_map_dup_start_reaches (KcLibrary *library,
                               GPtrArray *hits,
                               GPtrArray *sources)
{
  g_autoptr(GStrvBuilder) reaches = g_strv_builder_new ();

  for (guint i = 0; i < sources->len; i++)
    {
      g_autofree char *places = describe_hits_of (library, hits, g_ptr_array_index (sources, i));
      g_autofree char *line = g_strdup_printf (_("Felt in: %s"), places);
      g_strv_builder_add (reaches, line);
    }

  return g_strv_builder_end (reaches);
}

GPtrArray *
kc_body_map_dup_hit_sources (GPtrArray *hits)
{
  return sources_of_hits (hits);
}
