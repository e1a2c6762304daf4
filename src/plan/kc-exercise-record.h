/* kc-exercise-record.h: what was done of one exercise in one session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A guided session leaves one record per exercise it went through; the
 * plan keeps them in its log, the suggestions and the progress view read
 * them.  A plain boxed struct: it is data, not behaviour.
 */
#pragma once

#include <glib-object.h>

#include "content/kc-pain-rule.h"

G_BEGIN_DECLS

/* The answer to "Did yesterday's pain settle by this morning?" */
typedef enum
{
  KC_SETTLED_UNKNOWN,   /* not asked yet, or not answered */
  KC_SETTLED_YES,
  KC_SETTLED_NO
} KcSettled;

#define KC_EXERCISE_RECORD_NO_PAIN (-1)

typedef struct
{
  GDate      date;                /* the day the session ran */
  char      *exercise_id;
  guint      sets_done;
  guint      reps_done;           /* over all sets */
  guint      hold_seconds_done;   /* over all sets, for holds */
  int        pain;                /* 0–10, or KC_EXERCISE_RECORD_NO_PAIN */
  gboolean   spreading_down_leg;  /* pain went down the leg: red whatever the number */
  gboolean   skipped;
  KcSettled  settled;
} KcExerciseRecord;

#define KC_TYPE_EXERCISE_RECORD (kc_exercise_record_get_type ())

GType             kc_exercise_record_get_type (void) G_GNUC_CONST;
KcExerciseRecord *kc_exercise_record_new      (GDate                  *date,
                                               const char             *exercise_id);
KcExerciseRecord *kc_exercise_record_copy     (const KcExerciseRecord *self);
void              kc_exercise_record_free     (KcExerciseRecord       *self);
gboolean          kc_exercise_record_get_band (const KcExerciseRecord *self,
                                               KcPainBand             *band);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcExerciseRecord, kc_exercise_record_free)

G_END_DECLS
