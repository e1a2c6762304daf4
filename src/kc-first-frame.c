/* kc-first-frame.c: what waits for a window's first frame
 *
 * kc_first_frame_then() runs work that the first frame does not show
 * (the window icon, say) once that frame is painted, so that it does not
 * delay it.
 *
 * kc_first_frame_watch() serves the start-up benchmark: with
 * KC_BENCH_FIRST_FRAME set, the first time the window's frame clock has
 * painted, "first-frame T" is printed (T: g_get_monotonic_time(), the clock
 * the benchmark started the program by) and the application quits.
 * tests/bench/bare-window.c uses the same file, so both are measured alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include <stdio.h>

#include "kc-first-frame.h"

typedef struct {
  GSourceOnceFunc func;
  gpointer        data;
} Deferred;

static void
on_painted_run_deferred_cb (GdkFrameClock *clock,
                            Deferred      *deferred)
{
  g_signal_handlers_disconnect_by_func (clock, on_painted_run_deferred_cb, deferred);
  /* Idle, so that it runs after the frame has reached the screen. */
  g_idle_add_once (deferred->func, deferred->data);
  g_free (deferred);
}

static void
on_realize_defer_cb (GtkWidget *window,
                     Deferred  *deferred)
{
  g_signal_handlers_disconnect_by_func (window, on_realize_defer_cb, deferred);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_painted_run_deferred_cb), deferred);
}

/**
 * kc_first_frame_then:
 * @window: a window not yet shown
 * @func: what to run once @window has painted its first frame
 * @data: passed to @func
 *
 * @func runs once, even if @window is destroyed meanwhile (it is not
 * given the window); it does not run if @window is never realized.
 */
void
kc_first_frame_then (GtkWindow       *window,
                     GSourceOnceFunc  func,
                     gpointer         data)
{
  Deferred *deferred;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (!gtk_widget_get_realized (GTK_WIDGET (window)));
  g_return_if_fail (func != NULL);

  deferred = g_new0 (Deferred, 1);
  deferred->func = func;
  deferred->data = data;
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_defer_cb), deferred);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (window));

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  fprintf (stdout, "first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  if (application != NULL)
    g_application_quit (application);
}

static void
on_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), window);
}

void
kc_first_frame_watch (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_getenv ("KC_BENCH_FIRST_FRAME") == NULL)
    return;

  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
}
