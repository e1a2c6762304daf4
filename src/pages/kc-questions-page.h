/* kc-questions-page.h: the Questions tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"
#include "kc-page.h"

G_BEGIN_DECLS

#define KC_TYPE_QUESTIONS_PAGE (kc_questions_page_get_type ())

G_DECLARE_FINAL_TYPE (KcQuestionsPage, kc_questions_page, KC, QUESTIONS_PAGE, GtkWidget)

void     kc_questions_page_set_library         (KcQuestionsPage    *self,
                                                KcLibrary          *library);
void     kc_questions_page_focus_search        (KcQuestionsPage    *self);
void     kc_questions_page_set_query           (KcQuestionsPage    *self,
                                                const char         *query);
guint    kc_questions_page_get_n_visible       (KcQuestionsPage    *self);
gboolean kc_questions_page_show_entry          (KcQuestionsPage    *self,
                                                const char         *id);
gboolean kc_questions_page_show_term           (KcQuestionsPage    *self,
                                                const char         *id);

G_END_DECLS
