/* kc-plan-imported.c: where a plan's progress came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A physiotherapist's plan holds sessions and ratings made on the
 * patient's computer once a progress file is imported (kc-progress-import.c).
 * The plan remembers the last such import, so that the progress view can
 * say whose numbers it shows and since when.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plan-private.h"

/**
 * kc_plan_get_progress_imported:
 *
 * Returns: (nullable): the day a progress file last added to @self, or
 *   %NULL if none ever did
 */
const GDate *
kc_plan_get_progress_imported (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  return g_date_valid (&self->progress_imported) ? &self->progress_imported : NULL;
}

/**
 * kc_plan_get_progress_file:
 *
 * Returns: (nullable): the name of the progress file last imported
 */
const char *
kc_plan_get_progress_file (KcPlan *self)
{
  g_return_val_if_fail (KC_IS_PLAN (self), NULL);
  return self->progress_file;
}

/**
 * kc_plan_set_progress_imported:
 * @day: (nullable): the day of the import; %NULL forgets it
 * @file_name: (nullable): the file's name, as its owner saw it
 */
void
kc_plan_set_progress_imported (KcPlan      *self,
                               const GDate *day,
                               const char  *file_name)
{
  g_return_if_fail (KC_IS_PLAN (self));
  g_return_if_fail (day == NULL || g_date_valid (day));

  if (day == NULL)
    {
      g_date_clear (&self->progress_imported, 1);
      g_clear_pointer (&self->progress_file, g_free);
    }
  else
    {
      /* A file name is the user's text, like a plan's name: kept short
       * and free of what XML cannot hold. */
      self->progress_imported = *day;
      g_free (self->progress_file);
      self->progress_file = _kc_plan_fit_text (file_name, 255);
    }
  _kc_plan_emit_changed (self);
}

/**
 * kc_plan_dup_progress_source:
 *
 * Returns: (transfer full) (nullable): where the plan's progress came
 *   from, in a sentence for the progress view and report, or %NULL if no
 *   progress file ever added to it
 */
char *
kc_plan_dup_progress_source (KcPlan *self)
{
  char date[64] = "";

  g_return_val_if_fail (KC_IS_PLAN (self), NULL);

  if (!g_date_valid (&self->progress_imported))
    return NULL;

  /* Translators: a date, as strftime writes it (%-d: the day without
   * padding, %B: the month's name, %Y: the year) */
  g_date_strftime (date, sizeof date, _("%-d %B %Y"), &self->progress_imported);
  /* Translators: e.g. "Includes progress from the patient’s computer, from the file
   * “Zoë – progress.xml” imported on 3 December 2026." */
  return g_strdup_printf (_("Includes progress from the patient’s computer, from the file “%s” "
                            "imported on %s."), self->progress_file, date);
}
