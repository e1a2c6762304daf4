/* kc-template-card.c: a plan template, described, with its sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a template is chosen, it says what it is for and what its days
 * and doses rest on, like every other item; its button starts a plan
 * from it (plans.new-from-template on the planner).
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "kc-template-card.h"
#include "widgets/kc-accessible.h"
#include "widgets/kc-content-widgets.h"

struct _KcTemplateCard
{
  GtkBox parent_instance;

  /* Template widgets */
  GtkLabel *name_label;
  GtkLabel *description_label;
  GtkButton *use_button;

  /* Owned references */
  KcPlanTemplate *template;
};

G_DEFINE_FINAL_TYPE (KcTemplateCard, kc_template_card, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_TEMPLATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_template_card_constructed (GObject *object)
{
  KcTemplateCard *self = (KcTemplateCard *)object;
  const char *name = kc_item_get_name (KC_ITEM (self->template));

  G_OBJECT_CLASS (kc_template_card_parent_class)->constructed (object);

  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->description_label,
                       kc_plan_template_get_description (self->template));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->use_button), "s",
                                    kc_item_get_id (KC_ITEM (self->template)));
  /* Every card's button reads the same: say which plan it starts. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->use_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  kc_append_sources (GTK_BOX (self), KC_ITEM (self->template));
}

static void
kc_template_card_dispose (GObject *object)
{
  KcTemplateCard *self = (KcTemplateCard *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_TEMPLATE_CARD);
  g_clear_object (&self->template);

  G_OBJECT_CLASS (kc_template_card_parent_class)->dispose (object);
}

static void
kc_template_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KcTemplateCard *self = KC_TEMPLATE_CARD (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      g_value_set_object (value, self->template);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_template_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KcTemplateCard *self = KC_TEMPLATE_CARD (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      self->template = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_template_card_class_init (KcTemplateCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_template_card_constructed;
  object_class->dispose = kc_template_card_dispose;
  object_class->get_property = kc_template_card_get_property;
  object_class->set_property = kc_template_card_set_property;

  properties[PROP_TEMPLATE] =
    g_param_spec_object ("template", NULL, NULL, KC_TYPE_PLAN_TEMPLATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-template-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KcTemplateCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, KcTemplateCard, description_label);
  gtk_widget_class_bind_template_child (widget_class, KcTemplateCard, use_button);
}

static void
kc_template_card_init (KcTemplateCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
}

GtkWidget *
kc_template_card_new (KcPlanTemplate *template)
{
  g_return_val_if_fail (KC_IS_PLAN_TEMPLATE (template), NULL);

  return g_object_new (KC_TYPE_TEMPLATE_CARD, "template", template, NULL);
}

KcPlanTemplate *
kc_template_card_get_template (KcTemplateCard *self)
{
  g_return_val_if_fail (KC_IS_TEMPLATE_CARD (self), NULL);
  return self->template;
}
