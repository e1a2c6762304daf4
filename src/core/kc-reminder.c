/* kc-reminder.c: when to remind the user of today's exercises
 *
 * At the chosen time of day, if the day has exercises left, the reminder
 * emits ::remind, once a day at most.  It wakes at least every few
 * minutes and reads the wall clock again: GLib's timeouts run on the
 * monotonic clock, which stands still while the computer sleeps, so a
 * single timeout hours long would come late.  Woken long after the time
 * (the lid was shut), it lets that day's reminder go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-core"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-reminder.h"
#include "plan/kc-plan.h"

#define MAX_WAIT_SECONDS   (5 * 60)
#define GRACE_SECONDS      (30 * 60)
#define MINUTES_PER_DAY    (24 * 60)

struct _KcReminder
{
  GObject parent_instance;

  /* Owned references */
  KcClock *clock;
  GDateTime *due;     /* the next time to remind, while enabled */

  KcReminderWorkFunc work_func;
  gpointer work_data;
  GDestroyNotify work_destroy;

  GDate reminded;     /* the last day reminded, or invalid */
  guint timeout_id;
  int time;           /* minutes after midnight */
  gboolean enabled;
};

G_DEFINE_FINAL_TYPE (KcReminder, kc_reminder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  PROP_TIME,
  N_PROPS
};

enum {
  REMIND,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The reminder's time on @now's day, or on the next day once it has passed. */
static GDateTime *
next_due (KcReminder *self,
          GDateTime  *now)
{
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now),
                                                      self->time / 60, self->time % 60, 0);

  if (g_date_time_compare (now, today) < 0)
    return g_steal_pointer (&today);
  return g_date_time_add_days (today, 1);
}

static gboolean on_timeout_cb (gpointer data);

/* Waits for the next time due, from now. */
static void
arm (KcReminder *self)
{
  g_autoptr(GDateTime) now = NULL;
  GTimeSpan wait;

  if (self->timeout_id != 0)
    kc_clock_remove_timeout (self->clock, self->timeout_id);
  self->timeout_id = 0;
  g_clear_pointer (&self->due, g_date_time_unref);
  if (!self->enabled)
    return;

  now = kc_clock_now (self->clock);
  self->due = next_due (self, now);
  wait = g_date_time_difference (self->due, now);
  self->timeout_id = kc_clock_add_timeout (self->clock,
                                           (guint)MIN ((wait + G_TIME_SPAN_SECOND - 1)
                                                       / G_TIME_SPAN_SECOND, MAX_WAIT_SECONDS),
                                           on_timeout_cb, self);
}

/* At the time due: remind, if that day has not been and has work left. */
static void
remind_if_due (KcReminder *self,
               GDateTime  *now)
{
  GTimeSpan late = g_date_time_difference (now, self->due);
  GDate day = kc_plan_date_of (self->due);
  guint n_left, minutes = 0;

  if (late < 0 || late >= GRACE_SECONDS * G_TIME_SPAN_SECOND)
    return;
  if (g_date_valid (&self->reminded) && g_date_compare (&self->reminded, &day) == 0)
    return;

  self->reminded = day;
  n_left = self->work_func != NULL ? self->work_func (&day, &minutes, self->work_data) : 0;
  if (n_left > 0)
    g_signal_emit (self, signals[REMIND], 0, n_left, minutes);
}

static gboolean
on_timeout_cb (gpointer data)
{
  KcReminder *self = data;
  g_autoptr(GDateTime) now = kc_clock_now (self->clock);

  self->timeout_id = 0;
  remind_if_due (self, now);
  arm (self);
  return G_SOURCE_REMOVE;
}

static void
kc_reminder_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KcReminder *self = KC_REMINDER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_TIME:
      g_value_set_int (value, self->time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_reminder_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KcReminder *self = KC_REMINDER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      kc_reminder_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_TIME:
      kc_reminder_set_time (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_reminder_dispose (GObject *object)
{
  KcReminder *self = KC_REMINDER (object);

  if (self->timeout_id != 0)
    kc_clock_remove_timeout (self->clock, self->timeout_id);
  self->timeout_id = 0;
  kc_reminder_set_work_func (self, NULL, NULL, NULL);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (kc_reminder_parent_class)->dispose (object);
}

static void
kc_reminder_class_init (KcReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kc_reminder_dispose;
  object_class->get_property = kc_reminder_get_property;
  object_class->set_property = kc_reminder_set_property;

  properties[PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIME] =
    g_param_spec_int ("time", NULL, NULL, 0, MINUTES_PER_DAY - 1, KC_REMINDER_DEFAULT_TIME,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KcReminder::remind:
   * @n_exercises: how many exercises are left today
   * @minutes: about how long they take
   */
  signals[REMIND] = g_signal_new ("remind", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
kc_reminder_init (KcReminder *self)
{
  self->time = KC_REMINDER_DEFAULT_TIME;
  g_date_clear (&self->reminded, 1);
}

/* A reminder, off until enabled, that reads the time from @clock. */
KcReminder *
kc_reminder_new (KcClock *clock)
{
  KcReminder *self;

  g_return_val_if_fail (KC_IS_CLOCK (clock), NULL);

  self = g_object_new (KC_TYPE_REMINDER, NULL);
  self->clock = g_object_ref (clock);
  return self;
}

/* @func tells, when the time comes, what is left to do that day. */
void
kc_reminder_set_work_func (KcReminder         *self,
                           KcReminderWorkFunc  func,
                           gpointer            user_data,
                           GDestroyNotify      destroy)
{
  g_return_if_fail (KC_IS_REMINDER (self));

  if (self->work_destroy != NULL)
    self->work_destroy (self->work_data);
  self->work_func = func;
  self->work_data = user_data;
  self->work_destroy = destroy;
}

gboolean
kc_reminder_get_enabled (KcReminder *self)
{
  g_return_val_if_fail (KC_IS_REMINDER (self), FALSE);
  return self->enabled;
}

void
kc_reminder_set_enabled (KcReminder *self,
                         gboolean    enabled)
{
  g_return_if_fail (KC_IS_REMINDER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  arm (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
}

int
kc_reminder_get_time (KcReminder *self)
{
  g_return_val_if_fail (KC_IS_REMINDER (self), 0);
  return self->time;
}

/* From now on, remind at @minute_of_day; a day already reminded is not again. */
void
kc_reminder_set_time (KcReminder *self,
                      int         minute_of_day)
{
  g_return_if_fail (KC_IS_REMINDER (self));
  g_return_if_fail (minute_of_day >= 0 && minute_of_day < MINUTES_PER_DAY);

  if (self->time == minute_of_day)
    return;

  self->time = minute_of_day;
  arm (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

/**
 * kc_reminder_dup_text:
 *
 * Returns: (transfer full): what a reminder says of the work left, e.g.
 *   "3 exercises, about 12 minutes"
 */
char *
kc_reminder_dup_text (guint n_exercises,
                      guint minutes)
{
  g_autofree char *count = NULL;
  g_autofree char *duration = NULL;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u exercise", "%u exercises",
                                        n_exercises), n_exercises);
  duration = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u minute",
                                           "about %u minutes", minutes), minutes);
  /* Translators: a reminder's text: how many exercises, then how long,
   * e.g. "3 exercises, about 12 minutes" */
  return g_strdup_printf (_("%s, %s"), count, duration);
}
