/* kc-body-map-page-private.h: the Body map page, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-body-map-page.h"
#include "widgets/kc-diagram-view.h"

G_BEGIN_DECLS

struct _KcBodyMapPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *mode_hint;
  GtkListBox *regions_list;
  GtkWidget *pen_tools;
  GtkBox *pen_colors;
  GtkMenuButton *warnings_button;
  GtkBox *warnings_box;
  GtkWidget *front_box;
  GtkWidget *back_box;
  KcDiagramView *front_view;
  KcDiagramView *back_view;
  GtkFlowBox *legend;
  GtkBox *explanation;

  /* Owned references */
  KcLibrary *library;
  char **available_pages;
  GPtrArray *chosen;       /* of char *, region ids, in the order chosen */
  GHashTable *lit;         /* region id → role ("source", "referred", "hurt") */
  char *mode;
  char *views;
  char *pen_color;
  char *summary;

  gboolean pen;
  gboolean syncing;
  gboolean built;   /* the map and lists are made when the tab is first shown */
};

gboolean       _kc_body_map_page_is_start_mode     (KcBodyMapPage *self);
void           _kc_body_map_page_update            (KcBodyMapPage *self);
void           _kc_body_map_page_update_legend     (KcBodyMapPage *self);
void           _kc_body_map_page_init_places       (KcBodyMapPage *self);
void           _kc_body_map_page_build_list        (KcBodyMapPage *self);
void           _kc_body_map_page_set_chosen        (KcBodyMapPage      *self,
                                                    const char * const *regions);
void           _kc_body_map_page_on_part_activated (KcBodyMapPage *self,
                                                    const char    *id,
                                                    KcDiagramView *view);

KcDiagramView *_kc_body_map_page_get_view          (KcBodyMapPage *self,
                                                    guint          index);
KcLibrary     *_kc_body_map_page_get_library       (KcBodyMapPage *self);
void           _kc_body_map_page_ensure_built      (KcBodyMapPage *self);
char          *_kc_body_map_page_dup_handout_text  (KcBodyMapPage *self);

G_END_DECLS
