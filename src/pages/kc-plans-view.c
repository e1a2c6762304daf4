/* kc-plans-view.c: the weekly planner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plans on the left; the chosen one's name, patient, notes and week on
 * the right.  Every edit goes straight into the plan, which the store saves
 * atomically; a failed save is shown and retried, and a deleted plan can
 * be brought back with Undo (kc-plans-view-toasts.c).  Export and import
 * are in kc-plans-view-export.c.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "content/kc-problem.h"
#include "kc-plan-print.h"
#include "kc-plan-row.h"
#include "kc-plans-view-private.h"
#include "kc-template-card.h"
#include "plan/kc-plan-file.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-accessible.h"


G_DEFINE_FINAL_TYPE (KcPlansView, kc_plans_view, GTK_TYPE_WIDGET)

/* ---- Messages ------------------------------------------------------------ */

/* What went wrong stays until closed; confirmations are toasts. */
static void
show_message (KcPlansView *self,
              const char  *text)
{
  gtk_label_set_label (self->message_label, text);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

void
_kc_plans_view_show_message (KcPlansView *self,
                             const char  *text)
{
  show_message (self, text);
}

/* A day holds at most KC_PLAN_MAX_ITEMS_PER_DAY exercises: an addition
 * past that is refused by the plan, and said here. */
void
_kc_plans_view_say_day_full (KcPlansView *self,
                             guint        weekday)
{
  g_autofree char *text =
    g_strdup_printf (_("%s already has %d exercises, the most one day can hold. Remove one "
                       "or choose another day."), _kc_weekday_name (weekday),
                     KC_PLAN_MAX_ITEMS_PER_DAY);

  show_message (self, text);
}

/* Plan files that could not be read when the plans were loaded: each was
 * moved aside or left alone, and the message says which and why. */
static void
show_load_problems (KcPlansView *self)
{
  GListModel *problems = kc_plan_store_get_problems (self->store);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* The message names the file, where it went, and why. */
      g_string_append (text, kc_problem_get_message (problem));
    }

  if (text->len > 0)
    show_message (self, text->str);
}

static void
on_load_problems_changed_cb (KcPlansView *self)
{
  show_load_problems (self);
}

static void
on_save_error_changed_cb (KcPlansView *self,
                          GParamSpec  *pspec,
                          KcPlanStore *store)
{
  const char *error = kc_plan_store_get_save_error (store);

  if (error != NULL)
    show_message (self, error);
  else
    gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

/* ---- Choosing a plan ----------------------------------------------------- */

static void
show_plan (KcPlansView *self,
           KcPlan      *plan)
{
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_func (self->plan, _kc_plans_view_show_summary, self);
  if (plan != self->plan)
    _kc_plans_view_forget_removed (self);
  g_set_object (&self->plan, plan);
  /* Any change, a dose too, may change the week's minutes. */
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (_kc_plans_view_show_summary), self,
                             G_CONNECT_SWAPPED);

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), plan ? kc_plan_get_name (plan) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->patient_entry),
                         plan ? kc_plan_get_patient (plan) : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            plan ? kc_plan_get_notes (plan) : "", -1);
  self->syncing = FALSE;

  _kc_plans_view_show_week (self);
  _kc_plans_view_show_summary (self);
  gtk_stack_set_visible_child_name (self->editor_stack, plan ? "editor" : "templates");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.export", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.export-progress", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.export-calendar", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.duplicate", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.delete", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.print", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.functional-scale", plan != NULL);
}

static void
on_plan_selected_cb (KcPlansView   *self,
                     GtkListBoxRow *row,
                     GtkListBox    *list)
{
  g_autoptr(KcPlan) plan = NULL;

  if (self->syncing)
    return;

  /* The list shows the plans the search keeps, row for row. */
  if (row != NULL)
    plan = g_list_model_get_item (G_LIST_MODEL (self->shown),
                                  (guint)gtk_list_box_row_get_index (row));
  show_plan (self, plan);
}

GtkWidget *
_kc_plans_view_new_plan_row (gpointer item,
                             gpointer user_data)
{
  KcPlansView *self = user_data;
  g_autoptr(GFile) copy_file = NULL;

  /* A second file with the id of another plan: the row names its file. */
  if (kc_plan_store_is_duplicate (self->store, item))
    copy_file = kc_plan_store_dup_file (self->store, item);
  return kc_plan_row_new (item, copy_file);
}

