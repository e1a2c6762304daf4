/* kc-body-map-sheet.c: the body map's answer as a printed sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a patient takes home: the two views as lit and drawn on, with
 * captions that say which side is which, the dermatome overlay's key if
 * the views draw it, the legend in words, then every
 * source in full — how, the signs that point to it, what to do, where
 * the figures come from and the references — and the warning signs as a
 * boxed card.  It reads the same KcReferralAnswer as the explanation
 * column, in the same order, and leaves the pages to KcPrintFlow: nothing
 * is ever cut to fit.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-body-view.h"
#include "content/kc-anatomy-part.h"
#include "content/kc-nerve-root.h"
#include "content/kc-pain-source.h"
#include "content/kc-reference.h"
#include "kc-body-map-arrows.h"
#include "kc-body-map-explanation.h"
#include "kc-body-map-legend.h"
#include "kc-body-map-sheet.h"
#include "kc-print-warnings.h"
#include "widgets/kc-diagram-paper.h"

#define MAP_SHARE 0.45    /* of a page's height: a map a patient can read */
#define COMPACT_MAP_SHARE 0.3

static void
add_blocks (KcPrintFlow *flow,
            GPtrArray   *blocks)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const KcTextBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == KC_TEXT_BLOCK_PARAGRAPH)
        kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, block->text);
      else
        for (guint j = 0; block->items[j] != NULL; j++)
          kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, block->items[j]);
    }
}

static void
add_legend (KcPrintFlow      *flow,
            KcReferralAnswer *answer)
{
  KcBodyMapMode mode = kc_referral_answer_get_mode (answer);
  const char *style_class, *label;

  for (guint i = 0; kc_body_map_legend_get_entry (mode, answer, i, &style_class, &label); i++)
    {
      GdkRGBA fill = { 0.5, 0.5, 0.5, 1 };

      kc_body_map_legend_get_fill (style_class, &fill);
      kc_print_flow_add_swatch (flow, &fill, label);
    }
}

/* The key to the dermatome overlay: a swatch and the skin for each root
 * drawn; with one root drawn, its muscles and reflex too, as on screen. */
static void
add_dermatome_key (KcPrintFlow *flow,
                   GPtrArray   *roots)
{
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, _("Dermatomes"));
  for (guint i = 0; i < roots->len; i++)
    {
      KcAnatomyPart *part = g_ptr_array_index (roots, i);
      g_autofree char *style_class = NULL;
      g_autofree char *skin = NULL;
      GdkRGBA fill = { 0.5, 0.5, 0.5, 1 };
      KcNerveRoot root;

      if (!kc_anatomy_part_get_root (part, &root))
        continue;
      style_class = kc_nerve_root_dup_dermatome_layer (root);
      kc_body_map_legend_get_fill (style_class, &fill);
      kc_print_flow_add_swatch (flow, &fill, kc_item_get_name (KC_ITEM (part)));
      /* Translators: %s is the skin a nerve root supplies */
      skin = g_strdup_printf (_("Skin: %s"), kc_anatomy_part_get_dermatome (part));
      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, skin);
      if (roots->len == 1)
        {
          /* Translators: %s is what the muscles of a nerve root do */
          g_autofree char *muscles = g_strdup_printf (_("Muscles: %s"),
                                                      kc_anatomy_part_get_myotome (part));
          /* Translators: %s is the reflex that tests a nerve root */
          g_autofree char *reflex = g_strdup_printf (_("Reflex: %s"),
                                                     kc_anatomy_part_get_reflex (part));

          kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, muscles);
          kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, reflex);
        }
    }
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SMALL,
                          _("Dermatomes overlap and differ between people: the map shows where a "
                            "root’s pain or numbness is usually felt (Lee et al. 2008)."));
}

