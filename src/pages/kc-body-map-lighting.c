/* kc-body-map-lighting.c: what lights up on the Body map, and the legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Where does it start?" lights the chosen place and the places its pain
 * can be felt, by how common that is, with arrows from the source; "Where
 * does it hurt?" lights the chosen places and the possible sources, with
 * arrows from each source to the places it may explain. The
 * explanation column follows the same answer.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-referrals.h"
#include "kc-body-map-explanation.h"
#include "kc-body-map-page-private.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-accessible.h"

/* Colours of the map's answers: warm for where pain starts, blue for
 * where it is felt, purple for where it hurts; readable on both themes. */
#define SOURCE_FILL      "#f66151"
#define SOURCE_STROKE    "#a51d2d"
#define POSSIBLE_FILL    "#ffbe6f"
#define POSSIBLE_STROKE  "#c64600"
#define COMMON_FILL      "#62a0ea"
#define OCCASIONAL_FILL  "#a9cbf3"
#define RARE_FILL        "#dce9f9"
#define REFERRED_STROKE  "#1a5fb4"
#define HURT_FILL        "#9141ac"
#define HURT_STROKE      "#613583"

static void
light (KcBodyMapPage *self,
       const char    *region,
       const char    *role,
       const char    *fill,
       const char    *stroke)
{
  g_hash_table_insert (self->lit, g_strdup (region), g_strdup (role));
  kc_diagram_view_set_emphasis (self->front_view, region, fill, stroke);
  kc_diagram_view_set_emphasis (self->back_view, region, fill, stroke);
}

static const char *
referred_fill (KcCommonness how)
{
  switch (how)
    {
    case KC_COMMONNESS_COMMON:
      return COMMON_FILL;
    case KC_COMMONNESS_OCCASIONAL:
      return OCCASIONAL_FILL;
    default:
      return RARE_FILL;
    }
}

static void
add_legend_item (KcBodyMapPage *self,
                 const char    *fill,
                 const char    *label)
{
  GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *swatch = g_object_new (GTK_TYPE_DRAWING_AREA,
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  g_autofree char *rule = g_strdup_printf ("* { background-color: %s; border-radius: 3px; }", fill);

  gtk_css_provider_load_from_data (css, rule, -1);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_add_provider (gtk_widget_get_style_context (swatch),
                                  GTK_STYLE_PROVIDER (css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_widget_set_size_request (swatch, 16, 16);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (item), swatch);
  gtk_box_append (GTK_BOX (item), gtk_label_new (label));
  gtk_flow_box_insert (self->legend, item, -1);
  kc_accessible_name_cell (item, label);
}

void
_kc_body_map_page_update_legend (KcBodyMapPage *self)
{
  kc_remove_children (GTK_WIDGET (self->legend));

  if (_kc_body_map_page_is_start_mode (self))
    {
      add_legend_item (self, SOURCE_FILL, _("Where it starts"));
      add_legend_item (self, COMMON_FILL, _("Often felt here"));
      add_legend_item (self, OCCASIONAL_FILL, _("Sometimes felt here"));
      add_legend_item (self, RARE_FILL, _("Rarely felt here"));
    }
  else
    {
      add_legend_item (self, HURT_FILL, _("Where it hurts"));
      add_legend_item (self, SOURCE_FILL, _("Likely source"));
      add_legend_item (self, POSSIBLE_FILL, _("Possible source"));
    }
}

/* Arrows from @region to @targets. A path needs a start in each view: the
 * region itself where it is drawn, else an invisible "origin-…" marker
 * the SVG places for it. */
static void
add_paths (KcBodyMapPage      *self,
           const char         *region,
           const char * const *targets)
{
  static const GdkRGBA path_color = { 0.65, 0.11, 0.18, 0.6 };
  KcDiagramView *views[] = { self->front_view, self->back_view };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *origin = NULL;
      const char *side = kc_region_id_get_side (region);

      if (g_strv_contains (kc_diagram_view_get_part_ids (views[i]), region))
        {
          kc_diagram_view_add_paths (views[i], region, targets, &path_color);
          continue;
        }

      origin = g_strconcat ("origin-", region, NULL);
      if (side != NULL)
        origin[strlen (origin) - strlen (side) - 1] = '\0';
      kc_diagram_view_add_paths (views[i], origin, targets, &path_color);
    }
}

static void
update_start (KcBodyMapPage *self,
              const char    *region)
{
  g_autoptr(GPtrArray) hits = kc_referrals_from_region (self->library, region);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_null_terminated (1, NULL, TRUE);
  g_autoptr(GHashTable) best = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < hits->len; i++)
    {
      KcReferralHit *hit = g_ptr_array_index (hits, i);
      KcCommonness known = GPOINTER_TO_INT (g_hash_table_lookup (best, hit->region));

      if (hit->how > known)
        g_hash_table_insert (best, hit->region, GINT_TO_POINTER (hit->how));
      if (known == 0)
        g_ptr_array_add (targets, hit->region);
    }

  for (guint i = 0; i < targets->len; i++)
    {
      const char *target = g_ptr_array_index (targets, i);
      light (self, target, "referred",
             referred_fill (GPOINTER_TO_INT (g_hash_table_lookup (best, target))),
             REFERRED_STROKE);
    }
  light (self, region, "source", SOURCE_FILL, SOURCE_STROKE);

  add_paths (self, region, (const char * const *)targets->pdata);

  self->summary = kc_body_map_describe_start (self->library, region, hits);
  kc_body_map_explain_start (self->explanation, self->library, region, hits,
                             (const char * const *)self->available_pages);
}

