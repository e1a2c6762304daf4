/* kc-exercises-page-private.h: the library page, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "content/kc-exercise.h"
#include "kc-exercises-page.h"
#include "kc-plans-view.h"
#include "kc-progress-view.h"
#include "kc-today-view.h"
#include "widgets/kc-fold-layout.h"

G_BEGIN_DECLS

struct _KcExercisesPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwFlap *details_flap;
  GtkSearchEntry *search_entry;
  GtkDropDown *target_filter;
  GtkDropDown *kind_filter;
  GtkDropDown *difficulty_filter;
  GtkLabel *count_label;
  GtkStack *results_stack;
  GtkFlowBox *cards;
  GtkListBox *rows;
  GtkBox *details;
  GtkStack *sections;
  GtkFlowBox *day_strip;
  KcPlansView *plans_view;
  KcTodayView *today_view;
  KcProgressView *progress_view;

  /* Owned references */
  KcLibrary *library;
  char *layout;
  char *selected;
  char *folded_query;

  guint n_visible;
  gboolean syncing;
  gboolean built;   /* cards and rows are made when the tab is first shown */
};

char      *_kc_exercise_describe           (KcExercise      *exercise);
void       _kc_exercise_label              (GtkWidget       *widget,
                                            GtkLabel        *name_label,
                                            GtkLabel        *meta_label,
                                            KcExercise      *exercise);
GtkWidget *_kc_exercise_pictogram_new      (KcExercise      *exercise,
                                            int              width,
                                            int              height,
                                            gboolean         animate);
void       _kc_exercises_page_show_details (KcExercisesPage *self,
                                            KcExercise      *exercise);

void       _kc_exercises_page_class_init_filters (GtkWidgetClass  *widget_class);
void       _kc_exercises_page_init_filters       (KcExercisesPage *self);
gboolean   _kc_exercises_page_exercise_visible   (KcExercisesPage *self,
                                                  KcExercise      *exercise);
void       _kc_exercises_page_update_results     (KcExercisesPage *self);
void       _kc_exercises_page_reset_filters      (KcExercisesPage *self);
void       _kc_exercises_page_set_filter_words   (KcExercisesPage *self,
                                                  const char      *target,
                                                  const char      *kind,
                                                  const char      *difficulty);

G_END_DECLS
