/* kc-test-library.h: the bundled content, for tests with or without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "content/kc-library.h"

G_BEGIN_DECLS

KcLibrary *kc_test_bundled_library (void);

G_END_DECLS
