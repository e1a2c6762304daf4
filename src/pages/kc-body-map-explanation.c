/* kc-body-map-explanation.c: the body map's answer, shown and printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The explanation column (widgets) and the printed sheet
 * (kc-body-map-sheet.c) both read one KcReferralAnswer: its summary, its
 * sources and their lines, its warning signs in tiers.  Neither works
 * anything out again.  The page's other texts about a source live here
 * too: the Warning Signs popover and opening a condition in the column.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-body-region.h"
#include "content/kc-referral-answer.h"
#include "content/kc-relations.h"
#include "kc-body-map-explanation.h"
#include "kc-body-map-page-private.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-warning-card.h"

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
append_links (GtkBox       *box,
              KcLibrary    *library,
              KcPainSource *source)
{
  const char *area = exercise_area_for (source);
  const char * const *parts = kc_pain_source_get_part_ids (source);
  const char * const *conditions = kc_pain_source_get_condition_ids (source);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      KcAnatomyPart *part = kc_library_lookup_part (library, parts[i]);
      /* Translators: a link to the Anatomy tab, e.g. "See it in Anatomy: L4 nerve root" */
      g_autofree char *label = g_strdup_printf (_("See it in Anatomy: %s"),
                                                kc_item_get_name (KC_ITEM (part)));

      gtk_box_append (box, kc_link_button_new (label, "win.show-part", parts[i],
                                               _("Open this part in the Anatomy tab")));
    }

  if (area != NULL)
    gtk_box_append (box, kc_link_button_new (_("Exercises for this area"), "win.show-exercises",
                                             area, _("Open the exercises for this area")));

  for (guint i = 0; conditions[i] != NULL; i++)
    {
      KcCondition *condition = kc_library_lookup_condition (library, conditions[i]);

      gtk_box_append (box, kc_condition_expander_new (library, condition));
    }
}

/* Referred or radicular: what this kind of pain feels like, if it says. */
static void
append_pain_kind (GtkBox       *card,
                  KcPainSource *source)
{
  const char *kind = kc_pain_source_describe_pain (source);
  GtkWidget *label;

  if (kind == NULL)
    return;

  label = kc_text_label_new (kind);
  gtk_widget_add_css_class (label, "kc-pain-kind");
  gtk_box_append (card, label);
}

/**
 * kc_body_map_get_section:
 * @index: from 0
 * @section: (out): the section of a source's card at @index
 * @heading: (out): its heading, translated
 *
 * The sections of a source, in the order the card and the printed sheet
 * show them.
 *
 * Returns: %FALSE past the last
 */
gboolean
kc_body_map_get_section (guint                index,
                         KcPainSourceSection *section,
                         const char         **heading)
{
  static const struct {
    const char *heading;
    KcPainSourceSection section;
  } sections[] = {
    { N_("How"), KC_PAIN_SOURCE_SECTION_MECHANISM },
    { N_("Signs that point to it"), KC_PAIN_SOURCE_SECTION_SIGNS },
    { N_("What to do"), KC_PAIN_SOURCE_SECTION_WHAT_TO_DO },
    { N_("Where the figures come from"), KC_PAIN_SOURCE_SECTION_EVIDENCE },
  };

  if (index >= G_N_ELEMENTS (sections))
    return FALSE;

  *section = sections[index].section;
  *heading = _(sections[index].heading);
  return TRUE;
}

/* Every card is whole, sources included: a patient shown one source
 * must be able to check it. */
static GtkWidget *
new_source_card (KcLibrary    *library,
                 KcPainSource *source,
                 const char   *reach)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *reach_label = kc_text_label_new (reach);
  KcGlossary *glossary = kc_library_get_glossary (library);
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  KcPainSourceSection section;
  const char *heading;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "kc-source-card");
  gtk_box_append (GTK_BOX (card), kc_heading_label_new (kc_item_get_name (KC_ITEM (source)),
                                                        "kc-subheading"));
  gtk_widget_add_css_class (reach_label, "kc-reach");
  gtk_box_append (GTK_BOX (card), reach_label);
  append_pain_kind (GTK_BOX (card), source);

  for (guint i = 0; kc_body_map_get_section (i, &section, &heading); i++)
    {
      gtk_box_append (GTK_BOX (card), kc_heading_label_new (heading, "kc-minor-heading"));
      /* One text: each term links once in the card. */
      kc_append_linked_blocks (GTK_BOX (card), kc_pain_source_get_section (source, section),
                               glossary, linked);
    }
  append_links (GTK_BOX (card), library, source);
  kc_append_sources (GTK_BOX (card), KC_ITEM (source));

  return card;
}

