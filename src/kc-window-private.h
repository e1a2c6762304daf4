/* kc-window-private.h: the window's state, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/kc-history.h"
#include "kc-window.h"
#include "pages/kc-anatomy-page.h"
#include "pages/kc-body-map-page.h"
#include "pages/kc-exercises-page.h"
#include "pages/kc-questions-page.h"
#include "pages/kc-search-popover.h"

G_BEGIN_DECLS

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_SETTINGS,
  PROP_TEXT_ZOOM,
  PROP_PRESENTING,
  KC_WINDOW_N_PROPS
};

extern GParamSpec *_kc_window_properties[KC_WINDOW_N_PROPS];

#define KC_WINDOW_N_TABS 4

struct _KcWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwViewStack *stack;
  GtkRevealer *disclaimer_revealer;
  GtkWidget *start_hint_label;
  GtkWidget *start_hint_button;
  GtkRevealer *problems_revealer;
  GtkLabel *problems_label;
  GtkMenuButton *search_button;
  GtkMenuButton *primary_menu_button;
  GMenu *primary_menu;

  /* The tabs' pages, each once made (kc-window-pages.c) */
  KcPage *pages[KC_WINDOW_N_TABS];

  /* Owned references */
  KcLibrary *library;
  GSettings *settings;
  GtkCssProvider *zoom_provider;
  KcHistory *history;
  KcPlanStore *plans;
  GHashTable *exported;  /* plans exported elsewhere since their save failed */
  KcPlan *exporting;     /* the unsaved plan whose export is being chosen */
  GtkWidget *session_view;   /* a guided session, in place of the window's content */
  GtkWidget *set_aside;      /* the window's content while a session runs */

  double text_zoom;
  gboolean navigating;   /* a link is being followed: tab changes are part of it */
  gboolean replaying;    /* going back or forward: nothing new to remember */
  gboolean close_anyway;   /* the user chose to lose what could not be saved */
  gboolean presenting;
  gboolean was_fullscreen;
};

/* kc-window-unsaved.c */
gboolean _kc_window_stop_close_for_unsaved (KcWindow *self);

/* kc-window-pages.c */
KcPage *_kc_window_peek_page   (KcWindow   *self,
                                const char *name);
KcPage *_kc_window_ensure_page (KcWindow   *self,
                                const char *name);
void    _kc_window_remake_pages (KcWindow  *self);

/* kc-window-display.c */
void _kc_window_class_init_display    (GtkWidgetClass *widget_class);
void _kc_window_init_display          (KcWindow       *self);
void _kc_window_init_fullscreen       (KcWindow       *self);
void _kc_window_dispose_display       (KcWindow       *self);

/* kc-window-visit.c */
void _kc_window_class_init_visit      (GtkWidgetClass *widget_class);

/* kc-window-session.c */
void _kc_window_class_init_session    (GtkWidgetClass *widget_class);
void _kc_window_dispose_session       (KcWindow       *self);

/* kc-window-navigation.c */
void _kc_window_class_init_navigation (GtkWidgetClass *widget_class);
void _kc_window_init_navigation       (KcWindow       *self);
void _kc_window_page_changed          (KcWindow       *self,
                                       const char     *name);

G_END_DECLS
