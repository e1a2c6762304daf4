/* kc-questions-page.c: the Questions tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "content/kc-text.h"
#include "kc-faq-row.h"
#include "kc-glossary-row.h"
#include "kc-questions-page.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-accessible.h"

/* With this few matches, open them: the answer is what was searched for. */
#define AUTO_EXPAND_LIMIT 3

struct _KcQuestionsPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkLabel *count_label;
  GtkStack *content_stack;
  GtkBox *topics_box;
  AdwStatusPage *empty_status;

  /* Borrowed references */
  GPtrArray *lists;   /* of GtkListBox: a topic's each, then the glossary's */
  GPtrArray *rows;    /* of KcFaqRow and KcGlossaryRow, in the order shown */

  /* Owned references */
  KcLibrary *library;
  char *folded_query;

  guint n_entries;
  guint n_visible;
  guint n_visible_terms;
  gboolean built;   /* the rows are made when the tab is first shown */
};

static void page_iface_init (KcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KcQuestionsPage, kc_questions_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KC_TYPE_PAGE, page_iface_init))

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  KcQuestionsPage *self = user_data;

  if (self->folded_query == NULL || *self->folded_query == '\0')
    return TRUE;

  if (KC_IS_GLOSSARY_ROW (row))
    return kc_glossary_term_matches (kc_glossary_row_get_term (KC_GLOSSARY_ROW (row)),
                                     self->folded_query);
  return kc_faq_entry_matches (kc_faq_row_get_entry (KC_FAQ_ROW (row)), self->folded_query);
}

static GtkWidget *
new_topic_heading (const char *title)
{
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL,
                                     "label", title,
                                     "xalign", 0.0f,
                                     "wrap", TRUE,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                     NULL);

  gtk_widget_add_css_class (heading, "kc-topic-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);

  return heading;
}

/* A topic's questions are one boxed list under its heading; a search
 * hides a topic it finds nothing in, heading and all. */
static GtkListBox *
append_section (KcQuestionsPage *self,
                const char      *title)
{
  GtkWidget *section = g_object_new (GTK_TYPE_BOX,
                                     "orientation", GTK_ORIENTATION_VERTICAL,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_GENERIC,
                                     NULL);
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (list), filter_row, self, NULL);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_box_append (GTK_BOX (section), new_topic_heading (title));
  gtk_box_append (GTK_BOX (section), list);
  gtk_box_append (self->topics_box, section);
  g_ptr_array_add (self->lists, list);

  return GTK_LIST_BOX (list);
}

static void
append_row (KcQuestionsPage *self,
            GtkListBox      *list,
            GtkWidget       *row)
{
  gtk_list_box_append (list, row);
  g_ptr_array_add (self->rows, row);
}

static GPtrArray *
find_related (KcQuestionsPage *self,
              KcFaqEntry      *entry)
{
  const char * const *ids = kc_faq_entry_get_see_also (entry);
  GPtrArray *related = g_ptr_array_new ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      KcFaqEntry *other = kc_library_lookup_faq_entry (self->library, ids[i]);

      /* A see-also may name a topic rather than an entry; only entries
       * become links. */
      if (other != NULL)
        g_ptr_array_add (related, other);
    }

  return related;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (kc_item_get_name (*(KcItem **)a), kc_item_get_name (*(KcItem **)b));
}

/* In alphabetical order of the user's language, as a glossary is read. */
static void
append_glossary (KcQuestionsPage *self)
{
  GListModel *terms = kc_library_get_items (self->library, KC_ITEM_KIND_GLOSSARY_TERM);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  GtkListBox *list;

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (terms, i));

  g_ptr_array_sort (sorted, compare_names);
  list = append_section (self, kc_item_kind_to_string (KC_ITEM_KIND_GLOSSARY_TERM));
  for (guint i = 0; i < sorted->len; i++)
    append_row (self, list, GTK_WIDGET (kc_glossary_row_new (self->library,
                                                             g_ptr_array_index (sorted, i))));
}

