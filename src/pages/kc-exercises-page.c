/* kc-exercises-page.c: the Exercises tab: the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filters and search on the left (kc-exercises-filter.c), the exercises as cards or a list in the
 * middle, and the chosen one's picture, steps, dose and cautions on the
 * right.  Cards and list are two views of one filtered, chosen set.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-exercise-card.h"
#include "kc-exercise-row.h"
#include "kc-exercises-page-private.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-diagram-view.h"
#include "widgets/kc-focus-group.h"
#include "widgets/kc-accessible.h"


static void page_iface_init (KcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KcExercisesPage, kc_exercises_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KC_TYPE_PAGE, page_iface_init))

enum {
  PROP_0,
  PROP_LAYOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The exercise a card or a row shows. */
static KcExercise *
widget_get_exercise (GtkWidget *widget)
{
  if (KC_IS_EXERCISE_CARD (widget))
    return kc_exercise_card_get_exercise (KC_EXERCISE_CARD (widget));
  if (KC_IS_EXERCISE_ROW (widget))
    return kc_exercise_row_get_exercise (KC_EXERCISE_ROW (widget));
  return NULL;
}

/* ---- Choosing ------------------------------------------------------------ */

static GtkWidget *
find_in (GtkWidget  *container,
         const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (container);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      KcExercise *exercise = widget_get_exercise (child);

      if (exercise != NULL && g_strcmp0 (kc_item_get_id (KC_ITEM (exercise)), id) == 0)
        return child;
    }

  return NULL;
}

static void
select_exercise (KcExercisesPage *self,
                 const char      *id)
{
  GtkWidget *card;
  GtkWidget *row;

  if (self->syncing)
    return;

  g_free (self->selected);
  self->selected = g_strdup (id);

  self->syncing = TRUE;
  card = id ? find_in (GTK_WIDGET (self->cards), id) : NULL;
  row = id ? find_in (GTK_WIDGET (self->rows), id) : NULL;
  if (card != NULL)
    {
      gtk_flow_box_select_child (self->cards, GTK_FLOW_BOX_CHILD (card));
      kc_scroll_into_view (card, GTK_WIDGET (self->cards));
    }
  else
    gtk_flow_box_unselect_all (self->cards);
  if (row != NULL)
    {
      gtk_list_box_select_row (self->rows, GTK_LIST_BOX_ROW (row));
      kc_scroll_into_view (row, GTK_WIDGET (self->rows));
    }
  else
    gtk_list_box_unselect_all (self->rows);
  self->syncing = FALSE;

  _kc_exercises_page_show_details (self, id && self->library
                                           ? kc_library_lookup_exercise (self->library, id)
                                           : NULL);
}

/* Folded, the details are hidden: an exercise chosen on purpose (a card
 * activated, a link followed) shows them over the cards, as a leaflet
 * goes from list to content; Escape returns. Moving through the list
 * with the arrows does not. */
static void
reveal_details (KcExercisesPage *self)
{
  if (adw_flap_get_folded (self->details_flap))
    adw_flap_set_reveal_flap (self->details_flap, TRUE);
}

static void
on_card_activated_cb (KcExercisesPage *self,
                      GtkFlowBoxChild *child,
                      GtkFlowBox      *box)
{
  KcExercise *exercise = kc_exercise_card_get_exercise (KC_EXERCISE_CARD (child));

  select_exercise (self, kc_item_get_id (KC_ITEM (exercise)));
  reveal_details (self);
}

static void
on_row_selected_cb (KcExercisesPage *self,
                    GtkListBoxRow   *row,
                    GtkListBox      *list)
{
  KcExercise *exercise;

  if (row == NULL)
    return;

  exercise = kc_exercise_row_get_exercise (KC_EXERCISE_ROW (row));
  select_exercise (self, kc_item_get_id (KC_ITEM (exercise)));
}

/* ---- Building ------------------------------------------------------------ */

