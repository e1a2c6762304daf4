/* kc-session-view.c: a guided session, large and calm, filling the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows a KcSession and drives it: while it runs, it wakes when the
 * session says something shown may change (a second of a countdown, a
 * repetition), tells it the time (from a clock tests can replace), and
 * changes only what changed.  No frame is asked for in between: a
 * countdown redraws once a second, and only the figure moves on the
 * frame clock (at its own capped rate).  Big type, one thing at a time,
 * and the text zoom and presenting make all of it larger (its sizes are
 * relative, style.css).
 *
 * While the clock runs the screen is kept awake (an idle inhibitor); a
 * paused session, or one waiting for a rating, leaves the screen to the
 * desktop's power settings, as someone may have walked away.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kc-session-rating.h"
#include "kc-session-sound.h"
#include "kc-session-view.h"
#include "widgets/kc-accessible.h"
#include "widgets/kc-countdown-ring.h"
#include "widgets/kc-exercise-figure.h"

struct _KcSessionView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkWidget *exercise_page;
  GtkLabel *progress_label;
  GtkLabel *title_label;
  GtkBox *figure_slot;
  KcCountdownRing *ring;
  GtkLabel *count_label;
  GtkLabel *step_label;
  GtkLabel *next_label;
  GtkButton *pause_button;
  GtkToggleButton *sound_button;
  GtkLabel *status_label;
  KcSessionRating *rating;
  AdwStatusPage *done_page;

  /* Owned references */
  KcSession *session;
  GSettings *settings;
  KcSessionSound *sound;

  KcSessionClock clock;
  gpointer clock_data;
  GtkWidget *figure;          /* in figure_slot */
  KcExercise *figure_exercise;  /* unowned: which exercise the figure shows */
  gboolean figure_animated;
  guint wake_id;
  guint inhibit_cookie;
  guint n_cues;
  KcSessionPhase shown_phase;
  guint announced_seconds;
  gboolean asking;
  gboolean paused_before_asking;
};

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (KcSessionView, kc_session_view, GTK_TYPE_WIDGET)

static gint64
monotonic_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
now (KcSessionView *self)
{
  return self->clock (self->clock_data);
}

static gboolean
clock_runs (KcSessionView *self)
{
  KcSessionPhase phase = kc_session_get_phase (self->session);

  return !kc_session_is_paused (self->session) &&
         phase != KC_SESSION_PHASE_RATING && phase != KC_SESSION_PHASE_DONE;
}

/* GTK 4.8 has no way to make a screen reader say something (no
 * gtk_accessible_announce, which came in 4.14).  The nearest: a label
 * with the status role, changed only at the moments worth saying, and
 * the same text as the description of the focused widget, which screen
 * readers read out when it changes on the object with focus.  Changing
 * them every second would have the countdown drown out everything. */
static void
announce (KcSessionView *self,
          const char    *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  gtk_label_set_label (self->status_label, text);
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_accessible_update_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text, -1);
}

static void
update_figure (KcSessionView *self)
{
  KcExercise *exercise = kc_session_get_exercise (self->session);
  KcSessionPhase phase = kc_session_get_phase (self->session);
  /* It moves to show how, and during reps to keep the tempo; during a
   * hold it stays in the held pose. */
  gboolean animated = (phase == KC_SESSION_PHASE_INTRO || phase == KC_SESSION_PHASE_REPS) &&
                      !kc_session_is_paused (self->session);

  if (exercise == self->figure_exercise && animated == self->figure_animated &&
      (self->figure != NULL || exercise == NULL))
    return;

  if (self->figure != NULL)
    gtk_box_remove (self->figure_slot, self->figure);
  self->figure = NULL;
  self->figure_exercise = exercise;
  self->figure_animated = animated;
  if (exercise == NULL)
    return;

  self->figure = kc_exercise_figure_new (exercise, animated);
  gtk_widget_set_hexpand (self->figure, TRUE);
  gtk_widget_set_vexpand (self->figure, TRUE);
  gtk_box_append (self->figure_slot, self->figure);
}

