/* kc-window-session.c: a guided session, filling the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.start-session (a plan's id) puts a session through today's
 * exercises of that plan in place of the window's content — header bar,
 * tabs and banners set aside — and puts them back when it is closed.  An
 * action, so that Today's Start button, the planner and a reminder's
 * notification all open it the same way.
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include "kc-window-private.h"
#include "pages/kc-session-view.h"
#include "plan/kc-plan-store.h"

static void
end_session (KcWindow *self)
{
  if (self->set_aside == NULL)
    return;

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), self->set_aside);
  g_clear_object (&self->set_aside);
  self->session_view = NULL;
}

static void
on_session_closed_cb (KcWindow *self)
{
  end_session (self);
}

/**
 * kc_window_start_session:
 * @plan_id: one of the user's plans
 *
 * Puts a guided session through @plan_id's exercises for today in place
 * of the window's content, until it is closed.
 *
 * Returns: %FALSE if there is no such plan (deleted since a reminder
 *   named it, say) or a session already runs
 */
gboolean
kc_window_start_session (KcWindow   *self,
                         const char *plan_id)
{
  g_autoptr(KcSession) session = NULL;
  GDate today = kc_plan_today ();
  KcPlan *plan;

  g_return_val_if_fail (KC_IS_WINDOW (self), FALSE);

  if (self->plans == NULL || self->session_view != NULL || plan_id == NULL)
    return FALSE;
  plan = kc_plan_store_lookup (self->plans, plan_id);
  if (plan == NULL)
    {
      g_debug ("No plan %s to start a session of", plan_id);
      return FALSE;
    }

  session = kc_session_new (plan, self->library, &today);

  self->set_aside = g_object_ref (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self)));
  self->session_view = kc_session_view_new (session, self->settings);
  g_signal_connect_swapped (self->session_view, "closed", G_CALLBACK (on_session_closed_cb), self);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), self->session_view);
  kc_session_view_start (KC_SESSION_VIEW (self->session_view));
  return TRUE;
}

static void
start_session_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  kc_window_start_session (KC_WINDOW (widget), g_variant_get_string (param, NULL));
}

/* Returns: (transfer none) (nullable): the session running in @self */
GtkWidget *
kc_window_get_session_view (KcWindow *self)
{
  g_return_val_if_fail (KC_IS_WINDOW (self), NULL);
  return self->session_view;
}

void
_kc_window_class_init_session (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.start-session", "s",
                                   start_session_action);
}

void
_kc_window_dispose_session (KcWindow *self)
{
  self->session_view = NULL;
  g_clear_object (&self->set_aside);
}
