/* kc-window-today.c: the plan shown on Today, for the exercise reminder
 *
 * The reminder asks which plan Today shows; before the Exercises tab is
 * made, that is the first of the user's plans, which Today would choose.
 * The reminder's notification leads back to Today with that plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include "kc-window-private.h"

/**
 * kc_window_get_today_plan:
 *
 * Returns: (transfer none) (nullable): the plan Today shows, or would show
 */
KcPlan *
kc_window_get_today_plan (KcWindow *self)
{
  KcPage *page;
  GListModel *plans;
  g_autoptr(KcPlan) first = NULL;

  g_return_val_if_fail (KC_IS_WINDOW (self), NULL);

  if (self->plans == NULL)
    return NULL;

  page = _kc_window_peek_page (self, "exercises");
  if (page != NULL)
    return kc_exercises_page_get_today_plan (KC_EXERCISES_PAGE (page));

  plans = kc_plan_store_get_plans (self->plans);
  if (g_list_model_get_n_items (plans) == 0)
    return NULL;
  first = g_list_model_get_item (plans, 0);
  return first;   /* the store holds it */
}

/**
 * kc_window_show_today:
 * @plan_id: (nullable): the plan to show there, if it is still one of
 *   the user's
 *
 * Shows the Exercises tab's Today section.
 */
void
kc_window_show_today (KcWindow   *self,
                      const char *plan_id)
{
  KcPage *page;
  KcPlan *plan = NULL;

  g_return_if_fail (KC_IS_WINDOW (self));

  page = _kc_window_ensure_page (self, "exercises");
  if (page == NULL || !kc_window_show_page (self, "exercises"))
    return;
  if (self->plans != NULL && plan_id != NULL)
    plan = kc_plan_store_lookup (self->plans, plan_id);
  kc_exercises_page_show_today (KC_EXERCISES_PAGE (page), plan);
}
