/* kc-test-library.c: the bundled content, for tests with or without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-test-library.h"

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
