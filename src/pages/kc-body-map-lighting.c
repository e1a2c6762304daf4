/* kc-body-map-lighting.c: what lights up on the Body map, and the legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page asks one KcReferralAnswer per choice and shows it: each lit
 * place gets a style class for its role, whose colours the diagram
 * stylesheet of the theme gives (data/diagrams/diagram-*.css), as the
 * legend's swatches do; the arrows, the explanation column and what a
 * screen reader hears come from the same answer.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "content/kc-referral-answer.h"
#include "kc-body-map-arrows.h"
#include "kc-body-map-explanation.h"
#include "kc-body-map-legend.h"
#include "kc-body-map-page-private.h"
#include "widgets/kc-accessible.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-diagram-swatch.h"

static void
add_legend_item (KcBodyMapPage *self,
                 const char    *style_class,
                 const char    *label)
{
  GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = kc_diagram_swatch_new (style_class);

  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (item), swatch);
  gtk_box_append (GTK_BOX (item), gtk_label_new (label));
  gtk_flow_box_insert (self->legend, item, -1);
  kc_accessible_name_cell (item, label);
}

void
_kc_body_map_page_update_legend (KcBodyMapPage *self)
{
  const char *style_class, *label;

  kc_remove_children (GTK_WIDGET (self->legend));

  for (guint i = 0;
       kc_body_map_legend_get_entry (self->mode, self->answer, i, &style_class, &label);
       i++)
    add_legend_item (self, style_class, label);
}

/* An arrow from @from to @to in @view. Returns whether @view drew one more. */
static gboolean
add_arrow (const char *from,
           const char *to,
           gpointer    view)
{
  static const GdkRGBA path_color = KC_BODY_MAP_ARROW_COLOR;
  const char *targets[] = { to, NULL };
  guint before = kc_diagram_view_get_n_paths (view);

  kc_diagram_view_add_paths (view, from, targets, &path_color);
  return kc_diagram_view_get_n_paths (view) > before;
}

static void
show_arrows (KcBodyMapPage *self)
{
  KcDiagramView *views[] = { self->front_view, self->back_view };
  GPtrArray *arrows = kc_referral_answer_get_arrows (self->answer);
  g_autoptr(GPtrArray) ranked = kc_referral_answer_dup_ranked_arrows (self->answer);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      const char * const *part_ids = kc_diagram_view_get_part_ids (views[i]);

      if (!self->show_all_arrows)
        {
          kc_body_map_add_main_arrows (ranked, part_ids, add_arrow, views[i]);
          continue;
        }
      for (guint j = 0; j < arrows->len; j++)
        {
          const KcReferralArrow *arrow = g_ptr_array_index (arrows, j);
          g_autofree char *start = kc_body_map_dup_arrow_start (arrow->from, part_ids);

          add_arrow (start, arrow->to, views[i]);
        }
    }
}

/* Draws the answer's arrows anew, as many as asked for. */
void
_kc_body_map_page_update_arrows (KcBodyMapPage *self)
{
  kc_diagram_view_set_paths (self->front_view, NULL, NULL, NULL);
  kc_diagram_view_set_paths (self->back_view, NULL, NULL, NULL);
  if (self->answer != NULL)
    show_arrows (self);
}

static void
show_answer (KcBodyMapPage *self)
{
  GPtrArray *places = kc_referral_answer_get_places (self->answer);
  const char *summary = kc_referral_answer_get_summary (self->answer);

  for (guint i = 0; i < places->len; i++)
    {
      const KcLitPlace *place = g_ptr_array_index (places, i);
      const char *style_class = kc_body_map_legend_class_of (place);

      kc_diagram_view_set_part_class (self->front_view, place->region, style_class);
      kc_diagram_view_set_part_class (self->back_view, place->region, style_class);
    }

  show_arrows (self);

  kc_body_map_explain (self->explanation, self->library, self->answer);

  /* What a screen reader hears about the map. */
  if (summary != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->front_view),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_view),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary, -1);
    }
}

void
_kc_body_map_page_update (KcBodyMapPage *self)
{
  g_clear_object (&self->answer);
  kc_diagram_view_clear_part_classes (self->front_view);
  kc_diagram_view_clear_part_classes (self->back_view);
  kc_diagram_view_set_paths (self->front_view, NULL, NULL, NULL);
  kc_diagram_view_set_paths (self->back_view, NULL, NULL, NULL);
  kc_remove_children (GTK_WIDGET (self->explanation));

  if (self->library != NULL)
    {
      self->answer = kc_referral_answer_new (self->library, self->mode,
                                             (const char * const *)self->chosen->pdata);
      show_answer (self);
    }
  /* Some entries, "where it hurts, and a likely source", are for what is lit. */
  _kc_body_map_page_update_legend (self);
  _kc_body_map_page_update_dermatomes (self);
  _kc_body_map_page_update_explanation_toggle (self);
}
