/* kc-body-map-sheet.h: the body map's answer as a printed sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "content/kc-library.h"
#include "content/kc-referral-answer.h"
#include "widgets/kc-print-flow.h"

G_BEGIN_DECLS

const char  *kc_body_map_view_caption (guint view);

KcPrintFlow *kc_body_map_sheet_new (KcReferralAnswer  *answer,
                                    GDateTime         *date,
                                    gboolean           compact,
                                    GPtrArray         *dermatomes,
                                    KcPrintFigureFunc  draw_view,
                                    gpointer           user_data,
                                    GDestroyNotify     destroy);

KcPrintFlow *kc_body_map_sheet_new_on_paper (KcLibrary         *library,
                                             KcReferralAnswer  *answer,
                                             GDateTime         *date,
                                             gboolean           compact);

G_END_DECLS
