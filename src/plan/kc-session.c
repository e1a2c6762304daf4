/* kc-session.c: a guided session through one day of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each exercise of the day goes: intro → a set of reps (or of holds, with
 * a breath between holds) → rest → the next set … → rating → the next
 * exercise, and the session ends done.  The runner never reads a clock:
 * whoever drives it says what time it is (kc_session_advance_to), so a
 * test runs a whole session in a moment, and every countdown is worked
 * out from when its phase began, so it cannot drift; a pause moves that
 * beginning on by the time paused.
 *
 * Timings the library does not give:
 * - a repetition lasts one period of the figure's motion for its dose
 *   (KcExerciseMotion: 2 s up, the hold, 2 s down, 1 s rest), so the
 *   count and the figure keep the same tempo;
 * - a hold of KC_SESSION_COUNTDOWN_MIN_S or more counts down on its own,
 *   with a short breath between holds; shorter ones are part of a rep;
 * - 60 s rest between sets, the middle of the 30–90 s usually advised
 *   for light strengthening; an intro of 5 s per step to read the steps.
 *
 * Back, defined: in a set, it starts the set again; in a set's first
 * seconds, it goes to the start of the set before (or to the intro); at
 * an intro, it goes to the exercise before if that one was skipped (a
 * rated exercise is in the plan already and stays as rated).
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include "content/kc-exercise-motion.h"
#include "content/kc-pain-rule.h"
#include "kc-session.h"

#define BACK_GRACE_US (3 * US_PER_S)

#include "kc-session-private.h"

enum {
  CHANGED,
  PHASE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KcSession, kc_session, G_TYPE_OBJECT)

static void
entry_free (Entry *entry)
{
  g_free (entry->exercise_id);
  g_clear_object (&entry->exercise);
  g_clear_pointer (&entry->record, kc_exercise_record_free);
  g_free (entry);
}

static Entry *
entry_new (KcPlanItem *item,
           KcLibrary  *library,
           GDate      *date)
{
  Entry *entry = g_new0 (Entry, 1);
  const KcDose *dose = kc_plan_item_get_dose (item);
  KcExerciseMotion motion;

  entry->exercise_id = g_strdup (kc_plan_item_get_exercise_id (item));
  entry->exercise = kc_library_lookup_exercise (library, entry->exercise_id);
  if (entry->exercise != NULL)
    g_object_ref (entry->exercise);
  entry->dose = *dose;
  entry->record = kc_exercise_record_new (date, entry->exercise_id);
  entry->n_sets = MAX (dose->sets, 1);
  entry->n_reps = MAX (dose->reps, 1);

  if (dose->hold >= KC_SESSION_COUNTDOWN_MIN_S)
    entry->hold_s = dose->hold;
  else if (dose->minutes > 0 && dose->reps == 0 && dose->hold == 0)
    entry->hold_s = dose->minutes * 60;

  kc_exercise_motion_init (&motion, dose);
  entry->rep_us = (gint64)kc_exercise_motion_period_ms (&motion) * 1000;
  return entry;
}

static void
kc_session_finalize (GObject *object)
{
  KcSession *self = (KcSession *)object;

  g_clear_object (&self->plan);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_session_parent_class)->finalize (object);
}

static void
kc_session_class_init (KcSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_session_finalize;

  /* Anything shown changed: a count, a second, the phase, the exercise. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* From one phase to the next (KcSessionPhase), for cues such as sounds. */
  signals[PHASE_CHANGED] = g_signal_new ("phase-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
kc_session_init (KcSession *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify)entry_free);
  self->set = 1;
  self->rep = 1;
}

/**
 * kc_session_new:
 * @date: the day the session runs; its weekday chooses the plan's day
 *
 * Returns: (transfer full): a session through @plan's exercises of @date,
 *   not started; it records into @plan
 */
KcSession *
kc_session_new (KcPlan    *plan,
                KcLibrary *library,
                GDate     *date)
{
  KcSession *self;
  GListModel *day;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = g_object_new (KC_TYPE_SESSION, NULL);
  self->plan = g_object_ref (plan);
  self->date = *date;

  day = kc_plan_get_day (plan, kc_weekday_of (date));
  for (guint i = 0; i < g_list_model_get_n_items (day); i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (day, i);

      g_ptr_array_add (self->entries, entry_new (item, library, date));
    }
  if (self->entries->len == 0)
    self->phase = KC_SESSION_PHASE_DONE;
  return self;
}

Entry *
_kc_session_current (KcSession *self)
{
  if (self->index >= self->entries->len)
    return NULL;
  return g_ptr_array_index (self->entries, self->index);
}

/* The exercise under way, where there must be one. */
static Entry *
under_way (KcSession *self)
{
  g_assert (self->index < self->entries->len);
  return g_ptr_array_index (self->entries, self->index);
}

