/* kc-window-unsaved.c: closing the window while a plan is not on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Closing tries once more to save every plan whose save failed (disk
 * full, folder read-only).  If one still cannot be saved, the window says
 * so and offers to export it elsewhere, instead of closing silently and
 * losing the change.
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-window-private.h"

/* The first unsaved plan not exported since, or NULL. */
static KcPlan *
first_unsaved (KcWindow *self)
{
  g_autoptr(GPtrArray) unsaved = kc_plan_store_dup_unsaved (self->plans);

  for (guint i = 0; i < unsaved->len; i++)
    if (!g_hash_table_contains (self->exported, g_ptr_array_index (unsaved, i)))
      return g_ptr_array_index (unsaved, i);   /* the store keeps it */

  return NULL;
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       KcWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = g_steal_pointer (&self->exporting);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_unref (chooser);

  if (file == NULL || plan == NULL)
    return;
  if (!kc_plan_store_export (self->plans, plan, file, &error))
    {
      g_warning ("%s", error->message);
      return;
    }

  /* Exported: closing may go on, or ask about the next plan. */
  g_hash_table_add (self->exported, plan);
  gtk_window_close (GTK_WINDOW (self));
}

static void
export_elsewhere (KcWindow *self,
                  KcPlan   *plan)
{
  GtkFileChooserNative *chooser;
  g_autofree char *name = g_strdup_printf ("%s.xml", kc_plan_get_name (plan));

  chooser = gtk_file_chooser_native_new (_("Export Plan"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_set_object (&self->exporting, plan);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The dialog closes itself after answering. */
static void
on_unsaved_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        KcWindow         *self)
{
  KcPlan *plan = first_unsaved (self);

  if (g_str_equal (response, "discard"))
    {
      self->close_anyway = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "export") && plan != NULL)
    export_elsewhere (self, plan);
}

/**
 * _kc_window_stop_close_for_unsaved:
 *
 * Returns: %TRUE if a plan could not be saved, the user was asked what to
 *   do, and the window must stay open for now
 */
gboolean
_kc_window_stop_close_for_unsaved (KcWindow *self)
{
  AdwMessageDialog *dialog;
  const char *error;
  KcPlan *plan;

  if (self->plans == NULL || self->close_anyway)
    return FALSE;

  kc_plan_store_flush (self->plans);   /* the last try */
  plan = first_unsaved (self);
  if (plan == NULL)
    return FALSE;

  error = kc_plan_store_get_save_error (self->plans);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("“%s” could not be saved"),
                                     kc_plan_get_name (plan));
  adw_message_dialog_format_body (dialog, "%s\n\n%s", error ? error : "",
                                  _("Export it to another place, such as a USB stick, to keep "
                                    "your changes. If you quit now, they are lost."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Quit Without Saving"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}
