/* kc-test-library.h: the bundled content, for tests with or without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "content/kc-library.h"

G_BEGIN_DECLS

KcLibrary *kc_test_bundled_library    (void);
void       kc_test_library_load_async (KcLibrary *library);

/* A user's exercise, which refers to a bundled one. */
#define KC_TEST_USER_EXERCISE_ID "clinic-wall-slide"
extern const char kc_test_user_exercise_xml[];

G_END_DECLS