/* The warning signs in their tiers, under a heading. */
static void
append_warnings (GtkBox           *box,
                 KcReferralAnswer *answer)
{
  gtk_box_append (box, kc_heading_label_new (_("Warning signs"), "kc-subheading"));
  gtk_box_append (box, kc_warning_cards_new (kc_referral_answer_get_warning_tiers (answer)));
}

static void
explain_nothing_chosen (GtkBox           *box,
                        KcReferralAnswer *answer)
{
  gboolean start = kc_referral_answer_get_mode (answer) == KC_BODY_MAP_MODE_START;

  gtk_box_append (box, kc_heading_label_new (_("Body map"), "title-2"));
  gtk_box_append (box, kc_text_label_new (start
                                            ? _("Choose a place on the map or in the list, "
                                                "such as the lower back or a hip, to see where "
                                                "its pain can be felt.")
                                            : _("Choose where it hurts, on the map or in the "
                                                "list; you can choose several places. The "
                                                "places the pain may come from light up.")));
  append_warnings (box, answer);
}

static void
explain_start_heading (GtkBox           *box,
                       KcReferralAnswer *answer)
{
  const char *chosen = kc_referral_answer_get_chosen (answer)[0];
  const KcLitPlace *place = kc_referral_answer_lookup_place (answer, chosen);

  gtk_box_append (box, kc_heading_label_new (place->name, "title-2"));
  gtk_box_append (box, kc_text_label_new (kc_referral_answer_get_summary (answer)));

  if (kc_referral_answer_get_sources (answer)->len == 0)
    {
      GtkWidget *hint = kc_text_label_new (_("Choose “Where does it hurt?” to see what can "
                                             "cause pain felt here."));
      gtk_widget_add_css_class (hint, "dim-label");
      gtk_box_append (box, hint);
    }
}

/* What the order means, said plainly wherever it is shown. */
const char *
kc_body_map_hurt_caveat (void)
{
  return _("Most common first — not what is wrong with you. These are possibilities to "
           "discuss with a doctor or physiotherapist, not a diagnosis.");
}

/* What a place with no known source of its pain gets instead. */
const char *
kc_body_map_no_source (void)
{
  return _("Nothing in Kinetic Chain describes pain travelling to this place. A professional "
           "can still help.");
}

static void
explain_hurt_heading (GtkBox           *box,
                      KcReferralAnswer *answer)
{
  gtk_box_append (box, kc_heading_label_new (_("Possible sources, most common first"),
                                             "title-2"));
  gtk_box_append (box, kc_text_label_new (kc_body_map_hurt_caveat ()));
}

/**
 * kc_body_map_explain:
 * @box: the explanation column, empty
 *
 * Shows @answer in words: a heading, the summary or a hint, a card per
 * source, and the warning signs: before the sources when the back is
 * involved, after them otherwise, never left out.
 */
void
kc_body_map_explain (GtkBox           *box,
                     KcLibrary        *library,
                     KcReferralAnswer *answer)
{
  GPtrArray *sources = kc_referral_answer_get_sources (answer);
  gboolean start = kc_referral_answer_get_mode (answer) == KC_BODY_MAP_MODE_START;

  if (kc_referral_answer_is_empty (answer))
    {
      explain_nothing_chosen (box, answer);
      return;
    }

  if (start)
    explain_start_heading (box, answer);
  else
    explain_hurt_heading (box, answer);

  if (kc_referral_answer_get_warnings_first (answer))
    append_warnings (box, answer);

  if (!start && sources->len == 0)
    gtk_box_append (box, kc_text_label_new (kc_body_map_no_source ()));

  for (guint i = 0; i < sources->len; i++)
    {
      KcAnswerSource *source = g_ptr_array_index (sources, i);

      gtk_box_append (box, new_source_card (library, source->source, source->reach));
    }

  if (!kc_referral_answer_get_warnings_first (answer))
    append_warnings (box, answer);
}

