/* kc-anatomy-details.c: what the chosen part does and what goes wrong with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Anatomy tab's right-hand column: the part's function, how it ties
 * back and knee, the conditions that affect it (each opens in place), and
 * links to the body map and to exercises.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-referrals.h"
#include "kc-anatomy-page-private.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-diagram-view.h"

/* The stylesheets' class for the parts a condition's picture lights. */
#define STATE_LIT_CLASS "kc-state-lit"

/**
 * _kc_anatomy_page_update_states:
 *
 * A condition open in the details that has a picture on this diagram (a
 * disc bulging onto a root for a herniated disc) shows it, and lights the
 * parts it names; nothing else is shown or lit.
 */
void
_kc_anatomy_page_update_states (KcAnatomyPage *self)
{
  g_autofree const char **layers = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (self->diagram == NULL)
    return;

  layers = kc_anatomy_diagram_get_state_layers (self->diagram);
  for (guint i = 0; layers[i] != NULL; i++)
    kc_diagram_view_set_layer_shown (self->view, layers[i], FALSE);
  kc_diagram_view_clear_part_classes (self->view);

  g_hash_table_iter_init (&iter, self->condition_expanders);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char * const *lit = NULL;
      const char *layer;

      if (!gtk_expander_get_expanded (GTK_EXPANDER (value)))
        continue;

      layer = kc_anatomy_diagram_find_state (self->diagram, key, &lit);
      if (layer == NULL)
        continue;

      kc_diagram_view_set_layer_shown (self->view, layer, TRUE);
      for (guint i = 0; lit != NULL && lit[i] != NULL; i++)
        kc_diagram_view_set_part_class (self->view, lit[i], STATE_LIT_CLASS);
    }
}

static void
on_condition_expanded_cb (KcAnatomyPage *self)
{
  _kc_anatomy_page_update_states (self);
}

/* The expanders die with the details: forget them at the same time. */
static void
clear_details (KcAnatomyPage *self)
{
  kc_remove_children (GTK_WIDGET (self->details));
  g_hash_table_remove_all (self->condition_expanders);
  _kc_anatomy_page_update_states (self);
}

void
_kc_anatomy_page_show_empty_details (KcAnatomyPage *self)
{
  GtkWidget *hint;

  clear_details (self);
  gtk_box_append (self->details, kc_heading_label_new (kc_item_get_name (KC_ITEM (self->diagram)),
                                                       "title-2"));
  gtk_box_append (self->details, kc_text_label_new (kc_anatomy_diagram_get_description (self->diagram)));
  hint = kc_text_label_new (_("Choose a part in the picture or in the list to learn what it "
                              "does, what can go wrong with it, and how it ties the back to "
                              "the knee."));
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (self->details, hint);
}

