/* kc-plans-view-patients.c: the plans list, grouped by patient and searched
 *
 * A physiotherapist keeps many patients' plans: the list shows them by
 * patient (kc_plan_compare_by_patient), each patient under a heading with
 * the number of their plans and a button that deletes the patient with
 * all of them, after asking; Undo brings them back while the app runs.
 * The search above the list (Ctrl+F) keeps the plans whose name or
 * patient holds what is typed.  Resorting or refiltering rebuilds rows:
 * the plan being edited stays chosen through it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-patient-header.h"
#include "kc-plan-row.h"
#include "kc-plans-view-private.h"
#include "plan/kc-plan-patient.h"

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  KcPlansView *self = user_data;

  return kc_plan_matches (item, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static int
sort_cb (gconstpointer a,
         gconstpointer b,
         gpointer      user_data)
{
  return kc_plan_compare_by_patient ((KcPlan *)a, (KcPlan *)b);
}

/* A heading over the first plan of each patient. */
static void
header_cb (GtkListBoxRow *row,
           GtkListBoxRow *before,
           gpointer       user_data)
{
  KcPlansView *self = user_data;
  KcPlan *plan = kc_plan_row_get_plan (KC_PLAN_ROW (row));
  GtkWidget *header = gtk_list_box_row_get_header (row);
  g_autoptr(GPtrArray) plans = NULL;

  if (before != NULL &&
      kc_plan_same_patient (plan, kc_plan_get_patient (kc_plan_row_get_plan (KC_PLAN_ROW (before)))))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (!KC_IS_PATIENT_HEADER (header))
    {
      header = kc_patient_header_new ();
      gtk_list_box_row_set_header (row, header);
    }
  /* All of the patient's plans, the ones the search hides too: all go if
   * the patient is deleted. */
  plans = kc_plan_store_dup_patient_plans (self->store, kc_plan_get_patient (plan));
  kc_patient_header_set (KC_PATIENT_HEADER (header),
                         kc_plan_get_patient (g_ptr_array_index (plans, 0)), plans->len);
}

/* Nothing found: the status page says what was looked for, and what to do. */
static void
show_list_or_no_match (KcPlansView *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));
  g_autofree char *description = NULL;

  if (*stripped == '\0' || g_list_model_get_n_items (G_LIST_MODEL (self->shown)) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  /* The status page's description is markup. */
  description = g_markup_printf_escaped (_("No plan or patient matches “%s”. Check the "
                                           "spelling, or press Escape to see all plans."),
                                         stripped);
  adw_status_page_set_description (self->no_match_page, description);
  gtk_stack_set_visible_child_name (self->list_stack, "no-match");
}

static void
on_shown_changed_cb (KcPlansView *self)
{
  /* A plan added or deleted changes its patient's count. */
  gtk_list_box_invalidate_headers (self->plans_list);
  show_list_or_no_match (self);
}

/* The position of @plan among the plans shown, or -1. */
static int
shown_position (KcPlansView *self,
                KcPlan      *plan)
{
  GListModel *shown = G_LIST_MODEL (self->shown);

  for (guint i = 0; plan != NULL && i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(KcPlan) each = g_list_model_get_item (shown, i);

      if (each == plan)
        return (int)i;
    }

  return -1;
}

/**
 * _kc_plans_view_find_row:
 *
 * Returns: (transfer none) (nullable): @plan's row, if the search shows it
 */
GtkListBoxRow *
_kc_plans_view_find_row (KcPlansView *self,
                         KcPlan      *plan)
{
  int position = shown_position (self, plan);

  return position >= 0 ? gtk_list_box_get_row_at_index (self->plans_list, position) : NULL;
}

/* Rebuilt rows lose the selection: the plan being edited is chosen again,
 * without being shown anew. */
static void
reselect (KcPlansView *self)
{
  GtkListBoxRow *row = _kc_plans_view_find_row (self, self->plan);

  self->syncing = TRUE;
  if (row != NULL)
    gtk_list_box_select_row (self->plans_list, row);
  else
    gtk_list_box_unselect_all (self->plans_list);
  self->syncing = FALSE;
}

/* A name or patient was edited: the plan may move to another place or
 * group, or stay where it is and change its group's count. */
void
_kc_plans_view_resort (KcPlansView *self)
{
  self->syncing = TRUE;
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  self->syncing = FALSE;
  gtk_list_box_invalidate_headers (self->plans_list);
  reselect (self);
}

