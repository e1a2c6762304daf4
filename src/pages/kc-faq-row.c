/* kc-faq-row.c: a question that opens to show its answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An AdwExpanderRow: libadwaita draws the question, the arrow and the
 * opening; the row adds the answer when first opened.
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
  AdwExpanderRow parent_instance;

  /* Template widgets */
  GtkImage *urgent_icon;
  GtkImage *arrow;
  GtkBox *answer_box;

  /* Owned references */
  KcFaqEntry *entry;
  KcFaqTopic *topic;
  GPtrArray *related;        /* until the answer is built */
  KcGlossary *glossary;      /* nullable: links terms in the answer */

  gboolean answer_built;
};

G_DEFINE_FINAL_TYPE (KcFaqRow, kc_faq_row, ADW_TYPE_EXPANDER_ROW)

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

/* libadwaita's header row, which shows the question and takes the focus. */
static GtkWidget *
get_header_row (KcFaqRow *self)
{
  GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (self));
  GtkWidget *list = box != NULL ? gtk_widget_get_first_child (box) : NULL;

  return GTK_IS_LIST_BOX (list) ? gtk_widget_get_first_child (list) : NULL;
}

/* Focusing the row (a link to the question) focuses its question. */
static gboolean
kc_faq_row_grab_focus (GtkWidget *widget)
{
  GtkWidget *header = get_header_row (KC_FAQ_ROW (widget));

  if (header != NULL)
    return gtk_widget_grab_focus (header);

  return GTK_WIDGET_CLASS (kc_faq_row_parent_class)->grab_focus (widget);
}

static void
on_expanded_cb (KcFaqRow *self)
{
  gboolean expanded = kc_faq_row_get_expanded (self);

  if (expanded)
    {
      ensure_answer (self);
      gtk_widget_add_css_class (GTK_WIDGET (self), "expanded");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "expanded");
  gtk_image_set_from_icon_name (self->arrow, expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                               -1);
}

/* libadwaita 1.2 leaves its row's lists unnamed, which GTK 4.8 reads out
 * as "GtkListBox": the header's is named by the question, the nested
 * one is the answer. */
/* libadwaita's arrow: an image of its own making, by its style class. */
static GtkWidget *
find_adw_arrow (GtkWidget *widget)
{
  if (GTK_IS_IMAGE (widget) && gtk_widget_has_css_class (widget, "expander-row-arrow"))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_adw_arrow (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
name_inner_lists (KcFaqRow *self)
{
  GtkWidget *header = get_header_row (self);
  GtkWidget *nested = gtk_widget_get_ancestor (GTK_WIDGET (self->answer_box), GTK_TYPE_LIST_BOX);

  if (header != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (header)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    kc_item_get_name (KC_ITEM (self->entry)), -1);
  if (nested != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (nested), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Answer"), -1);
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
kc_faq_row_class_init (KcFaqRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_faq_row_dispose;

  widget_class->grab_focus = kc_faq_row_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kc-faq-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcFaqRow, urgent_icon);
  gtk_widget_class_bind_template_child (widget_class, KcFaqRow, arrow);
  gtk_widget_class_bind_template_child (widget_class, KcFaqRow, answer_box);
}

static void
kc_faq_row_init (KcFaqRow *self)
{
  GtkWidget *adw_arrow;

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_arrow = find_adw_arrow (GTK_WIDGET (self));
  if (adw_arrow != NULL)
    gtk_widget_set_visible (adw_arrow, FALSE);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded_cb), NULL);
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

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), kc_item_get_name (KC_ITEM (entry)));
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
  name_inner_lists (self);

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
  return adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self));
}

/* Opening it builds the answer (on_expanded_cb). */
void
kc_faq_row_set_expanded (KcFaqRow *self,
                         gboolean  expanded)
{
  g_return_if_fail (KC_IS_FAQ_ROW (self));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), expanded);
}
