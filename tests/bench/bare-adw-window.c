/* bare-adw-window.c: a bare libadwaita window, for reference only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The yardstick stays tests/bench/bare-window.c, a bare GTK 4 window:
 * libadwaita must not cost start-up. This one, an AdwApplication whose
 * window has a header bar with view switcher and a view stack of four
 * pages of text, shows how much of Kinetic Chain's first frame is
 * libadwaita's own (its linking, stylesheet and widgets), reported the
 * same way (src/kc-first-frame.c).
 */
#include "config.h"

#include <adwaita.h>

#include "kc-first-frame.h"

static void
on_activate_cb (GtkApplication *application)
{
  GtkWidget *window = adw_application_window_new (application);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_view_switcher_title_new ();
  GtkWidget *stack = adw_view_stack_new ();
  static const char *tabs[] = { "Anatomy", "Body map", "Exercises", "Questions" };

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    adw_view_stack_add_titled (ADW_VIEW_STACK (stack),
                               gtk_label_new ("A page of a bare libadwaita window."),
                               NULL, tabs[i]);

  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (title), ADW_VIEW_STACK (stack));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  gtk_widget_set_vexpand (stack, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), stack);

  gtk_window_set_title (GTK_WINDOW (window), "Bare libadwaita window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  kc_first_frame_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application =
    adw_application_new ("io.github.kineticchain.BareAdwWindow", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
