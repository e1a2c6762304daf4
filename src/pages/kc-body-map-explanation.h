/* kc-body-map-explanation.h: what the body map says about a choice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "content/kc-referrals.h"

G_BEGIN_DECLS

char      *kc_body_map_describe_start    (KcLibrary          *library,
                                          const char         *region_id,
                                          GPtrArray          *hits);
char      *kc_body_map_describe_hurt     (KcLibrary          *library,
                                          const char * const *areas,
                                          GPtrArray          *matches);
void       kc_body_map_explain_start     (GtkBox             *box,
                                          KcLibrary          *library,
                                          const char         *region_id,
                                          GPtrArray          *hits,
                                          const char * const *pages);
void       kc_body_map_explain_hurt      (GtkBox             *box,
                                          KcLibrary          *library,
                                          const char * const *areas,
                                          GPtrArray          *matches,
                                          const char * const *pages);
GtkWidget *kc_body_map_warning_card_new  (KcLibrary          *library);
char      *kc_body_map_dup_handout_text  (const char         *summary,
                                          GPtrArray          *sources,
                                          GStrv               reaches);
char      *kc_body_map_dup_warning_text  (KcLibrary          *library);
char     **kc_body_map_dup_start_reaches (KcLibrary          *library,
                                          GPtrArray          *hits,
                                          GPtrArray          *sources);
GPtrArray *kc_body_map_dup_hit_sources   (GPtrArray          *hits);

G_END_DECLS