static char *
count_text (KcSession *session)
{
  guint set = kc_session_get_set (session), n_sets = kc_session_get_n_sets (session);
  guint rep = kc_session_get_rep (session), n_reps = kc_session_get_n_reps (session);

  switch (kc_session_get_phase (session))
    {
    case KC_SESSION_PHASE_INTRO:
      return g_strdup (_("Get ready"));
    case KC_SESSION_PHASE_RELAX:
      return g_strdup (_("Let go and breathe"));
    case KC_SESSION_PHASE_REST:
      /* Translators: between sets, e.g. "Rest · 1 of 3 sets done" */
      return g_strdup_printf (_("Rest · %u of %u sets done"), set, n_sets);
    case KC_SESSION_PHASE_REPS:
    case KC_SESSION_PHASE_HOLD:
      if (n_reps > 1)
        /* Translators: progress through an exercise, e.g. "Set 2 of 3 · Rep 6 of 10" */
        return g_strdup_printf (_("Set %u of %u · Rep %u of %u"), set, n_sets, rep, n_reps);
      /* Translators: progress through an exercise of one hold a set */
      return g_strdup_printf (_("Set %u of %u"), set, n_sets);
    case KC_SESSION_PHASE_RATING:
    case KC_SESSION_PHASE_DONE:
    default:
      return g_strdup ("");
    }
}

static char *
next_text (KcSession *session)
{
  const char *next = kc_session_get_next_name (session);

  if (kc_session_get_phase (session) == KC_SESSION_PHASE_REST)
    /* Translators: what comes after a rest, e.g. "Next: set 2 of 3" */
    return g_strdup_printf (_("Next: set %u of %u"), kc_session_get_set (session) + 1,
                            kc_session_get_n_sets (session));
  if (next == NULL)
    return g_strdup (_("The last exercise"));
  /* Translators: the exercise after this one, e.g. "Next: Plank" */
  return g_strdup_printf (_("Next: %s"), next);
}

/* Each change of a label lays the window out again: only when it differs. */
static void
set_label (GtkLabel   *label,
           const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_label (label, text);
}

/* At a new phase, what it is; within a countdown, the seconds at its
 * start, halfway and in its last three. */
static void
announce_moment (KcSessionView *self,
                 const char    *count)
{
  KcSessionPhase phase = kc_session_get_phase (self->session);
  guint left = kc_session_get_seconds_left (self->session);
  guint total = kc_session_get_phase_seconds (self->session);
  g_autofree char *text = NULL;

  if (phase != self->shown_phase)
    {
      const char *step = kc_session_get_step (self->session);

      text = g_strdup_printf ("%s. %s", count, step ? step : "");
    }
  else if (phase != KC_SESSION_PHASE_REPS && left != self->announced_seconds &&
           left != total && kc_session_is_announced_moment (total, left))
    /* Translators: said by a screen reader during a hold or a rest */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second left", "%u seconds left",
                                         left), left);
  if (text == NULL)
    return;
  self->announced_seconds = left;
  announce (self, text);
}

static void update_running (KcSessionView *self);

static void
show_page (KcSessionView *self,
           KcSessionPhase phase)
{
  if (phase == KC_SESSION_PHASE_RATING && self->shown_phase != phase)
    {
      kc_session_rating_reset (self->rating, kc_session_get_exercise_name (self->session));
      gtk_stack_set_visible_child_name (self->stack, "rating");
    }
  else if (phase == KC_SESSION_PHASE_DONE)
    {
      g_autofree char *text = NULL;
      guint n = kc_session_get_n_exercises (self->session);

      /* Translators: at the end of a session */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Today’s exercise is over.",
                                           "Today’s %u exercises are over.", n), n);
      adw_status_page_set_description (self->done_page, text);
      gtk_stack_set_visible_child_name (self->stack, "done");
    }
  else if (phase != KC_SESSION_PHASE_RATING)
    gtk_stack_set_visible_child_name (self->stack, "exercise");
}