guint
_kc_session_n_steps (Entry *entry)
{
  const char * const *steps;

  if (entry == NULL || entry->exercise == NULL)
    return 0;
  steps = kc_exercise_get_steps (entry->exercise);
  return steps ? g_strv_length ((char **)steps) : 0;
}

gint64
_kc_session_phase_duration_us (KcSession *self)
{
  Entry *entry = _kc_session_current (self);

  switch (self->phase)
    {
    case KC_SESSION_PHASE_INTRO:
      return (gint64)MAX (_kc_session_n_steps (entry), 1) * KC_SESSION_INTRO_STEP_S * US_PER_S;
    case KC_SESSION_PHASE_REPS:
      return entry->rep_us * entry->n_reps;
    case KC_SESSION_PHASE_HOLD:
      return (gint64)entry->hold_s * US_PER_S;
    case KC_SESSION_PHASE_RELAX:
      return KC_SESSION_RELAX_S * US_PER_S;
    case KC_SESSION_PHASE_REST:
      return KC_SESSION_REST_S * US_PER_S;
    case KC_SESSION_PHASE_RATING:
    case KC_SESSION_PHASE_DONE:
    default:
      return FOREVER;
    }
}

gint64
_kc_session_elapsed_us (KcSession *self)
{
  gint64 now = self->paused ? self->paused_at_us : self->now_us;

  return self->started ? MAX (now - self->phase_start_us, 0) : 0;
}

static void
set_phase (KcSession      *self,
           KcSessionPhase  phase,
           gint64          start_us)
{
  KcSessionPhase old = self->phase;

  self->phase = phase;
  self->phase_start_us = start_us;
  g_signal_emit (self, signals[PHASE_CHANGED], 0, (guint)old, (guint)phase);
}

static void
start_set (KcSession *self,
           guint      set,
           gint64     start_us)
{
  Entry *entry = under_way (self);

  self->set = set;
  self->rep = 1;
  set_phase (self, entry->hold_s > 0 ? KC_SESSION_PHASE_HOLD : KC_SESSION_PHASE_REPS, start_us);
}

static void
start_exercise (KcSession *self,
                guint      index,
                gint64     start_us)
{
  self->index = index;
  self->set = 1;
  self->rep = 1;
  set_phase (self, index < self->entries->len ? KC_SESSION_PHASE_INTRO : KC_SESSION_PHASE_DONE,
             start_us);
}

/* What one whole set adds to the record, or takes from it (@sign −1). */
static void
count_set (Entry *entry,
           int    sign)
{
  KcExerciseRecord *record = entry->record;
  guint hold = entry->hold_s > 0 ? entry->hold_s : entry->dose.hold;
  guint reps = entry->hold_s > 0 && entry->dose.reps == 0 ? 0 : entry->n_reps;

  record->sets_done += sign;
  record->reps_done += sign * (int)reps;
  record->hold_seconds_done += sign * (int)(hold * entry->n_reps);
}

static void
set_completed (KcSession *self,
               gint64     at_us)
{
  Entry *entry = under_way (self);

  count_set (entry, 1);
  if (self->set < entry->n_sets)
    set_phase (self, KC_SESSION_PHASE_REST, at_us);
  else
    set_phase (self, KC_SESSION_PHASE_RATING, at_us);
}

/* Ends the current phase at @end_us and begins what follows. */
static void
end_phase (KcSession *self,
           gint64     end_us)
{
  Entry *entry = under_way (self);

  switch (self->phase)
    {
    case KC_SESSION_PHASE_INTRO:
      start_set (self, 1, end_us);
      break;
    case KC_SESSION_PHASE_REPS:
      self->rep = entry->n_reps;
      set_completed (self, end_us);
      break;
    case KC_SESSION_PHASE_HOLD:
      if (self->rep < entry->n_reps)
        set_phase (self, KC_SESSION_PHASE_RELAX, end_us);
      else
        set_completed (self, end_us);
      break;
    case KC_SESSION_PHASE_RELAX:
      self->rep++;
      set_phase (self, KC_SESSION_PHASE_HOLD, end_us);
      break;
    case KC_SESSION_PHASE_REST:
      start_set (self, self->set + 1, end_us);
      break;
    case KC_SESSION_PHASE_RATING:
    case KC_SESSION_PHASE_DONE:
    default:
      g_assert_not_reached ();
    }
}

/* What the view shows, to tell whether it changed. */
typedef struct
{
  KcSessionPhase phase;
  guint index, set, rep, seconds;
  const char *step;
  gboolean paused;
} Shown;

