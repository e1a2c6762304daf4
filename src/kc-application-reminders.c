/* kc-application-reminders.c: the exercise reminder, as a notification
 *
 * While the app runs, the reminder (core/kc-reminder.c) follows the
 * settings "reminder-enabled" and "reminder-time"; at the time, if the
 * plan Today shows has exercises left that day, a notification says how
 * many and how long; clicking it shows Today (app.show-today), and its
 * "Start Now" button starts the guided session (app.start-session); both
 * take the plan's id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kinetic-chain"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-application-private.h"
#include "kc-window.h"
#include "plan/kc-plan-duration.h"

#define NOTIFICATION_ID "exercise-reminder"

/* The plan Today shows in the first of the app's windows. */
static KcPlan *
today_plan (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (KC_IS_WINDOW (l->data))
      return kc_window_get_today_plan (l->data);

  return NULL;
}

static guint
count_work_left (GDate    *date,
                 guint    *minutes,
                 gpointer  app)
{
  KcPlan *plan = today_plan (app);

  return plan != NULL ? kc_plan_count_left (plan, date, minutes) : 0;
}

static void
on_remind_cb (KcReminder     *reminder,
              guint           n_exercises,
              guint           minutes,
              GtkApplication *app)
{
  g_autoptr(GNotification) notification = g_notification_new (_("Time for today’s exercises"));
  g_autofree char *body = kc_reminder_dup_text (n_exercises, minutes);
  KcPlan *plan = today_plan (app);

  g_notification_set_body (notification, body);
  g_notification_set_default_action_and_target (notification, "app.show-today", "s",
                                                plan != NULL ? kc_plan_get_id (plan) : "");
  if (plan != NULL)
    g_notification_add_button_with_target (notification, _("Start Now"), "app.start-session", "s",
                                           kc_plan_get_id (plan));
  g_application_send_notification (G_APPLICATION (app), NOTIFICATION_ID, notification);
}

/**
 * _kc_application_new_reminder:
 * @settings: the app's settings, whose reminder keys it follows
 *
 * Returns: (transfer full): the app's reminder, on the system clock
 */
KcReminder *
_kc_application_new_reminder (GtkApplication *app,
                              GSettings      *settings)
{
  g_autoptr(KcClock) clock = kc_clock_new ();
  KcReminder *reminder = kc_reminder_new (clock);

  kc_reminder_set_work_func (reminder, count_work_left, app, NULL);
  g_signal_connect_object (reminder, "remind", G_CALLBACK (on_remind_cb), app, 0);
  g_settings_bind (settings, "reminder-time", reminder, "time", G_SETTINGS_BIND_GET);
  g_settings_bind (settings, "reminder-enabled", reminder, "enabled", G_SETTINGS_BIND_GET);
  return reminder;
}
