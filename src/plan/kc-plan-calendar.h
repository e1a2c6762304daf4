/* kc-plan-calendar.h: a plan as weekly events of an iCalendar file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan.h"

G_BEGIN_DECLS

#define KC_CALENDAR_ERROR (kc_calendar_error_quark ())

typedef enum
{
  KC_CALENDAR_ERROR_NOTHING_PLANNED,
} KcCalendarError;

/* 18:00, in minutes since midnight */
#define KC_CALENDAR_DEFAULT_TIME (18 * 60)

GQuark    kc_calendar_error_quark   (void);
gboolean  kc_plan_check_calendar    (KcPlan     *plan,
                                     GError    **error);
char     *kc_plan_to_icalendar      (KcPlan     *plan,
                                     KcLibrary  *library,
                                     guint       minute_of_day,
                                     GDateTime  *now,
                                     GError    **error);

G_END_DECLS