static Shown
shown_now (KcSession *self)
{
  return (Shown) { self->phase, self->index, self->set, kc_session_get_rep (self),
                   kc_session_get_seconds_left (self), kc_session_get_step (self),
                   self->paused };
}

static void
emit_if_changed (KcSession   *self,
                 const Shown *before)
{
  Shown after = shown_now (self);

  /* Field by field: memcmp would read the struct's padding. */
  if (before->phase != after.phase || before->index != after.index ||
      before->set != after.set || before->rep != after.rep ||
      before->seconds != after.seconds || before->step != after.step ||
      before->paused != after.paused)
    g_signal_emit (self, signals[CHANGED], 0);
}

void
kc_session_start (KcSession *self,
                  gint64     now_us)
{
  g_return_if_fail (KC_IS_SESSION (self));
  g_return_if_fail (!self->started);

  self->started = TRUE;
  self->now_us = now_us;
  self->phase_start_us = now_us;
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * kc_session_advance_to:
 * @now_us: the time now, on a monotonic clock (g_get_monotonic_time() in the
 *   app, any made-up clock in a test)
 *
 * Moves through every phase that has ended by @now_us.
 */
void
kc_session_advance_to (KcSession *self,
                       gint64     now_us)
{
  Shown before;

  g_return_if_fail (KC_IS_SESSION (self));

  if (!self->started || now_us <= self->now_us)
    return;

  before = shown_now (self);
  self->now_us = now_us;
  while (!self->paused && _kc_session_phase_duration_us (self) != FOREVER &&
         now_us - self->phase_start_us >= _kc_session_phase_duration_us (self))
    end_phase (self, self->phase_start_us + _kc_session_phase_duration_us (self));
  emit_if_changed (self, &before);
}
/**
 * kc_session_can_go_back:
 *
 * Returns: whether kc_session_back() has anywhere to go
 */
gboolean
kc_session_can_go_back (KcSession *self)
{
  Entry *previous;

  g_return_val_if_fail (KC_IS_SESSION (self), FALSE);

  if (!self->started || self->phase == KC_SESSION_PHASE_DONE)
    return FALSE;
  if (self->phase != KC_SESSION_PHASE_INTRO)
    return TRUE;
  if (self->index == 0)
    return FALSE;
  previous = g_ptr_array_index (self->entries, self->index - 1);
  return !previous->committed;
}

static gint64
now_of (KcSession *self)
{
  return self->paused ? self->paused_at_us : self->now_us;
}

static void
commit (KcSession *self,
        Entry     *entry)
{
  if (entry->committed)
    return;
  kc_plan_add_record (self->plan, entry->record);
  entry->committed = TRUE;
}

/* Skipped exercises wait, so that Back can return to them, until the
 * session ends. */
static void
commit_skipped (KcSession *self)
{
  for (guint i = 0; i < MIN (self->index, self->entries->len); i++)
    commit (self, g_ptr_array_index (self->entries, i));
}

/* Adds what was done of the set under way to the record. */
static void
count_partial (KcSession *self)
{
  Entry *entry = under_way (self);
  KcExerciseRecord *record = entry->record;
  guint done = 0;

  switch (self->phase)
    {
    case KC_SESSION_PHASE_REPS:
      done = (guint)(_kc_session_elapsed_us (self) / entry->rep_us);
      record->reps_done += done;
      record->hold_seconds_done += done * entry->dose.hold;
      break;
    case KC_SESSION_PHASE_HOLD:
    case KC_SESSION_PHASE_RELAX:
      done = self->phase == KC_SESSION_PHASE_RELAX ? self->rep : self->rep - 1;
      record->hold_seconds_done += done * entry->hold_s;
      if (self->phase == KC_SESSION_PHASE_HOLD)
        record->hold_seconds_done += (guint)(_kc_session_elapsed_us (self) / US_PER_S);
      if (entry->dose.reps > 0)
        record->reps_done += done;
      break;
    case KC_SESSION_PHASE_INTRO:
    case KC_SESSION_PHASE_REST:
    case KC_SESSION_PHASE_RATING:
    case KC_SESSION_PHASE_DONE:
    default:
      break;
    }
}

static gboolean
nothing_done (const KcExerciseRecord *record)
{
  return record->sets_done == 0 && record->reps_done == 0 && record->hold_seconds_done == 0;
}

static void
next_exercise (KcSession *self)
{
  start_exercise (self, self->index + 1, now_of (self));
  if (self->phase == KC_SESSION_PHASE_DONE)
    commit_skipped (self);
}

/* Freezes every countdown until kc_session_resume(); a rating does not
 * count time, so there is nothing to pause. */
void
kc_session_pause (KcSession *self)
{
  g_return_if_fail (KC_IS_SESSION (self));

  if (!self->started || self->paused || _kc_session_phase_duration_us (self) == FOREVER)
    return;
  self->paused = TRUE;
  self->paused_at_us = self->now_us;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Goes on from where the pause was, at the time last advanced to. */
void
kc_session_resume (KcSession *self)
{
  g_return_if_fail (KC_IS_SESSION (self));

  if (!self->paused)
    return;
  self->phase_start_us += self->now_us - self->paused_at_us;
  self->paused = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Leaves this exercise for the next: skipped, with what was done of it;
 * from the rating, it leaves the exercise done but not rated. */
void
kc_session_skip (KcSession *self)
{
  Entry *entry;

  g_return_if_fail (KC_IS_SESSION (self));

  entry = _kc_session_current (self);
  if (!self->started || entry == NULL || self->phase == KC_SESSION_PHASE_DONE)
    return;

  if (self->phase == KC_SESSION_PHASE_RATING)
    commit (self, entry);
  else
    {
      count_partial (self);
      entry->record->skipped = TRUE;
    }
  next_exercise (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* See the top of the file for where Back goes. */
void
kc_session_back (KcSession *self)
{
  Entry *entry;
  gint64 start;
  gboolean at_start;

  g_return_if_fail (KC_IS_SESSION (self));

  if (!kc_session_can_go_back (self))
    return;

  entry = under_way (self);
  start = now_of (self);
  switch (self->phase)
    {
    case KC_SESSION_PHASE_INTRO:
      entry = g_ptr_array_index (self->entries, self->index - 1);
      g_clear_pointer (&entry->record, kc_exercise_record_free);
      entry->record = kc_exercise_record_new (&self->date, entry->exercise_id);
      start_exercise (self, self->index - 1, start);
      break;
    case KC_SESSION_PHASE_REPS:
    case KC_SESSION_PHASE_HOLD:
    case KC_SESSION_PHASE_RELAX:
      at_start = self->phase != KC_SESSION_PHASE_RELAX && kc_session_get_rep (self) == 1 &&
                 _kc_session_elapsed_us (self) < BACK_GRACE_US;
      if (!at_start)
        start_set (self, self->set, start);
      else if (self->set > 1)
        {
          count_set (entry, -1);
          start_set (self, self->set - 1, start);
        }
      else
        set_phase (self, KC_SESSION_PHASE_INTRO, start);
      break;
    case KC_SESSION_PHASE_REST:
    case KC_SESSION_PHASE_RATING:
      count_set (entry, -1);
      start_set (self, self->set, start);
      break;
    case KC_SESSION_PHASE_DONE:
    default:
      g_assert_not_reached ();
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * kc_session_rate:
 * @pain: 0–10
 * @spreading_down_leg: the pain went down the leg
 *
 * Answers "How much did it hurt?": the exercise's record goes into the
 * plan, and the next exercise begins.
 */
void
kc_session_rate (KcSession *self,
                 guint      pain,
                 gboolean   spreading_down_leg)
{
  Entry *entry;

  g_return_if_fail (KC_IS_SESSION (self));
  g_return_if_fail (self->phase == KC_SESSION_PHASE_RATING);
  g_return_if_fail (pain <= KC_PAIN_SCALE_MAX);

  entry = under_way (self);
  entry->record->pain = (int)pain;
  entry->record->spreading_down_leg = !!spreading_down_leg;
  commit (self, entry);
  next_exercise (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * kc_session_finish:
 * @keep_current: whether what was done of the exercise under way goes into
 *   the plan (unrated); exercises rated or skipped before it always do
 *
 * Ends the session now.
 */
void
kc_session_finish (KcSession *self,
                   gboolean   keep_current)
{
  Entry *entry;

  g_return_if_fail (KC_IS_SESSION (self));

  entry = _kc_session_current (self);
  if (self->phase == KC_SESSION_PHASE_DONE || entry == NULL)
    return;

  /* In the order they were done. */
  commit_skipped (self);
  if (keep_current)
    {
      count_partial (self);
      entry->record->skipped = nothing_done (entry->record);
      commit (self, entry);
    }
  self->paused = FALSE;
  self->index = self->entries->len;
  set_phase (self, KC_SESSION_PHASE_DONE, now_of (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * kc_session_is_announced_moment:
 *
 * When a countdown is worth telling a screen reader: as it starts, at
 * halfway, and in its last three seconds; every second would drown out
 * everything else.
 */
gboolean
kc_session_is_announced_moment (guint total_seconds,
                                guint seconds_left)
{
  if (seconds_left == 0 || seconds_left > total_seconds)
    return FALSE;
  if (seconds_left == total_seconds)
    return TRUE;
  if (total_seconds >= 8 && seconds_left == (total_seconds + 1) / 2)
    return TRUE;
  return seconds_left <= 3;
}
