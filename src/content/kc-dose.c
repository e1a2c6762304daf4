/* kc-dose.c: how much of an exercise: sets, repetitions, hold, minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-dose.h"

gboolean
kc_dose_is_empty (const KcDose *dose)
{
  return dose->sets == 0 && dose->reps == 0 && dose->hold == 0 && dose->minutes == 0;
}

gboolean
kc_dose_equal (const KcDose *a,
               const KcDose *b)
{
  return a->sets == b->sets && a->reps == b->reps && a->hold == b->hold &&
         a->minutes == b->minutes;
}

/**
 * kc_dose_to_string:
 *
 * Returns: a short description, e.g. "3 sets × 10, hold 5 s" or "20 min"
 */
char *
kc_dose_to_string (const KcDose *dose)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (dose != NULL, NULL);

  if (dose->sets > 0 && dose->reps > 0)
    /* Translators: sets and repetitions, e.g. "3 sets × 10" */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u set × %u", "%u sets × %u",
                                               dose->sets),
                            dose->sets, dose->reps);
  else if (dose->sets > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u set", "%u sets",
                                               dose->sets), dose->sets);
  else if (dose->reps > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u time", "%u times",
                                               dose->reps), dose->reps);

  if (dose->hold > 0)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: how long to hold a position, in seconds */
      g_string_append_printf (text, _("hold %u s"), dose->hold);
    }

  if (dose->minutes > 0)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, _("%u min"), dose->minutes);
    }

  return g_string_free (text, FALSE);
}
