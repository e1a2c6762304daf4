/* kc-plan-duration.c: how long a plan's exercises take, roughly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dose in minutes takes those minutes, as the planner counts them for
 * the week's aerobic total.  A dose of repetitions is estimated: about
 * four seconds to move out and back, the hold on top, and half a minute's
 * rest between sets.  Calendar events and reminders round the day up to
 * whole minutes.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include "kc-plan-duration.h"

#define SECONDS_PER_REP  4
#define REST_SECONDS    30

guint
kc_plan_item_estimate_seconds (KcPlanItem *item)
{
  const KcDose *dose;
  guint sets, reps;

  g_return_val_if_fail (KC_IS_PLAN_ITEM (item), 0);

  dose = kc_plan_item_get_dose (item);
  if (dose->minutes > 0)
    return dose->minutes * 60;

  sets = MAX (dose->sets, 1);
  reps = MAX (dose->reps, 1);
  return sets * reps * (SECONDS_PER_REP + dose->hold) + (sets - 1) * REST_SECONDS;
}

static guint
seconds_to_minutes (guint seconds)
{
  return (seconds + 59) / 60;
}

/* The minutes the exercises of @weekday (Monday 0) take, rounded up. */
guint
kc_plan_get_day_minutes (KcPlan *self,
                         guint   weekday)
{
  GListModel *items;
  guint seconds = 0;

  g_return_val_if_fail (KC_IS_PLAN (self), 0);
  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, 0);

  items = kc_plan_get_day (self, weekday);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);

      seconds += kc_plan_item_estimate_seconds (item);
    }

  return seconds_to_minutes (seconds);
}

/**
 * kc_plan_count_left:
 * @minutes: (out) (optional): about how long those left take
 *
 * Returns: how many of the exercises planned for @date's weekday are not
 *   yet ticked as done on @date
 */
guint
kc_plan_count_left (KcPlan *self,
                    GDate  *date,
                    guint  *minutes)
{
  GListModel *items;
  guint left = 0, seconds = 0;

  g_return_val_if_fail (KC_IS_PLAN (self), 0);
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  items = kc_plan_get_day (self, kc_weekday_of (date));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);

      if (kc_plan_get_done (self, date, kc_plan_item_get_exercise_id (item)))
        continue;
      left++;
      seconds += kc_plan_item_estimate_seconds (item);
    }

  if (minutes != NULL)
    *minutes = seconds_to_minutes (seconds);
  return left;
}
