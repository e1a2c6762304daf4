/* kc-warning-card.c: one tier of warning signs, with its colour and icon
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every place that shows warning signs (the body map's explanation and
 * its popover, the urgent question) shows these cards, so a tier looks
 * and reads the same everywhere: its colour, its icon, its heading, what
 * to do, and the signs.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-content-widgets.h"
#include "kc-warning-card.h"

struct _KcWarningCard
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkImage *icon;
  GtkLabel *heading;
  GtkLabel *action;
  GtkBox *signs_box;

  /* Owned references */
  KcWarningSigns *signs;
};

G_DEFINE_FINAL_TYPE (KcWarningCard, kc_warning_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SIGNS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Colour (style.css) and icon by tier: not by colour alone, the icon and
 * heading tell the tiers apart too. */
static const struct {
  const char *css_class;
  const char *icon_name;
} tier_looks[] = {
  [KC_WARNING_TIER_EMERGENCY] = { "kc-tier-emergency", "dialog-error-symbolic" },
  [KC_WARNING_TIER_SAME_DAY] = { "kc-tier-same-day", "dialog-warning-symbolic" },
  [KC_WARNING_TIER_SOON] = { "kc-tier-soon", "appointment-soon-symbolic" },
};

static void
show_signs (KcWarningCard *self)
{
  KcWarningTier tier = kc_warning_signs_get_tier (self->signs);

  g_return_if_fail (tier < G_N_ELEMENTS (tier_looks));

  gtk_widget_add_css_class (GTK_WIDGET (self), tier_looks[tier].css_class);
  gtk_image_set_from_icon_name (self->icon, tier_looks[tier].icon_name);
  gtk_label_set_label (self->heading, kc_warning_signs_get_heading (self->signs));
  gtk_label_set_label (self->action, kc_warning_signs_get_action (self->signs));
  gtk_box_append (self->signs_box, kc_bullet_list_new (kc_warning_signs_get_signs (self->signs)));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kc_warning_signs_get_heading (self->signs),
                                  -1);
}

static void
kc_warning_card_constructed (GObject *object)
{
  KcWarningCard *self = (KcWarningCard *)object;

  G_OBJECT_CLASS (kc_warning_card_parent_class)->constructed (object);

  g_return_if_fail (KC_IS_WARNING_SIGNS (self->signs));
  show_signs (self);
}

static void
kc_warning_card_dispose (GObject *object)
{
  KcWarningCard *self = (KcWarningCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_WARNING_CARD);
  g_clear_object (&self->signs);

  G_OBJECT_CLASS (kc_warning_card_parent_class)->dispose (object);
}

static void
kc_warning_card_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KcWarningCard *self = KC_WARNING_CARD (object);

  switch (prop_id)
    {
    case PROP_SIGNS:
      g_value_set_object (value, self->signs);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_warning_card_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KcWarningCard *self = KC_WARNING_CARD (object);

  switch (prop_id)
    {
    case PROP_SIGNS:
      self->signs = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_warning_card_class_init (KcWarningCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_warning_card_constructed;
  object_class->dispose = kc_warning_card_dispose;
  object_class->get_property = kc_warning_card_get_property;
  object_class->set_property = kc_warning_card_set_property;

  properties[PROP_SIGNS] =
    g_param_spec_object ("signs", NULL, NULL, KC_TYPE_WARNING_SIGNS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A group named by its heading: a screen reader says which tier it is in. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-warning-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KcWarningCard, icon);
  gtk_widget_class_bind_template_child (widget_class, KcWarningCard, heading);
  gtk_widget_class_bind_template_child (widget_class, KcWarningCard, action);
  gtk_widget_class_bind_template_child (widget_class, KcWarningCard, signs_box);
}

static void
kc_warning_card_init (KcWarningCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kc_warning_card_new (KcWarningSigns *signs)
{
  g_return_val_if_fail (KC_IS_WARNING_SIGNS (signs), NULL);

  return g_object_new (KC_TYPE_WARNING_CARD, "signs", signs, NULL);
}

KcWarningSigns *
kc_warning_card_get_signs (KcWarningCard *self)
{
  g_return_val_if_fail (KC_IS_WARNING_CARD (self), NULL);
  return self->signs;
}

/**
 * kc_warning_cards_new:
 * @tiers: (element-type KcWarningSigns): the tiers, most urgent first
 *
 * Returns: (transfer floating): a card per tier, one above the other
 */
GtkWidget *
kc_warning_cards_new (GPtrArray *tiers)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 8,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GENERIC,
                                 NULL);

  gtk_widget_add_css_class (box, "kc-warning-tiers");
  for (guint i = 0; tiers != NULL && i < tiers->len; i++)
    gtk_box_append (GTK_BOX (box), kc_warning_card_new (g_ptr_array_index (tiers, i)));

  return box;
}
