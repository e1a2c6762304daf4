/* kc-body-map-dermatomes.c: the dermatome overlay of the Body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The skin each nerve root of the lower back supplies (L2 to S1), drawn
 * over the body figures from hidden layers of their SVGs ("dermatome-l4",
 * build-aux/make-body-svgs.py), with a key beside the figures: a button
 * per root, and the chosen root's skin, muscles and reflex from
 * anatomy.xml.  One root chosen shows its skin alone, lit; none chosen
 * shows all five.  This is how "your back, felt in your knee" is drawn.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-anatomy-part.h"
#include "content/kc-nerve-root.h"
#include "kc-body-map-page-private.h"
#include "widgets/kc-diagram-swatch.h"

/* The stylesheets' class for the chosen root's skin. */
#define DERMATOME_LIT_CLASS "kc-dermatome-lit"

/* Returns: (nullable): the anatomy part that is nerve root @root ("l4") */
KcAnatomyPart *
_kc_body_map_page_find_root (KcBodyMapPage *self,
                             const char    *root)
{
  GListModel *parts;
  int wanted;

  if (self->library == NULL || !kc_vocabulary_from_word (KC_TYPE_NERVE_ROOT, root, &wanted))
    return NULL;

  parts = kc_library_get_items (self->library, KC_ITEM_KIND_ANATOMY_PART);
  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(KcAnatomyPart) part = g_list_model_get_item (parts, i);
      KcNerveRoot found;

      if (kc_anatomy_part_get_root (part, &found) && (int)found == wanted)
        return part;  /* the library keeps it */
    }

  return NULL;
}

static GtkWidget *
root_button_new (const char *style_class,
                 const char *label,
                 const char *target,
                 const char *accessible_name)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "spacing", 4,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GENERIC,
                                 NULL);

  if (style_class != NULL)
    {
      GtkWidget *swatch = kc_diagram_swatch_new (style_class);

      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), swatch);
    }
  gtk_box_append (GTK_BOX (box), gtk_label_new (label));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "bodymap.dermatome-root");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  return button;
}

/* A button for each root the content describes, two to a row, then "All". */
void
_kc_body_map_page_build_dermatome_key (KcBodyMapPage *self)
{
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->dermatome_roots))) != NULL)
    gtk_grid_remove (self->dermatome_roots, child);

  for (KcNerveRoot root = 0; root < KC_NERVE_ROOT_N_ROOTS; root++)
    {
      const char *word = kc_vocabulary_to_word (KC_TYPE_NERVE_ROOT, root);
      g_autofree char *style_class = kc_nerve_root_dup_dermatome_layer (root);
      KcAnatomyPart *part = _kc_body_map_page_find_root (self, word);

      if (part == NULL)
        continue;
      gtk_grid_attach (self->dermatome_roots,
                       root_button_new (style_class, kc_nerve_root_to_string (root), word,
                                        kc_item_get_name (KC_ITEM (part))),
                       n % 2, n / 2, 1, 1);
      n++;
    }
  /* Translators: shows the skin of every nerve root at once */
  gtk_grid_attach (self->dermatome_roots,
                   root_button_new (NULL, C_("dermatomes", "All"), "", _("All nerve roots")),
                   n % 2, n / 2, 1, 1);
}

static char *
dup_details_markup (KcBodyMapPage *self)
{
  KcAnatomyPart *part = _kc_body_map_page_find_root (self, self->dermatome_root);
  g_autofree char *name = NULL;
  g_autofree char *skin = NULL;
  g_autofree char *muscles = NULL;
  g_autofree char *reflex = NULL;

  if (part == NULL)
    return g_markup_escape_text (_("Choose a root to see the skin it supplies, the muscles it "
                                   "works and its reflex."), -1);

  name = g_markup_escape_text (kc_item_get_name (KC_ITEM (part)), -1);
  /* Translators: %s is the skin a nerve root supplies */
  skin = g_markup_printf_escaped (_("Skin: %s"), kc_anatomy_part_get_dermatome (part));
  /* Translators: %s is what the muscles of a nerve root do */
  muscles = g_markup_printf_escaped (_("Muscles: %s"), kc_anatomy_part_get_myotome (part));
  /* Translators: %s is the reflex that tests a nerve root */
  reflex = g_markup_printf_escaped (_("Reflex: %s"), kc_anatomy_part_get_reflex (part));

  return g_strdup_printf ("<b>%s</b>\n%s\n%s\n%s", name, skin, muscles, reflex);
}

