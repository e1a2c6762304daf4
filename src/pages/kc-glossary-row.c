/* kc-glossary-row.c: a term of the glossary and what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Always open: a glossary is read, not unfolded. The definition links
 * the other terms it uses; below it, the items the term relates to and
 * its sources.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-glossary-row.h"
#include "widgets/kc-content-widgets.h"

struct _KcGlossaryRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets; the row's child, the box, is the row's own to dispose of */
  GtkBox *box;
  GtkLabel *name_label;

  /* Owned references */
  KcGlossaryTerm *term;
};

G_DEFINE_FINAL_TYPE (KcGlossaryRow, kc_glossary_row, GTK_TYPE_LIST_BOX_ROW)

static void
kc_glossary_row_dispose (GObject *object)
{
  KcGlossaryRow *self = (KcGlossaryRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_GLOSSARY_ROW);
  g_clear_object (&self->term);

  G_OBJECT_CLASS (kc_glossary_row_parent_class)->dispose (object);
}

static void
kc_glossary_row_class_init (KcGlossaryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_glossary_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-glossary-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcGlossaryRow, name_label);
}

static void
kc_glossary_row_init (KcGlossaryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->box = GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self)));
}

/* A link to each item the term relates to that opens on a tab. */
static void
append_see (KcGlossaryRow *self,
            KcLibrary     *library)
{
  const char * const *see = kc_glossary_term_get_see (self->term);

  for (guint i = 0; see[i] != NULL; i++)
    {
      GObject *item = kc_library_lookup (library, see[i]);
      g_autofree char *tooltip = NULL;

      if (item == NULL || kc_item_get_page (KC_ITEM (item)) == NULL)
        continue;

      /* Translators: a link's tooltip; %s is e.g. "a question" or "a condition" */
      tooltip = g_strdup_printf (_("Open %s"), kc_item_kind_describe (kc_item_get_kind (KC_ITEM (item))));
      gtk_box_append (self->box, kc_link_button_new (kc_item_get_name (KC_ITEM (item)),
                                                     "win.open-item", see[i], tooltip));
    }
}

KcGlossaryRow *
kc_glossary_row_new (KcLibrary      *library,
                     KcGlossaryTerm *term)
{
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  const char *id;
  KcGlossaryRow *self;

  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (KC_IS_GLOSSARY_TERM (term), NULL);

  self = g_object_new (KC_TYPE_GLOSSARY_ROW, NULL);
  self->term = g_object_ref (term);
  id = kc_item_get_id (KC_ITEM (term));

  gtk_label_set_label (self->name_label, kc_item_get_name (KC_ITEM (term)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kc_item_get_name (KC_ITEM (term)), -1);
  /* Other terms link from the definition; the term itself does not. */
  g_hash_table_add (linked, (gpointer)id);
  gtk_box_append (self->box, kc_linked_label_new (kc_glossary_term_get_definition (term),
                                                  kc_library_get_glossary (library), linked));
  append_see (self, library);
  kc_append_sources (self->box, KC_ITEM (term));

  return self;
}

KcGlossaryTerm *
kc_glossary_row_get_term (KcGlossaryRow *self)
{
  g_return_val_if_fail (KC_IS_GLOSSARY_ROW (self), NULL);
  return self->term;
}
