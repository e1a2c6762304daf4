/* kc-history.h: where the user has been, to go back and forward
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KC_TYPE_HISTORY (kc_history_get_type ())

G_DECLARE_FINAL_TYPE (KcHistory, kc_history, KC, HISTORY, GObject)

KcHistory *kc_history_new             (void);
void       kc_history_visit           (KcHistory   *self,
                                       const char  *action_name,
                                       GVariant    *target);
gboolean   kc_history_go              (KcHistory   *self,
                                       int          delta,
                                       const char **action_name,
                                       GVariant   **target);
gboolean   kc_history_can_go_back     (KcHistory   *self);
gboolean   kc_history_can_go_forward  (KcHistory   *self);

G_END_DECLS