/**
 * _kc_body_map_page_update_dermatomes:
 *
 * Shows the overlay as the page's switches say, on both figures, and the
 * chosen root's words in the key.  Called after every relighting too: the
 * places' lighting clears the lit class.
 */
void
_kc_body_map_page_update_dermatomes (KcBodyMapPage *self)
{
  g_autofree char *details = NULL;

  gtk_widget_set_visible (self->dermatome_key, self->show_dermatomes);

  for (KcNerveRoot root = 0; root < KC_NERVE_ROOT_N_ROOTS; root++)
    {
      g_autofree char *layer = kc_nerve_root_dup_dermatome_layer (root);
      const char *word = kc_vocabulary_to_word (KC_TYPE_NERVE_ROOT, root);
      gboolean chosen = g_strcmp0 (word, self->dermatome_root) == 0;
      gboolean shown = self->show_dermatomes && (self->dermatome_root == NULL || chosen);

      for (guint i = 0; i < 2; i++)
        {
          KcDiagramView *view = _kc_body_map_page_get_view (self, i);

          kc_diagram_view_set_layer_shown (view, layer, shown);
          kc_diagram_view_set_part_class (view, layer, shown && chosen ? DERMATOME_LIT_CLASS : NULL);
        }
    }

  details = dup_details_markup (self);
  gtk_label_set_markup (self->dermatome_details, details);
}

/**
 * _kc_body_map_page_dup_drawn_roots:
 *
 * Returns: (transfer container) (element-type KcAnatomyPart): the nerve
 *   roots whose skin the overlay draws now, none when it is off: what a
 *   printed key lists
 */
GPtrArray *
_kc_body_map_page_dup_drawn_roots (KcBodyMapPage *self)
{
  GPtrArray *roots = g_ptr_array_new ();

  for (KcNerveRoot root = 0; self->show_dermatomes && root < KC_NERVE_ROOT_N_ROOTS; root++)
    {
      const char *word = kc_vocabulary_to_word (KC_TYPE_NERVE_ROOT, root);
      KcAnatomyPart *part = _kc_body_map_page_find_root (self, word);

      if (part != NULL && (self->dermatome_root == NULL ||
                           g_str_equal (word, self->dermatome_root)))
        g_ptr_array_add (roots, part);
    }

  return roots;
}

/* Shows or hides the dermatome overlay and its key. */
void
kc_body_map_page_set_show_dermatomes (KcBodyMapPage *self,
                                      gboolean       show)
{
  g_return_if_fail (KC_IS_BODY_MAP_PAGE (self));

  if (self->show_dermatomes == !!show)
    return;

  self->show_dermatomes = !!show;
  _kc_body_map_page_update_dermatomes (self);
  g_object_notify (G_OBJECT (self), "show-dermatomes");
}

/**
 * kc_body_map_page_set_dermatome_root:
 * @root: (nullable): a root's word, "l4"; %NULL or "" for every root
 *
 * Lights one root's dermatome on the overlay, with its muscles and reflex
 * in the key.
 */
void
kc_body_map_page_set_dermatome_root (KcBodyMapPage *self,
                                     const char    *root)
{
  int value;

  g_return_if_fail (KC_IS_BODY_MAP_PAGE (self));

  if (root != NULL && root[0] == '\0')
    root = NULL;
  g_return_if_fail (root == NULL || kc_vocabulary_from_word (KC_TYPE_NERVE_ROOT, root, &value));

  if (g_strcmp0 (root, self->dermatome_root) == 0)
    return;

  g_free (self->dermatome_root);
  self->dermatome_root = g_strdup (root);
  _kc_body_map_page_update_dermatomes (self);
  g_object_notify (G_OBJECT (self), "dermatome-root");
}
