/* kc-pain-light.c: the pain rule as a traffic light
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The three bands of the one pain rule (content/kc-pain-rule.c), each a
 * light with its icon, its name ("Green: …") and what to do, so that
 * colour is never the only signal.  Colours come from the theme's named
 * colours (style.css) and so follow a dark theme.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-pain-rule.h"
#include "kc-pain-light.h"

struct _KcPainLight
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *intro;
  GtkGrid *bands;
  GtkLabel *source;

  /* Each band's light, name and advice, to dim the bands not chosen */
  GtkWidget *band_widgets[KC_N_PAIN_BANDS][3];
};

G_DEFINE_FINAL_TYPE (KcPainLight, kc_pain_light, GTK_TYPE_WIDGET)

static const struct {
  const char *css_class;
  const char *icon_name;
} band_looks[KC_N_PAIN_BANDS] = {
  [KC_PAIN_BAND_FINE] = { "kc-pain-fine", "emblem-ok-symbolic" },
  [KC_PAIN_BAND_ACCEPTABLE] = { "kc-pain-acceptable", "dialog-warning-symbolic" },
  [KC_PAIN_BAND_STOP] = { "kc-pain-stop", "process-stop-symbolic" },
};

static GtkWidget *
new_wrapped_label (const char *text,
                   const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "hexpand", TRUE,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A light, its name and its advice, in two rows of the grid. */
static void
add_band (KcPainLight *self,
          KcPainBand   band)
{
  GtkWidget *light = g_object_new (GTK_TYPE_IMAGE,
                                   "icon-name", band_looks[band].icon_name,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);
  GtkWidget *name = new_wrapped_label (kc_pain_rule_get_label (band), "kc-pain-band-name");
  GtkWidget *advice = new_wrapped_label (kc_pain_rule_get_advice (band), "kc-pain-band-advice");
  int row = (int)band * 2;

  gtk_widget_add_css_class (light, "kc-pain-light-lamp");
  gtk_widget_set_valign (light, GTK_ALIGN_START);
  gtk_widget_add_css_class (name, band_looks[band].css_class);
  if (band > 0)
    {
      gtk_widget_set_margin_top (name, 6);
      gtk_widget_set_margin_top (light, 6);
    }
  gtk_widget_add_css_class (light, band_looks[band].css_class);

  self->band_widgets[band][0] = light;
  self->band_widgets[band][1] = name;
  self->band_widgets[band][2] = advice;
  gtk_grid_attach (self->bands, light, 0, row, 1, 2);
  gtk_grid_attach (self->bands, name, 1, row, 1, 1);
  gtk_grid_attach (self->bands, advice, 1, row + 1, 1, 1);
}

static void
kc_pain_light_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KC_TYPE_PAIN_LIGHT);

  G_OBJECT_CLASS (kc_pain_light_parent_class)->dispose (object);
}

static void
kc_pain_light_class_init (KcPainLightClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kc_pain_light_dispose;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-pain-light.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPainLight, intro);
  gtk_widget_class_bind_template_child (widget_class, KcPainLight, bands);
  gtk_widget_class_bind_template_child (widget_class, KcPainLight, source);
}

static void
kc_pain_light_init (KcPainLight *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (KcPainBand band = 0; band < KC_N_PAIN_BANDS; band++)
    add_band (self, band);
  gtk_label_set_label (self->source, kc_pain_rule_get_source ());
}

/* Returns: (transfer floating): the three lights of the pain rule */
GtkWidget *
kc_pain_light_new (void)
{
  return g_object_new (KC_TYPE_PAIN_LIGHT, NULL);
}

/**
 * kc_pain_light_set_band:
 * @band: the band a rating fell in, or %KC_N_PAIN_BANDS for none
 *
 * Dims the other bands, so the one that applies stands out; its name
 * still says which it is.
 */
void
kc_pain_light_set_band (KcPainLight *self,
                        KcPainBand   band)
{
  g_return_if_fail (KC_IS_PAIN_LIGHT (self));
  g_return_if_fail (band <= KC_N_PAIN_BANDS);

  for (KcPainBand b = 0; b < KC_N_PAIN_BANDS; b++)
    for (guint i = 0; i < G_N_ELEMENTS (self->band_widgets[b]); i++)
      {
        if (band == KC_N_PAIN_BANDS || b == band)
          gtk_widget_remove_css_class (self->band_widgets[b][i], "kc-pain-other");
        else
          gtk_widget_add_css_class (self->band_widgets[b][i], "kc-pain-other");
      }
}
