/* kc-plans-view-export.c: plans to and from files the user chooses
 *
 * Export writes the chosen plan where the user says; import reads a plan
 * file and, if that plan is already here, asks whether to replace it or
 * keep both.  GTK 4.8 has no GtkFileDialog: the native chooser (a portal
 * in Flatpak).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plans-view-private.h"
#include "plan/kc-plan-file.h"

/**
 * _kc_plans_view_chosen_file:
 *
 * Returns: (transfer full) (nullable): the file a chooser's answer chose
 */
GFile *
_kc_plans_view_chosen_file (GtkNativeDialog *chooser,
                            int              response)
{
  GFile *file = NULL;

  /* GTK 4.8 has no GtkFileDialog to use instead. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  G_GNUC_END_IGNORE_DEPRECATIONS
  return file;
}

typedef struct
{
  KcPlansView *self;
  KcPlansViewFileFunc func;
} ChooserReply;

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        ChooserReply    *reply)
{
  g_autoptr(GFile) file = _kc_plans_view_chosen_file (chooser, response);

  if (file != NULL)
    reply->func (reply->self, file);
  g_object_unref (chooser);
}

/**
 * _kc_plans_view_run_chooser:
 * @chooser: (transfer full): a chooser made for the view
 * @func: what to do with the file chosen, if one is
 *
 * Shows @chooser; it frees itself after answering.
 */
void
_kc_plans_view_run_chooser (KcPlansView          *self,
                            GtkFileChooserNative *chooser,
                            KcPlansViewFileFunc   func)
{
  ChooserReply *reply = g_new (ChooserReply, 1);

  reply->self = self;
  reply->func = func;
  g_signal_connect_data (chooser, "response", G_CALLBACK (on_chooser_response_cb), reply,
                         (GClosureNotify)(void (*) (void))g_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_to (KcPlansView *self,
           GFile       *file)
{
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL)
    return;

  if (kc_plan_store_export (self->store, self->plan, file, &error))
    _kc_plans_view_toast_exported (self, file);
  else
    {
      g_autofree char *message = g_strdup_printf (_("The plan could not be exported: %s"),
                                                  error->message);
      _kc_plans_view_show_message (self, message);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (self->plan == NULL)
    return;

  name = g_strdup_printf ("%s.xml", kc_plan_get_name (self->plan));
  dialog = _kc_plans_view_new_export_chooser (self, _("Export Plan"), name);
  _kc_plans_view_run_chooser (self, dialog, export_to);
}

/* The dialog closes itself after answering. */
static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         KcPlansView      *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->conflicting);
  g_autoptr(GError) error = NULL;
  KcPlan *plan = NULL;

  if (file != NULL && g_str_equal (response, "replace"))
    plan = kc_plan_store_import (self->store, file, TRUE, &error);
  else if (file != NULL && g_str_equal (response, "keep-both"))
    plan = kc_plan_store_import_copy (self->store, file, &error);

  if (plan != NULL)
    kc_plans_view_select (self, plan);
  else if (error != NULL)
    _kc_plans_view_show_message (self, error->message);
}

/* Asks what to do when the imported plan is already here. */
static void
ask_about_conflict (KcPlansView *self,
                    GFile       *file,
                    const char  *message)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, message,
                                                       _("Replace it with the imported one, or "
                                                         "keep both?")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "keep-both", _("_Keep Both"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  /* The dialog is modal: one question at a time. */
  g_set_object (&self->conflicting, file);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * kc_plans_view_import:
 *
 * Imports @file; if the plan is already here, asks whether to replace it
 * or keep both.  Problems with the file are shown in the view.
 *
 * Returns: (transfer none) (nullable): the imported plan, unless asking
 */
KcPlan *
kc_plans_view_import (KcPlansView *self,
                      GFile       *file)
{
  g_autoptr(GError) error = NULL;
  KcPlan *plan;

  g_return_val_if_fail (KC_IS_PLANS_VIEW (self), NULL);

  plan = kc_plan_store_import (self->store, file, FALSE, &error);
  if (plan != NULL)
    {
      kc_plans_view_select (self, plan);
      return plan;
    }

  if (g_error_matches (error, KC_PLAN_ERROR, KC_PLAN_ERROR_EXISTS))
    ask_about_conflict (self, file, error->message);
  else
    {
      g_autofree char *message = g_strdup_printf (_("The plan could not be imported. %s"),
                                                  error->message);
      _kc_plans_view_show_message (self, message);
    }

  return NULL;
}

static void
import_from (KcPlansView *self,
             GFile       *file)
{
  kc_plans_view_import (self, file);
}

/* Asks where to save an export, first offering @name. */
GtkFileChooserNative *
_kc_plans_view_new_export_chooser (KcPlansView *self,
                                   const char  *title,
                                   const char  *name)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return dialog;
}

/* Offers XML files only: a PDF handout chosen by mistake was read as a
 * broken plan. */
GtkFileChooserNative *
_kc_plans_view_new_import_chooser (GtkWindow  *parent,
                                   const char *title,
                                   const char *filter_name)
{
  GtkFileChooserNative *dialog;
  GtkFileFilter *filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), NULL);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_pattern (filter, "*.XML");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_object_unref (filter);

  return dialog;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkFileChooserNative *dialog;

  dialog = _kc_plans_view_new_import_chooser (GTK_WINDOW (gtk_widget_get_root (widget)),
                                              _("Import Plan"), _("Plans (XML)"));
  _kc_plans_view_run_chooser (KC_PLANS_VIEW (widget), dialog, import_from);
}

void
_kc_plans_view_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plans.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "plans.import", NULL, import_action);
}
