/* kc-plan-week.c: a week's figures from the sessions' records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Today chart and the progress view show of a week besides the
 * ticks: which planned exercises a session went through, the pain rated
 * during exercise (median and worst), and the decisions on suggestions.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <stdlib.h>

#include "kc-plan-private.h"

static gboolean
in_week (const GDate *date,
         GDate       *monday)
{
  int days = g_date_days_between (monday, date);

  return days >= 0 && days < KC_N_WEEKDAYS;
}

static char *
done_key (const GDate *date,
          const char  *exercise_id)
{
  return g_strdup_printf ("%u %s", g_date_get_julian (date), exercise_id);
}

/* The exercises a session went through (not skipped) in the week of
 * @monday, as keys for _kc_plan_week_has_record(). */
GHashTable *
_kc_plan_week_dup_recorded (KcPlan *self,
                            GDate  *monday)
{
  GHashTable *recorded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < self->records->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (self->records, i);

      if (!record->skipped && in_week (&record->date, monday))
        g_hash_table_add (recorded, done_key (&record->date, record->exercise_id));
    }

  return recorded;
}

gboolean
_kc_plan_week_has_record (GHashTable  *recorded,
                          GDate       *date,
                          const char  *exercise_id)
{
  g_autofree char *key = done_key (date, exercise_id);

  return g_hash_table_contains (recorded, key);
}

static int
compare_ints (const void *a,
              const void *b)
{
  return *(const int *)a - *(const int *)b;
}

/**
 * kc_plan_get_week_pain:
 * @monday: the first day of the week
 * @median: (out): the median of the pain rated during exercise, or -1
 * @worst: (out): the worst, or -1; pain spreading down the leg counts as
 *   the top of the scale, the red it is
 */
void
kc_plan_get_week_pain (KcPlan *self,
                       GDate  *monday,
                       double *median,
                       int    *worst)
{
  g_autoptr(GArray) ratings = g_array_new (FALSE, FALSE, sizeof (int));

  g_return_if_fail (KC_IS_PLAN (self));

  for (guint i = 0; i < self->records->len; i++)
    {
      KcExerciseRecord *record = g_ptr_array_index (self->records, i);
      int pain = record->spreading_down_leg ? KC_PAIN_SCALE_MAX : record->pain;

      if (pain >= 0 && in_week (&record->date, monday))
        g_array_append_val (ratings, pain);
    }

  *median = *worst = -1;
  if (ratings->len == 0)
    return;

  qsort (ratings->data, ratings->len, sizeof (int), compare_ints);
  *worst = g_array_index (ratings, int, ratings->len - 1);
  *median = ratings->len % 2 ? g_array_index (ratings, int, ratings->len / 2)
                             : (g_array_index (ratings, int, ratings->len / 2 - 1) +
                                g_array_index (ratings, int, ratings->len / 2)) / 2.0;
}

/* Returns: how many suggestions were decided, either way, in the week */
guint
kc_plan_count_week_changes (KcPlan *self,
                            GDate  *monday)
{
  guint n = 0;

  g_return_val_if_fail (KC_IS_PLAN (self), 0);

  for (guint i = 0; i < self->changes->len; i++)
    n += in_week (&((KcPlanChange *)g_ptr_array_index (self->changes, i))->decided, monday);

  return n;
}