static void
update (KcSessionView *self)
{
  KcSession *session = self->session;
  KcSessionPhase phase = kc_session_get_phase (session);
  gboolean countdown = phase == KC_SESSION_PHASE_INTRO || phase == KC_SESSION_PHASE_HOLD ||
                       phase == KC_SESSION_PHASE_RELAX || phase == KC_SESSION_PHASE_REST;
  g_autofree char *progress = NULL;
  g_autofree char *count = count_text (session);
  g_autofree char *next = next_text (session);
  const char *step = kc_session_get_step (session);
  gboolean paused = kc_session_is_paused (session);

  show_page (self, phase);
  if (phase != KC_SESSION_PHASE_DONE)
    {
      /* Translators: where a session is, e.g. "Exercise 2 of 3" */
      progress = g_strdup_printf (_("Exercise %u of %u"),
                                  kc_session_get_exercise_index (session) + 1,
                                  kc_session_get_n_exercises (session));
      set_label (self->progress_label, progress);
      set_label (self->title_label, kc_session_get_exercise_name (session));
    }
  set_label (self->count_label, count);
  set_label (self->step_label,
             step ? step : phase == KC_SESSION_PHASE_REST ? _("Rest and breathe easily.") : "");
  set_label (self->next_label, next);
  gtk_widget_set_visible (GTK_WIDGET (self->ring), countdown);
  kc_countdown_ring_set (self->ring, kc_session_get_seconds_left (session),
                         kc_session_get_phase_seconds (session));
  update_figure (self);

  if (g_strcmp0 (gtk_button_get_label (self->pause_button),
                 paused ? _("_Resume") : _("_Pause")) != 0)
    {
      gtk_button_set_label (self->pause_button, paused ? _("_Resume") : _("_Pause"));
      /* A new label names the button by its raw text again. */
      kc_accessible_fix_mnemonic_names (GTK_WIDGET (self->pause_button));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.back",
                                 kc_session_can_go_back (session));

  if (phase != KC_SESSION_PHASE_RATING && phase != KC_SESSION_PHASE_DONE)
    announce_moment (self, paused ? _("Paused") : count);
  self->shown_phase = phase;
  update_running (self);
}

static void schedule_wake (KcSessionView *self);

static gboolean
wake_cb (gpointer user_data)
{
  KcSessionView *self = KC_SESSION_VIEW (user_data);

  self->wake_id = 0;
  /* Its "changed" reschedules through update(); an early wake, too. */
  kc_session_advance_to (self->session, now (self));
  if (self->wake_id == 0)
    schedule_wake (self);
  return G_SOURCE_REMOVE;
}

/* A wake-up at the session's next change, rounded up to a whole
 * millisecond so as not to wake a moment early. */
static void
schedule_wake (KcSessionView *self)
{
  gint64 next = kc_session_get_next_change (self->session);
  gint64 wait_us;

  g_clear_handle_id (&self->wake_id, g_source_remove);
  if (next == G_MAXINT64)
    return;
  wait_us = MAX (next - now (self), 0);
  self->wake_id = g_timeout_add_full (G_PRIORITY_HIGH, (guint)MIN ((wait_us + 999) / 1000, G_MAXUINT),
                                      wake_cb, self, NULL);
}

