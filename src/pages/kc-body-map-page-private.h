/* kc-body-map-page-private.h: the Body map page, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "content/kc-body-map-mode.h"
#include "content/kc-pen-color.h"
#include "content/kc-referral-answer.h"
#include "content/kc-vocabulary.h"
#include "kc-body-map-page.h"
#include "widgets/kc-diagram-view.h"
#include "widgets/kc-focus-group.h"
#include "widgets/kc-fold-layout.h"

G_BEGIN_DECLS

struct _KcBodyMapPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwFlap *places_flap;
  AdwFlap *explanation_flap;
  GtkWidget *sidebar;
  GtkLabel *mode_hint;
  GtkListBox *regions_list;
  KcFocusGroup *places_group;
  GtkWidget *pen_tools;
  GtkBox *pen_colors;
  GtkMenuButton *warnings_button;
  GtkBox *warnings_box;
  GtkWidget *front_box;
  GtkWidget *back_box;
  GtkLabel *front_caption;
  GtkLabel *back_caption;
  KcDiagramView *front_view;
  KcDiagramView *back_view;
  GtkFlowBox *legend;
  GtkBox *explanation;
  GtkToggleButton *explanation_toggle;
  AdwButtonContent *explanation_toggle_content;
  GtkRevealer *message_revealer;
  GtkLabel *message_label;
  GtkWidget *dermatome_key;
  GtkGrid *dermatome_roots;
  GtkLabel *dermatome_details;

  /* Owned references */
  KcLibrary *library;
  GPtrArray *chosen;       /* of char *, region ids, in the order chosen */
  KcReferralAnswer *answer;  /* to the choice, as shown; %NULL until there is a library */
  char *views;
  GPtrArray *drawn_on;     /* of KcDiagramView (borrowed), one per stroke, oldest first */

  KcBodyMapMode mode;
  KcPenColor pen_color;

  gboolean pen;
  gboolean show_all_arrows;  /* else a few, one per source */
  gboolean show_dermatomes;
  char *dermatome_root;      /* the chosen root's word, "l4"; %NULL for all roots */
  gboolean syncing;
  gboolean built;   /* the map and lists are made when the tab is first shown */
};

gboolean       _kc_body_map_page_is_start_mode     (KcBodyMapPage *self);
void           _kc_body_map_page_update            (KcBodyMapPage *self);
void           _kc_body_map_page_update_arrows     (KcBodyMapPage *self);
void           _kc_body_map_page_update_legend     (KcBodyMapPage *self);
void           _kc_body_map_page_init_places       (KcBodyMapPage *self);
void           _kc_body_map_page_build_dermatome_key (KcBodyMapPage *self);
void           _kc_body_map_page_update_dermatomes (KcBodyMapPage *self);
GPtrArray     *_kc_body_map_page_dup_drawn_roots   (KcBodyMapPage *self);
KcAnatomyPart *_kc_body_map_page_find_root         (KcBodyMapPage *self,
                                                    const char    *root);
void           _kc_body_map_page_build_list        (KcBodyMapPage *self);
void           _kc_body_map_page_build_warnings    (KcBodyMapPage *self);
void           _kc_body_map_page_update_explanation_toggle (KcBodyMapPage *self);
void           _kc_body_map_page_apply_pen         (KcBodyMapPage *self);
void           _kc_body_map_page_build_pen_colors  (KcBodyMapPage *self);
void           _kc_body_map_page_on_stroke_added_cb (KcBodyMapPage *self,
                                                     KcDiagramView *view);
void           _kc_body_map_page_undo_drawing_action  (GtkWidget  *widget,
                                                       const char *action_name,
                                                       GVariant   *param);
void           _kc_body_map_page_clear_drawing_action (GtkWidget  *widget,
                                                       const char *action_name,
                                                       GVariant   *param);
void           _kc_body_map_page_set_chosen        (KcBodyMapPage      *self,
                                                    const char * const *regions);
void           _kc_body_map_page_on_part_activated (KcBodyMapPage *self,
                                                    const char    *id,
                                                    KcDiagramView *view);

KcDiagramView *_kc_body_map_page_get_view          (KcBodyMapPage *self,
                                                    guint          index);
void           _kc_body_map_page_ensure_built      (KcBodyMapPage *self);
void           _kc_body_map_page_print_or_report   (KcBodyMapPage *self,
                                                    const char    *export_pdf);

G_END_DECLS
