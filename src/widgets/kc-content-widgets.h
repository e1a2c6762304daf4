/* kc-content-widgets.h: widgets that show content text the same way everywhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-condition.h"
#include "content/kc-library.h"

G_BEGIN_DECLS

/* What kc_label_set_link_markup() puts inside each link: GTK 4.8 would
 * draw it at the label's opacity. */
#define KC_LINK_SPAN "<span fgalpha=\"100%\">"

void       kc_label_set_link_markup (GtkLabel           *label,
                                     const char         *markup);
GtkWidget *kc_text_label_new        (const char         *text);
GtkWidget *kc_linked_label_new      (const char         *text,
                                     KcGlossary         *glossary,
                                     GHashTable         *linked);
GtkWidget *kc_heading_label_new     (const char         *text,
                                     const char         *css_class);
GtkWidget *kc_bullet_list_new       (const char * const *items);
GtkWidget *kc_numbered_list_new     (const char * const *items);
GtkWidget *kc_linked_list_new       (const char * const *items,
                                     gboolean            numbered,
                                     KcGlossary         *glossary,
                                     GHashTable         *linked);
void       kc_append_linked_blocks  (GtkBox             *box,
                                     GPtrArray          *blocks,
                                     KcGlossary         *glossary,
                                     GHashTable         *linked);
void       kc_append_blocks         (GtkBox             *box,
                                     GPtrArray          *blocks,
                                     KcGlossary         *glossary);
GtkWidget *kc_link_button_new       (const char         *label,
                                     const char         *action,
                                     const char         *target,
                                     const char         *tooltip);
void       kc_remove_children       (GtkWidget         *container);
void       kc_scroll_into_view      (GtkWidget         *child,
                                     GtkWidget         *content);
GtkWidget *kc_condition_expander_new (KcLibrary         *library,
                                      KcCondition       *condition);
GtkWidget *kc_sources_new           (KcItem            *item);
void       kc_append_sources        (GtkBox            *box,
                                     KcItem            *item);

G_END_DECLS
