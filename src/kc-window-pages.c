/* kc-window-pages.c: the tabs, each made when it is first needed
 *
 * The stack holds an empty slot per tab; a tab's page is created, given
 * the library, and put in its slot the first time it is shown or a link
 * leads into it. Start-up then pays only for the tab it opens on.  When
 * the library grows (the user's content joins it after the first frame),
 * the pages made from it are made again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include "kc-window-private.h"

static void
give_plan_store (KcWindow *self,
                 KcPage   *page)
{
  if (self->plans != NULL)
    kc_exercises_page_set_plan_store (KC_EXERCISES_PAGE (page), self->plans);
}

/* The tabs, in the order of the stack; a page's name is its stack page's
 * name, and the page name that kc_item_get_page() gives. */
static const struct
{
  const char *name;
  GType (*get_type) (void);
  void (*setup) (KcWindow *self,
                 KcPage   *page);   /* what a page needs besides the library */
} tabs[KC_WINDOW_N_TABS] = {
  { "anatomy", kc_anatomy_page_get_type, NULL },
  { "bodymap", kc_body_map_page_get_type, NULL },
  { "exercises", kc_exercises_page_get_type, give_plan_store },
  { "questions", kc_questions_page_get_type, NULL },
};

static int
find_tab (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    if (g_strcmp0 (tabs[i].name, name) == 0)
      return (int)i;

  return -1;
}

/**
 * _kc_window_peek_page:
 *
 * Returns: (transfer none) (nullable): the page of the tab called @name
 *   if it has been made, else %NULL
 */
KcPage *
_kc_window_peek_page (KcWindow   *self,
                      const char *name)
{
  int tab = find_tab (name);

  return tab < 0 ? NULL : self->pages[tab];
}

/**
 * _kc_window_ensure_page:
 * @name: a tab's name, such as "bodymap"
 *
 * Returns: (transfer none) (nullable): the page of that tab, made now if
 *   it was not yet; %NULL for a name no tab has
 */
KcPage *
_kc_window_ensure_page (KcWindow   *self,
                        const char *name)
{
  int tab = find_tab (name);
  GtkWidget *page;

  if (tab < 0)
    return NULL;
  if (self->pages[tab] != NULL)
    return self->pages[tab];

  page = g_object_new (tabs[tab].get_type (), NULL);
  self->pages[tab] = KC_PAGE (page);
  kc_page_set_library (self->pages[tab], self->library);
  if (tabs[tab].setup != NULL)
    tabs[tab].setup (self, self->pages[tab]);

  gtk_widget_set_hexpand (page, TRUE);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (adw_view_stack_get_child_by_name (self->stack, name)), page);

  return self->pages[tab];
}

/**
 * kc_window_get_tab:
 * @name: a page name, such as "bodymap"
 *
 * Returns: (transfer none) (nullable): the page of that tab, made now if
 *   it was not yet; %NULL for an unknown name
 */
GtkWidget *
kc_window_get_tab (KcWindow   *self,
                   const char *name)
{
  g_return_val_if_fail (KC_IS_WINDOW (self), NULL);

  return (GtkWidget *)_kc_window_ensure_page (self, name);
}

/**
 * _kc_window_remake_pages:
 *
 * Drops every page made so far, which lists what the library held then,
 * and makes the visible one again at once; the others are made again
 * when next shown.
 */
void
_kc_window_remake_pages (KcWindow *self)
{
  const char *visible = adw_view_stack_get_visible_child_name (self->stack);

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      GtkWidget *page = GTK_WIDGET (self->pages[i]);

      if (page == NULL)
        continue;
      self->pages[i] = NULL;
      gtk_box_remove (GTK_BOX (gtk_widget_get_parent (page)), page);
    }

  if (visible != NULL)
    _kc_window_ensure_page (self, visible);
}
