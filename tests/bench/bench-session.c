/* bench-session.c: what a guided session costs, and whether it keeps time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (tests/bench/run starts one).  The app's window, at
 * 1280×800, runs a session on the real clock, as from Today's Start:
 *
 *   bench-session hold        CPU time over 10 s while a 60 s hold counts
 *                             down (the ring and its digits, once a second)
 *   bench-session reps        the same while the figure moves through reps
 *   bench-session countdown   a 300 s hold: how far each change of the
 *                             digits, and the hold's end, fall from wall
 *                             time (g_get_real_time), over five minutes:
 *                             median, 95th percentile, worst, and drift
 *
 * CPU time is the process's, all threads (a GL renderer's too), against
 * the wall time that went by; it also prints how many frames were drawn.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <stdio.h>

#include "kc-window.h"
#include "pages/kc-session-view.h"
#include "plan/kc-plan-store.h"
#include "widgets/kc-countdown-ring.h"

#define WIDTH 1280
#define HEIGHT 800
#define MEASURE_S 10
#define COUNTDOWN_S 300

typedef struct
{
  KcSession *session;
  KcCountdownRing *ring;
  gint64 hold_start;     /* wall time the hold began, µs */
  guint last_seconds;
  GArray *off_ms;        /* each change against wall time, in order */
  guint n_changes;
  gboolean mismatch;     /* the ring showed other seconds than the session */
  gboolean holding;      /* the hold has begun */
  gboolean over;
} Countdown;

static gint64
cpu_us (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (gint64)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
         usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

static void
run_for (gint64 us)
{
  gint64 end = g_get_monotonic_time () + us;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

static void
wait_for_phase (KcSession      *session,
                KcSessionPhase  phase)
{
  while (kc_session_get_phase (session) != phase)
    g_main_context_iteration (NULL, TRUE);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   guint         *n_frames)
{
  (*n_frames)++;
}

/* CPU over MEASURE_S seconds of @phase, as a share of one core. */
static void
measure_cpu (KcWindow       *window,
             KcSession      *session,
             KcSessionPhase  phase,
             const char     *name)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  guint n_frames = 0;
  gint64 wall, cpu;

  wait_for_phase (session, phase);
  /* A moment to settle: the phase's first frame draws textures once. */
  run_for (G_USEC_PER_SEC / 2);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &n_frames);
  wall = g_get_monotonic_time ();
  cpu = cpu_us ();
  run_for (MEASURE_S * G_USEC_PER_SEC);
  cpu = cpu_us () - cpu;
  wall = g_get_monotonic_time () - wall;
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, &n_frames);
  if (kc_session_get_phase (session) != phase)
    g_error ("The %s phase ended before %d s were measured", name, MEASURE_S);

  printf ("session-%s-cpu-percent %.1f\n", name, 100.0 * (double)cpu / (double)wall);
  printf ("session-%s-frames %u\n", name, n_frames);
}

static void
on_changed_cb (KcSession *session,
               Countdown *countdown)
{
  gint64 now = g_get_real_time ();
  guint seconds;
  double off_ms;

  if (countdown->over)
    return;
  if (kc_session_get_phase (session) == KC_SESSION_PHASE_HOLD)
    countdown->holding = TRUE;
  else if (!countdown->holding)
    return;   /* still in the intro */
  else
    {
      /* The hold's end, due COUNTDOWN_S after its start. */
      off_ms = (now - countdown->hold_start - COUNTDOWN_S * G_USEC_PER_SEC) / 1000.0;
      g_array_append_val (countdown->off_ms, off_ms);
      countdown->over = TRUE;
      return;
    }
  seconds = kc_session_get_seconds_left (session);
  if (seconds == countdown->last_seconds)
    return;
  countdown->last_seconds = seconds;
  /* N is due when COUNTDOWN_S − N seconds of the hold have gone. */
  off_ms = (now - countdown->hold_start -
            (gint64)(COUNTDOWN_S - seconds) * G_USEC_PER_SEC) / 1000.0;
  g_array_append_val (countdown->off_ms, off_ms);
  countdown->n_changes++;
}