static void
append_conditions (KcAnatomyPage *self,
                   KcAnatomyPart *part)
{
  const char * const *ids = kc_anatomy_part_get_condition_ids (part);

  if (ids == NULL || ids[0] == NULL)
    return;

  gtk_box_append (self->details, kc_heading_label_new (_("What can go wrong"), "kc-subheading"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      KcCondition *condition = kc_library_lookup_condition (self->library, ids[i]);
      GtkWidget *expander;

      if (condition == NULL)
        continue;

      expander = kc_condition_expander_new (self->library, condition);
      g_hash_table_replace (self->condition_expanders, g_strdup (ids[i]), expander);
      g_signal_connect_object (expander, "notify::expanded",
                               G_CALLBACK (on_condition_expanded_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->details, expander);
    }
}

/* One body figure with @root's dermatome lit, as the body map draws it. */
static GtkWidget *
dermatome_figure_new (KcNerveRoot  root,
                      const char  *view,
                      const char  *name)
{
  g_autofree char *resource = g_strdup_printf (RESOURCE_PREFIX "/diagrams/body-%s.svg", view);
  g_autofree char *layer = kc_nerve_root_dup_dermatome_layer (root);
  GtkWidget *figure = kc_diagram_view_new ();
  g_autoptr(GError) error = NULL;

  if (!kc_diagram_view_load_resource (KC_DIAGRAM_VIEW (figure), resource, &error))
    g_critical ("Dermatome figure: %s", error->message);
  kc_diagram_view_set_layer_shown (KC_DIAGRAM_VIEW (figure), layer, TRUE);
  kc_diagram_view_set_part_class (KC_DIAGRAM_VIEW (figure), layer, "kc-dermatome-lit");
  gtk_widget_set_size_request (figure, 100, 200);
  gtk_widget_set_can_target (figure, FALSE);
  gtk_widget_set_name (figure, layer);
  gtk_accessible_update_property (GTK_ACCESSIBLE (figure), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

  return figure;
}

/* A nerve root's skin (drawn on the body, front and back), muscles and
 * reflex: how a physiotherapist tells which root is irritated. */
static void
append_supply (KcAnatomyPage *self,
               KcAnatomyPart *part,
               KcGlossary    *glossary,
               GHashTable    *linked)
{
  g_autofree char *front = NULL;
  g_autofree char *back = NULL;
  GtkWidget *figures;
  KcNerveRoot root;

  if (!kc_anatomy_part_get_root (part, &root))
    return;

  gtk_box_append (self->details, kc_heading_label_new (_("Skin it supplies (dermatome)"),
                                                       "kc-subheading"));
  gtk_box_append (self->details,
                  kc_linked_label_new (kc_anatomy_part_get_dermatome (part), glossary, linked));

  /* Translators: what a screen reader says for a picture, e.g. "L4 dermatome, front" */
  front = g_strdup_printf (_("%s dermatome, front"), kc_nerve_root_to_string (root));
  /* Translators: what a screen reader says for a picture, e.g. "L4 dermatome, back" */
  back = g_strdup_printf (_("%s dermatome, back"), kc_nerve_root_to_string (root));
  figures = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (figures), TRUE);
  gtk_widget_set_halign (figures, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (figures),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dermatome"), -1);
  gtk_box_append (GTK_BOX (figures), dermatome_figure_new (root, "front", front));
  gtk_box_append (GTK_BOX (figures), dermatome_figure_new (root, "back", back));
  gtk_box_append (self->details, figures);

  gtk_box_append (self->details, kc_heading_label_new (_("Muscles it works (myotome)"),
                                                       "kc-subheading"));
  gtk_box_append (self->details,
                  kc_linked_label_new (kc_anatomy_part_get_myotome (part), glossary, linked));
  gtk_box_append (self->details, kc_heading_label_new (_("Reflex"), "kc-subheading"));
  gtk_box_append (self->details,
                  kc_linked_label_new (kc_anatomy_part_get_reflex (part), glossary, linked));
}

static void
append_links (KcAnatomyPage *self,
              KcAnatomyPart *part)
{
  KcExerciseArea area;

  /* Only where the body map has something to say about this part: where
   * its pain is felt, or a nerve root's skin. */
  if (kc_referrals_source_for_part (self->library, kc_item_get_id (KC_ITEM (part))) != NULL ||
      kc_anatomy_part_get_root (part, NULL))
    gtk_box_append (self->details, kc_link_button_new (_("Show on body map"),
                                                       "win.show-on-body-map",
                                                       kc_item_get_id (KC_ITEM (part)),
                                                       _("Where pain from here can be felt")));
  if (kc_anatomy_diagram_get_exercise_area (self->diagram, &area))
    gtk_box_append (self->details,
                    kc_link_button_new (_("Exercises for this"), "win.show-exercises",
                                        kc_vocabulary_to_word (KC_TYPE_EXERCISE_AREA, (int)area),
                                        _("Exercises that help this part")));
}

void
_kc_anatomy_page_show_part_details (KcAnatomyPage *self,
                                    KcAnatomyPart *part)
{
  KcGlossary *glossary = kc_library_get_glossary (self->library);
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *kind;

  clear_details (self);

  gtk_box_append (self->details, kc_heading_label_new (kc_item_get_name (KC_ITEM (part)),
                                                       "title-2"));
  kind = gtk_label_new (kc_anatomy_part_kind_to_string (kc_anatomy_part_get_kind (part)));
  gtk_label_set_xalign (GTK_LABEL (kind), 0);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_box_append (self->details, kind);

  gtk_box_append (self->details, kc_heading_label_new (_("What it does"), "kc-subheading"));
  gtk_box_append (self->details,
                  kc_linked_label_new (kc_anatomy_part_get_function (part), glossary, linked));
  gtk_box_append (self->details, kc_heading_label_new (_("Back and knee"), "kc-subheading"));
  gtk_box_append (self->details,
                  kc_linked_label_new (kc_anatomy_part_get_back_knee (part), glossary, linked));

  append_supply (self, part, glossary, linked);
  append_conditions (self, part);
  append_links (self, part);
  kc_append_sources (self->details, KC_ITEM (part));
}

