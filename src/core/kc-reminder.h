/* kc-reminder.h: when to remind the user of today's exercises
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-clock.h"

G_BEGIN_DECLS

#define KC_TYPE_REMINDER (kc_reminder_get_type ())

G_DECLARE_FINAL_TYPE (KcReminder, kc_reminder, KC, REMINDER, GObject)

/* 18:00, in minutes after midnight */
#define KC_REMINDER_DEFAULT_TIME (18 * 60)

/**
 * KcReminderWorkFunc:
 * @date: the day
 * @minutes: (out): about how long what is left takes
 *
 * Returns: how many exercises are left to do on @date
 */
typedef guint (*KcReminderWorkFunc) (GDate    *date,
                                     guint    *minutes,
                                     gpointer  user_data);

KcReminder *kc_reminder_new           (KcClock            *clock);
void        kc_reminder_set_work_func (KcReminder         *self,
                                       KcReminderWorkFunc  func,
                                       gpointer            user_data,
                                       GDestroyNotify      destroy);
gboolean    kc_reminder_get_enabled   (KcReminder         *self);
void        kc_reminder_set_enabled   (KcReminder         *self,
                                       gboolean            enabled);
int         kc_reminder_get_time      (KcReminder         *self);
void        kc_reminder_set_time      (KcReminder         *self,
                                       int                 minute_of_day);
char       *kc_reminder_dup_text      (guint               n_exercises,
                                       guint               minutes);

G_END_DECLS