static void
inhibit_idle (KcSessionView *self,
              gboolean       inhibit)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root))
                                             : NULL;

  if (inhibit && self->inhibit_cookie == 0 && app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (root),
                                                    GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("An exercise session is running"));
  else if (!inhibit && self->inhibit_cookie != 0 && app != NULL)
    {
      gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

/* It wakes only while the clock runs and the view is seen. */
static void
update_running (KcSessionView *self)
{
  gboolean run = clock_runs (self) && gtk_widget_get_mapped (GTK_WIDGET (self));

  if (run)
    schedule_wake (self);
  else
    g_clear_handle_id (&self->wake_id, g_source_remove);
  inhibit_idle (self, run);
}

static void
cue (KcSessionView *self,
     const char    *event_id,
     const char    *description)
{
  if (!g_settings_get_boolean (self->settings, "session-sound"))
    return;
  self->n_cues++;
  kc_session_sound_play (self->sound, event_id, description);
}

/* A bell as a hold or a rest starts, "complete" as it ends. */
static void
on_phase_changed_cb (KcSessionView *self,
                     guint          from,
                     guint          to)
{
  if (from == KC_SESSION_PHASE_HOLD || from == KC_SESSION_PHASE_REST)
    cue (self, "complete", from == KC_SESSION_PHASE_HOLD ? _("The hold is over")
                                                         : _("The rest is over"));
  else if (to == KC_SESSION_PHASE_HOLD || to == KC_SESSION_PHASE_REST)
    cue (self, "bell", to == KC_SESSION_PHASE_HOLD ? _("Hold") : _("Rest"));
}

static void
on_rated_cb (KcSessionView *self,
             guint          pain,
             gboolean       spreading)
{
  kc_session_advance_to (self->session, now (self));
  kc_session_rate (self->session, pain, spreading);
}

static void
toggle_pause_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  KcSessionView *self = KC_SESSION_VIEW (widget);

  kc_session_advance_to (self->session, now (self));
  if (kc_session_is_paused (self->session))
    kc_session_resume (self->session);
  else
    kc_session_pause (self->session);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KcSessionView *self = KC_SESSION_VIEW (widget);

  kc_session_advance_to (self->session, now (self));
  kc_session_skip (self->session);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KcSessionView *self = KC_SESSION_VIEW (widget);

  kc_session_advance_to (self->session, now (self));
  kc_session_back (self->session);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
on_end_response_cb (KcSessionView *self,
                    const char    *response)
{
  self->asking = FALSE;
  kc_session_advance_to (self->session, now (self));
  if (g_str_equal (response, "keep") || g_str_equal (response, "discard"))
    kc_session_finish (self->session, g_str_equal (response, "keep"));
  else if (!self->paused_before_asking)
    kc_session_resume (self->session);
  update (self);
}

/* Escape and Finish ask first: rated exercises are in the plan already;
 * the one under way is kept or not as chosen.  The clock stops meanwhile. */
static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  KcSessionView *self = KC_SESSION_VIEW (widget);
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  if (kc_session_get_phase (self->session) == KC_SESSION_PHASE_DONE)
    {
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }
  if (self->asking)
    return;

  kc_session_advance_to (self->session, now (self));
  self->paused_before_asking = kc_session_is_paused (self->session);
  kc_session_pause (self->session);
  self->asking = TRUE;
  update_running (self);

  /* Translators: the question on ending a session early; %s is an exercise */
  body = g_strdup_printf (_("The exercises you rated are kept. Keep what you did of %s?"),
                          kc_session_get_exercise_name (self->session));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("End the Session?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "continue", _("_Go On"),
                                    "discard", _("_Discard It"),
                                    "keep", _("_Keep It"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_end_response_cb), self,
                           G_CONNECT_SWAPPED);
  /* Its response buttons were read out as "_Keep It Keep It". */
  kc_accessible_fix_mnemonic_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kc_session_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kc_session_view_parent_class)->map (widget);
  update_running (KC_SESSION_VIEW (widget));
}

static void
kc_session_view_unmap (GtkWidget *widget)
{
  KcSessionView *self = KC_SESSION_VIEW (widget);

  g_clear_handle_id (&self->wake_id, g_source_remove);
  inhibit_idle (self, FALSE);

  GTK_WIDGET_CLASS (kc_session_view_parent_class)->unmap (widget);
}

