/* kc-exercises-page.h: the Exercises tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "kc-page.h"
#include "plan/kc-plan-store.h"

G_BEGIN_DECLS

#define KC_TYPE_EXERCISES_PAGE (kc_exercises_page_get_type ())

G_DECLARE_FINAL_TYPE (KcExercisesPage, kc_exercises_page, KC, EXERCISES_PAGE, GtkWidget)

void        kc_exercises_page_set_library   (KcExercisesPage *self,
                                             KcLibrary       *library);
gboolean    kc_exercises_page_show_exercise (KcExercisesPage *self,
                                             const char      *id);
void        kc_exercises_page_set_filters   (KcExercisesPage *self,
                                             const char      *target,
                                             const char      *kind,
                                             const char      *difficulty);
char      **kc_exercises_page_dup_visible   (KcExercisesPage *self);
const char *kc_exercises_page_get_selected  (KcExercisesPage *self);
void        kc_exercises_page_set_plan_store (KcExercisesPage *self,
                                              KcPlanStore     *store);
KcPlan     *kc_exercises_page_get_plan      (KcExercisesPage *self);
KcPlan     *kc_exercises_page_get_today_plan (KcExercisesPage *self);
void        kc_exercises_page_show_today    (KcExercisesPage *self,
                                             KcPlan          *plan);
void        kc_exercises_page_show_section  (KcExercisesPage *self,
                                             const char      *section);

G_END_DECLS
