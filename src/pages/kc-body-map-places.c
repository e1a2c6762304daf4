/* kc-body-map-places.c: the Body map's list of places, and choosing them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list in the sidebar is the keyboard's and the screen reader's way
 * onto the map; a click on the map and a tick in the list choose the same
 * way, and each keeps the other in step.
 *
 * The list is one Tab stop, as a radio group is (its KcFocusGroup): the
 * arrow keys move through its places, and Space ticks one.  Twenty places
 * are not twenty Tab presses between the mode buttons and the map.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-referrals.h"
#include "kc-body-map-page-private.h"
#include "kc-place-row.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-focus-group.h"

static const char *
describe_group (const char *group)
{
  /* The body part, not the back view of the body. */
  if (g_strcmp0 (group, "back") == 0)
    return C_("body part", "Back");
  if (g_strcmp0 (group, "hip") == 0)
    return _("Hip and buttock");
  if (g_strcmp0 (group, "thigh") == 0)
    return _("Thigh");
  if (g_strcmp0 (group, "knee") == 0)
    return _("Knee");
  return _("Lower leg and foot");
}

static KcBodyRegion *
row_get_region (GtkListBoxRow *row)
{
  return kc_place_row_get_region (KC_PLACE_ROW (row));
}

static GtkCheckButton *
row_get_check (GtkListBoxRow *row)
{
  return kc_place_row_get_check (KC_PLACE_ROW (row));
}

/* Tab enters the list at the first place chosen, else at the first place. */
static void
reset_tab_stop (KcBodyMapPage *self)
{
  GtkWidget *stop = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->regions_list));
       child != NULL && stop == NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *check = GTK_IS_LIST_BOX_ROW (child) ? row_get_check (GTK_LIST_BOX_ROW (child))
                                                          : NULL;

      if (check != NULL && gtk_check_button_get_active (check))
        stop = GTK_WIDGET (check);
    }

  kc_focus_group_set_stop (self->places_group, stop);
}

static void
sync_checks (KcBodyMapPage *self)
{
  self->syncing = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->regions_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *id;
      gboolean chosen;

      /* Headers are children of the list too. */
      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;

      id = kc_item_get_id (KC_ITEM (row_get_region (GTK_LIST_BOX_ROW (child))));
      chosen = g_ptr_array_find_with_equal_func (self->chosen, id, g_str_equal, NULL);

      gtk_check_button_set_active (row_get_check (GTK_LIST_BOX_ROW (child)), chosen);
    }
  self->syncing = FALSE;

  /* Not while the user moves through the list: the stop is where they are. */
  if (gtk_widget_get_focus_child (GTK_WIDGET (self->regions_list)) == NULL)
    reset_tab_stop (self);
}

void
_kc_body_map_page_set_chosen (KcBodyMapPage      *self,
                              const char * const *ids)
{
  g_ptr_array_set_size (self->chosen, 0);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (kc_library_lookup_region (self->library, ids[i]) != NULL &&
          !g_ptr_array_find_with_equal_func (self->chosen, ids[i], g_str_equal, NULL))
        g_ptr_array_add (self->chosen, g_strdup (ids[i]));
    }

  sync_checks (self);
  _kc_body_map_page_update (self);
}

static void
toggle_chosen (KcBodyMapPage *self,
               const char    *id)
{
  guint index;

  if (g_ptr_array_find_with_equal_func (self->chosen, id, g_str_equal, &index))
    g_ptr_array_remove_index (self->chosen, index);
  else
    g_ptr_array_add (self->chosen, g_strdup (id));

  sync_checks (self);
  _kc_body_map_page_update (self);
}

static void
on_place_toggled_cb (KcPlaceRow    *row,
                     KcBodyMapPage *self)
{
  const char *id = kc_item_get_id (KC_ITEM (kc_place_row_get_region (row)));

  if (self->syncing)
    return;

  if (_kc_body_map_page_is_start_mode (self))
    {
      const char *ids[] = { id, NULL };

      /* A radio group: only the one turned on speaks. */
      if (kc_place_row_get_active (row))
        _kc_body_map_page_set_chosen (self, ids);
    }
  else
    toggle_chosen (self, id);
}

static gboolean
is_start_region (KcBodyMapPage *self,
                 const char    *id)
{
  GListModel *sources = kc_library_get_pain_sources (self->library);

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(KcPainSource) source = g_list_model_get_item (sources, i);
      if (g_strv_contains (kc_pain_source_get_start_regions (source), id))
        return TRUE;
    }

  return FALSE;
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  const char *group = kc_body_region_get_group (row_get_region (row));

  if (before != NULL && g_strcmp0 (kc_body_region_get_group (row_get_region (before)), group) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, kc_heading_label_new (describe_group (group),
                                                            "kc-list-heading"));
}

void
_kc_body_map_page_build_list (KcBodyMapPage *self)
{
  GListModel *regions = kc_library_get_regions (self->library);
  KcPlaceRow *group = NULL;

  kc_remove_children (GTK_WIDGET (self->regions_list));

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KcBodyRegion) region = g_list_model_get_item (regions, i);
      KcPlaceRow *row;

      if (_kc_body_map_page_is_start_mode (self) &&
          !is_start_region (self, kc_item_get_id (KC_ITEM (region))))
        continue;

      row = KC_PLACE_ROW (kc_place_row_new (region));
      g_signal_connect (row, "toggled", G_CALLBACK (on_place_toggled_cb), self);
      /* "Where does it start?" asks about one place: a radio group. */
      if (_kc_body_map_page_is_start_mode (self))
        {
          if (group != NULL)
            kc_place_row_set_group (row, group);
          else
            group = row;
        }

      gtk_list_box_append (self->regions_list, GTK_WIDGET (row));
    }

  gtk_label_set_label (self->mode_hint,
                       _kc_body_map_page_is_start_mode (self)
                         ? _("Choose where a problem is; the places its pain can be felt light up.")
                         : _("Choose every place that hurts; the places the pain may come from "
                             "light up."));
  sync_checks (self);
}

void
_kc_body_map_page_on_part_activated (KcBodyMapPage *self,
                                     const char    *id,
                                     KcDiagramView *view)
{
  /* The map shows the answer in colour; no extra selection outline. */
  kc_diagram_view_set_selected_part (view, NULL);

  if (_kc_body_map_page_is_start_mode (self))
    {
      const char *ids[] = { id, NULL };
      _kc_body_map_page_set_chosen (self, ids);
    }
  else
    toggle_chosen (self, id);
}


void
_kc_body_map_page_init_places (KcBodyMapPage *self)
{
  gtk_list_box_set_header_func (self->regions_list, update_header, self, NULL);
}
