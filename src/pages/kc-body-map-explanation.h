/* kc-body-map-explanation.h: the body map's answer, shown and printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "content/kc-pain-source.h"
#include "content/kc-referral-answer.h"

G_BEGIN_DECLS

void        kc_body_map_explain      (GtkBox               *box,
                                      KcLibrary            *library,
                                      KcReferralAnswer     *answer);
gboolean    kc_body_map_get_section  (guint                 index,
                                      KcPainSourceSection  *section,
                                      const char          **heading);
const char *kc_body_map_hurt_caveat  (void);
const char *kc_body_map_no_source    (void);

G_END_DECLS
