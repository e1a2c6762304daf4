/* kc-plan-patient.c: plans grouped by patient, and found by a search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A physiotherapist types a patient's name into each plan by hand, so
 * "Zoë", "zoë " and "Zoe\u0308" (decomposed) are one patient: names are
 * compared by a key that ignores case, Unicode composition and the spaces
 * around them.  Patients sort by name, as the user's language sorts them;
 * plans without a patient come last, in a group of their own.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <string.h>

#include "kc-plan-patient.h"

/* Folded for comparing, not for showing. */
static char *
fold (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  /* Names are valid UTF-8 (the plan's file is checked); if not, as they are. */
  return g_utf8_casefold (normal != NULL ? normal : stripped, -1);
}

/**
 * kc_plan_patient_key:
 * @patient: (nullable): a patient's name as typed
 *
 * Returns: (transfer full): what two names of one patient share; "" for
 *   no patient
 */
char *
kc_plan_patient_key (const char *patient)
{
  return fold (patient);
}

gboolean
kc_plan_same_patient (KcPlan     *plan,
                      const char *patient)
{
  g_autofree char *key = fold (kc_plan_get_patient (plan));
  g_autofree char *other = fold (patient);

  return g_str_equal (key, other);
}

static int
compare_names (const char *a,
               const char *b)
{
  g_autofree char *key_a = fold (a);
  g_autofree char *key_b = fold (b);
  int order;

  /* The group of plans without a patient comes last. */
  if (*key_a == '\0' || *key_b == '\0')
    return (*key_a == '\0') - (*key_b == '\0');

  order = g_utf8_collate (key_a, key_b);
  return order != 0 ? order : strcmp (key_a, key_b);
}

/**
 * kc_plan_compare_by_patient:
 *
 * Orders plans by patient (those without one last), then by name: the
 * order of the plans list, in which one patient's plans are together.
 */
int
kc_plan_compare_by_patient (KcPlan *a,
                            KcPlan *b)
{
  int order = compare_names (kc_plan_get_patient (a), kc_plan_get_patient (b));

  if (order != 0)
    return order;
  order = compare_names (kc_plan_get_name (a), kc_plan_get_name (b));
  /* Equal names keep a stable order: by id. */
  return order != 0 ? order : g_strcmp0 (kc_plan_get_id (a), kc_plan_get_id (b));
}

/**
 * kc_plan_matches:
 * @query: (nullable): what the user typed into the search
 *
 * Whether @plan's name or patient contains @query, ignoring case and
 * composition; every plan matches an empty query.
 */
gboolean
kc_plan_matches (KcPlan     *plan,
                 const char *query)
{
  g_autofree char *needle = fold (query);
  g_autofree char *name = NULL;
  g_autofree char *patient = NULL;

  if (*needle == '\0')
    return TRUE;

  name = fold (kc_plan_get_name (plan));
  patient = fold (kc_plan_get_patient (plan));
  return strstr (name, needle) != NULL || strstr (patient, needle) != NULL;
}