static void
kc_session_view_dispose (GObject *object)
{
  KcSessionView *self = KC_SESSION_VIEW (object);
  GtkWidget *child;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_SESSION_VIEW);
  /* Its stack is unparented by hand, as GTK 4.8 leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->figure = NULL;
  g_clear_handle_id (&self->wake_id, g_source_remove);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_object (&self->sound);

  G_OBJECT_CLASS (kc_session_view_parent_class)->dispose (object);
}

static void
kc_session_view_class_init (KcSessionViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = kc_session_view_dispose;
  widget_class->map = kc_session_view_map;
  widget_class->unmap = kc_session_view_unmap;

  /* The patient closed the finished session. */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KC_TYPE_COUNTDOWN_RING);
  g_type_ensure (KC_TYPE_SESSION_RATING);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-session-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, stack);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, exercise_page);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, title_label);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, figure_slot);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, ring);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, count_label);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, step_label);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, next_label);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, pause_button);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, sound_button);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, status_label);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, rating);
  gtk_widget_class_bind_template_child (widget_class, KcSessionView, done_page);
  gtk_widget_class_bind_template_callback (widget_class, on_rated_cb);

  gtk_widget_class_install_action (widget_class, "session.toggle-pause", NULL,
                                   toggle_pause_action);
  gtk_widget_class_install_action (widget_class, "session.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "session.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "session.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "session.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "session.end", NULL);
}

/* Space, Right and Left work the session wherever the focus is on the
 * exercise page, before a focused button takes Space for itself; the
 * rating keeps them for its buttons. */
static void
add_page_keys (KcSessionView *self)
{
  static const struct { guint key; const char *action; } keys[] = {
    { GDK_KEY_space, "session.toggle-pause" },
    { GDK_KEY_KP_Space, "session.toggle-pause" },
    { GDK_KEY_Right, "session.skip" },
    { GDK_KEY_Left, "session.back" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, 0),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (self->exercise_page, controller);
}

static void
on_sound_toggled_cb (KcSessionView *self)
{
  gtk_button_set_icon_name (GTK_BUTTON (self->sound_button),
                            gtk_toggle_button_get_active (self->sound_button)
                            ? "audio-volume-high-symbolic" : "audio-volume-muted-symbolic");
}

static void
kc_session_view_init (KcSessionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->clock = monotonic_clock;
  self->sound = kc_session_sound_new ();
  self->shown_phase = KC_SESSION_PHASE_DONE + 1;
  add_page_keys (self);
  g_signal_connect_swapped (self->sound_button, "toggled", G_CALLBACK (on_sound_toggled_cb),
                            self);
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
}

/**
 * kc_session_view_new:
 * @settings: the app's settings, for the sounds' mute toggle
 *
 * Returns: (transfer floating): a view of @session, which it starts with
 *   kc_session_view_start()
 */
GtkWidget *
kc_session_view_new (KcSession *session,
                     GSettings *settings)
{
  KcSessionView *self;

  g_return_val_if_fail (KC_IS_SESSION (session), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (KC_TYPE_SESSION_VIEW, NULL);
  self->session = g_object_ref (session);
  self->settings = g_object_ref (settings);
  g_settings_bind (settings, "session-sound", self->sound_button, "active",
                   G_SETTINGS_BIND_DEFAULT);
  on_sound_toggled_cb (self);
  g_signal_connect_swapped (session, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (session, "phase-changed", G_CALLBACK (on_phase_changed_cb), self);
  update (self);
  return GTK_WIDGET (self);
}

KcSession *
kc_session_view_get_session (KcSessionView *self)
{
  g_return_val_if_fail (KC_IS_SESSION_VIEW (self), NULL);
  return self->session;
}

/* Replaces the monotonic clock, before the session starts. */
void
kc_session_view_set_clock (KcSessionView  *self,
                           KcSessionClock  clock,
                           gpointer        user_data)
{
  g_return_if_fail (KC_IS_SESSION_VIEW (self));
  g_return_if_fail (clock != NULL);

  self->clock = clock;
  self->clock_data = user_data;
}

void
kc_session_view_start (KcSessionView *self)
{
  g_return_if_fail (KC_IS_SESSION_VIEW (self));

  kc_session_start (self->session, now (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->pause_button));
}

/* How many sounds were asked for, heard or not: for tests. */
guint
kc_session_view_get_n_cues (KcSessionView *self)
{
  g_return_val_if_fail (KC_IS_SESSION_VIEW (self), 0);
  return self->n_cues;
}
