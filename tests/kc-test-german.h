/* kc-test-german.h: run a test in German, with the catalogue just built
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *kc_test_switch_to_german (void);
void  kc_test_remove_tree      (const char *path);

G_END_DECLS