/* Whether the digits on screen are the session's, once a frame is drawn. */
static void
on_ring_painted_cb (GdkFrameClock *clock,
                    Countdown     *countdown)
{
  g_autofree char *digits = NULL;

  if (countdown->over || kc_session_get_phase (countdown->session) != KC_SESSION_PHASE_HOLD)
    return;
  digits = g_strdup_printf ("%u", kc_session_get_seconds_left (countdown->session));
  if (!g_str_equal (digits, kc_countdown_ring_get_digits (countdown->ring)))
    countdown->mismatch = TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The view's only KcCountdownRing, depth first. */
static GtkWidget *
find_ring (GtkWidget *widget)
{
  if (KC_IS_COUNTDOWN_RING (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *ring = find_ring (child);

      if (ring != NULL)
        return ring;
    }
  return NULL;
}

static void
measure_countdown (KcWindow  *window,
                   KcSession *session,
                   gint64     started)
{
  GtkWidget *view = kc_window_get_session_view (window);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  /* The hold's start is the first change: its 300 shown on time. */
  Countdown countdown = { session, NULL, 0, COUNTDOWN_S + 1, NULL, 0, FALSE, FALSE, FALSE };
  g_autoptr(GArray) sorted = NULL;
  double drift = 0;
  guint n, tenth;
  GtkWidget *ring = find_ring (view);

  g_assert (ring != NULL);
  countdown.ring = KC_COUNTDOWN_RING (ring);
  countdown.off_ms = g_array_new (FALSE, FALSE, sizeof (double));
  /* The intro lasts whole seconds from the start. */
  countdown.hold_start = started + (gint64)kc_session_get_phase_seconds (session) * G_USEC_PER_SEC;
  g_signal_connect (session, "changed", G_CALLBACK (on_changed_cb), &countdown);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_ring_painted_cb), &countdown);
  while (!countdown.over)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_data (clock, &countdown);
  g_signal_handlers_disconnect_by_data (session, &countdown);

  /* How late each change came, as a busy machine scatters it; and the
   * drift: the last tenth's mean against the first tenth's, which a
   * countdown counting frames or timeouts would show growing. */
  n = countdown.off_ms->len;
  g_assert (n > 20);
  tenth = n / 10;
  for (guint i = 0; i < tenth; i++)
    drift += (g_array_index (countdown.off_ms, double, n - 1 - i) -
              g_array_index (countdown.off_ms, double, i)) / tenth;
  sorted = g_array_copy (countdown.off_ms);
  for (guint i = 0; i < n; i++)
    g_array_index (sorted, double, i) = ABS (g_array_index (sorted, double, i));
  g_array_sort (sorted, compare_doubles);
  printf ("session-countdown-median-ms %.1f\n", g_array_index (sorted, double, n / 2));
  printf ("session-countdown-p95-ms %.1f\n", g_array_index (sorted, double, n * 95 / 100));
  printf ("session-countdown-worst-ms %.1f\n", g_array_index (sorted, double, n - 1));
  printf ("session-countdown-drift-ms %.1f\n", drift);
  g_array_unref (countdown.off_ms);
  /* Each second shown once, and the digits drawn the session's own. */
  printf ("session-countdown-seconds %d\n", COUNTDOWN_S);
  printf ("session-countdown-changes %u\n", countdown.n_changes);
  printf ("session-countdown-mismatch %d\n", countdown.mismatch);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(KcPlanStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(KcPlan) plan = kc_plan_new ("bench", "Bench");
  g_autoptr(GFile) folder = NULL;
  g_autofree char *dir = NULL;
  const char *mode = argc > 1 ? argv[1] : "hold";
  GDate today = kc_plan_today ();
  KcDose hold = { 1, 0, 60, 0 }, reps = { 3, 10, 0, 0 }, countdown = { 1, 0, COUNTDOWN_S, 0 };
  KcWindow *window;
  KcSession *session;
  gint64 started;

  gtk_init ();
  adw_init ();
  kc_library_add_bundled (library);
  kc_library_load (library);

  dir = g_dir_make_tmp ("kc-bench-session-XXXXXX", NULL);
  folder = g_file_new_for_path (dir);
  store = kc_plan_store_new (folder, library);
  kc_plan_store_load (store);
  if (g_str_equal (mode, "reps"))
    kc_plan_add_item (plan, kc_weekday_of (&today), "bridge", &reps);
  else
    kc_plan_add_item (plan, kc_weekday_of (&today), "plank",
                      g_str_equal (mode, "countdown") ? &countdown : &hold);
  if (!kc_plan_store_add (store, plan, NULL))
    g_error ("Could not add the plan");

  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "window-width", WIDTH);
  g_settings_set_int (settings, "window-height", HEIGHT);
  g_settings_set_boolean (settings, "session-sound", FALSE);
  window = kc_window_new (NULL, library, settings);
  kc_window_set_plan_store (window, store);
  gtk_window_present (GTK_WINDOW (window));

  if (!kc_window_start_session (window, "bench"))
    g_error ("The session did not start");
  session = kc_session_view_get_session (KC_SESSION_VIEW (kc_window_get_session_view (window)));
  /* Its clock started when the view started it, a second before the
   * intro's first change; on the wall clock, from the monotonic one. */
  started = kc_session_get_next_change (session) - G_USEC_PER_SEC +
            (g_get_real_time () - g_get_monotonic_time ());

  if (g_str_equal (mode, "countdown"))
    measure_countdown (window, session, started);
  else if (g_str_equal (mode, "reps"))
    measure_cpu (window, session, KC_SESSION_PHASE_REPS, "reps");
  else
    measure_cpu (window, session, KC_SESSION_PHASE_HOLD, "hold");

  gtk_window_destroy (GTK_WINDOW (window));
  kc_plan_store_remove (store, plan, NULL);
  kc_plan_store_flush (store);
  g_rmdir (dir);
  return 0;
}
