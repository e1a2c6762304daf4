/* kc-faq-row.c: a question that opens to show its answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-link.h"
#include "kc-faq-row.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-warning-card.h"

struct _KcFaqRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkImage *urgent_icon;
  GtkLabel *question_label;
  GtkImage *expander_icon;
  GtkRevealer *answer_revealer;
  GtkBox *answer_box;

  /* Owned references */
  KcFaqEntry *entry;
  KcFaqTopic *topic;
  GPtrArray *related;        /* until the answer is built */
  KcGlossary *glossary;      /* nullable: links terms in the answer */

  gboolean expanded;
  gboolean answer_built;
};

G_DEFINE_FINAL_TYPE (KcFaqRow, kc_faq_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_related (KcFaqRow  *self,
             GPtrArray *related)
{
  GtkWidget *heading;

  if (related == NULL || related->len == 0)
    return;

  heading = kc_heading_label_new (_("Related questions"), "kc-subheading");
  gtk_box_append (self->answer_box, heading);

  for (guint i = 0; i < related->len; i++)
    {
      KcFaqEntry *other = g_ptr_array_index (related, i);

      gtk_box_append (self->answer_box,
                      kc_link_button_new (kc_item_get_name (KC_ITEM (other)),
                                       "questions.show-entry",
                                       kc_item_get_id (KC_ITEM (other)),
                                       _("Open this question")));
    }
}

static void
add_links (KcFaqRow *self)
{
  GListModel *links = kc_faq_entry_get_links (self->entry);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(KcLink) link = g_list_model_get_item (links, i);
      gtk_box_append (self->answer_box,
                      kc_link_button_new (kc_link_get_label (link), "win.show-page",
                                          kc_link_get_page (link),
                                       _("Go to this tab")));
    }
}

/* Answers are built when first opened: thirty laid-out answers would
 * cost more at start-up than the rest of the window. */
static void
ensure_answer (KcFaqRow *self)
{
  if (self->answer_built)
    return;

  self->answer_built = TRUE;
  kc_append_blocks (self->answer_box, kc_faq_entry_get_answer (self->entry), self->glossary);
  if (kc_faq_entry_get_warnings (self->entry)->len > 0)
    gtk_box_append (self->answer_box, kc_warning_cards_new (kc_faq_entry_get_warnings (self->entry)));
  add_related (self, self->related);
  add_links (self);
  kc_append_sources (self->answer_box, KC_ITEM (self->entry));
  g_clear_pointer (&self->related, g_ptr_array_unref);
}

static void
kc_faq_row_activate (GtkListBoxRow *row)
{
  KcFaqRow *self = KC_FAQ_ROW (row);

  kc_faq_row_set_expanded (self, !self->expanded);
}

static void
kc_faq_row_dispose (GObject *object)
{
  KcFaqRow *self = (KcFaqRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_FAQ_ROW);
  g_clear_object (&self->entry);
  g_clear_object (&self->topic);
  g_clear_object (&self->glossary);
  g_clear_pointer (&self->related, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_faq_row_parent_class)->dispose (object);
}

static void
kc_faq_row_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KcFaqRow *self = KC_FAQ_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_faq_row_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  KcFaqRow *self = KC_FAQ_ROW (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      kc_faq_row_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_faq_row_class_init (KcFaqRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkListBoxRowClass *row_class = GTK_LIST_BOX_ROW_CLASS (klass);

  object_class->dispose = kc_faq_row_dispose;
  object_class->get_property = kc_faq_row_get_property;
  object_class->set_property = kc_faq_row_set_property;

  row_class->activate = kc_faq_row_activate;

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kc-faq-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcFaqRow, urgent_icon);
  gtk_widget_class_bind_template_child (widget_class, KcFaqRow, question_label);
  gtk_widget_class_bind_template_child (widget_class, KcFaqRow, expander_icon);
  gtk_widget_class_bind_template_child (widget_class, KcFaqRow, answer_revealer);
  gtk_widget_class_bind_template_child (widget_class, KcFaqRow, answer_box);
}

static void
kc_faq_row_init (KcFaqRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kc_faq_row_new:
 * @related: (element-type KcFaqEntry) (nullable): entries to offer as
 *   "related questions"
 * @glossary: (nullable): links the first use of each term in the answer
 */
KcFaqRow *
kc_faq_row_new (KcFaqEntry *entry,
                KcFaqTopic *topic,
                GPtrArray  *related,
                KcGlossary *glossary)
{
  KcFaqRow *self;

  g_return_val_if_fail (KC_IS_FAQ_ENTRY (entry), NULL);
  g_return_val_if_fail (KC_IS_FAQ_TOPIC (topic), NULL);

  self = g_object_new (KC_TYPE_FAQ_ROW, NULL);
  self->entry = g_object_ref (entry);
  self->topic = g_object_ref (topic);
  g_set_object (&self->glossary, glossary);

  gtk_label_set_label (self->question_label, kc_item_get_name (KC_ITEM (entry)));
  gtk_widget_set_visible (GTK_WIDGET (self->urgent_icon), kc_faq_entry_get_urgent (entry));
  if (kc_faq_entry_get_urgent (entry))
    gtk_widget_add_css_class (GTK_WIDGET (self), "kc-urgent-row");
  self->related = related != NULL ? g_ptr_array_ref (related) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kc_item_get_name (KC_ITEM (entry)),
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_EXPANDED, FALSE,
                               -1);

  return self;
}

KcFaqEntry *
kc_faq_row_get_entry (KcFaqRow *self)
{
  g_return_val_if_fail (KC_IS_FAQ_ROW (self), NULL);
  return self->entry;
}

KcFaqTopic *
kc_faq_row_get_topic (KcFaqRow *self)
{
  g_return_val_if_fail (KC_IS_FAQ_ROW (self), NULL);
  return self->topic;
}

gboolean
kc_faq_row_get_expanded (KcFaqRow *self)
{
  g_return_val_if_fail (KC_IS_FAQ_ROW (self), FALSE);
  return self->expanded;
}

void
kc_faq_row_set_expanded (KcFaqRow *self,
                         gboolean  expanded)
{
  g_return_if_fail (KC_IS_FAQ_ROW (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  if (expanded)
    ensure_answer (self);
  gtk_revealer_set_reveal_child (self->answer_revealer, expanded);
  gtk_image_set_from_icon_name (self->expander_icon,
                                expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
  if (expanded)
    gtk_widget_add_css_class (GTK_WIDGET (self), "expanded");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "expanded");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}