/* The references, as the Sources expander on screen lists them. */
static void
add_references (KcPrintFlow *flow,
                KcItem      *item)
{
  GPtrArray *references = kc_item_get_references (item);
  GDateTime *reviewed = kc_item_get_reviewed (item);

  if (references->len == 0)
    return;

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, _("Sources"));
  for (guint i = 0; i < references->len; i++)
    {
      KcReference *reference = g_ptr_array_index (references, i);
      g_autofree char *link = kc_reference_dup_link (reference);
      const char *doi = kc_reference_get_doi (reference);
      g_autofree char *shown = doi != NULL ? g_strconcat ("doi:", doi, NULL) : g_strdup (link);
      g_autofree char *text = g_strjoin (" ", kc_reference_get_text (reference), shown, NULL);

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_SMALL, text);
    }

  if (reviewed != NULL)
    {
      g_autofree char *date = g_date_time_format (reviewed, "%Y-%m-%d");
      g_autofree char *text = g_strdup_printf (_("Last reviewed %s"), date);

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_SMALL, text);
    }
}

static void
add_source (KcPrintFlow          *flow,
            const KcAnswerSource *answer_source)
{
  KcPainSource *source = answer_source->source;
  const char *kind = kc_pain_source_describe_pain (source);
  KcPainSourceSection section;
  const char *heading;

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, kc_item_get_name (KC_ITEM (source)));
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_EMPHASIS, answer_source->reach);
  if (kind != NULL)
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, kind);

  for (guint i = 0; kc_body_map_get_section (i, &section, &heading); i++)
    {
      GPtrArray *blocks = kc_pain_source_get_section (source, section);

      if (blocks == NULL || blocks->len == 0)
        continue;
      kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, heading);
      add_blocks (flow, blocks);
    }
  add_references (flow, KC_ITEM (source));
}

static void
add_heading (KcPrintFlow      *flow,
             KcReferralAnswer *answer)
{
  GPtrArray *sources = kc_referral_answer_get_sources (answer);

  if (kc_referral_answer_get_mode (answer) == KC_BODY_MAP_MODE_START)
    {
      const char *chosen = kc_referral_answer_get_chosen (answer)[0];

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING,
                              kc_referral_answer_lookup_place (answer, chosen)->name);
      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, kc_referral_answer_get_summary (answer));
      return;
    }

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("Possible sources, most common first"));
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, kc_referral_answer_get_summary (answer));
  if (sources->len > 0)
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_EMPHASIS, kc_body_map_hurt_caveat ());
  else
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, kc_body_map_no_source ());
}

static void
add_answer (KcPrintFlow      *flow,
            KcReferralAnswer *answer)
{
  GPtrArray *sources = kc_referral_answer_get_sources (answer);
  GPtrArray *tiers = kc_referral_answer_get_warning_tiers (answer);
  gboolean warnings_first = kc_referral_answer_get_warnings_first (answer);

  add_heading (flow, answer);
  if (warnings_first)
    kc_print_warnings_add (flow, tiers);
  for (guint i = 0; i < sources->len; i++)
    add_source (flow, g_ptr_array_index (sources, i));
  if (!warnings_first)
    kc_print_warnings_add (flow, tiers);
}

/**
 * kc_body_map_view_caption:
 * @view: 0 for the body seen from the front, 1 from behind
 *
 * The words under each body figure, on screen and on paper alike: the
 * front view faces the reader, so its left and right swap.
 *
 * Returns: (transfer none): the caption, translated
 */
const char *
kc_body_map_view_caption (guint view)
{
  g_return_val_if_fail (view < 2, NULL);

  /* Translators: under the body seen from the front; "your" is the patient */
  return view == 0 ? _("Front — your right side on the left")
  /* Translators: under the body seen from behind; "your" is the patient */
                   : _("Back — your left side on the left");
}

/**
 * kc_body_map_sheet_new:
 * @answer: (nullable): the answer shown, %NULL before there is a library
 * @date: the day printed, in the header
 * @compact: fewer pages: a smaller map, the text as large
 * @dermatomes: (nullable) (element-type KcAnatomyPart): the nerve roots
 *   whose skin the views draw, for the overlay's key; %NULL or empty when
 *   the overlay is off
 * @draw_view: draws view 0 (front) or 1 (back) as lit, with any drawing
 *
 * Returns: (transfer full): the sheet, to paginate and draw
 */
