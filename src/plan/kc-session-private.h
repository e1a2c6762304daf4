/* kc-session-private.h: the session's state, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-session.h"

G_BEGIN_DECLS

#define US_PER_S G_USEC_PER_SEC
#define FOREVER G_MAXINT64   /* a phase that waits for the patient */

/* One exercise of the session, as planned, and what was done of it. */
typedef struct
{
  char *exercise_id;
  KcExercise *exercise;       /* NULL when the library has no such exercise */
  KcDose dose;
  guint n_sets;
  guint n_reps;
  guint hold_s;               /* a countdown per rep, or 0: reps at the tempo */
  gint64 rep_us;
  KcExerciseRecord *record;   /* the sets completed */
  gboolean committed;         /* in the plan's log */
} Entry;

struct _KcSession
{
  GObject parent_instance;

  KcPlan *plan;
  GPtrArray *entries;
  GDate date;

  guint index;
  KcSessionPhase phase;
  guint set;                  /* from 1 */
  guint rep;                  /* from 1 */
  gint64 phase_start_us;
  gint64 now_us;
  gint64 paused_at_us;
  gboolean started;
  gboolean paused;
};

Entry  *_kc_session_current           (KcSession *self);
guint   _kc_session_n_steps           (Entry     *entry);
gint64  _kc_session_phase_duration_us (KcSession *self);
gint64  _kc_session_elapsed_us        (KcSession *self);

G_END_DECLS
