/* kc-anatomy-page.h: the Anatomy tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "kc-page.h"

G_BEGIN_DECLS

#define KC_TYPE_ANATOMY_PAGE (kc_anatomy_page_get_type ())

G_DECLARE_FINAL_TYPE (KcAnatomyPage, kc_anatomy_page, KC, ANATOMY_PAGE, GtkWidget)

void        kc_anatomy_page_set_library         (KcAnatomyPage      *self,
                                                 KcLibrary          *library);
gboolean    kc_anatomy_page_show_diagram        (KcAnatomyPage      *self,
                                                 const char         *id);
gboolean    kc_anatomy_page_show_part           (KcAnatomyPage      *self,
                                                 const char         *id);
gboolean    kc_anatomy_page_show_condition      (KcAnatomyPage      *self,
                                                 const char         *condition_id);
const char *kc_anatomy_page_get_selected_part   (KcAnatomyPage      *self);
void        kc_anatomy_page_draw_diagram        (KcAnatomyPage      *self,
                                                 cairo_t            *cr,
                                                 double              width,
                                                 double              height);

G_END_DECLS
