/* kc-body-map-page.h: the Body map tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "content/kc-referral-answer.h"
#include "kc-page.h"
#include "widgets/kc-print-flow.h"

G_BEGIN_DECLS

#define KC_TYPE_BODY_MAP_PAGE (kc_body_map_page_get_type ())

G_DECLARE_FINAL_TYPE (KcBodyMapPage, kc_body_map_page, KC, BODY_MAP_PAGE, GtkWidget)

void        kc_body_map_page_set_library         (KcBodyMapPage      *self,
                                                  KcLibrary          *library);
void        kc_body_map_page_set_mode            (KcBodyMapPage      *self,
                                                  const char         *mode);
void        kc_body_map_page_choose              (KcBodyMapPage      *self,
                                                  const char * const *regions);
char      **kc_body_map_page_dup_lit_regions     (KcBodyMapPage      *self,
                                                  const char         *role);
const char *kc_body_map_page_get_summary         (KcBodyMapPage      *self);
gboolean    kc_body_map_page_show_part           (KcBodyMapPage      *self,
                                                  const char         *part_id);
gboolean    kc_body_map_page_show_source         (KcBodyMapPage      *self,
                                                  const char         *source_id);
gboolean    kc_body_map_page_show_condition      (KcBodyMapPage      *self,
                                                  const char         *condition_id);
gboolean    kc_body_map_page_show_region         (KcBodyMapPage      *self,
                                                  const char         *region_id);
KcReferralAnswer *kc_body_map_page_get_answer    (KcBodyMapPage      *self);
void        kc_body_map_page_draw_view           (KcBodyMapPage      *self,
                                                  guint               index,
                                                  cairo_t            *cr,
                                                  double              width,
                                                  double              height);
void        kc_body_map_page_set_show_dermatomes (KcBodyMapPage      *self,
                                                  gboolean            show);
void        kc_body_map_page_set_dermatome_root  (KcBodyMapPage      *self,
                                                  const char         *root);
KcPrintFlow *kc_body_map_page_new_sheet          (KcBodyMapPage      *self,
                                                  gboolean            compact);
gboolean    kc_body_map_page_print               (KcBodyMapPage      *self,
                                                  GtkWindow          *parent,
                                                  const char         *export_pdf,
                                                  GError            **error);

G_END_DECLS
