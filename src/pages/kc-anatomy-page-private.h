/* kc-anatomy-page-private.h: the Anatomy page, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-anatomy-page.h"
#include "widgets/kc-diagram-view.h"
#include "widgets/kc-fold-layout.h"

G_BEGIN_DECLS

struct _KcAnatomyPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwFlap *parts_flap;
  AdwFlap *details_flap;
  GtkBox *diagram_switcher;
  GtkListBox *parts_list;
  KcDiagramView *view;
  GtkBox *details;

  /* Owned references */
  KcLibrary *library;
  KcAnatomyDiagram *diagram;
  GHashTable *condition_expanders;  /* condition id → its expander in details (borrowed) */

  gboolean syncing;
  gboolean built;   /* the diagram and lists are made when the tab is first shown */
};

void        _kc_anatomy_page_show_empty_details (KcAnatomyPage *self);
void        _kc_anatomy_page_show_part_details  (KcAnatomyPage *self,
                                                 KcAnatomyPart *part);
void        _kc_anatomy_page_update_states      (KcAnatomyPage *self);

G_END_DECLS
