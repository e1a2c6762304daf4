/* kc-plans-view-calendar.c: the plan exported to a calendar
 *
 * "Export to Calendar…" asks for a time of day, then where to save; the
 * file has a weekly event per planned day (kc-plan-calendar.c), which
 * GNOME Calendar, Thunderbird and phones import.  It is written by
 * replacing the file whole, so a failed write leaves an old export as it
 * was.  The plan asked about is the one saved, even if another is chosen
 * meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/kc-data-folder.h"
#include "kc-plans-view-private.h"
#include "plan/kc-plan-calendar.h"
#include "widgets/kc-time-chooser.h"

typedef struct
{
  KcPlansView *view;
  KcPlan *plan;
  int time;
} CalendarExport;

static void
calendar_export_free (CalendarExport *export)
{
  g_object_unref (export->view);
  g_object_unref (export->plan);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalendarExport, calendar_export_free)

/**
 * _kc_plans_view_save_calendar:
 * @minute_of_day: when the events start
 *
 * Writes @plan's calendar file to @file and says so in a toast, or says
 * in the message bar why it could not.
 *
 * Returns: whether the file was written
 */
gboolean
_kc_plans_view_save_calendar (KcPlansView *self,
                              KcPlan      *plan,
                              int          minute_of_day,
                              GFile       *file)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kc_plan_to_icalendar (plan, self->library, (guint)minute_of_day, now,
                                                &error);

  /* Private in the data folder, like every file there (kc-data-folder.c). */
  GFileCreateFlags flags = G_FILE_CREATE_REPLACE_DESTINATION |
                           (kc_data_folder_contains (file) ? G_FILE_CREATE_PRIVATE : 0);

  if (text != NULL &&
      g_file_replace_contents (file, text, strlen (text), NULL, FALSE, flags, NULL, NULL,
                               &error))
    {
      _kc_plans_view_toast_exported (self, file);
      return TRUE;
    }

  {
    /* Translators: after it, why the calendar file could not be written */
    g_autofree char *message = g_strdup_printf (_("The calendar file could not be saved: %s"),
                                                error->message);
    _kc_plans_view_show_message (self, message);
  }
  return FALSE;
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        CalendarExport  *data)
{
  g_autoptr(CalendarExport) export = data;
  g_autoptr(GFile) file = _kc_plans_view_chosen_file (chooser, response);

  g_object_unref (chooser);
  if (file != NULL)
    _kc_plans_view_save_calendar (export->view, export->plan, export->time, file);
}

/**
 * _kc_plans_view_new_calendar_chooser:
 *
 * GTK 4.8 has no GtkFileDialog: the native chooser (a portal in Flatpak),
 * offering "<plan>.ics" and calendar files.
 *
 * Returns: (transfer full): the chooser, not shown yet
 */
GtkFileChooserNative *
_kc_plans_view_new_calendar_chooser (KcPlansView *self,
                                     KcPlan      *plan)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strdup_printf ("%s.ics", kc_plan_get_name (plan));
  GtkFileChooserNative *chooser = _kc_plans_view_new_export_chooser (self,
                                                                     _("Export to Calendar"),
                                                                     name);

  gtk_file_filter_set_name (filter, _("Calendar files (iCalendar)"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return chooser;
}

static void
choose_file (CalendarExport *export)
{
  GtkFileChooserNative *chooser = _kc_plans_view_new_calendar_chooser (export->view,
                                                                       export->plan);

  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_time_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CalendarExport   *data)
{
  g_autoptr(CalendarExport) export = data;
  KcTimeChooser *time = KC_TIME_CHOOSER (adw_message_dialog_get_extra_child (dialog));

  if (g_strcmp0 (response, "export") != 0)
    return;

  export->time = kc_time_chooser_get_time (time);
  choose_file (g_steal_pointer (&export));
}

/**
 * _kc_plans_view_ask_calendar_time:
 *
 * The first step of the export, a dialog that asks at what time of day;
 * the chooser of where to save follows.
 *
 * Returns: (transfer none): the dialog, shown
 */
AdwMessageDialog *
_kc_plans_view_ask_calendar_time (KcPlansView *self)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  CalendarExport *export = g_new0 (CalendarExport, 1);
  GtkWidget *time = kc_time_chooser_new ();
  AdwMessageDialog *dialog;

  export->view = g_object_ref (self);
  export->plan = g_object_ref (self->plan);
  kc_time_chooser_set_time (KC_TIME_CHOOSER (time), KC_CALENDAR_DEFAULT_TIME);
  gtk_widget_set_halign (time, GTK_ALIGN_CENTER);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Export to Calendar"),
                                                       _("Each day of the plan with exercises "
                                                         "becomes an event that repeats every "
                                                         "week. At what time of day?")));
  adw_message_dialog_set_extra_child (dialog, time);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "export", _("_Choose File…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_time_response_cb), export);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
export_calendar_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL)
    return;

  if (!kc_plan_check_calendar (self->plan, &error))
    _kc_plans_view_show_message (self, error->message);
  else
    _kc_plans_view_ask_calendar_time (self);
}

void
_kc_plans_view_class_init_calendar (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plans.export-calendar", NULL,
                                   export_calendar_action);
}
