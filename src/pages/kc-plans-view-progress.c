/* kc-plans-view-progress.c: a patient's progress, to a file and back
 *
 * The patient exports their progress (the plan's log, sessions,
 * functional scale and decisions) into a file they bring to the next
 * visit; the physiotherapist imports it, and it is merged into the same
 * plan on their computer, adding only what is new (kc-progress-import.c).
 * A plan that is not on this computer is added only when they say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-problem.h"
#include "kc-plans-view-private.h"
#include "plan/kc-progress-file.h"

/**
 * kc_plans_view_export_progress:
 *
 * Writes the chosen plan's progress to @file and says so in a toast, or
 * says why it could not.
 *
 * Returns: whether the file was written
 */
gboolean
kc_plans_view_export_progress (KcPlansView *self,
                               GFile       *file)
{
  g_autoptr(GError) error = NULL;
  GDate today = kc_plan_today ();

  g_return_val_if_fail (KC_IS_PLANS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->plan == NULL)
    return FALSE;

  if (!kc_progress_export (self->plan, file, &today, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The progress could not be exported: %s"),
                                                  error->message);
      _kc_plans_view_show_message (self, message);
      return FALSE;
    }

  _kc_plans_view_toast_exported (self, file);
  return TRUE;
}

static void
export_to (KcPlansView *self,
           GFile       *file)
{
  kc_plans_view_export_progress (self, file);
}

static void
export_progress_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;
  GDate today = kc_plan_today ();

  if (self->plan == NULL)
    return;

  name = kc_progress_dup_file_name (self->plan, &today);
  dialog = _kc_plans_view_new_export_chooser (self, _("Export Progress"), name);
  _kc_plans_view_run_chooser (self, dialog, export_to);
}

/* Records left out of a file that was imported: each with its line. */
static void
show_problems (KcPlansView *self,
               GPtrArray   *problems)
{
  g_autoptr(GString) text = NULL;

  if (problems->len == 0)
    return;

  text = g_string_new (ngettext ("One entry of the file was left out:",
                                 "Some entries of the file were left out:", problems->len));
  for (guint i = 0; i < problems->len && i < 5; i++)
    {
      g_autofree char *line = kc_problem_to_string (g_ptr_array_index (problems, i));

      g_string_append_printf (text, "\n%s", line);
    }
  if (problems->len > 5)
    g_string_append_printf (text, "\n%s",
                            /* Translators: after the first five problems of a file */
                            ngettext ("… and %u more", "… and %u more", problems->len - 5));
  _kc_plans_view_show_message (self, text->str);
}

/* Shows what an import did: the plan it added to, a toast saying what. */
static void
show_imported (KcPlansView           *self,
               KcPlan                *plan,
               const KcProgressAdded *added,
               GPtrArray             *problems)
{
  g_autofree char *summary = kc_progress_added_dup_summary (added, plan);

  kc_plans_view_select (self, plan);
  _kc_plans_view_toast (self, summary);
  show_problems (self, problems);
}

static void
say_not_imported (KcPlansView *self,
                  GError      *error)
{
  g_autofree char *message = g_strdup_printf (_("The progress could not be imported. %s"),
                                              error->message);

  _kc_plans_view_show_message (self, message);
}

static void
on_add_new_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        KcPlansView      *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->conflicting);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  KcProgressAdded added;
  KcPlan *plan;

  if (file == NULL || !g_str_equal (response, "add"))
    return;

  plan = kc_progress_import (self->store, file, TRUE, &added, problems, &error);
  if (plan != NULL)
    show_imported (self, plan, &added, problems);
  else
    say_not_imported (self, error);
}

/* The progress is of a plan this computer does not have: add it? */
static AdwMessageDialog *
ask_add_new (KcPlansView *self,
             GFile       *file,
             const char  *question)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Plan Not on This Computer"),
                                                       question));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add as New Plan"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* The dialog is modal: one question at a time. */
  g_set_object (&self->conflicting, file);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_new_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * kc_plans_view_import_progress:
 *
 * Merges the progress in @file into its plan, and says what it added; if
 * the plan is not on this computer, asks whether to add it.  Problems
 * with the file are shown in the view.
 *
 * Returns: (transfer none) (nullable): the plan merged into, unless
 *   asking or refused
 */
KcPlan *
kc_plans_view_import_progress (KcPlansView *self,
                               GFile       *file)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  KcProgressAdded added;
  KcPlan *plan;

  g_return_val_if_fail (KC_IS_PLANS_VIEW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  plan = kc_progress_import (self->store, file, FALSE, &added, problems, &error);
  if (plan != NULL)
    show_imported (self, plan, &added, problems);
  else if (g_error_matches (error, KC_PROGRESS_ERROR, KC_PROGRESS_ERROR_NO_PLAN))
    ask_add_new (self, file, error->message);
  else
    say_not_imported (self, error);

  return plan;
}

static void
import_from (KcPlansView *self,
             GFile       *file)
{
  kc_plans_view_import_progress (self, file);
}

static void
import_progress_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  GtkFileChooserNative *dialog;

  dialog = _kc_plans_view_new_import_chooser (GTK_WINDOW (gtk_widget_get_root (widget)),
                                              _("Import Progress"), _("Progress (XML)"));
  _kc_plans_view_run_chooser (KC_PLANS_VIEW (widget), dialog, import_from);
}

void
_kc_plans_view_class_init_progress (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plans.export-progress", NULL,
                                   export_progress_action);
  gtk_widget_class_install_action (widget_class, "plans.import-progress", NULL,
                                   import_progress_action);
}
