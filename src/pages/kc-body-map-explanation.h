/* kc-body-map-explanation.h: the body map's answer, shown and printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "content/kc-referral-answer.h"

G_BEGIN_DECLS

void       kc_body_map_explain           (GtkBox             *box,
                                          KcLibrary          *library,
                                          KcReferralAnswer   *answer);

G_END_DECLS
