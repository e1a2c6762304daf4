/* kc-plan-choice.c: a drop-down of the user's plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Today and Progress each choose one of the store's plans by name.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "kc-plan-choice.h"

/* Lists @store's plans in @choice, by name. */
void
kc_plan_choice_set_store (GtkDropDown *choice,
                          KcPlanStore *store)
{
  g_autoptr(GtkExpression) name = gtk_property_expression_new (KC_TYPE_PLAN, NULL, "name");

  g_return_if_fail (GTK_IS_DROP_DOWN (choice));
  g_return_if_fail (KC_IS_PLAN_STORE (store));

  gtk_drop_down_set_expression (choice, name);
  gtk_drop_down_set_model (choice, kc_plan_store_get_plans (store));
}

/* Chooses @plan, if it is one of @store's. */
void
kc_plan_choice_select (GtkDropDown *choice,
                       KcPlanStore *store,
                       KcPlan      *plan)
{
  guint position;

  g_return_if_fail (GTK_IS_DROP_DOWN (choice));

  if (store != NULL && plan != NULL &&
      g_list_store_find (G_LIST_STORE (kc_plan_store_get_plans (store)), plan, &position))
    gtk_drop_down_set_selected (choice, position);
}

/* Returns: (transfer full) (nullable): the plan chosen */
KcPlan *
kc_plan_choice_dup_selected (GtkDropDown *choice,
                             KcPlanStore *store)
{
  guint selected = gtk_drop_down_get_selected (choice);

  if (store == NULL || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return g_list_model_get_item (kc_plan_store_get_plans (store), selected);
}
