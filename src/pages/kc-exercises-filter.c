/* kc-exercises-filter.c: the library's filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search entry and the area, kind and difficulty drop-downs of the
 * Exercises library, which exercises they let through, and the count
 * of those shown. Cards and rows share one test.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-text.h"
#include "kc-exercise-card.h"
#include "kc-exercise-row.h"
#include "kc-exercises-page-private.h"

/* A drop-down's choices: "all" first, then the values of @enum_type in
 * their order, so that item i + 1 is the enum's value i. */
static void
filter_set_choices (GtkDropDown *filter,
                    GType        enum_type,
                    const char  *all)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_string_list_append (choices, all);
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (choices, kc_vocabulary_to_string (enum_type, klass->values[i].value));

  gtk_drop_down_set_model (filter, G_LIST_MODEL (choices));
}

/* Returns: the value chosen in @filter, or -1 for "all" */
static int
filter_get_value (GtkDropDown *filter,
                  GType        enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  guint selected = gtk_drop_down_get_selected (filter);

  if (selected == 0 || selected > klass->n_values)
    return -1;

  return klass->values[selected - 1].value;
}

/* Chooses the value @word names, or "all" for NULL or an unknown word. */
static void
filter_set_word (GtkDropDown *filter,
                 GType        enum_type,
                 const char  *word)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  guint position = 0;
  int value;

  if (kc_vocabulary_from_word (enum_type, word, &value))
    for (guint i = 0; i < klass->n_values; i++)
      if (klass->values[i].value == value)
        position = i + 1;

  gtk_drop_down_set_selected (filter, position);
}

gboolean
_kc_exercises_page_exercise_visible (KcExercisesPage *self,
                                     KcExercise      *exercise)
{
  int area = filter_get_value (self->target_filter, KC_TYPE_EXERCISE_AREA);
  int kind = filter_get_value (self->kind_filter, KC_TYPE_EXERCISE_KIND);
  int difficulty = filter_get_value (self->difficulty_filter, KC_TYPE_EXERCISE_DIFFICULTY);

  if (area >= 0 && !kc_exercise_has_target (exercise, (KcExerciseArea)area))
    return FALSE;
  if (kind >= 0 && kc_exercise_get_kind (exercise) != (KcExerciseKind)kind)
    return FALSE;
  if (difficulty >= 0 &&
      kc_exercise_get_difficulty (exercise) != (KcExerciseDifficulty)difficulty)
    return FALSE;

  return self->folded_query == NULL || kc_exercise_matches (exercise, self->folded_query);
}

static gboolean
filter_card (GtkFlowBoxChild *child,
             gpointer         user_data)
{
  return _kc_exercises_page_exercise_visible (user_data, kc_exercise_card_get_exercise (KC_EXERCISE_CARD (child)));
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  return _kc_exercises_page_exercise_visible (user_data, kc_exercise_row_get_exercise (KC_EXERCISE_ROW (row)));
}

void
_kc_exercises_page_update_results (KcExercisesPage *self)
{
  GListModel *exercises = kc_library_get_exercises (self->library);
  g_autofree char *count = NULL;
  guint total = g_list_model_get_n_items (exercises);

  gtk_flow_box_invalidate_filter (self->cards);
  gtk_list_box_invalidate_filter (self->rows);

  self->n_visible = 0;
  for (guint i = 0; i < total; i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
      self->n_visible += _kc_exercises_page_exercise_visible (self, exercise);
    }

  /* Translators: "Showing 7 of 22 exercises" */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u exercise",
                                        "Showing %u of %u exercises", total),
                           self->n_visible, total);
  gtk_label_set_label (self->count_label, count);
  gtk_stack_set_visible_child_name (self->results_stack,
                                    self->n_visible == 0 ? "empty" : self->layout);
}

static void
on_filter_changed_cb (KcExercisesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->folded_query, g_free);
  if (*text != '\0')
    self->folded_query = kc_text_fold (text);

  if (self->library != NULL)
    _kc_exercises_page_update_results (self);
}

static void
on_stop_search_cb (KcExercisesPage *self,
                   GtkSearchEntry  *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}


void
_kc_exercises_page_reset_filters (KcExercisesPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->target_filter, 0);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  gtk_drop_down_set_selected (self->difficulty_filter, 0);
  on_filter_changed_cb (self);
}

static void
reset_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  _kc_exercises_page_reset_filters (KC_EXERCISES_PAGE (widget));
}

/* Sets the filters as the drop-downs would, by the content files' words
 * ("knees", "stretching", "easy"): NULL means "all". */
void
_kc_exercises_page_set_filter_words (KcExercisesPage *self,
                                     const char      *target,
                                     const char      *kind,
                                     const char      *difficulty)
{
  filter_set_word (self->target_filter, KC_TYPE_EXERCISE_AREA, target);
  filter_set_word (self->kind_filter, KC_TYPE_EXERCISE_KIND, kind);
  filter_set_word (self->difficulty_filter, KC_TYPE_EXERCISE_DIFFICULTY, difficulty);
}

/* Called from class_init once the template is set. */
void
_kc_exercises_page_class_init_filters (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, target_filter);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, difficulty_filter);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_install_action (widget_class, "exercises.reset-filters", NULL,
                                   reset_filters_action);
}

/* Called from init once the template is built. */
void
_kc_exercises_page_init_filters (KcExercisesPage *self)
{
  filter_set_choices (self->target_filter, KC_TYPE_EXERCISE_AREA, _("All areas"));
  filter_set_choices (self->kind_filter, KC_TYPE_EXERCISE_KIND, _("All kinds"));
  filter_set_choices (self->difficulty_filter, KC_TYPE_EXERCISE_DIFFICULTY, _("Any difficulty"));
  gtk_flow_box_set_filter_func (self->cards, filter_card, self, NULL);
  gtk_list_box_set_filter_func (self->rows, filter_row, self, NULL);
}
