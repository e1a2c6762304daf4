/* kc-plans-view-psfs.c: the plan's functional scale, from the planner
 *
 * "Functional Scale…" opens the dialog where the patient and the
 * physiotherapist name the activities the problem makes hard and rate
 * them (kc-psfs-dialog.c); ratings given there are dated today.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "kc-plans-view-private.h"
#include "kc-psfs-dialog.h"

/**
 * _kc_plans_view_open_psfs:
 *
 * Returns: (transfer none) (nullable): the dialog, shown; %NULL without
 *   a plan
 */
KcPsfsDialog *
_kc_plans_view_open_psfs (KcPlansView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  KcPsfsDialog *dialog;
  GDate today;

  if (self->plan == NULL)
    return NULL;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay)g_date_time_get_day_of_month (now),
                  (GDateMonth)g_date_time_get_month (now), (GDateYear)g_date_time_get_year (now));
  dialog = kc_psfs_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->plan,
                               &today);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
functional_scale_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  _kc_plans_view_open_psfs (KC_PLANS_VIEW (widget));
}

void
_kc_plans_view_class_init_psfs (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plans.functional-scale", NULL,
                                   functional_scale_action);
}