/* Chooses @plan in the list (and so in the editor). */
void
kc_plans_view_select (KcPlansView *self,
                      KcPlan      *plan)
{
  GtkListBoxRow *row = NULL;

  g_return_if_fail (KC_IS_PLANS_VIEW (self));

  if (self->store != NULL && plan != NULL &&
      g_list_store_find (G_LIST_STORE (kc_plan_store_get_plans (self->store)), plan, NULL))
    {
      /* A plan the search hides is chosen with every plan shown. */
      if ((row = _kc_plans_view_find_row (self, plan)) == NULL)
        {
          _kc_plans_view_clear_search (self);
          row = _kc_plans_view_find_row (self, plan);
        }
    }

  if (row != NULL)
    gtk_list_box_select_row (self->plans_list, row);
  else
    show_plan (self, NULL);
}

static void
on_name_changed_cb (KcPlansView *self)
{
  if (self->syncing || self->plan == NULL)
    return;

  kc_plan_set_name (self->plan, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
  _kc_plans_view_resort (self);
}

static void
on_patient_changed_cb (KcPlansView *self)
{
  if (self->syncing || self->plan == NULL)
    return;

  /* The plan moves to the patient's group as it is typed. */
  kc_plan_set_patient (self->plan, gtk_editable_get_text (GTK_EDITABLE (self->patient_entry)));
  _kc_plans_view_resort (self);
}

static void
on_notes_changed_cb (KcPlansView   *self,
                     GtkTextBuffer *buffer)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_widget_set_visible (self->notes_hint, gtk_text_buffer_get_char_count (buffer) == 0);
  if (self->syncing || self->plan == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  kc_plan_set_notes (self->plan, text);
}

/* What the notes cannot hold is not typed or pasted, rather than cut when
 * saved: the plan keeps exactly what the view shows. */
static void
on_notes_insert_text_cb (KcPlansView   *self,
                         GtkTextIter   *location,
                         const char    *text,
                         int            length,
                         GtkTextBuffer *buffer)
{
  int room = KC_PLAN_MAX_NOTES - gtk_text_buffer_get_char_count (buffer);
  glong n_chars = g_utf8_strlen (text, length);
  g_autofree char *fitting = NULL;

  if (n_chars <= room)
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");
  gtk_widget_error_bell (GTK_WIDGET (self->notes_view));
  if (room > 0)
    {
      fitting = g_utf8_substring (text, 0, room);
      gtk_text_buffer_insert (buffer, location, fitting, -1);
    }
}

/* ---- Actions ------------------------------------------------------------- */

void
_kc_plans_view_add_and_select (KcPlansView *self,
                               KcPlan      *plan)
{
  kc_plan_store_add (self->store, plan, NULL);
  kc_plans_view_select (self, plan);
}

static void
new_empty_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, _("New plan"));

  _kc_plans_view_add_and_select (self, plan);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

static void
new_from_template_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  GListModel *templates = kc_library_get_plan_templates (self->library);
  const char *id = g_variant_get_string (param, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(KcPlanTemplate) template = g_list_model_get_item (templates, i);

      if (g_strcmp0 (kc_item_get_id (KC_ITEM (template)), id) == 0)
        {
          g_autoptr(KcPlan) plan = kc_plan_new_from_template (template, self->library);
          _kc_plans_view_add_and_select (self, plan);
          return;
        }
    }
}

/* The templates page, with no plan chosen: what each template is for and
 * its sources, to compare before starting one. */
static void
show_templates_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);

  gtk_list_box_unselect_all (self->plans_list);
  show_plan (self, NULL);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(KcPlan) copy = NULL;

  if (self->plan == NULL)
    return;

  copy = kc_plan_duplicate (self->plan);
  _kc_plans_view_add_and_select (self, copy);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autoptr(KcPlan) plan = NULL;

  if (self->plan == NULL)
    return;

  /* Removing it from the list chooses another, or none. */
  plan = g_object_ref (self->plan);
  if (!kc_plan_store_remove (self->store, plan, &error))
    {
      message = g_strdup_printf (_("The plan could not be deleted: %s"), error->message);
      show_message (self, message);
      return;
    }

  _kc_plans_view_toast_deleted (self, plan);
  show_plan (self, NULL);
}

static void
dismiss_message_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);

  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL)
    return;

  if (!kc_plan_print (self->plan, self->library, GTK_WINDOW (gtk_widget_get_root (widget)),
                      NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The plan could not be printed: %s"),
                                                  error->message);
      show_message (self, message);
    }
}

/* ---- Object -------------------------------------------------------------- */

static void
kc_plans_view_dispose (GObject *object)
{
  KcPlansView *self = (KcPlansView *)object;
  GtkWidget *child;

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_clear_object (&self->plan);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* Tearing the list down selects nothing; there is no editor left to show it. */
  if (self->plans_list != NULL)
    g_signal_handlers_disconnect_by_data (self->plans_list, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PLANS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  _kc_plans_view_dispose_toasts (self);
  _kc_plans_view_dispose_patients (self);
  g_clear_object (&self->conflicting);
  g_clear_object (&self->add_popover);
  g_clear_object (&self->store);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_plans_view_parent_class)->dispose (object);
}

