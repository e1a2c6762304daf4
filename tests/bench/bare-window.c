/* bare-window.c: the yardstick for start-up — a bare GTK 4 window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkApplication with one window holding a notebook of four pages of
 * text, reporting its first frame the way Kinetic Chain does
 * (src/kc-first-frame.c).
 */
#include "config.h"

#include <gtk/gtk.h>

#include "kc-first-frame.h"

static void
on_activate_cb (GtkApplication *application)
{
  GtkWidget *window = gtk_application_window_new (application);
  GtkWidget *notebook = gtk_notebook_new ();
  static const char *tabs[] = { "Anatomy", "Body map", "Exercises", "Questions" };

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    gtk_notebook_append_page (GTK_NOTEBOOK (notebook),
                              gtk_label_new ("A page of a bare GTK window."),
                              gtk_label_new (tabs[i]));

  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_child (GTK_WINDOW (window), notebook);
  kc_first_frame_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) application =
    gtk_application_new ("io.github.kineticchain.BareWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
