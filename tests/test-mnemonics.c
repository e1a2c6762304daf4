/* test-mnemonics.c: no control is read out with its mnemonic's underscore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 names a check button, and a button whose label child does not
 * name it, by the label's raw text: a screen reader said "Show underscore
 * All Arrows".  The walk covers every tab and the Preferences window.
 */
#include "config.h"

#include <adwaita.h>

#include "content/kc-library.h"
#include "kc-preferences-window.h"
#include "pages/kc-session-view.h"
#include "plan/kc-plan.h"
#include "plan/kc-session.h"
#include "kc-window.h"
#include "kc-test-a11y.h"
#include "kc-test-library.h"
#include "kc-test-widgets.h"

/* The guided session's view, every page of it built (shown or not). */
static GtkWidget *
new_session_view (KcLibrary *library,
                  GSettings *settings)
{
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Mnemonics");
  g_autoptr(KcSession) session = NULL;
  KcDose bridge = { 2, 10, 0, 0 };
  GDate date = kc_plan_today ();

  kc_plan_add_item (plan, kc_weekday_of (&date), "bridge", &bridge);
  session = kc_session_new (plan, library, &date);
  return kc_session_view_new (session, settings);
}

/* No control is read out with its mnemonic's underscore: not on any tab,
 * not in Preferences, not in a guided session. */
static void
test_no_underscore_read_aloud (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_test_new_window (library, settings);
  g_autoptr(GString) found = g_string_new (NULL);
  KcPreferencesWindow *preferences;
  g_autoptr(GtkWidget) session_view = NULL;

  kc_test_show_every_tab (window);
  kc_test_collect_read_underscores (GTK_WIDGET (window), found);

  preferences = kc_preferences_window_new (GTK_WINDOW (window), settings);
  gtk_window_present (GTK_WINDOW (preferences));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preferences));
  kc_test_collect_read_underscores (GTK_WIDGET (preferences), found);
  session_view = g_object_ref_sink (new_session_view (library, settings));
  kc_test_collect_read_underscores (session_view, found);

  g_assert_cmpstr (found->str, ==, "");
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/mnemonics/none-read-aloud", test_no_underscore_read_aloud);

  return g_test_run ();
}