static void
kc_plans_view_class_init (KcPlansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_plans_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A container only: its tab or section names it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, plans_list);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, message_label);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, name_entry);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, patient_entry);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, notes_view);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, notes_hint);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, week);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, week_summary);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, templates_section);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, templates_box);
  gtk_widget_class_bind_template_callback (widget_class, on_plan_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_patient_changed_cb);

  gtk_widget_class_install_action (widget_class, "plans.new-empty", NULL, new_empty_action);
  gtk_widget_class_install_action (widget_class, "plans.new-from-template", "s",
                                   new_from_template_action);
  gtk_widget_class_install_action (widget_class, "plans.show-templates", NULL,
                                   show_templates_action);
  gtk_widget_class_install_action (widget_class, "plans.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "plans.delete", NULL, delete_action);
  _kc_plans_view_class_init_toasts (widget_class);
  gtk_widget_class_install_action (widget_class, "plans.dismiss-message", NULL,
                                   dismiss_message_action);
  _kc_plans_view_class_init_export (widget_class);
  _kc_plans_view_class_init_progress (widget_class);
  _kc_plans_view_class_init_patients (widget_class);
  _kc_plans_view_class_init_calendar (widget_class);
  _kc_plans_view_class_init_psfs (widget_class);
  gtk_widget_class_install_action (widget_class, "plans.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "plans.print", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "plans.new-empty", NULL);
}

static void
kc_plans_view_init (KcPlansView *self)
{
  GtkTextBuffer *notes = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_hide_when_empty (self->week_summary);
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));

  /* One limit everywhere (kc-plan-limits.h). */
  gtk_entry_set_max_length (self->name_entry, KC_PLAN_MAX_NAME);
  gtk_entry_set_max_length (self->patient_entry, KC_PLAN_MAX_PATIENT);
  notes = gtk_text_view_get_buffer (self->notes_view);
  g_signal_connect_swapped (notes, "insert-text", G_CALLBACK (on_notes_insert_text_cb), self);
  g_signal_connect_swapped (notes, "changed", G_CALLBACK (on_notes_changed_cb), self);
  kc_accessible_hide_closed_revealer (self->message_revealer);
  show_plan (self, NULL);
}

/* Once the folder is read (off the main thread), the list's first plan is shown,
 * unless the user has chosen or started one meanwhile. */
static void
select_first_plan (KcPlansView *self)
{
  GListModel *plans = G_LIST_MODEL (self->shown);
  g_autoptr(KcPlan) first = NULL;

  if (self->plan != NULL || kc_plan_store_get_loading (self->store) ||
      g_list_model_get_n_items (plans) == 0)
    return;

  first = g_list_model_get_item (plans, 0);
  kc_plans_view_select (self, first);
}

void
kc_plans_view_set_store (KcPlansView *self,
                         KcPlanStore *store,
                         KcLibrary   *library)
{
  GListModel *templates;

  g_return_if_fail (KC_IS_PLANS_VIEW (self));
  g_return_if_fail (KC_IS_PLAN_STORE (store));
  g_return_if_fail (KC_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  g_set_object (&self->store, store);
  kc_plan_store_ensure_loaded (store);
  _kc_plans_view_bind_plans (self);
  _kc_plans_view_build_week (self);
  g_signal_connect_swapped (store, "notify::save-error",
                            G_CALLBACK (on_save_error_changed_cb), self);
  g_signal_connect_object (kc_plan_store_get_problems (store), "items-changed",
                           G_CALLBACK (on_load_problems_changed_cb), self, G_CONNECT_SWAPPED);
  show_load_problems (self);

  g_menu_remove_all (self->templates_section);
  kc_remove_children (GTK_WIDGET (self->templates_box));
  templates = kc_library_get_plan_templates (library);
  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(KcPlanTemplate) template = g_list_model_get_item (templates, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (kc_item_get_name (KC_ITEM (template)), NULL);

      g_menu_item_set_action_and_target (item, "plans.new-from-template", "s",
                                         kc_item_get_id (KC_ITEM (template)));
      g_menu_append_item (self->templates_section, item);
      gtk_box_append (self->templates_box, kc_template_card_new (template));
    }

  g_signal_connect_object (store, "notify::loading", G_CALLBACK (select_first_plan), self,
                           G_CONNECT_SWAPPED);
  select_first_plan (self);
}

KcPlan *
kc_plans_view_get_plan (KcPlansView *self)
{
  g_return_val_if_fail (KC_IS_PLANS_VIEW (self), NULL);
  return self->plan;
}