static void
rebuild_rows (KcQuestionsPage *self)
{
  GListModel *topics;

  kc_remove_children (GTK_WIDGET (self->topics_box));
  g_ptr_array_set_size (self->lists, 0);
  g_ptr_array_set_size (self->rows, 0);
  self->n_entries = 0;

  if (self->library == NULL)
    return;

  topics = kc_library_get_faq_topics (self->library);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(KcFaqTopic) topic = g_list_model_get_item (topics, i);
      GListModel *entries = kc_faq_topic_get_entries (topic);
      GtkListBox *list = append_section (self, kc_item_get_name (KC_ITEM (topic)));

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(KcFaqEntry) entry = g_list_model_get_item (entries, j);
          g_autoptr(GPtrArray) related = find_related (self, entry);
          KcFaqRow *row = kc_faq_row_new (entry, topic, related,
                                          kc_library_get_glossary (self->library));

          append_row (self, list, GTK_WIDGET (row));
          self->n_entries++;
        }
    }
  append_glossary (self);
}

static void
update_count (KcQuestionsPage *self)
{
  g_autofree char *text = NULL;
  gboolean searching = self->folded_query != NULL && *self->folded_query != '\0';

  if (!searching)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions",
                                         self->n_entries),
                            self->n_entries);
  else
    /* Translators: "Showing 5 of 30 questions" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u question",
                                         "Showing %u of %u questions", self->n_entries),
                            self->n_visible, self->n_entries);

  if (searching && self->n_visible_terms > 0)
    {
      g_autofree char *terms =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u term in the glossary",
                                      "%u terms in the glossary", self->n_visible_terms),
                         self->n_visible_terms);
      /* Translators: the number of questions shown, then of glossary terms */
      g_autofree char *both = g_strdup_printf (_("%s · %s"), text, terms);

      g_free (text);
      text = g_steal_pointer (&both);
    }

  gtk_label_set_label (self->count_label, text);
}

/* A section shows while its list has a row the search keeps. */
static void
show_sections_with_matches (KcQuestionsPage *self)
{
  for (guint i = 0; i < self->lists->len; i++)
    {
      GtkWidget *list = g_ptr_array_index (self->lists, i);
      gboolean matches = FALSE;

      for (GtkWidget *row = gtk_widget_get_first_child (list);
           row != NULL && !matches;
           row = gtk_widget_get_next_sibling (row))
        matches = GTK_IS_LIST_BOX_ROW (row) && filter_row (GTK_LIST_BOX_ROW (row), self);
      gtk_widget_set_visible (gtk_widget_get_parent (list), matches);
    }
}

static void
apply_filter (KcQuestionsPage *self)
{
  g_autofree char *title = NULL;
  gboolean searching = self->folded_query != NULL && *self->folded_query != '\0';

  for (guint i = 0; i < self->lists->len; i++)
    gtk_list_box_invalidate_filter (g_ptr_array_index (self->lists, i));

  self->n_visible = 0;
  self->n_visible_terms = 0;
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->rows, i);

      if (!filter_row (GTK_LIST_BOX_ROW (child), self))
        continue;
      if (KC_IS_FAQ_ROW (child))
        self->n_visible++;
      else if (KC_IS_GLOSSARY_ROW (child))
        self->n_visible_terms++;
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->rows, i);

      if (KC_IS_FAQ_ROW (child))
        kc_faq_row_set_expanded (KC_FAQ_ROW (child),
                                 searching && self->n_visible <= AUTO_EXPAND_LIMIT &&
                                 filter_row (GTK_LIST_BOX_ROW (child), self));
    }
  show_sections_with_matches (self);

  update_count (self);

  title = g_strdup_printf (_("No questions match “%s”"),
                           gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  adw_status_page_set_title (self->empty_status, title);
  gtk_stack_set_visible_child_name (self->content_stack,
                                    self->n_visible + self->n_visible_terms > 0 ||
                                    self->n_entries == 0
                                      ? "results" : "empty");
}