static void
build (KcExercisesPage *self)
{
  GListModel *exercises = kc_library_get_exercises (self->library);

  kc_remove_children (GTK_WIDGET (self->cards));
  kc_remove_children (GTK_WIDGET (self->rows));

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);

      gtk_flow_box_append (self->cards, kc_exercise_card_new (exercise));
      gtk_list_box_append (self->rows, kc_exercise_row_new (exercise));
    }

  _kc_exercises_page_update_results (self);
  _kc_exercises_page_show_details (self, NULL);
}

/* ---- Actions ------------------------------------------------------------- */

/* Target "exercise-id:weekday": adds it to the plan being edited. */
static void
add_to_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KcExercisesPage *self = KC_EXERCISES_PAGE (widget);
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (param, NULL), ":", 2);

  if (g_strv_length (parts) != 2)
    return;

  if (kc_plans_view_add_exercise (self->plans_view, parts[0],
                                  (guint)g_ascii_strtoull (parts[1], NULL, 10)) != NULL)
    gtk_stack_set_visible_child_name (self->sections, "plans");
}

/* The planner's keys (Ctrl+N, Ctrl+P) work wherever the focus is in the
 * tab, not only inside the planner; the planner comes into view. */
static gboolean
planner_shortcut (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  KcExercisesPage *self = KC_EXERCISES_PAGE (widget);

  gtk_stack_set_visible_child_name (self->sections, "plans");
  return gtk_widget_activate_action (GTK_WIDGET (self->plans_view),
                                     g_variant_get_string (args, NULL), NULL);
}

/* ---- Dragging to a day --------------------------------------------------- */

static void
add_to_day (KcExercisesPage *self,
            const char      *exercise_id,
            guint            weekday)
{
  g_autofree char *target = g_strdup_printf ("%s:%u", exercise_id, weekday);

  gtk_widget_activate_action (GTK_WIDGET (self), "exercises.add-to-plan", "s", target);
}

static gboolean
on_day_drop_cb (GtkDropTarget   *target,
                const GValue    *value,
                double           x,
                double           y,
                KcExercisesPage *self)
{
  GtkWidget *day = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  /* The day button's own action target says which day it is. */
  GVariant *weekday = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (day));

  if (kc_library_lookup_exercise (self->library, g_value_get_string (value)) == NULL)
    return FALSE;

  add_to_day (self, g_value_get_string (value), g_variant_get_uint32 (weekday));
  return TRUE;
}

/* Target: a weekday, 0 for Monday; adds the chosen exercise to it. */
static void
add_to_day_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  KcExercisesPage *self = KC_EXERCISES_PAGE (widget);
  guint weekday = g_variant_get_uint32 (param);

  if (self->selected != NULL && weekday < KC_N_WEEKDAYS)
    add_to_day (self, self->selected, weekday);
}

static void
build_day_strip (KcExercisesPage *self)
{
  static const char *days[KC_N_WEEKDAYS] = {
    N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
  };
  static const char *full[KC_N_WEEKDAYS] = {
    N_("Add to Monday"), N_("Add to Tuesday"), N_("Add to Wednesday"), N_("Add to Thursday"),
    N_("Add to Friday"), N_("Add to Saturday"), N_("Add to Sunday"),
  };

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GtkWidget *button = gtk_button_new_with_label (_(days[day]));
      GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_COPY);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "exercises.add-to-day");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", day);
      gtk_widget_set_tooltip_text (button, _(full[day]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(full[day]), -1);
      g_signal_connect (drop, "drop", G_CALLBACK (on_day_drop_cb), self);
      gtk_widget_add_controller (button, GTK_EVENT_CONTROLLER (drop));
      gtk_flow_box_append (self->day_strip, button);
      kc_accessible_name_cell (button, _(full[day]));
    }
}

/* ---- Object -------------------------------------------------------------- */

static void
kc_exercises_page_dispose (GObject *object)
{
  KcExercisesPage *self = (KcExercisesPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_EXERCISES_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_exercises_page_parent_class)->dispose (object);
}

static void
kc_exercises_page_finalize (GObject *object)
{
  KcExercisesPage *self = (KcExercisesPage *)object;

  g_clear_pointer (&self->layout, g_free);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->folded_query, g_free);

  G_OBJECT_CLASS (kc_exercises_page_parent_class)->finalize (object);
}

