/* kc-plan-template.c: a ready weekly plan from the library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-plan-template-private.h"

struct _KcPlanTemplate
{
  KcItem parent_instance;

  char *description;
  GArray *days[KC_N_WEEKDAYS];   /* of KcTemplateItem */
};

G_DEFINE_FINAL_TYPE (KcPlanTemplate, kc_plan_template, KC_TYPE_ITEM)

static void
template_item_clear (KcTemplateItem *item)
{
  g_clear_pointer (&item->exercise_id, g_free);
}

static void
kc_plan_template_finalize (GObject *object)
{
  KcPlanTemplate *self = (KcPlanTemplate *)object;

  g_clear_pointer (&self->description, g_free);
  for (guint i = 0; i < KC_N_WEEKDAYS; i++)
    g_clear_pointer (&self->days[i], g_array_unref);

  G_OBJECT_CLASS (kc_plan_template_parent_class)->finalize (object);
}

static void
kc_plan_template_class_init (KcPlanTemplateClass *klass)
{
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kc_plan_template_finalize;

  item_class->kind = KC_ITEM_KIND_PLAN_TEMPLATE;
}

static void
kc_plan_template_init (KcPlanTemplate *self)
{
  for (guint i = 0; i < KC_N_WEEKDAYS; i++)
    {
      self->days[i] = g_array_new (FALSE, TRUE, sizeof (KcTemplateItem));
      g_array_set_clear_func (self->days[i], (GDestroyNotify)template_item_clear);
    }
}

/* For the loader only. */
KcPlanTemplate *
_kc_plan_template_new (const char *id,
                       const char *name,
                       const char *description)
{
  KcPlanTemplate *self = g_object_new (KC_TYPE_PLAN_TEMPLATE, "id", id, "name", name, NULL);

  self->description = g_strdup (description);

  return self;
}

void
_kc_plan_template_add_item (KcPlanTemplate *self,
                            guint           weekday,
                            const char     *exercise_id,
                            const KcDose   *dose)
{
  KcTemplateItem item;

  g_return_if_fail (KC_IS_PLAN_TEMPLATE (self));
  g_return_if_fail (weekday < KC_N_WEEKDAYS);

  item = (KcTemplateItem) { g_strdup (exercise_id), *dose };
  g_array_append_val (self->days[weekday], item);
}

const char *
kc_plan_template_get_description (KcPlanTemplate *self)
{
  g_return_val_if_fail (KC_IS_PLAN_TEMPLATE (self), NULL);
  return self->description;
}

/**
 * kc_plan_template_get_day:
 * @weekday: 0 for Monday … 6 for Sunday
 *
 * Returns: (transfer none) (element-type KcTemplateItem): the day's items
 */
GArray *
kc_plan_template_get_day (KcPlanTemplate *self,
                          guint           weekday)
{
  g_return_val_if_fail (KC_IS_PLAN_TEMPLATE (self), NULL);
  g_return_val_if_fail (weekday < KC_N_WEEKDAYS, NULL);

  return self->days[weekday];
}