static void
on_search_changed_cb (KcQuestionsPage *self,
                      GtkSearchEntry  *entry)
{
  g_free (self->folded_query);
  self->folded_query = kc_text_fold (gtk_editable_get_text (GTK_EDITABLE (entry)));
  apply_filter (self);
}

static GtkListBoxRow *
first_visible_row (KcQuestionsPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->rows, i);

      if (filter_row (GTK_LIST_BOX_ROW (child), self))
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

static void
on_search_activate_cb (KcQuestionsPage *self,
                       GtkSearchEntry  *entry)
{
  GtkListBoxRow *row = first_visible_row (self);

  if (row == NULL)
    return;

  if (KC_IS_FAQ_ROW (row))
    kc_faq_row_set_expanded (KC_FAQ_ROW (row), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_stop_search_cb (KcQuestionsPage *self,
                   GtkSearchEntry  *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static gboolean
on_search_key_pressed_cb (KcQuestionsPage       *self,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          GtkEventControllerKey *controller)
{
  GtkListBoxRow *row;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  row = first_visible_row (self);
  if (row == NULL)
    return GDK_EVENT_PROPAGATE;

  gtk_widget_grab_focus (GTK_WIDGET (row));
  return GDK_EVENT_STOP;
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  KcQuestionsPage *self = KC_QUESTIONS_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  kc_questions_page_show_entry (KC_QUESTIONS_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
kc_questions_page_dispose (GObject *object)
{
  KcQuestionsPage *self = (KcQuestionsPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_QUESTIONS_PAGE);
  /* A plain GtkWidget owns its children: unparent what the template made. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_questions_page_parent_class)->dispose (object);
}

static void
kc_questions_page_finalize (GObject *object)
{
  KcQuestionsPage *self = (KcQuestionsPage *)object;

  g_clear_pointer (&self->folded_query, g_free);
  g_clear_pointer (&self->lists, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_questions_page_parent_class)->finalize (object);
}

/* Start-up builds only the tab that is shown; the others are built when
 * first shown or asked for something. */
static void
ensure_built (KcQuestionsPage *self)
{
  if (self->built || self->library == NULL)
    return;

  self->built = TRUE;
  rebuild_rows (self);
  apply_filter (self);
}

static void
kc_questions_page_map (GtkWidget *widget)
{
  ensure_built (KC_QUESTIONS_PAGE (widget));
  GTK_WIDGET_CLASS (kc_questions_page_parent_class)->map (widget);
}

/* The glossary's first visible row, or its first row, clearing a search
 * that hides every term. */
static GtkWidget *
first_term_row (KcQuestionsPage *self)
{
  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < self->rows->len; i++)
        {
          GtkWidget *child = g_ptr_array_index (self->rows, i);

          if (KC_IS_GLOSSARY_ROW (child) && filter_row (GTK_LIST_BOX_ROW (child), self))
            return child;
        }
      kc_questions_page_set_query (self, NULL);
    }

  return NULL;
}

static void
show_glossary_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KcQuestionsPage *self = KC_QUESTIONS_PAGE (widget);
  GtkWidget *row;

  ensure_built (self);
  row = first_term_row (self);
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

static void
kc_questions_page_class_init (KcQuestionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_questions_page_dispose;
  object_class->finalize = kc_questions_page_finalize;
  widget_class->map = kc_questions_page_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A container only: its tab or section names it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-questions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KcQuestionsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KcQuestionsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, KcQuestionsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KcQuestionsPage, topics_box);
  gtk_widget_class_bind_template_child (widget_class, KcQuestionsPage, empty_status);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "questions.clear-search", NULL,
                                   clear_search_action);
  gtk_widget_class_install_action (widget_class, "questions.show-entry", "s",
                                   show_entry_action);
  gtk_widget_class_install_action (widget_class, "questions.show-glossary", NULL,
                                   show_glossary_action);
}

static void
kc_questions_page_init (KcQuestionsPage *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));

  self->lists = g_ptr_array_new ();
  self->rows = g_ptr_array_new ();

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

void
kc_questions_page_set_library (KcQuestionsPage *self,
                               KcLibrary       *library)
{
  g_return_if_fail (KC_IS_QUESTIONS_PAGE (self));
  g_return_if_fail (!library || KC_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  self->built = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_built (self);
}

void
kc_questions_page_focus_search (KcQuestionsPage *self)
{
  g_return_if_fail (KC_IS_QUESTIONS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* The entry delays search-changed while typing; apply at once here so
 * that callers (links, tests) see the result immediately. */
void
kc_questions_page_set_query (KcQuestionsPage *self,
                             const char      *query)
{
  g_return_if_fail (KC_IS_QUESTIONS_PAGE (self));

  ensure_built (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query ? query : "");
  on_search_changed_cb (self, self->search_entry);
}

guint
kc_questions_page_get_n_visible (KcQuestionsPage *self)
{
  g_return_val_if_fail (KC_IS_QUESTIONS_PAGE (self), 0);
  ensure_built (self);
  return self->n_visible;
}

/* The item a question or glossary row shows, or %NULL for another widget. */
static KcItem *
row_item (GtkWidget *child)
{
  if (KC_IS_FAQ_ROW (child))
    return KC_ITEM (kc_faq_row_get_entry (KC_FAQ_ROW (child)));
  if (KC_IS_GLOSSARY_ROW (child))
    return KC_ITEM (kc_glossary_row_get_term (KC_GLOSSARY_ROW (child)));
  return NULL;
}

/* Opens the row of @kind that shows @id, clearing a search that hides
 * it, and moves the focus there. */
static gboolean
show_row (KcQuestionsPage *self,
          KcItemKind       kind,
          const char      *id)
{
  ensure_built (self);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->rows, i);
      KcItem *item = row_item (child);

      if (item == NULL || kc_item_get_kind (item) != kind ||
          g_strcmp0 (kc_item_get_id (item), id) != 0)
        continue;

      if (!filter_row (GTK_LIST_BOX_ROW (child), self))
        kc_questions_page_set_query (self, NULL);
      if (KC_IS_FAQ_ROW (child))
        kc_faq_row_set_expanded (KC_FAQ_ROW (child), TRUE);
      gtk_widget_grab_focus (child);
      return TRUE;
    }

  return FALSE;
}

/**
 * kc_questions_page_show_entry:
 *
 * Opens the entry with @id, clearing a search that hides it, and moves
 * the focus there.
 *
 * Returns: %TRUE if the entry exists
 */
gboolean
kc_questions_page_show_entry (KcQuestionsPage *self,
                              const char      *id)
{
  g_return_val_if_fail (KC_IS_QUESTIONS_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return show_row (self, KC_ITEM_KIND_FAQ_ENTRY, id);
}

/**
 * kc_questions_page_show_term:
 *
 * Shows the glossary term with @id, as kc_questions_page_show_entry().
 *
 * Returns: %TRUE if the term exists
 */
gboolean
kc_questions_page_show_term (KcQuestionsPage *self,
                             const char      *id)
{
  g_return_val_if_fail (KC_IS_QUESTIONS_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return show_row (self, KC_ITEM_KIND_GLOSSARY_TERM, id);
}

static void
page_iface_set_library (KcPage    *page,
                        KcLibrary *library)
{
  kc_questions_page_set_library (KC_QUESTIONS_PAGE (page), library);
}

static gboolean
page_iface_show_item (KcPage *page,
                      KcItem *item)
{
  return show_row (KC_QUESTIONS_PAGE (page), kc_item_get_kind (item), kc_item_get_id (item));
}

static void
page_iface_init (KcPageInterface *iface)
{
  iface->set_library = page_iface_set_library;
  iface->show_item = page_iface_show_item;
}
