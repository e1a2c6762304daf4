/* kc-session.h: a guided session through one day of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "content/kc-library.h"
#include "kc-plan.h"

G_BEGIN_DECLS

/* Where a session is, in the order an exercise goes through them. */
typedef enum
{
  KC_SESSION_PHASE_INTRO,    /* get into position, read the steps */
  KC_SESSION_PHASE_REPS,     /* counting repetitions at the figure's tempo */
  KC_SESSION_PHASE_HOLD,     /* a hold (or timed activity) counting down */
  KC_SESSION_PHASE_RELAX,    /* the breath between two holds of a set */
  KC_SESSION_PHASE_REST,     /* between sets */
  KC_SESSION_PHASE_RATING,   /* "How much did it hurt?": waits for an answer */
  KC_SESSION_PHASE_DONE
} KcSessionPhase;

/* Timings that no exercise of the library states (yet); see kc-session.c. */
#define KC_SESSION_INTRO_STEP_S   5
#define KC_SESSION_REST_S        60
#define KC_SESSION_RELAX_S        5
#define KC_SESSION_COUNTDOWN_MIN_S 10   /* shorter holds belong to the rep's tempo */

#define KC_TYPE_SESSION (kc_session_get_type ())

G_DECLARE_FINAL_TYPE (KcSession, kc_session, KC, SESSION, GObject)

KcSession      *kc_session_new                 (KcPlan     *plan,
                                                KcLibrary  *library,
                                                GDate      *date);
void            kc_session_start               (KcSession  *self,
                                                gint64      now_us);
void            kc_session_advance_to          (KcSession  *self,
                                                gint64      now_us);

KcSessionPhase  kc_session_get_phase           (KcSession  *self);
gboolean        kc_session_is_paused           (KcSession  *self);
guint           kc_session_get_n_exercises     (KcSession  *self);
guint           kc_session_get_exercise_index  (KcSession  *self);
const char     *kc_session_get_exercise_id     (KcSession  *self);
KcExercise     *kc_session_get_exercise        (KcSession  *self);
const char     *kc_session_get_exercise_name   (KcSession  *self);
const KcDose   *kc_session_get_dose            (KcSession  *self);
const char     *kc_session_get_step            (KcSession  *self);
const char     *kc_session_get_next_name       (KcSession  *self);
guint           kc_session_get_set             (KcSession  *self);
guint           kc_session_get_n_sets          (KcSession  *self);
guint           kc_session_get_rep             (KcSession  *self);
guint           kc_session_get_n_reps          (KcSession  *self);
guint           kc_session_get_seconds_left    (KcSession  *self);
guint           kc_session_get_phase_seconds   (KcSession  *self);
double          kc_session_get_phase_fraction  (KcSession  *self);
gint64          kc_session_get_next_change     (KcSession  *self);
gboolean        kc_session_can_go_back         (KcSession  *self);
const KcExerciseRecord *kc_session_get_record  (KcSession  *self);

void            kc_session_pause               (KcSession  *self);
void            kc_session_resume              (KcSession  *self);
void            kc_session_skip                (KcSession  *self);
void            kc_session_back                (KcSession  *self);
void            kc_session_rate                (KcSession  *self,
                                                guint       pain,
                                                gboolean    spreading_down_leg);
void            kc_session_finish              (KcSession  *self,
                                                gboolean    keep_current);

gboolean        kc_session_is_announced_moment (guint       total_seconds,
                                                guint       seconds_left);

G_END_DECLS
