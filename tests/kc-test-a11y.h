/* kc-test-a11y.h: what a screen reader and a keyboard user meet, for the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "kc-window.h"

G_BEGIN_DECLS

void kc_test_collect_unnamed   (GtkWidget       *widget,
                                GString         *found);
void kc_test_assert_everything_named (KcWindow *window);
void kc_test_collect_read_underscores (GtkWidget *widget,
                                       GString   *found);
void kc_test_assert_tab_walk   (KcWindow        *window);
void kc_test_assert_keyboard_at_size (int        width,
                                      int        height);

G_END_DECLS
