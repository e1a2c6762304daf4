/* kc-exercises-details.c: one exercise, shown in full
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The detail column of the library: pictogram, steps, dose and how often,
 * cautions, the pain rule's traffic light, the easier and harder versions
 * and how to progress, why it helps, the conditions it may help and the diagram of
 * the areas it works on, and "Add to Plan". The line naming its kind,
 * difficulty and areas is shared with the cards and rows.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-anatomy-diagram.h"
#include "content/kc-condition.h"
#include "content/kc-relations.h"
#include "kc-exercises-page-private.h"
#include "widgets/kc-accessible.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-diagram-view.h"
#include "widgets/kc-exercise-figure.h"
#include "widgets/kc-pain-light.h"

/* "Strengthening · Easy · core, lower back" */
/* "Strengthening · Easy · knees, legs" */
char *
_kc_exercise_describe (KcExercise *exercise)
{
  guint n_targets;
  const KcExerciseArea *targets = kc_exercise_get_targets (exercise, &n_targets);
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%s · %s · ",
                          kc_exercise_kind_to_string (kc_exercise_get_kind (exercise)),
                          kc_exercise_difficulty_to_string (kc_exercise_get_difficulty (exercise)));
  for (guint i = 0; i < n_targets; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                            kc_exercise_area_to_inline_string (targets[i]));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A card's or a row's name and one-line description, also what a screen
 * reader hears for it. */
void
_kc_exercise_label (GtkWidget  *widget,
                    GtkLabel   *name_label,
                    GtkLabel   *meta_label,
                    KcExercise *exercise)
{
  g_autofree char *meta = _kc_exercise_describe (exercise);
  const char *name = kc_item_get_name (KC_ITEM (exercise));

  gtk_label_set_label (name_label, name);
  gtk_label_set_label (meta_label, meta);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, meta,
                                  -1);
}

/* The exercise's figure: moving between its poses in the details, where
 * it takes the column's width, the end pose on a card. */
GtkWidget *
_kc_exercise_pictogram_new (KcExercise *exercise,
                            int         width,
                            int         height,
                            gboolean    animate)
{
  GtkWidget *figure = kc_exercise_figure_new (exercise, animate);

  gtk_widget_set_size_request (figure, width, height);
  gtk_widget_set_hexpand (figure, FALSE);
  gtk_widget_set_vexpand (figure, FALSE);
  gtk_widget_set_halign (figure, animate ? GTK_ALIGN_FILL : GTK_ALIGN_CENTER);
  gtk_widget_set_can_target (figure, FALSE);

  return figure;
}

static GtkWidget *
new_add_to_plan_button (KcExercisesPage *self,
                        KcExercise      *exercise)
{
  static const char *days[KC_N_WEEKDAYS] = {
    N_("_Monday"), N_("_Tuesday"), N_("_Wednesday"), N_("T_hursday"), N_("_Friday"),
    N_("_Saturday"), N_("S_unday"),
  };
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      g_autofree char *target = g_strdup_printf ("%s:%u", kc_item_get_id (KC_ITEM (exercise)), day);
      g_autoptr(GMenuItem) item = g_menu_item_new (_(days[day]), NULL);

      g_menu_item_set_action_and_target (item, "exercises.add-to-plan", "s", target);
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Add to Plan"));
  kc_accessible_hide_decorations (button);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Add this exercise to a day of the plan being edited"));
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add to Plan"), -1);
  return button;
}


/* Links to the anatomy diagrams of the areas the exercise works on. */
static void
append_target_diagrams (KcExercisesPage *self,
                        KcExercise      *exercise)
{
  GListModel *diagrams = kc_library_get_diagrams (self->library);

  for (guint i = 0; i < g_list_model_get_n_items (diagrams); i++)
    {
      g_autoptr(KcAnatomyDiagram) diagram = g_list_model_get_item (diagrams, i);
      g_autofree char *label = NULL;
      KcExerciseArea area;

      if (!kc_anatomy_diagram_get_exercise_area (diagram, &area) ||
          !kc_exercise_has_target (exercise, area))
        continue;

      /* Translators: a link to a diagram in the Anatomy tab, e.g. "See the anatomy: Knee" */
      label = g_strdup_printf (_("See the anatomy: %s"), kc_item_get_name (KC_ITEM (diagram)));
      gtk_box_append (self->details,
                      kc_link_button_new (label, "win.open-item",
                                          kc_item_get_id (KC_ITEM (diagram)),
                                          _("Open this diagram in the Anatomy tab")));
    }
}

