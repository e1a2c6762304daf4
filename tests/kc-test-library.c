/* kc-test-library.c: the bundled content, for tests with or without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-test-library.h"

const char kc_test_user_exercise_xml[] =
  "<?xml version=\"1.0\"?>\n"
  "<exercises version=\"1\">\n"
  "  <exercise id=\"" KC_TEST_USER_EXERCISE_ID "\" kind=\"strengthening\" difficulty=\"easy\"\n"
  "            targets=\"knees\" illustration=\"bridge.svg\">\n"
  "    <name>Clinic wall slide</name>\n"
  "    <steps><step>Slide down the wall a little, then up.</step></steps>\n"
  "    <dose reps=\"8\"/>\n"
  "    <harder ref=\"mini-squat\"/>\n"
  "    <how-often>Daily</how-often>\n"
  "    <cautions><item>Stop if the knee hurts more.</item></cautions>\n"
  "    <why>It strengthens the thigh.</why>\n"
  "    <references><reference>The clinic's own sheet, 2026.</reference></references>\n"
  "  </exercise>\n"
  "</exercises>\n";

/* Returns: (transfer full): the bundled content, loaded; it has no problems */
KcLibrary *
kc_test_bundled_library (void)
{
  KcLibrary *library = kc_library_new ();

  kc_library_add_bundled (library);
  kc_library_load (library);
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_problems (library)), ==, 0);

  return library;
}

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;

  g_assert_true (kc_library_load_finish (KC_LIBRARY (object), result, NULL));
  *done = TRUE;
}

/* Loads what is queued on a worker, as the app loads the user's content
 * after its first frame, and waits until it has joined @library. */
void
kc_test_library_load_async (KcLibrary *library)
{
  gboolean done = FALSE;

  kc_library_load_async (library, NULL, on_loaded_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}
