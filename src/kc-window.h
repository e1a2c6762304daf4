/* kc-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "content/kc-library.h"
#include "plan/kc-plan-store.h"

G_BEGIN_DECLS

#define KC_TYPE_WINDOW (kc_window_get_type ())

G_DECLARE_FINAL_TYPE (KcWindow, kc_window, KC, WINDOW, AdwApplicationWindow)

#define KC_TEXT_ZOOM_MIN  0.5
#define KC_TEXT_ZOOM_MAX  3.0
#define KC_TEXT_ZOOM_STEP 0.1

KcWindow   *kc_window_new           (GtkApplication *application,
                                     KcLibrary      *library,
                                     GSettings      *settings);
gboolean    kc_window_show_page     (KcWindow       *self,
                                     const char     *name);
const char *kc_window_get_page      (KcWindow       *self);
GtkWidget  *kc_window_get_tab       (KcWindow       *self,
                                     const char     *name);
gboolean    kc_window_open_item     (KcWindow       *self,
                                     const char     *id);
void        kc_window_set_plan_store (KcWindow      *self,
                                      KcPlanStore   *store);
char      **kc_window_dup_page_names (KcWindow      *self);
KcPlan     *kc_window_get_today_plan (KcWindow      *self);
void        kc_window_show_today    (KcWindow       *self,
                                     const char     *plan_id);
gboolean    kc_window_print_visit_summary (KcWindow   *self,
                                           const char *next_steps,
                                           const char *export_pdf,
                                           GError    **error);
double      kc_window_get_text_zoom (KcWindow       *self);
gboolean    kc_window_get_presenting (KcWindow      *self);
GtkWidget  *kc_window_get_session_view (KcWindow    *self);
gboolean    kc_window_start_session    (KcWindow    *self,
                                        const char  *plan_id);
void        kc_window_set_presenting (KcWindow      *self,
                                      gboolean       presenting);
void        kc_window_set_text_zoom (KcWindow       *self,
                                     double          zoom);

G_END_DECLS