static void
kc_exercises_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KcExercisesPage *self = KC_EXERCISES_PAGE (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      g_value_set_string (value, self->layout);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_exercises_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KcExercisesPage *self = KC_EXERCISES_PAGE (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      g_free (self->layout);
      self->layout = g_strcmp0 (g_value_get_string (value), "list") == 0 ? g_strdup ("list")
                                                                       : g_strdup ("cards");
      if (self->library != NULL)
        _kc_exercises_page_update_results (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Start-up builds only the tab that is shown; the others are built when
 * first shown or asked for something. */
static void
ensure_built (KcExercisesPage *self)
{
  if (self->built || self->library == NULL)
    return;

  self->built = TRUE;
  build (self);
}

static void
kc_exercises_page_map (GtkWidget *widget)
{
  ensure_built (KC_EXERCISES_PAGE (widget));
  GTK_WIDGET_CLASS (kc_exercises_page_parent_class)->map (widget);
}

/* Progress opens on the plan open in the planner, else on Today's. */
static void
on_section_shown_cb (KcExercisesPage *self)
{
  KcPlan *plan;

  /* Also called while the template is built, before its children are bound. */
  if (self->sections == NULL || self->progress_view == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->sections), "progress") != 0)
    return;
  plan = kc_plans_view_get_plan (self->plans_view);
  kc_progress_view_set_plan (self->progress_view,
                             plan != NULL ? plan : kc_today_view_get_plan (self->today_view));
}

static void
kc_exercises_page_class_init (KcExercisesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_exercises_page_dispose;
  object_class->finalize = kc_exercises_page_finalize;
  object_class->get_property = kc_exercises_page_get_property;
  object_class->set_property = kc_exercises_page_set_property;
  widget_class->map = kc_exercises_page_map;

  properties[PROP_LAYOUT] =
    g_param_spec_string ("layout", NULL, NULL, "cards",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KC_TYPE_FOCUS_GROUP);
  g_type_ensure (KC_TYPE_PLANS_VIEW);
  g_type_ensure (KC_TYPE_TODAY_VIEW);
  g_type_ensure (KC_TYPE_PROGRESS_VIEW);

  gtk_widget_class_set_layout_manager_type (widget_class, KC_TYPE_FOLD_LAYOUT);
  /* A container only: its tab or section names it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-exercises-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, details_flap);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, cards);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, rows);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, details);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, sections);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, day_strip);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, plans_view);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, today_view);
  gtk_widget_class_bind_template_child (widget_class, KcExercisesPage, progress_view);
  gtk_widget_class_bind_template_callback (widget_class, on_section_shown_cb);
  _kc_exercises_page_class_init_filters (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_card_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);

  gtk_widget_class_install_property_action (widget_class, "exercises.layout", "layout");
  gtk_widget_class_install_action (widget_class, "exercises.add-to-plan", "s",
                                   add_to_plan_action);
  gtk_widget_class_install_action (widget_class, "exercises.add-to-day", "u",
                                   add_to_day_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                planner_shortcut, "s", "plans.new-empty");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                planner_shortcut, "s", "plans.print");
  kc_fold_layout_class_install_toggle (widget_class);
}

static void
kc_exercises_page_init (KcExercisesPage *self)
{
  self->layout = g_strdup ("cards");

  gtk_widget_init_template (GTK_WIDGET (self));
  kc_fold_layout_add_flap (KC_FOLD_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                           self->details_flap);
  _kc_exercises_page_init_filters (self);
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));

  build_day_strip (self);
}

void
kc_exercises_page_set_library (KcExercisesPage *self,
                               KcLibrary       *library)
{
  g_return_if_fail (KC_IS_EXERCISES_PAGE (self));
  g_return_if_fail (KC_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  self->built = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_built (self);
}

/**
 * kc_exercises_page_show_exercise:
 *
 * Chooses the exercise with @id, clearing filters that hide it.
 *
 * Returns: %TRUE if it exists
 */
gboolean
kc_exercises_page_show_exercise (KcExercisesPage *self,
                                 const char      *id)
{
  KcExercise *exercise;

  g_return_val_if_fail (KC_IS_EXERCISES_PAGE (self), FALSE);

  ensure_built (self);

  exercise = kc_library_lookup_exercise (self->library, id);
  if (exercise == NULL)
    return FALSE;

  if (!_kc_exercises_page_exercise_visible (self, exercise))
    _kc_exercises_page_reset_filters (self);
  select_exercise (self, id);
  reveal_details (self);
  return TRUE;
}

/* Sets the filters as the drop-downs would, by the content files' words
 * ("knees", "stretching", "easy"): NULL means "all". */
void
kc_exercises_page_set_filters (KcExercisesPage *self,
                               const char      *target,
                               const char      *kind,
                               const char      *difficulty)
{
  g_return_if_fail (KC_IS_EXERCISES_PAGE (self));

  ensure_built (self);

  _kc_exercises_page_set_filter_words (self, target, kind, difficulty);
}

/* Returns: (transfer full): the ids of the exercises shown, in order */
char **
kc_exercises_page_dup_visible (KcExercisesPage *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GListModel *exercises;

  g_return_val_if_fail (KC_IS_EXERCISES_PAGE (self), NULL);

  ensure_built (self);

  exercises = kc_library_get_exercises (self->library);
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
      if (_kc_exercises_page_exercise_visible (self, exercise))
        g_strv_builder_add (ids, kc_item_get_id (KC_ITEM (exercise)));
    }

  return g_strv_builder_end (ids);
}

const char *
kc_exercises_page_get_selected (KcExercisesPage *self)
{
  g_return_val_if_fail (KC_IS_EXERCISES_PAGE (self), NULL);
  return self->selected;
}

/* Gives the planner its plans; without a store the Plans section stays empty. */
void
kc_exercises_page_set_plan_store (KcExercisesPage *self,
                                  KcPlanStore     *store)
{
  g_return_if_fail (KC_IS_EXERCISES_PAGE (self));
  g_return_if_fail (KC_IS_PLAN_STORE (store));
  g_return_if_fail (self->library != NULL);

  kc_plans_view_set_store (self->plans_view, store, self->library);
  kc_today_view_set_store (self->today_view, store, self->library);
  kc_progress_view_set_store (self->progress_view, store, self->library);
}

/* The plan open in the planner, if any: for the visit summary. */
KcPlan *
kc_exercises_page_get_plan (KcExercisesPage *self)
{
  g_return_val_if_fail (KC_IS_EXERCISES_PAGE (self), NULL);
  return kc_plans_view_get_plan (self->plans_view);
}

/* The plan the Today section shows, if any: for the reminder. */
KcPlan *
kc_exercises_page_get_today_plan (KcExercisesPage *self)
{
  g_return_val_if_fail (KC_IS_EXERCISES_PAGE (self), NULL);
  return kc_today_view_get_plan (self->today_view);
}

/* Shows the Today section, with @plan if it is one of the store's. */
void
kc_exercises_page_show_today (KcExercisesPage *self,
                              KcPlan          *plan)
{
  g_return_if_fail (KC_IS_EXERCISES_PAGE (self));

  if (plan != NULL)
    kc_today_view_set_plan (self->today_view, plan);
  kc_exercises_page_show_section (self, "today");
}

/* "library", "plans", "today" or "progress" */
void
kc_exercises_page_show_section (KcExercisesPage *self,
                                const char      *section)
{
  g_return_if_fail (KC_IS_EXERCISES_PAGE (self));
  gtk_stack_set_visible_child_name (self->sections, section);
}

static void
page_iface_set_library (KcPage    *page,
                        KcLibrary *library)
{
  kc_exercises_page_set_library (KC_EXERCISES_PAGE (page), library);
}

static gboolean
page_iface_show_item (KcPage *page,
                      KcItem *item)
{
  return kc_item_get_kind (item) == KC_ITEM_KIND_EXERCISE &&
         kc_exercises_page_show_exercise (KC_EXERCISES_PAGE (page), kc_item_get_id (item));
}

static void
page_iface_init (KcPageInterface *iface)
{
  iface->set_library = page_iface_set_library;
  iface->show_item = page_iface_show_item;
}
