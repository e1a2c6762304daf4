/* kc-settle-card.c: "Did the pain settle by this morning?" in Today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pain rule allows amber pain if it has settled by the next morning,
 * so the morning after a session that hurt asks, once, about that
 * session's exercises.  A calm card in Today, not a dialog: the question
 * can wait until the patient has a moment.  Answering sets the records'
 * "settled" and emits "answered"; the view then drops the card.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-settle-card.h"
#include "widgets/kc-accessible.h"

struct _KcSettleCard
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *question;
  GtkLabel *exercises;

  /* Owned references */
  KcPlan *plan;
  GPtrArray *records;   /* of KcExerciseRecord: the ones asked about */
};

G_DEFINE_FINAL_TYPE (KcSettleCard, kc_settle_card, GTK_TYPE_WIDGET)

enum {
  ANSWERED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
answer (KcSettleCard *self,
        KcSettled     settled)
{
  for (guint i = 0; i < self->records->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (self->records, i);

      kc_plan_set_settled (self->plan, &record->date, record->exercise_id, settled);
    }

  g_signal_emit (self, signals[ANSWERED], 0);
}

static void
yes_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  answer (KC_SETTLE_CARD (widget), KC_SETTLED_YES);
}

static void
no_action (GtkWidget  *widget,
           const char *action_name,
           GVariant   *param)
{
  answer (KC_SETTLE_CARD (widget), KC_SETTLED_NO);
}

static void
kc_settle_card_dispose (GObject *object)
{
  KcSettleCard *self = (KcSettleCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_SETTLE_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->records, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_settle_card_parent_class)->dispose (object);
}

static void
kc_settle_card_class_init (KcSettleCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_settle_card_dispose;

  /**
   * KcSettleCard::answered:
   *
   * The records asked about have their answer (and the plan is saved).
   */
  signals[ANSWERED] = g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-settle-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KcSettleCard, question);
  gtk_widget_class_bind_template_child (widget_class, KcSettleCard, exercises);
  gtk_widget_class_install_action (widget_class, "settle.yes", NULL, yes_action);
  gtk_widget_class_install_action (widget_class, "settle.no", NULL, no_action);
}

static void
kc_settle_card_init (KcSettleCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
}

/* "Yesterday's" when it was yesterday, else the session's weekday. */
static char *
dup_question (GDate *today,
              GDate *session_day)
{
  char day[64];

  if (g_date_days_between (session_day, today) == 1)
    return g_strdup (_("Did yesterday’s pain settle by this morning?"));

  /* Translators: the session's weekday, e.g. "Monday"; strftime's %A */
  g_date_strftime (day, sizeof day, _("%A"), session_day);
  /* Translators: e.g. "Did the pain after Monday’s exercises settle by the next morning?" */
  return g_strdup_printf (_("Did the pain after %s’s exercises settle by the next morning?"),
                          day);
}

/* The exercises that hurt, by name, one a line. */
static char *
dup_exercises (KcLibrary *library,
               GPtrArray *records)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (records, i);
      KcExercise *exercise = library ? kc_library_lookup_exercise (library,
                                                                   record->exercise_id) : NULL;

      if (!g_hash_table_add (seen, record->exercise_id))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, exercise ? kc_item_get_name (KC_ITEM (exercise))
                                      : record->exercise_id);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * kc_settle_card_new:
 * @today: the day the question is asked
 * @session_day: the day of @records
 * @records: (element-type KcExerciseRecord): the records that wait for
 *   an answer (kc_plan_dup_unsettled()); the card keeps a reference
 */
GtkWidget *
kc_settle_card_new (KcPlan    *plan,
                    KcLibrary *library,
                    GDate     *today,
                    GDate     *session_day,
                    GPtrArray *records)
{
  KcSettleCard *self;
  g_autofree char *question = NULL;
  g_autofree char *exercises = NULL;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (records != NULL, NULL);

  self = g_object_new (KC_TYPE_SETTLE_CARD, NULL);
  self->plan = g_object_ref (plan);
  self->records = g_ptr_array_ref (records);

  question = dup_question (today, session_day);
  exercises = dup_exercises (library, records);
  gtk_label_set_label (self->question, question);
  gtk_label_set_label (self->exercises, exercises);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, question,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, exercises, -1);
  return GTK_WIDGET (self);
}
