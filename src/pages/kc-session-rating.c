/* kc-session-rating.c: "How much did it hurt?" after each exercise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Eleven toggle buttons, 0 to 10, one choosable at a time (Tab reaches
 * them, Space or Enter chooses), the "spreading down the leg" check, and
 * the pain rule's band and advice in its own words (kc-pain-rule.c) with
 * the traffic light.  "Next" is there once a number is chosen, and
 * emits ::rated.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-session-rating.h"
#include "widgets/kc-accessible.h"
#include "widgets/kc-pain-light.h"

struct _KcSessionRating
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *name_label;
  GtkBox *scale;
  GtkCheckButton *spreading;
  GtkLabel *band_label;
  GtkLabel *advice_label;
  KcPainLight *light;

  GtkToggleButton *buttons[KC_PAIN_SCALE_MAX + 1];
  int pain;
};

enum {
  RATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KcSessionRating, kc_session_rating, GTK_TYPE_WIDGET)

KcPainBand
kc_session_rating_get_band (KcSessionRating *self)
{
  g_return_val_if_fail (KC_IS_SESSION_RATING (self), KC_N_PAIN_BANDS);

  if (self->pain < 0)
    return KC_N_PAIN_BANDS;
  return kc_pain_rule_classify ((guint)self->pain,
                                gtk_check_button_get_active (self->spreading));
}

static void
update_advice (KcSessionRating *self)
{
  KcPainBand band = kc_session_rating_get_band (self);
  gboolean chosen = band != KC_N_PAIN_BANDS;

  static const char * const looks[KC_N_PAIN_BANDS] = {
    "kc-pain-fine", "kc-pain-acceptable", "kc-pain-stop",
  };

  for (guint i = 0; i < G_N_ELEMENTS (looks); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->band_label), looks[i]);
  if (chosen)
    gtk_widget_add_css_class (GTK_WIDGET (self->band_label), looks[band]);
  gtk_label_set_label (self->band_label, chosen ? kc_pain_rule_get_label (band) : "");
  gtk_label_set_label (self->advice_label, chosen ? kc_pain_rule_get_advice (band) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->band_label), chosen);
  gtk_widget_set_visible (GTK_WIDGET (self->advice_label), chosen);
  kc_pain_light_set_band (self->light, band);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rating.next", chosen);
}

static void
on_pain_toggled_cb (GtkToggleButton *button,
                    KcSessionRating *self)
{
  if (!gtk_toggle_button_get_active (button))
    {
      if (self->pain >= 0 && self->buttons[self->pain] == button)
        self->pain = -1;
    }
  else
    self->pain = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "kc-pain"));
  update_advice (self);
}

static void
on_spreading_toggled_cb (KcSessionRating *self)
{
  update_advice (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KcSessionRating *self = KC_SESSION_RATING (widget);

  if (self->pain < 0)
    return;
  g_signal_emit (self, signals[RATED], 0, (guint)self->pain,
                 gtk_check_button_get_active (self->spreading));
}

static void
kc_session_rating_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), KC_TYPE_SESSION_RATING);
  /* The template's top box is not bound: unparented by hand. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kc_session_rating_parent_class)->dispose (object);
}

static void
kc_session_rating_class_init (KcSessionRatingClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kc_session_rating_dispose;

  /* The answer: pain 0–10 and whether it spread down the leg. */
  signals[RATED] = g_signal_new ("rated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                 G_TYPE_UINT, G_TYPE_BOOLEAN);

  g_type_ensure (KC_TYPE_PAIN_LIGHT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-session-rating.ui");
  gtk_widget_class_bind_template_child (widget_class, KcSessionRating, name_label);
  gtk_widget_class_bind_template_child (widget_class, KcSessionRating, scale);
  gtk_widget_class_bind_template_child (widget_class, KcSessionRating, spreading);
  gtk_widget_class_bind_template_child (widget_class, KcSessionRating, band_label);
  gtk_widget_class_bind_template_child (widget_class, KcSessionRating, advice_label);
  gtk_widget_class_bind_template_child (widget_class, KcSessionRating, light);
  gtk_widget_class_bind_template_callback (widget_class, on_spreading_toggled_cb);

  gtk_widget_class_install_action (widget_class, "rating.next", NULL, next_action);
}

static void
kc_session_rating_init (KcSessionRating *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i <= KC_PAIN_SCALE_MAX; i++)
    {
      g_autofree char *text = g_strdup_printf ("%d", i);
      g_autofree char *name = NULL;
      GtkWidget *button = gtk_toggle_button_new_with_label (text);

      /* Translators: a button of the pain scale, read out by a screen reader */
      name = g_strdup_printf (_("Pain %d of 10"), i);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      gtk_widget_set_tooltip_text (button, i == 0 ? _("No pain")
                                   : i == KC_PAIN_SCALE_MAX ? _("The worst pain you can imagine")
                                   : NULL);
      g_object_set_data (G_OBJECT (button), "kc-pain", GINT_TO_POINTER (i));
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->buttons[0]);
      g_signal_connect (button, "toggled", G_CALLBACK (on_pain_toggled_cb), self);
      gtk_box_append (self->scale, button);
      self->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
  self->pain = -1;
  update_advice (self);
}

/* Clears the answer for the next exercise, named above the question. */
void
kc_session_rating_reset (KcSessionRating *self,
                         const char      *exercise_name)
{
  g_return_if_fail (KC_IS_SESSION_RATING (self));

  for (int i = 0; i <= KC_PAIN_SCALE_MAX; i++)
    gtk_toggle_button_set_active (self->buttons[i], FALSE);
  gtk_check_button_set_active (self->spreading, FALSE);
  gtk_label_set_label (self->name_label, exercise_name ? exercise_name : "");
  self->pain = -1;
  update_advice (self);
}

/* Chooses @pain (0–10), or none for −1: what a click does. */
void
kc_session_rating_set_pain (KcSessionRating *self,
                            int              pain)
{
  g_return_if_fail (KC_IS_SESSION_RATING (self));
  g_return_if_fail (pain >= -1 && pain <= KC_PAIN_SCALE_MAX);

  if (pain >= 0)
    gtk_toggle_button_set_active (self->buttons[pain], TRUE);
  else if (self->pain >= 0)
    gtk_toggle_button_set_active (self->buttons[self->pain], FALSE);
}

int
kc_session_rating_get_pain (KcSessionRating *self)
{
  g_return_val_if_fail (KC_IS_SESSION_RATING (self), -1);
  return self->pain;
}

void
kc_session_rating_set_spreading (KcSessionRating *self,
                                 gboolean         spreading)
{
  g_return_if_fail (KC_IS_SESSION_RATING (self));
  gtk_check_button_set_active (self->spreading, spreading);
}

const char *
kc_session_rating_get_advice (KcSessionRating *self)
{
  g_return_val_if_fail (KC_IS_SESSION_RATING (self), NULL);
  return gtk_label_get_label (self->advice_label);
}
