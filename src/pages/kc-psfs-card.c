/* kc-psfs-card.c: the weekly check of the functional scale, in Today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Once a week, while the plan names activities and none was rated that
 * week (kc_plan_psfs_is_due()), Today asks how they go.  "Rate Now" opens
 * the rating dialog; "Not This Week" is remembered for that week and plan
 * in the setting psfs-not-this-week (plan id → that week's Monday), not
 * in the plan: putting the question off is this computer's, not the
 * patient's record that travels with the plan.  Either way the card emits
 * "answered" when done, and Today asks again whether it is still due.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-psfs-card.h"
#include "kc-psfs-dialog.h"
#include "widgets/kc-accessible.h"

#define NOT_THIS_WEEK_KEY "psfs-not-this-week"

struct _KcPsfsCard
{
  GtkWidget parent_instance;

  /* Owned references */
  GSettings *settings;
  KcPlan *plan;
  GDate day;
};

G_DEFINE_FINAL_TYPE (KcPsfsCard, kc_psfs_card, GTK_TYPE_WIDGET)

enum {
  ANSWERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The week's Monday as the setting keeps it, e.g. "2026-11-30". */
static char *
dup_week (const GDate *day)
{
  GDate monday = *day;

  g_date_subtract_days (&monday, kc_weekday_of (&monday));
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&monday),
                          (guint)g_date_get_month (&monday), g_date_get_day (&monday));
}

/**
 * kc_psfs_card_is_wanted:
 * @day: a day of the week asked about
 *
 * Returns: whether Today should ask: the plan's scale is due and the
 *   week was not put off
 */
gboolean
kc_psfs_card_is_wanted (GSettings   *settings,
                        KcPlan      *plan,
                        const GDate *day)
{
  g_autoptr(GVariant) skipped = NULL;
  g_autofree char *week = NULL;
  const char *skipped_week = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);

  if (!kc_plan_psfs_is_due (plan, day))
    return FALSE;

  week = dup_week (day);
  skipped = g_settings_get_value (settings, NOT_THIS_WEEK_KEY);
  return !g_variant_lookup (skipped, kc_plan_get_id (plan), "&s", &skipped_week) ||
         !g_str_equal (skipped_week, week);
}

/* Remembers the week for this plan; other plans' entries of other weeks
 * are let go, so the setting never grows past the plans of one week. */
static void
put_off (KcPsfsCard *self)
{
  g_autoptr(GVariant) old = g_settings_get_value (self->settings, NOT_THIS_WEEK_KEY);
  g_autofree char *week = dup_week (&self->day);
  GVariantBuilder builder;
  GVariantIter iter;
  const char *plan_id, *skipped_week;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &plan_id, &skipped_week))
    if (g_str_equal (skipped_week, week) && !g_str_equal (plan_id, kc_plan_get_id (self->plan)))
      g_variant_builder_add (&builder, "{ss}", plan_id, skipped_week);
  g_variant_builder_add (&builder, "{ss}", kc_plan_get_id (self->plan), week);
  g_settings_set_value (self->settings, NOT_THIS_WEEK_KEY, g_variant_builder_end (&builder));
}

static void
not_this_week_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KcPsfsCard *self = KC_PSFS_CARD (widget);

  put_off (self);
  g_signal_emit (self, signals[ANSWERED], 0);
}

static void
on_dialog_destroy_cb (KcPsfsCard *self)
{
  g_signal_emit (self, signals[ANSWERED], 0);
}

static void
rate_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KcPsfsCard *self = KC_PSFS_CARD (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  KcPsfsDialog *dialog = kc_psfs_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             self->plan, &self->day);

  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_dialog_destroy_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kc_psfs_card_dispose (GObject *object)
{
  KcPsfsCard *self = (KcPsfsCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PSFS_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->plan);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kc_psfs_card_parent_class)->dispose (object);
}

static void
kc_psfs_card_class_init (KcPsfsCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_psfs_card_dispose;

  /**
   * KcPsfsCard::answered:
   *
   * The rating dialog was closed or the week put off: time to ask again
   * whether the check is due.
   */
  signals[ANSWERED] = g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-psfs-card.ui");
  gtk_widget_class_install_action (widget_class, "psfs-card.rate", NULL, rate_action);
  gtk_widget_class_install_action (widget_class, "psfs-card.not-this-week", NULL,
                                   not_this_week_action);
}

static void
kc_psfs_card_init (KcPsfsCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Weekly check: how are your activities?"), -1);
}

/**
 * kc_psfs_card_new:
 * @day: a day of the week asked about; ratings are dated this day
 */
GtkWidget *
kc_psfs_card_new (GSettings   *settings,
                  KcPlan      *plan,
                  const GDate *day)
{
  KcPsfsCard *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  self = g_object_new (KC_TYPE_PSFS_CARD, NULL);
  self->settings = g_object_ref (settings);
  self->plan = g_object_ref (plan);
  self->day = *day;
  return GTK_WIDGET (self);
}