/* A link to the easier or harder version, if there is one. */
static void
append_version_link (KcExercisesPage *self,
                     const char      *id,
                     gboolean         harder)
{
  KcExercise *version = id ? kc_library_lookup_exercise (self->library, id) : NULL;
  const char *name;
  g_autofree char *label = NULL;

  if (version == NULL)
    return;

  name = kc_item_get_name (KC_ITEM (version));
  /* Translators: links to other exercises, e.g. "Easier: Pelvic tilt", "Harder: Bridge" */
  label = harder ? g_strdup_printf (_("Harder: %s"), name)
                 : g_strdup_printf (_("Easier: %s"), name);
  gtk_box_append (self->details,
                  kc_link_button_new (label, "win.open-item", id, _("Show this exercise")));
}

/* Easier and harder versions, and how to progress. */
static void
append_versions (KcExercisesPage *self,
                 KcExercise      *exercise)
{
  const char *progression = kc_exercise_get_progression (exercise);

  gtk_box_append (self->details, kc_heading_label_new (_("Easier and harder"), "kc-subheading"));
  append_version_link (self, kc_exercise_get_easier_id (exercise), FALSE);
  append_version_link (self, kc_exercise_get_harder_id (exercise), TRUE);
  if (progression != NULL)
    gtk_box_append (self->details, kc_text_label_new (progression));
}

/* Links to the conditions that list this exercise as one that may help. */
static void
append_related_conditions (KcExercisesPage *self,
                           KcExercise      *exercise)
{
  g_autoptr(GPtrArray) conditions =
    kc_relations_conditions_helped_by (self->library, kc_item_get_id (KC_ITEM (exercise)));

  if (conditions->len == 0)
    return;

  gtk_box_append (self->details, kc_heading_label_new (_("May help with"), "kc-subheading"));
  for (guint i = 0; i < conditions->len; i++)
    {
      KcCondition *condition = g_ptr_array_index (conditions, i);

      gtk_box_append (self->details,
                      kc_link_button_new (kc_item_get_name (KC_ITEM (condition)), "win.open-item",
                                          kc_item_get_id (KC_ITEM (condition)),
                                          _("Read about this condition")));
    }
}

void
_kc_exercises_page_show_details (KcExercisesPage *self,
                                 KcExercise      *exercise)
{
  g_autofree char *meta = NULL;
  g_autofree char *dose = NULL;
  g_autofree char *dose_line = NULL;
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);
  KcGlossary *glossary = kc_library_get_glossary (self->library);
  GtkWidget *label;

  kc_remove_children (GTK_WIDGET (self->details));

  if (exercise == NULL)
    {
      gtk_box_append (self->details, kc_heading_label_new (_("Exercises"), "title-2"));
      label = kc_text_label_new (_("Choose an exercise to see how to do it, how much, and "
                                   "when to stop. Start gently and build up; if something "
                                   "hurts, ask your physiotherapist."));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->details, label);
      return;
    }

  /* 216 wide, not 300: with the filters and the cards beside it the
   * page was wider than a 1024-pixel screen. */
  gtk_box_append (self->details, _kc_exercise_pictogram_new (exercise, 216, 144, TRUE));
  gtk_box_append (self->details, kc_heading_label_new (kc_item_get_name (KC_ITEM (exercise)),
                                                       "title-2"));
  meta = _kc_exercise_describe (exercise);
  label = kc_text_label_new (meta);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->details, label);

  gtk_box_append (self->details, kc_heading_label_new (_("How to do it"), "kc-subheading"));
  /* The card is one text: each term links once. */
  gtk_box_append (self->details, kc_linked_list_new (kc_exercise_get_steps (exercise), TRUE,
                                                     glossary, linked));

  dose = kc_dose_to_string (kc_exercise_get_dose (exercise));
  /* Translators: a dose and how often, e.g. "3 sets × 10 — Daily" */
  dose_line = g_strdup_printf (_("%s — %s"), dose, kc_exercise_get_how_often (exercise));
  gtk_box_append (self->details, kc_heading_label_new (_("How much"), "kc-subheading"));
  gtk_box_append (self->details, kc_text_label_new (dose_line));

  gtk_box_append (self->details, kc_heading_label_new (_("Take care"), "kc-subheading"));
  gtk_box_append (self->details, kc_linked_list_new (kc_exercise_get_cautions (exercise), FALSE,
                                                     glossary, linked));

  gtk_box_append (self->details, kc_heading_label_new (_("How much pain is all right"),
                                                       "kc-subheading"));
  gtk_box_append (self->details, kc_pain_light_new ());
  append_versions (self, exercise);

  gtk_box_append (self->details, kc_heading_label_new (_("Why it helps back and knees"),
                                                       "kc-subheading"));
  gtk_box_append (self->details, kc_linked_label_new (kc_exercise_get_why (exercise), glossary,
                                                      linked));
  append_related_conditions (self, exercise);
  append_target_diagrams (self, exercise);
  gtk_box_append (self->details, new_add_to_plan_button (self, exercise));
  kc_append_sources (self->details, KC_ITEM (exercise));
}

