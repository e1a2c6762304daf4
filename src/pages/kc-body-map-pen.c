/* kc-body-map-pen.c: the clinician's pen on the body map
 *
 * The pen's colour buttons, and drawing on the figures: which view each
 * stroke went on, so that Undo takes back the last one that is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "content/kc-pen-color.h"
#include "content/kc-vocabulary.h"
#include "kc-body-map-page-private.h"
#include "widgets/kc-diagram-view.h"

void
_kc_body_map_page_apply_pen (KcBodyMapPage *self)
{
  GdkRGBA color = { 0, 0, 0, 1 };

  gtk_widget_set_visible (self->pen_tools, self->pen);
  gdk_rgba_parse (&color, kc_pen_color_get_ink (self->pen_color));

  kc_diagram_view_set_pen (self->front_view, self->pen ? &color : NULL);
  kc_diagram_view_set_pen (self->back_view, self->pen ? &color : NULL);
}

void
_kc_body_map_page_build_pen_colors (KcBodyMapPage *self)
{
  for (KcPenColor pen = 0; pen < KC_PEN_COLOR_N_COLORS; pen++)
    {
      const char *label = kc_pen_color_to_string (pen);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *swatch = g_object_new (GTK_TYPE_DRAWING_AREA,
                                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                        NULL);
      g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
      g_autofree char *rule = g_strdup_printf ("* { background-color: %s; border-radius: 50%%; }",
                                               kc_pen_color_get_ink (pen));

      gtk_css_provider_load_from_data (css, rule, -1);
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_add_provider (gtk_widget_get_style_context (swatch),
                                      GTK_STYLE_PROVIDER (css),
                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      G_GNUC_END_IGNORE_DEPRECATIONS
      gtk_widget_set_size_request (swatch, 14, 14);
      gtk_button_set_child (GTK_BUTTON (button), swatch);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "bodymap.pen-color");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                        kc_vocabulary_to_word (KC_TYPE_PEN_COLOR, pen));
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_box_append (self->pen_colors, button);
    }
}

void
_kc_body_map_page_undo_drawing_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  KcBodyMapPage *self = KC_BODY_MAP_PAGE (widget);

  /* The last stroke on a view that is shown, not on a hidden one. */
  for (guint i = self->drawn_on->len; i > 0; i--)
    {
      KcDiagramView *view = g_ptr_array_index (self->drawn_on, i - 1);

      if (gtk_widget_get_visible (gtk_widget_get_parent (GTK_WIDGET (view))))
        {
          g_ptr_array_remove_index (self->drawn_on, i - 1);
          kc_diagram_view_undo_stroke (view);
          return;
        }
    }
}

void
_kc_body_map_page_on_stroke_added_cb (KcBodyMapPage *self,
                    KcDiagramView *view)
{
  g_ptr_array_add (self->drawn_on, view);
}

void
_kc_body_map_page_clear_drawing_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KcBodyMapPage *self = KC_BODY_MAP_PAGE (widget);

  kc_diagram_view_clear_strokes (self->front_view);
  kc_diagram_view_clear_strokes (self->back_view);
  g_ptr_array_set_size (self->drawn_on, 0);
}
