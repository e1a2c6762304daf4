/* kc-search-popover.c: one search over everything, from the header bar
 *
 * Results are grouped by kind, the group with the best result first, and
 * the words that matched are shown in bold. Choosing a result activates
 * win.open-item with its id; the window knows which tab shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "content/kc-search-index.h"
#include "kc-search-popover.h"
#include "kc-search-row.h"
#include "widgets/kc-content-widgets.h"

/* All of them, so that "Show N more" is exact: results are cheap, their
 * excerpts are made only for the rows shown. */
#define MAX_RESULTS G_MAXUINT
/* Results shown per kind before "Show all": enough to choose from, few
 * enough that every kind that matched is in view. */
#define FIRST_PER_KIND 4

struct _KcSearchPopover
{
  GtkPopover parent_instance;

  GtkSearchEntry *entry;
  GtkStack *state_stack;
  AdwStatusPage *empty_status;
  GtkListBox *results_list;

  KcLibrary *library;
  KcSearchIndex *index;   /* built on the first search, not at start-up */
  GPtrArray *results;     /* KcSearchResult, grouped by kind */
  guint expanded_kinds;   /* bit per KcItemKind shown in full */
};

G_DEFINE_FINAL_TYPE (KcSearchPopover, kc_search_popover, GTK_TYPE_POPOVER)

static KcItemKind
row_get_kind (GtkListBoxRow *row)
{
  return kc_search_row_get_kind (KC_SEARCH_ROW (row));
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  KcItemKind kind = row_get_kind (row);
  GtkWidget *header;

  if (before != NULL && row_get_kind (before) == kind)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (kc_item_kind_to_string (kind));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "kc-search-heading");
  gtk_list_box_row_set_header (row, header);
}

/* The results come best first; keep that order inside each kind and put
 * the kinds in the order of their best result. */
static void
group_by_kind (GPtrArray *results)
{
  g_autoptr(GPtrArray) grouped = g_ptr_array_new_full (results->len, g_object_unref);
  gboolean placed[KC_ITEM_N_KINDS] = { FALSE, };

  for (guint i = 0; i < results->len; i++)
    {
      KcItemKind kind = kc_search_result_get_kind (g_ptr_array_index (results, i));

      if (placed[kind])
        continue;
      placed[kind] = TRUE;
      for (guint j = i; j < results->len; j++)
        {
          KcSearchResult *result = g_ptr_array_index (results, j);

          if (kc_search_result_get_kind (result) == kind)
            g_ptr_array_add (grouped, g_object_ref (result));
        }
    }

  g_ptr_array_set_size (results, 0);
  g_ptr_array_extend_and_steal (results, g_steal_pointer (&grouped));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

/* Shows the first results of each kind, all of an expanded kind. */
static void
fill_rows (KcSearchPopover *self)
{
  guint i = 0;

  kc_remove_children (GTK_WIDGET (self->results_list));
  while (i < self->results->len)
    {
      KcItemKind kind = kc_search_result_get_kind (g_ptr_array_index (self->results, i));
      gboolean all = (self->expanded_kinds & (1u << kind)) != 0;
      guint shown = 0, n_more = 0;

      for (; i < self->results->len; i++)
        {
          KcSearchResult *result = g_ptr_array_index (self->results, i);

          if (kc_search_result_get_kind (result) != kind)
            break;
          if (all || shown < FIRST_PER_KIND)
            {
              gtk_list_box_append (self->results_list, kc_search_row_new (result));
              shown++;
            }
          else
            n_more++;
        }

      if (n_more > 0)
        gtk_list_box_append (self->results_list, kc_search_row_new_more (kind, n_more));
    }
}

static void
on_search_changed_cb (KcSearchPopover *self,
                      GtkSearchEntry  *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *empty = NULL;

  g_clear_pointer (&self->results, g_ptr_array_unref);
  self->expanded_kinds = 0;
  kc_remove_children (GTK_WIDGET (self->results_list));
  if (self->library == NULL || is_blank (text))
    {
      gtk_stack_set_visible_child_name (self->state_stack, "hint");
      return;
    }

  if (self->index == NULL)
    self->index = kc_search_index_new (self->library);

  self->results = kc_search_index_query (self->index, text, MAX_RESULTS);
  if (self->results->len == 0)
    {
      /* Translators: %s is what the user searched for */
      empty = g_strdup_printf (_("Nothing found for “%s”"), text);
      adw_status_page_set_title (self->empty_status, empty);
      gtk_stack_set_visible_child_name (self->state_stack, "empty");
      return;
    }

  group_by_kind (self->results);
  fill_rows (self);
  gtk_stack_set_visible_child_name (self->state_stack, "results");
}

/* Shows all results of @kind and puts the focus on the first new one. */
static void
expand_kind (KcSearchPopover *self,
             KcItemKind     kind)
{
  GtkListBoxRow *row;
  guint n_before = 0;

  self->expanded_kinds |= 1u << kind;
  fill_rows (self);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->results_list, i)) != NULL; i++)
    {
      if (row_get_kind (row) != kind)
        continue;
      if (n_before++ == FIRST_PER_KIND)
        {
          gtk_list_box_select_row (self->results_list, row);
          gtk_widget_grab_focus (GTK_WIDGET (row));
          break;
        }
    }
}

