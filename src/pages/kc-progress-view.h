/* kc-progress-view.h: a plan's progress, week by week, in charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "plan/kc-plan-store.h"

G_BEGIN_DECLS

#define KC_TYPE_PROGRESS_VIEW (kc_progress_view_get_type ())

G_DECLARE_FINAL_TYPE (KcProgressView, kc_progress_view, KC, PROGRESS_VIEW, GtkWidget)

void       kc_progress_view_set_store  (KcProgressView *self,
                                        KcPlanStore    *store,
                                        KcLibrary      *library);
void       kc_progress_view_set_date   (KcProgressView *self,
                                        const GDate    *today);
void       kc_progress_view_set_plan   (KcProgressView *self,
                                        KcPlan         *plan);
KcPlan    *kc_progress_view_get_plan   (KcProgressView *self);
GPtrArray *kc_progress_view_dup_charts (KcProgressView *self);
gboolean   kc_progress_view_is_empty   (KcProgressView *self);

const char *kc_progress_view_get_imported_note (KcProgressView *self);

G_END_DECLS
