/* kc-suggestion-card.c: a change suggested from the log, to accept or dismiss
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Suggestions are never silent changes: the card says what would change
 * and why, and the patient or physiotherapist accepts or dismisses it.
 * Either way the plan records the decision; "decided" tells the view,
 * which offers Undo after an accepted change.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-suggestion-card.h"
#include "widgets/kc-accessible.h"

struct _KcSuggestionCard
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *title;
  GtkLabel *why;

  /* Owned references */
  KcPlan *plan;
  KcPlanChange *suggestion;
  GDate today;
};

G_DEFINE_FINAL_TYPE (KcSuggestionCard, kc_suggestion_card, GTK_TYPE_WIDGET)

enum {
  DECIDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
decide (KcSuggestionCard *self,
        KcDecision        decision)
{
  if (kc_plan_decide (self->plan, self->suggestion, decision, &self->today))
    g_signal_emit (self, signals[DECIDED], 0, decision);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  decide (KC_SUGGESTION_CARD (widget), KC_DECISION_ACCEPTED);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  decide (KC_SUGGESTION_CARD (widget), KC_DECISION_DISMISSED);
}

static void
kc_suggestion_card_dispose (GObject *object)
{
  KcSuggestionCard *self = (KcSuggestionCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_SUGGESTION_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->suggestion, kc_plan_change_free);

  G_OBJECT_CLASS (kc_suggestion_card_parent_class)->dispose (object);
}

static void
kc_suggestion_card_class_init (KcSuggestionCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_suggestion_card_dispose;

  /**
   * KcSuggestionCard::decided:
   * @decision: a #KcDecision, accepted or dismissed
   *
   * The plan has recorded the decision (and, if accepted, changed).
   */
  signals[DECIDED] = g_signal_new ("decided", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, KC_TYPE_DECISION);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-suggestion-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KcSuggestionCard, title);
  gtk_widget_class_bind_template_child (widget_class, KcSuggestionCard, why);
  gtk_widget_class_install_action (widget_class, "suggestion.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "suggestion.dismiss", NULL, dismiss_action);
}

static void
kc_suggestion_card_init (KcSuggestionCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
}

static const char *
name_of (KcLibrary  *library,
         const char *id)
{
  KcExercise *exercise = library ? kc_library_lookup_exercise (library, id) : NULL;

  return exercise ? kc_item_get_name (KC_ITEM (exercise)) : id;
}

/**
 * kc_suggestion_card_new:
 * @suggestion: from kc_plan_dup_suggestions(); copied
 * @today: the day a decision is recorded on
 */
GtkWidget *
kc_suggestion_card_new (KcPlan             *plan,
                        KcLibrary          *library,
                        const KcPlanChange *suggestion,
                        GDate              *today)
{
  KcSuggestionCard *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (suggestion != NULL, NULL);

  self = g_object_new (KC_TYPE_SUGGESTION_CARD, NULL);
  self->plan = g_object_ref (plan);
  self->suggestion = kc_plan_change_copy (suggestion);
  self->today = *today;

  title = kc_plan_change_dup_title (suggestion, name_of (library, suggestion->exercise_id),
                                    name_of (library, suggestion->new_exercise_id));
  gtk_label_set_label (self->title, title);
  gtk_label_set_label (self->why, kc_plan_change_get_why (suggestion));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  kc_plan_change_get_why (suggestion), -1);
  return GTK_WIDGET (self);
}

const KcPlanChange *
kc_suggestion_card_get_suggestion (KcSuggestionCard *self)
{
  g_return_val_if_fail (KC_IS_SUGGESTION_CARD (self), NULL);
  return self->suggestion;
}
