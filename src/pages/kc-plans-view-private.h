/* kc-plans-view-private.h: the planner, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "kc-day-card.h"
#include "kc-plans-view.h"
#include "kc-psfs-dialog.h"

G_BEGIN_DECLS

struct _KcPlansView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkStack *list_stack;          /* the list, or no_match_page */
  AdwStatusPage *no_match_page;
  GtkListBox *plans_list;
  GtkRevealer *message_revealer;
  GtkLabel *message_label;
  AdwToastOverlay *toast_overlay;
  GtkStack *editor_stack;
  GtkEntry *name_entry;
  GtkEntry *patient_entry;
  GtkTextView *notes_view;
  GtkWidget *notes_hint;
  GtkFlowBox *week;
  GtkLabel *week_summary;
  GMenu *templates_section;
  GtkBox *templates_box;         /* a KcTemplateCard per template */
  KcDayCard *days[KC_N_WEEKDAYS];   /* in the week, once the library is known */

  /* Borrowed: the models' own */
  GtkSorter *sorter;               /* by patient, then name */
  GtkFilter *filter;               /* what the search keeps */

  /* Owned references */
  GtkFilterListModel *shown;       /* the store's plans, sorted, filtered: the list's rows */
  KcPlanRemoval *removed_patient;  /* kept for Undo (kc-plans-view-toasts.c) */
  char *asked_patient;             /* asked about deleting (kc-plans-view-patients.c) */
  KcLibrary *library;
  KcPlanStore *store;
  KcPlan *plan;              /* the one being edited */
  KcPlan *deleted;           /* kept for Undo (kc-plans-view-toasts.c) */
  KcPlanItem *removed;       /* …or an item removed from a day of the plan */
  guint removed_day;
  guint removed_position;
  AdwToast *toast;           /* the one that offers Undo, while it shows */
  GFile *conflicting;        /* the file being imported while we ask */
  GtkPopover *add_popover;   /* shared by the day cards */

  gboolean syncing;
};

void _kc_plans_view_add_and_select       (KcPlansView *self,
                                          KcPlan      *plan);
void _kc_plans_view_build_week           (KcPlansView *self);
void _kc_plans_view_show_week            (KcPlansView *self);
void _kc_plans_view_show_summary         (KcPlansView *self);
void _kc_plans_view_say_day_full         (KcPlansView *self,
                                          guint        weekday);
const char *_kc_weekday_name             (guint        weekday);

void _kc_plans_view_show_message        (KcPlansView *self,
                                          const char  *text);

GtkWidget *_kc_plans_view_new_plan_row  (gpointer     item,
                                          gpointer     user_data);

GtkFileChooserNative *_kc_plans_view_new_import_chooser (GtkWindow  *parent,
                                                         const char *title,
                                                         const char *filter_name);
GtkFileChooserNative *_kc_plans_view_new_export_chooser (KcPlansView *self,
                                                         const char  *title,
                                                         const char  *name);

/* kc-plans-view-export.c */
typedef void (*KcPlansViewFileFunc)      (KcPlansView *self,
                                          GFile       *file);
GFile *_kc_plans_view_chosen_file        (GtkNativeDialog *chooser,
                                          int              response);
void _kc_plans_view_run_chooser          (KcPlansView          *self,
                                          GtkFileChooserNative *chooser,
                                          KcPlansViewFileFunc   func);
void _kc_plans_view_class_init_export    (GtkWidgetClass *widget_class);

/* kc-plans-view-progress.c */
void _kc_plans_view_class_init_progress  (GtkWidgetClass *widget_class);
/* kc-plans-view-patients.c */
void _kc_plans_view_bind_plans           (KcPlansView *self);
GtkListBoxRow *_kc_plans_view_find_row   (KcPlansView *self,
                                          KcPlan      *plan);
void _kc_plans_view_resort               (KcPlansView *self);
void _kc_plans_view_refilter             (KcPlansView *self);
void _kc_plans_view_clear_search         (KcPlansView *self);
AdwMessageDialog *_kc_plans_view_ask_delete_patient (KcPlansView *self,
                                                     const char  *patient);
void _kc_plans_view_dispose_patients     (KcPlansView *self);
void _kc_plans_view_class_init_patients  (GtkWidgetClass *widget_class);

/* kc-plans-view-calendar.c */
AdwMessageDialog *_kc_plans_view_ask_calendar_time (KcPlansView *self);
GtkFileChooserNative *_kc_plans_view_new_calendar_chooser (KcPlansView *self,
                                                           KcPlan      *plan);
gboolean _kc_plans_view_save_calendar    (KcPlansView *self,
                                          KcPlan      *plan,
                                          int          minute_of_day,
                                          GFile       *file);
void _kc_plans_view_class_init_calendar  (GtkWidgetClass *widget_class);

/* kc-plans-view-psfs.c */
KcPsfsDialog *_kc_plans_view_open_psfs   (KcPlansView *self);
void _kc_plans_view_class_init_psfs      (GtkWidgetClass *widget_class);

/* kc-plans-view-toasts.c */
void _kc_plans_view_toast_deleted        (KcPlansView *self,
                                          KcPlan      *plan);
void _kc_plans_view_toast_patient_deleted (KcPlansView   *self,
                                          KcPlanRemoval *removal);
void _kc_plans_view_toast_exported       (KcPlansView *self,
                                          GFile       *file);
void _kc_plans_view_toast                (KcPlansView *self,
                                          const char  *title);
void _kc_plans_view_forget_removed       (KcPlansView *self);
void _kc_plans_view_dispose_toasts       (KcPlansView *self);
void _kc_plans_view_class_init_toasts    (GtkWidgetClass *widget_class);

G_END_DECLS
