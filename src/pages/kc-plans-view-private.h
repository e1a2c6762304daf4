/* kc-plans-view-private.h: the planner, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plans-view.h"

G_BEGIN_DECLS

struct _KcPlansView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkListBox *plans_list;
  GtkRevealer *message_revealer;
  GtkLabel *message_label;
  GtkWidget *undo_button;
  GtkStack *editor_stack;
  GtkEntry *name_entry;
  GtkEntry *patient_entry;
  GtkEntry *notes_entry;
  GtkFlowBox *week;
  GMenu *templates_section;

  /* Owned references */
  KcLibrary *library;
  KcPlanStore *store;
  KcPlan *plan;              /* the one being edited */
  KcPlan *deleted;           /* kept for Undo */

  gboolean syncing;
};

void _kc_plans_view_add_and_select       (KcPlansView *self,
                                          KcPlan      *plan);
void _kc_plans_view_rebuild_week         (KcPlansView *self);
void _kc_plans_view_on_day_items_changed (GListModel  *model,
                                          guint        position,
                                          guint        removed,
                                          guint        added,
                                          KcPlansView *self);

G_END_DECLS