static void
update_hurt (KcBodyMapPage *self)
{
  const char * const *areas = (const char * const *)self->chosen->pdata;
  g_autoptr(GPtrArray) matches = kc_referrals_sources_for (self->library, areas);

  for (guint i = 0; i < matches->len; i++)
    {
      KcSourceMatch *match = g_ptr_array_index (matches, i);
      gboolean likely = match->how == KC_COMMONNESS_COMMON;

      /* The most likely colour wins where two sources start in one place. */
      if (!g_hash_table_contains (self->lit, match->start_region))
        light (self, match->start_region, "source", likely ? SOURCE_FILL : POSSIBLE_FILL,
               likely ? SOURCE_STROKE : POSSIBLE_STROKE);
      /* From where it may start to where it hurts, as in the other mode. */
      add_paths (self, match->start_region, (const char * const *)match->areas);
    }
  for (guint i = 0; areas[i] != NULL; i++)
    light (self, areas[i], "hurt", HURT_FILL, HURT_STROKE);

  self->summary = kc_body_map_describe_hurt (self->library, areas, matches);
  kc_body_map_explain_hurt (self->explanation, self->library, areas, matches,
                            (const char * const *)self->available_pages);
}

static void
show_intro (KcBodyMapPage *self)
{
  GtkWidget *hint;

  gtk_box_append (self->explanation, kc_heading_label_new (_("Body map"), "kc-heading"));
  hint = kc_text_label_new (_kc_body_map_page_is_start_mode (self)
                              ? _("Choose a place on the map or in the list, such as the lower "
                                  "back or a hip, to see where its pain can be felt.")
                              : _("Choose where it hurts, on the map or in the list; you can "
                                  "choose several places. The places the pain may come from "
                                  "light up."));
  gtk_box_append (self->explanation, hint);
  gtk_box_append (self->explanation, kc_body_map_warning_card_new (self->library));
}

void
_kc_body_map_page_update (KcBodyMapPage *self)
{
  g_hash_table_remove_all (self->lit);
  g_clear_pointer (&self->summary, g_free);
  kc_diagram_view_clear_emphasis (self->front_view);
  kc_diagram_view_clear_emphasis (self->back_view);
  kc_diagram_view_set_paths (self->front_view, NULL, NULL, NULL);
  kc_diagram_view_set_paths (self->back_view, NULL, NULL, NULL);
  kc_remove_children (GTK_WIDGET (self->explanation));

  if (self->library == NULL)
    return;

  if (self->chosen->len == 0)
    show_intro (self);
  else if (_kc_body_map_page_is_start_mode (self))
    update_start (self, g_ptr_array_index (self->chosen, 0));
  else
    update_hurt (self);

  /* What a screen reader hears about the map. */
  if (self->summary != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->front_view),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_view),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary, -1);
    }
}

