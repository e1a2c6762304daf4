/* kc-test-widgets.h: finding widgets in a window, for the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "content/kc-library.h"
#include "kc-test-library.h"
#include "kc-window.h"
#include "widgets/kc-diagram-view.h"

G_BEGIN_DECLS

KcWindow  *kc_test_new_window        (KcLibrary  *library,
                                      GSettings  *settings);
KcWindow  *kc_test_new_window_sized  (KcLibrary  *library,
                                      GSettings  *settings,
                                      int         width,
                                      int         height);
GtkWidget *kc_test_find_by_type      (GtkWidget  *widget,
                                      GType       type);
GtkWidget *kc_test_find_by_css_class (GtkWidget  *widget,
                                      const char *css_class);
void       kc_test_collect_by_type   (GtkWidget  *widget,
                                      GType       type,
                                      GPtrArray  *found);
void       kc_test_append_label_text (GtkWidget  *widget,
                                      GString    *text);
void       kc_test_show_every_tab    (KcWindow   *window);
void       kc_test_press_key         (GtkWidget  *widget,
                                      guint       keyval);
void       kc_test_activate_shortcut (GtkWidget       *widget,
                                      guint            keyval,
                                      GdkModifierType  modifiers);
void       kc_test_assert_fits       (KcWindow   *window,
                                      int         width,
                                      int         height);
const char *kc_test_shown_toast_title (GtkWidget *widget);
AdwMessageDialog *kc_test_find_message_dialog (void);
const char *kc_test_part_at_document (KcDiagramView *view,
                                      double         doc_x,
                                      double         doc_y);

G_END_DECLS