/* ---- The page's warnings and conditions ------------------------------- */

/* Folded, the explanation stays hidden as places are chosen: a patient
 * ticking several would have it slide over the map at each click.  Its
 * button says instead that an answer is waiting, and how many sources it
 * weighs; the button or Shift+F9 shows it. */
void
_kc_body_map_page_update_explanation_toggle (KcBodyMapPage *self)
{
  GtkAccessible *toggle = GTK_ACCESSIBLE (self->explanation_toggle);
  gboolean waiting = self->answer != NULL && !kc_referral_answer_is_empty (self->answer);
  guint n = waiting ? kc_referral_answer_get_sources (self->answer)->len : 0;
  g_autofree char *label = NULL;

  if (n > 0)
    /* Translators: the button that shows the body map's explanation */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Explanation — %u possible source",
                                          "Explanation — %u possible sources", n), n);

  /* The label names the button too (AdwButtonContent makes it its
   * mnemonic label); the summary describes it. */
  adw_button_content_set_label (self->explanation_toggle_content,
                                label ? label : _("Explanation"));
  if (waiting)
    {
      gtk_widget_add_css_class (GTK_WIDGET (toggle), "suggested-action");
      gtk_accessible_update_property (toggle, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      kc_referral_answer_get_summary (self->answer), -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (toggle), "suggested-action");
      gtk_accessible_reset_property (toggle, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* The popover: each urgent question, its answer and its tiers. */
void
_kc_body_map_page_build_warnings (KcBodyMapPage *self)
{
  g_autoptr(GPtrArray) entries = kc_library_dup_urgent_entries (self->library);

  kc_remove_children (GTK_WIDGET (self->warnings_box));
  for (guint i = 0; i < entries->len; i++)
    {
      KcFaqEntry *entry = g_ptr_array_index (entries, i);

      gtk_box_append (self->warnings_box,
                      kc_heading_label_new (kc_item_get_name (KC_ITEM (entry)), "kc-subheading"));
      kc_append_blocks (self->warnings_box, kc_faq_entry_get_answer (entry), NULL);
      gtk_box_append (self->warnings_box, kc_warning_cards_new (kc_faq_entry_get_warnings (entry)));
    }
}

/* The expander of @condition_id under @widget: each is named after its
 * condition (kc_condition_expander_new). */
static GtkWidget *
find_condition_expander (GtkWidget  *widget,
                         const char *condition_id)
{
  if (GTK_IS_EXPANDER (widget) && g_str_equal (gtk_widget_get_name (widget), condition_id))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_condition_expander (child, condition_id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * kc_body_map_page_show_condition:
 *
 * Shows the first pain source that lists a condition no anatomy part
 * does (a possible blood clot under the knee), with the condition opened.
 *
 * Returns: %TRUE if a pain source lists the condition
 */
gboolean
kc_body_map_page_show_condition (KcBodyMapPage *self,
                                 const char    *condition_id)
{
  KcPainSource *source;
  GtkWidget *expander;

  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), FALSE);
  g_return_val_if_fail (condition_id != NULL, FALSE);

  _kc_body_map_page_ensure_built (self);

  source = kc_relations_source_for_condition (self->library, condition_id);
  if (source == NULL ||
      !kc_body_map_page_show_source (self, kc_item_get_id (KC_ITEM (source))))
    return FALSE;

  expander = find_condition_expander (GTK_WIDGET (self->explanation), condition_id);
  if (expander != NULL)
    {
      gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
      gtk_widget_grab_focus (expander);
      /* The column was just rebuilt: focus alone does not scroll it yet. */
      kc_scroll_into_view (expander, GTK_WIDGET (self->explanation));
    }

  return TRUE;
}