static void
open_result (KcSearchPopover *self,
             GtkListBoxRow   *row)
{
  KcSearchResult *result = kc_search_row_get_result (KC_SEARCH_ROW (row));

  if (result == NULL)
    {
      expand_kind (self, row_get_kind (row));
      return;
    }

  gtk_popover_popdown (GTK_POPOVER (self));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-item", "s",
                              kc_search_result_get_id (result));
}

static void
on_row_activated_cb (KcSearchPopover *self,
                     GtkListBoxRow   *row,
                     GtkListBox      *list)
{
  open_result (self, row);
}

/* Enter opens the best result. */
static void
on_entry_activate_cb (KcSearchPopover *self,
                      GtkSearchEntry  *entry)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (first != NULL)
    open_result (self, first);
}

static void
on_stop_search_cb (KcSearchPopover *self,
                   GtkSearchEntry  *entry)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* Down goes from the search field into the results. */
static gboolean
on_entry_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         KcSearchPopover       *self)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  first = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (first == NULL)
    return GDK_EVENT_PROPAGATE;

  gtk_list_box_select_row (self->results_list, first);
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return GDK_EVENT_STOP;
}

static void
on_show_cb (KcSearchPopover *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

static void
kc_search_popover_dispose (GObject *object)
{
  KcSearchPopover *self = KC_SEARCH_POPOVER (object);

  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_object (&self->index);
  g_clear_object (&self->library);
  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_SEARCH_POPOVER);

  G_OBJECT_CLASS (kc_search_popover_parent_class)->dispose (object);
}

static void
kc_search_popover_class_init (KcSearchPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_search_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-search-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, KcSearchPopover, entry);
  gtk_widget_class_bind_template_child (widget_class, KcSearchPopover, state_stack);
  gtk_widget_class_bind_template_child (widget_class, KcSearchPopover, empty_status);
  gtk_widget_class_bind_template_child (widget_class, KcSearchPopover, results_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_cb);
}

static void
kc_search_popover_init (KcSearchPopover *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->results_list, update_header, NULL, NULL);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
}

/* The index is made again, with the new content, on the next search. */
static void
on_library_changed_cb (KcSearchPopover *self,
                       KcLibrary       *library)
{
  g_clear_object (&self->index);
}

void
kc_search_popover_set_library (KcSearchPopover *self,
                               KcLibrary       *library)
{
  g_return_if_fail (KC_IS_SEARCH_POPOVER (self));
  g_return_if_fail (library == NULL || KC_IS_LIBRARY (library));

  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (self->library, self);
  if (g_set_object (&self->library, library))
    g_clear_object (&self->index);
  if (library != NULL)
    g_signal_connect_object (library, "changed", G_CALLBACK (on_library_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

/**
 * kc_search_popover_search:
 * @text: what to search for, as if typed
 *
 * Fills in the search field; the results follow at once.
 */
void
kc_search_popover_search (KcSearchPopover *self,
                          const char      *text)
{
  g_return_if_fail (KC_IS_SEARCH_POPOVER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  on_search_changed_cb (self, self->entry);
}

/* Returns: (transfer none): the row list, for tests */
GtkListBox *
kc_search_popover_get_results (KcSearchPopover *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_POPOVER (self), NULL);
  return self->results_list;
}
