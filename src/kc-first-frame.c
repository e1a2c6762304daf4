/* kc-first-frame.c: report the first painted frame, for the start-up benchmark
 *
 * With KC_BENCH_FIRST_FRAME set, the first time the window's frame clock
 * has painted, "first-frame T" is printed (T: g_get_monotonic_time(), the
 * clock the benchmark started the program by) and the application quits.
 * tests/bench/bare-window.c uses the same file, so both are measured alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "kc-first-frame.h"

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