KcPrintFlow *
kc_body_map_sheet_new (KcReferralAnswer  *answer,
                       GDateTime         *date,
                       gboolean           compact,
                       GPtrArray         *dermatomes,
                       KcPrintFigureFunc  draw_view,
                       gpointer           user_data,
                       GDestroyNotify     destroy)
{
  /* Translators: the printed handout's date, a g_date_time_format() format */
  g_autofree char *day = g_date_time_format (date, _("%-d %B %Y"));
  KcPrintFlow *flow = kc_print_flow_new (_("Kinetic Chain — Body map"), day);
  const char *captions[] = {
    kc_body_map_view_caption (0),
    kc_body_map_view_caption (1),
    NULL,
  };

  kc_print_flow_set_compact (flow, compact);
  kc_print_flow_add_figure (flow, compact ? COMPACT_MAP_SHARE : MAP_SHARE, captions, draw_view,
                            user_data, destroy);
  if (dermatomes != NULL && dermatomes->len > 0)
    add_dermatome_key (flow, dermatomes);

  if (answer == NULL || kc_referral_answer_is_empty (answer))
    {
      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, _("No place is chosen on the map."));
      kc_print_warnings_add (flow, answer != NULL ? kc_referral_answer_get_warning_tiers (answer)
                                                  : NULL);
    }
  else
    {
      add_legend (flow, answer);
      add_answer (flow, answer);
    }

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_EMPHASIS,
                          _("This handout explains possibilities; it is not a diagnosis. "
                            "Talk it through with your doctor or physiotherapist."));

  return flow;
}

static gboolean
add_paper_arrow (const char *from,
                 const char *to,
                 gpointer    paper)
{
  static const GdkRGBA color = KC_BODY_MAP_ARROW_COLOR;

  return kc_diagram_paper_add_path (paper, from, to, &color);
}

/* The front and back of the map, lit and with the arrows the screen
 * shows first, on paper. */
static GPtrArray *
new_papers (KcLibrary        *library,
            KcReferralAnswer *answer)
{
  GListModel *views = kc_library_get_body_views (library);
  GPtrArray *papers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) ranked = kc_referral_answer_dup_ranked_arrows (answer);
  GPtrArray *places = kc_referral_answer_get_places (answer);

  for (guint i = 0; i < g_list_model_get_n_items (views) && i < 2; i++)
    {
      g_autoptr(KcBodyView) view = g_list_model_get_item (views, i);
      g_autoptr(GError) error = NULL;
      KcDiagramPaper *paper = kc_diagram_paper_new_from_resource (
        kc_body_view_get_svg_resource (view), &error);

      if (paper == NULL)
        {
          g_critical ("Body map %s: %s", kc_item_get_id (KC_ITEM (view)), error->message);
          break;
        }
      for (guint j = 0; j < places->len; j++)
        {
          const KcLitPlace *place = g_ptr_array_index (places, j);

          kc_diagram_paper_set_part_class (paper, place->region,
                                           kc_body_map_legend_class_of (place));
        }
      kc_body_map_add_main_arrows (ranked, kc_diagram_paper_get_part_ids (paper),
                                   add_paper_arrow, paper);
      g_ptr_array_add (papers, paper);
    }

  return papers;
}

static void
draw_paper (cairo_t  *cr,
            guint     index,
            double    width,
            double    height,
            gpointer  papers)
{
  if (index < ((GPtrArray *)papers)->len)
    kc_diagram_paper_render (g_ptr_array_index ((GPtrArray *)papers, index), cr, width, height);
}

/**
 * kc_body_map_sheet_new_on_paper:
 * @answer: the places chosen, as the body map would answer them
 *
 * The sheet the body map prints, its map drawn without a display: lit as
 * the screen lights it, with its first arrows, without a pen's drawing.
 *
 * Returns: (transfer full): the sheet, to paginate and draw
 */
KcPrintFlow *
kc_body_map_sheet_new_on_paper (KcLibrary        *library,
                                KcReferralAnswer *answer,
                                GDateTime        *date,
                                gboolean          compact)
{
  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (KC_IS_REFERRAL_ANSWER (answer), NULL);

  return kc_body_map_sheet_new (answer, date, compact, NULL, draw_paper, new_papers (library, answer),
                                (GDestroyNotify)g_ptr_array_unref);
}
