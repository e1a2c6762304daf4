/* kc-dose.h: how much of an exercise: sets, repetitions, hold, minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Zero means "not part of this dose". */
typedef struct
{
  guint sets;
  guint reps;
  guint hold;      /* seconds */
  guint minutes;
} KcDose;

char     *kc_dose_to_string (const KcDose *dose);
gboolean  kc_dose_is_empty  (const KcDose *dose);
gboolean  kc_dose_equal     (const KcDose *a,
                             const KcDose *b);

G_END_DECLS
