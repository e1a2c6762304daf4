/* kc-window-pages.c: the tabs, each made when it is first needed
 *
 * The stack holds an empty slot per tab; a tab's page is created, given
 * the library, and put in its slot the first time it is shown or a link
 * leads into it. Start-up then pays only for the tab it opens on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include "kc-window-private.h"

static void
place (KcWindow  *self,
       GtkBox    *slot,
       GtkWidget *page)
{
  gtk_widget_set_hexpand (page, TRUE);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (slot, page);
}

KcAnatomyPage *
_kc_window_get_anatomy_page (KcWindow *self)
{
  if (self->anatomy_page == NULL)
    {
      g_auto(GStrv) pages = kc_window_dup_page_names (self);

      self->anatomy_page = g_object_new (KC_TYPE_ANATOMY_PAGE, NULL);
      kc_anatomy_page_set_available_pages (self->anatomy_page, (const char * const *)pages);
      kc_anatomy_page_set_library (self->anatomy_page, self->library);
      place (self, self->anatomy_slot, GTK_WIDGET (self->anatomy_page));
    }

  return self->anatomy_page;
}

KcBodyMapPage *
_kc_window_get_body_map_page (KcWindow *self)
{
  if (self->body_map_page == NULL)
    {
      g_auto(GStrv) pages = kc_window_dup_page_names (self);

      self->body_map_page = g_object_new (KC_TYPE_BODY_MAP_PAGE, NULL);
      kc_body_map_page_set_available_pages (self->body_map_page, (const char * const *)pages);
      kc_body_map_page_set_library (self->body_map_page, self->library);
      place (self, self->body_map_slot, GTK_WIDGET (self->body_map_page));
    }

  return self->body_map_page;
}

KcExercisesPage *
_kc_window_get_exercises_page (KcWindow *self)
{
  if (self->exercises_page == NULL)
    {
      self->exercises_page = g_object_new (KC_TYPE_EXERCISES_PAGE, NULL);
      kc_exercises_page_set_library (self->exercises_page, self->library);
      if (self->plans != NULL)
        kc_exercises_page_set_plan_store (self->exercises_page, self->plans);
      place (self, self->exercises_slot, GTK_WIDGET (self->exercises_page));
    }

  return self->exercises_page;
}

KcQuestionsPage *
_kc_window_get_questions_page (KcWindow *self)
{
  if (self->questions_page == NULL)
    {
      g_auto(GStrv) pages = kc_window_dup_page_names (self);

      self->questions_page = g_object_new (KC_TYPE_QUESTIONS_PAGE, NULL);
      kc_questions_page_set_available_pages (self->questions_page, (const char * const *)pages);
      kc_questions_page_set_library (self->questions_page, self->library);
      place (self, self->questions_slot, GTK_WIDGET (self->questions_page));
    }

  return self->questions_page;
}

/* Makes the page called @name (a stack page name) if it is not yet made. */
void
_kc_window_ensure_page (KcWindow   *self,
                        const char *name)
{
  if (g_strcmp0 (name, "anatomy") == 0)
    _kc_window_get_anatomy_page (self);
  else if (g_strcmp0 (name, "bodymap") == 0)
    _kc_window_get_body_map_page (self);
  else if (g_strcmp0 (name, "exercises") == 0)
    _kc_window_get_exercises_page (self);
  else if (g_strcmp0 (name, "questions") == 0)
    _kc_window_get_questions_page (self);
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

  _kc_window_ensure_page (self, name);
  if (g_strcmp0 (name, "anatomy") == 0)
    return GTK_WIDGET (self->anatomy_page);
  if (g_strcmp0 (name, "bodymap") == 0)
    return GTK_WIDGET (self->body_map_page);
  if (g_strcmp0 (name, "exercises") == 0)
    return GTK_WIDGET (self->exercises_page);
  if (g_strcmp0 (name, "questions") == 0)
    return GTK_WIDGET (self->questions_page);
  return NULL;
}
