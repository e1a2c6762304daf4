/* kc-psfs-rating-row.c: one activity's rating this week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The activity, this week's score 0–10 in a spin button, last week's
 * beside it, and under the name how far the score moved since the first
 * rating (kc-psfs-change.c).  A week not rated yet shows a dash: the
 * spin button runs from -1, the dash, and once a score is given it no
 * longer goes below 0, since a rating is changed, never taken back here.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "kc-psfs-rating-row.h"
#include "plan/kc-psfs-change.h"

struct _KcPsfsRatingRow
{
  AdwActionRow parent_instance;

  /* Template widgets */
  GtkSpinButton *spin;
  GtkLabel *last_week;

  /* Owned references */
  KcPlan *plan;
  char *activity_id;
  GDate day;

  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (KcPsfsRatingRow, kc_psfs_rating_row, ADW_TYPE_ACTION_ROW)

/* No score: a dash rather than a number that looks like a rating. */
static gboolean
on_spin_output_cb (GtkSpinButton *spin)
{
  int value = (int)gtk_spin_button_get_value (spin);
  g_autofree char *text = value < 0 ? g_strdup ("–") : g_strdup_printf ("%d", value);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  long score;

  if (g_str_equal (text, "–"))
    {
      *value = -1;
      return TRUE;
    }
  score = strtol (text, &end, 10);
  if (end == text || *end != '\0' || score < 0 || score > KC_PSFS_MAX_SCORE)
    return GTK_INPUT_ERROR;
  *value = (double)score;
  return TRUE;
}

/* The week's score, or KC_PSFS_NO_SCORE. */
static int
week_score (KcPsfsRatingRow *self,
            const GDate     *day)
{
  double value;

  if (!kc_plan_get_psfs_week (self->plan, day, self->activity_id, &value))
    return KC_PSFS_NO_SCORE;
  return (int)value;
}

static char *
dup_change (KcPsfsRatingRow *self,
            int              score)
{
  GDate first_day, monday = self->day;
  guint first;

  g_date_subtract_days (&monday, kc_weekday_of (&self->day));
  if (score == KC_PSFS_NO_SCORE)
    return g_strdup (_("Not rated this week yet"));
  if (!kc_plan_get_psfs_first (self->plan, self->activity_id, &first_day, &first) ||
      g_date_compare (&first_day, &monday) >= 0)
    return g_strdup (_("The first rating"));
  return kc_psfs_describe_change (first, score, &first_day, FALSE);
}

static void
update_accessible (KcPsfsRatingRow *self,
                   const char      *name,
                   int              score,
                   const char      *change)
{
  g_autofree char *label = NULL;

  if (score == KC_PSFS_NO_SCORE)
    /* Translators: a rating's accessible name, e.g. "Climbing stairs: not rated" */
    label = g_strdup_printf (_("%s: not rated"), name);
  else
    /* Translators: a rating's accessible name, e.g. "Climbing stairs: 6 of 10" */
    label = g_strdup_printf (_("%s: %d of 10"), name, score);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, change, -1);
}

/* Shows the plan's scores again; the dialog calls it as the plan changes. */
void
kc_psfs_rating_row_refresh (KcPsfsRatingRow *self)
{
  const KcPsfsActivity *activity;
  g_autofree char *change = NULL;
  g_autofree char *last_text = NULL;
  GDate last_week = self->day;
  int score, last;

  g_return_if_fail (KC_IS_PSFS_RATING_ROW (self));

  activity = kc_plan_find_psfs_activity (self->plan, self->activity_id);
  if (activity == NULL)
    return;

  g_date_subtract_days (&last_week, 7);
  score = week_score (self, &self->day);
  last = week_score (self, &last_week);
  change = dup_change (self, score);
  last_text = last == KC_PSFS_NO_SCORE
    ? g_strdup (_("Last week: –"))
    /* Translators: last week's score beside this week's, e.g. "Last week: 5" */
    : g_strdup_printf (_("Last week: %d"), last);

  self->syncing = TRUE;
  gtk_adjustment_set_lower (gtk_spin_button_get_adjustment (self->spin),
                            score == KC_PSFS_NO_SCORE ? -1 : 0);
  gtk_spin_button_set_value (self->spin, score);
  self->syncing = FALSE;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), activity->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), change);
  gtk_label_set_label (self->last_week, last_text);
  update_accessible (self, activity->name, score, change);
}

static void
on_spin_value_changed_cb (KcPsfsRatingRow *self)
{
  int value = (int)gtk_spin_button_get_value (self->spin);

  if (self->syncing || value < 0)
    return;
  kc_plan_set_psfs_score (self->plan, &self->day, self->activity_id, (guint)value);
  kc_psfs_rating_row_refresh (self);
}

static void
kc_psfs_rating_row_dispose (GObject *object)
{
  KcPsfsRatingRow *self = (KcPsfsRatingRow *)object;

  g_clear_object (&self->plan);

  G_OBJECT_CLASS (kc_psfs_rating_row_parent_class)->dispose (object);
}

static void
kc_psfs_rating_row_finalize (GObject *object)
{
  KcPsfsRatingRow *self = (KcPsfsRatingRow *)object;

  g_clear_pointer (&self->activity_id, g_free);

  G_OBJECT_CLASS (kc_psfs_rating_row_parent_class)->finalize (object);
}

static void
kc_psfs_rating_row_class_init (KcPsfsRatingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_psfs_rating_row_dispose;
  object_class->finalize = kc_psfs_rating_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-psfs-rating-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPsfsRatingRow, spin);
  gtk_widget_class_bind_template_child (widget_class, KcPsfsRatingRow, last_week);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_value_changed_cb);
}

static void
kc_psfs_rating_row_init (KcPsfsRatingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kc_psfs_rating_row_new:
 * @day: the day a score given here is dated; its week is "this week"
 */
GtkWidget *
kc_psfs_rating_row_new (KcPlan      *plan,
                        const char  *activity_id,
                        const GDate *day)
{
  KcPsfsRatingRow *self;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (activity_id != NULL, NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  self = g_object_new (KC_TYPE_PSFS_RATING_ROW, NULL);
  self->plan = g_object_ref (plan);
  self->activity_id = g_strdup (activity_id);
  self->day = *day;
  kc_psfs_rating_row_refresh (self);
  return GTK_WIDGET (self);
}

GtkSpinButton *
kc_psfs_rating_row_get_spin (KcPsfsRatingRow *self)
{
  g_return_val_if_fail (KC_IS_PSFS_RATING_ROW (self), NULL);
  return self->spin;
}
