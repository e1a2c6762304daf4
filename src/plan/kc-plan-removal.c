/* kc-plan-removal.c: a patient's plans as they were before being deleted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What kc_plan_store_remove_patient() took away, kept for Undo while the
 * app runs: each plan, the file it had and that file's bytes, so that
 * kc_plan_store_restore() puts back exactly the files that were there,
 * log and progress included.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include "kc-plan-removal-private.h"

struct _KcPlanRemoval
{
  GObject parent_instance;

  char *patient;
  GPtrArray *plans;   /* of KcRemovedPlan */
};

G_DEFINE_FINAL_TYPE (KcPlanRemoval, kc_plan_removal, G_TYPE_OBJECT)

static void
removed_plan_free (KcRemovedPlan *removed)
{
  g_clear_object (&removed->plan);
  g_clear_object (&removed->file);
  g_clear_pointer (&removed->contents, g_bytes_unref);
  g_free (removed);
}

static void
kc_plan_removal_finalize (GObject *object)
{
  KcPlanRemoval *self = (KcPlanRemoval *)object;

  g_clear_pointer (&self->patient, g_free);
  g_clear_pointer (&self->plans, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_plan_removal_parent_class)->finalize (object);
}

static void
kc_plan_removal_class_init (KcPlanRemovalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_plan_removal_finalize;
}

static void
kc_plan_removal_init (KcPlanRemoval *self)
{
  self->plans = g_ptr_array_new_with_free_func ((GDestroyNotify)removed_plan_free);
}

KcPlanRemoval *
_kc_plan_removal_new (const char *patient)
{
  KcPlanRemoval *self = g_object_new (KC_TYPE_PLAN_REMOVAL, NULL);

  self->patient = g_strdup (patient);
  return self;
}

/* Keeps @plan, its @file and the file's @contents (%NULL: it had none yet). */
void
_kc_plan_removal_add (KcPlanRemoval *self,
                      KcPlan        *plan,
                      GFile         *file,
                      GBytes        *contents,
                      gboolean       duplicate)
{
  KcRemovedPlan *removed = g_new0 (KcRemovedPlan, 1);

  removed->plan = g_object_ref (plan);
  removed->file = g_object_ref (file);
  removed->contents = contents != NULL ? g_bytes_ref (contents) : NULL;
  removed->duplicate = duplicate;
  g_ptr_array_add (self->plans, removed);
}

KcRemovedPlan *
_kc_plan_removal_get_plan (KcPlanRemoval *self,
                           guint          index)
{
  return g_ptr_array_index (self->plans, index);
}

/* The patient as the list showed them (kc_plan_store_dup_patient_plans). */
const char *
kc_plan_removal_get_patient (KcPlanRemoval *self)
{
  g_return_val_if_fail (KC_IS_PLAN_REMOVAL (self), NULL);
  return self->patient;
}

guint
kc_plan_removal_get_n_plans (KcPlanRemoval *self)
{
  g_return_val_if_fail (KC_IS_PLAN_REMOVAL (self), 0);
  return self->plans->len;
}

/* The @index-th plan deleted, in the list's order. */
KcPlan *
kc_plan_removal_get_plan (KcPlanRemoval *self,
                          guint          index)
{
  g_return_val_if_fail (KC_IS_PLAN_REMOVAL (self), NULL);
  g_return_val_if_fail (index < self->plans->len, NULL);
  return ((KcRemovedPlan *)g_ptr_array_index (self->plans, index))->plan;
}