void
_kc_plans_view_refilter (KcPlansView *self)
{
  self->syncing = TRUE;
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  self->syncing = FALSE;
  reselect (self);
  show_list_or_no_match (self);
}

static void
on_search_changed_cb (KcPlansView *self)
{
  _kc_plans_view_refilter (self);
}

/* Escape empties the search and shows every plan again. */
static void
on_stop_search_cb (KcPlansView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  _kc_plans_view_refilter (self);
}

/* Plans shown by patient and filtered by the search; the list's rows are
 * the plans shown, in order. */
void
_kc_plans_view_bind_plans (KcPlansView *self)
{
  GtkSortListModel *sorted;

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_clear_object (&self->shown);

  self->sorter = GTK_SORTER (gtk_custom_sorter_new (sort_cb, NULL, NULL));
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_cb, self, NULL));
  sorted = gtk_sort_list_model_new (g_object_ref (kc_plan_store_get_plans (self->store)),
                                    self->sorter);
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (sorted), self->filter);

  gtk_list_box_bind_model (self->plans_list, G_LIST_MODEL (self->shown),
                           _kc_plans_view_new_plan_row, self, NULL);
  gtk_list_box_set_header_func (self->plans_list, header_cb, self, NULL);
  g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (on_shown_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  show_list_or_no_match (self);
}

/**
 * _kc_plans_view_clear_search:
 *
 * Shows every plan again, e.g. before choosing one the search hides.
 */
void
_kc_plans_view_clear_search (KcPlansView *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) == '\0')
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  _kc_plans_view_refilter (self);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* ---- Deleting a patient -------------------------------------------------- */

static void
on_delete_patient_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               KcPlansView      *self)
{
  g_autofree char *patient = g_steal_pointer (&self->asked_patient);
  g_autoptr(KcPlanRemoval) removal = NULL;
  g_autoptr(GError) error = NULL;

  if (patient == NULL || !g_str_equal (response, "delete"))
    return;

  removal = kc_plan_store_remove_patient (self->store, patient, &error);
  if (removal == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The patient could not be deleted: %s"),
                                                  error->message);
      _kc_plans_view_show_message (self, message);
      return;
    }

  /* The plan being edited may have been one of theirs. */
  if (self->plan != NULL &&
      !g_list_store_find (G_LIST_STORE (kc_plan_store_get_plans (self->store)), self->plan, NULL))
    kc_plans_view_select (self, NULL);
  _kc_plans_view_toast_patient_deleted (self, removal);
}

/**
 * _kc_plans_view_ask_delete_patient:
 * @patient: a name as typed in a plan
 *
 * Asks whether to delete @patient and all of their plans, naming them
 * and how many plans go.
 *
 * Returns: (transfer none) (nullable): the dialog, shown; %NULL if the
 *   patient has no plans
 */
AdwMessageDialog *
_kc_plans_view_ask_delete_patient (KcPlansView *self,
                                   const char  *patient)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autoptr(GPtrArray) plans = kc_plan_store_dup_patient_plans (self->store, patient);
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (plans->len == 0 || *patient == '\0')
    return NULL;

  name = g_strstrip (g_strdup (kc_plan_get_patient (g_ptr_array_index (plans, 0))));
  heading = g_strdup_printf (_("Delete Patient %s?"), name);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "This deletes %u plan of %s from this computer, with its "
                                       "exercise log and progress. Until Kinetic Chain is "
                                       "closed, Undo brings it back.",
                                       "This deletes %u plans of %s from this computer, with "
                                       "their exercise logs and progress. Until Kinetic Chain "
                                       "is closed, Undo brings them back.", plans->len),
                          plans->len, name);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* The dialog is modal: one question at a time. */
  g_free (self->asked_patient);
  self->asked_patient = g_strdup (patient);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_patient_response_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
delete_patient_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  _kc_plans_view_ask_delete_patient (KC_PLANS_VIEW (widget), g_variant_get_string (param, NULL));
}

void
_kc_plans_view_dispose_patients (KcPlansView *self)
{
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->asked_patient, g_free);
}

void
_kc_plans_view_class_init_patients (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, KcPlansView, no_match_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "plans.delete-patient", "s",
                                   delete_patient_action);
  gtk_widget_class_install_action (widget_class, "view.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "view.find",
                                       NULL);
}
