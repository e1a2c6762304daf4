/* kc-content-widgets.c: widgets that show content text the same way everywhere
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paragraphs wrap at a readable width; lists hang their bullets; links are
 * buttons (keyboard-reachable, named for screen readers).
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "content/kc-exercise.h"
#include "content/kc-pain-source.h"
#include "content/kc-relations.h"
#include "content/kc-story.h"
#include "content/kc-text-block.h"
#include "kc-accessible.h"
#include "kc-content-widgets.h"
#include "kc-warning-card.h"

#define READABLE_CHARS 72

GtkWidget *
kc_text_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), READABLE_CHARS);
  /* Narrow columns may squeeze text this far, no further. */
  gtk_label_set_width_chars (GTK_LABEL (label), 15);
  gtk_widget_set_hexpand (label, TRUE);

  return label;
}

/* A glossary link opens its term, in the window's history like any link;
 * a label outside a window (a test) has nowhere to go and opens nothing. */
static gboolean
on_term_activate_link_cb (GtkLabel   *label,
                          const char *uri,
                          gpointer    user_data)
{
  const char *id = kc_glossary_id_from_uri (uri);

  if (id == NULL)
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (label), "win.open-item", "s", id);
  return TRUE;
}

/**
 * kc_linked_label_new:
 * @glossary: (nullable): links the first use of each term, or %NULL for
 *   plain text
 * @linked: (nullable): the terms already linked in the same text, see
 *   kc_glossary_link()
 *
 * A paragraph as kc_text_label_new() makes it, with glossary terms linked.
 */
GtkWidget *
kc_linked_label_new (const char *text,
                     KcGlossary *glossary,
                     GHashTable *linked)
{
  GtkWidget *label = kc_text_label_new (NULL);
  g_autofree char *markup = NULL;

  if (glossary == NULL)
    {
      gtk_label_set_label (GTK_LABEL (label), text);
      return label;
    }

  markup = kc_glossary_link_text (glossary, text, linked);
  kc_label_set_link_markup (GTK_LABEL (label), markup);
  g_signal_connect (label, "activate-link", G_CALLBACK (on_term_activate_link_cb), NULL);

  return label;
}

/**
 * kc_label_set_link_markup:
 * @markup: Pango markup, its links as `<a href="…">`
 *
 * Sets @markup on @label with its links drawn as every link of the app is
 * (`style.css`: `.kc-links`, as a `button.kc-link`).  GTK 4.8 draws a
 * label's link in the link's colour but at the label's own opacity, which
 * libadwaita's light theme sets to 80 %: lighter than a link button, and
 * less than 4.5:1 on the window.  Each link's text is made opaque.
 */
void
kc_label_set_link_markup (GtkLabel   *label,
                          const char *markup)
{
  g_autoptr(GString) opaque = g_string_new (markup);
  const char *found;
  gsize at = 0;

  g_return_if_fail (GTK_IS_LABEL (label));

  /* A span Pango reads inside GTK's <a>: only the link's text changes. */
  while ((found = strstr (opaque->str + at, "<a ")) != NULL)
    {
      const char *end = strchr (found, '>');
      gsize after;

      if (end == NULL)
        break;
      after = (gsize)(end - opaque->str) + 1;
      g_string_insert (opaque, (gssize)after, KC_LINK_SPAN);
      at = after + strlen (KC_LINK_SPAN);
    }
  g_string_replace (opaque, "</a>", "</span></a>", 0);

  gtk_label_set_markup (label, opaque->str);
  gtk_widget_add_css_class (GTK_WIDGET (label), "kc-links");
}

GtkWidget *
kc_heading_label_new (const char *text,
                      const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A list item: @marker (a bullet, a number) hanging before wrapped @text.
 * A grid, not a horizontal box: GTK 4.8's box measures a wrapping label
 * by a search over heights, each step itself a search over widths (see
 * README, Performance), and lists are many of these. */
static GtkWidget *
new_hanging_item (GtkWidget  *marker,
                  const char *text,
                  KcGlossary *glossary,
                  GHashTable *linked)
{
  GtkWidget *item = g_object_new (GTK_TYPE_GRID,
                                  "column-spacing", 8,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                  NULL);

  gtk_grid_attach (GTK_GRID (item), marker, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (item), kc_linked_label_new (text, glossary, linked), 1, 0, 1, 1);

  return item;
}

/* A bullet, or the number of item @index ("1." "2." …), hanging before
 * each item. */
static GtkWidget *
new_marker (guint    index,
            gboolean numbered)
{
  g_autofree char *number = numbered ? g_strdup_printf ("%u.", index + 1) : NULL;
  /* A number is read out; a bullet is only decoration. */
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", numbered ? number : "•",
                                   "valign", GTK_ALIGN_START,
                                   "accessible-role", numbered ? GTK_ACCESSIBLE_ROLE_LABEL
                                                               : GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                   NULL);

  if (numbered)
    {
      gtk_label_set_width_chars (GTK_LABEL (label), 2);
      gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
      gtk_widget_add_css_class (label, "numeric");
    }

  return label;
}

/* A list named for screen readers (without a name GTK 4.8 gives them the
 * class name), each item hanging after its marker. */
static GtkWidget *
new_hanging_list (const char * const *items,
                  gboolean            numbered,
                  KcGlossary         *glossary,
                  GHashTable         *linked)
{
  guint n_items = g_strv_length ((char **)items);
  g_autofree char *name = numbered
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", n_items), n_items)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "List of %u item", "List of %u items",
                                    n_items), n_items);
  /* Roles are construct-only in GTK 4.8. */
  GtkWidget *list = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 6,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                  NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (guint i = 0; items[i] != NULL; i++)
    gtk_box_append (GTK_BOX (list), new_hanging_item (new_marker (i, numbered), items[i],
                                                      glossary, linked));

  return list;
}

GtkWidget *
kc_bullet_list_new (const char * const *items)
{
  return new_hanging_list (items, FALSE, NULL, NULL);
}

/* Numbered steps: "1." "2." … before each, hanging. */
GtkWidget *
kc_numbered_list_new (const char * const *items)
{
  return new_hanging_list (items, TRUE, NULL, NULL);
}

/**
 * kc_linked_list_new:
 * @numbered: steps ("1." "2." …) rather than bullets
 * @glossary: (nullable): links the first use of each term, or %NULL
 * @linked: the terms already linked in the same text
 *
 * Returns: a hanging list whose items link the glossary's terms
 */
GtkWidget *
kc_linked_list_new (const char * const *items,
                    gboolean            numbered,
                    KcGlossary         *glossary,
                    GHashTable         *linked)
{
  return new_hanging_list (items, numbered, glossary, linked);
}

/**
 * kc_append_linked_blocks:
 * @blocks: (element-type KcTextBlock): paragraphs and lists
 * @glossary: (nullable): links the first use of each term, or %NULL for
 *   plain text
 * @linked: the terms already linked in the same text (see
 *   kc_glossary_link()), for a text made of several parts
 *
 * Appends @blocks to @box.
 */
void
kc_append_linked_blocks (GtkBox     *box,
                         GPtrArray  *blocks,
                         KcGlossary *glossary,
                         GHashTable *linked)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const KcTextBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == KC_TEXT_BLOCK_PARAGRAPH)
        gtk_box_append (box, kc_linked_label_new (block->text, glossary, linked));
      else
        gtk_box_append (box, new_hanging_list ((const char * const *)block->items, FALSE,
                                               glossary, linked));
    }
}

/**
 * kc_append_blocks:
 * @glossary: (nullable): links the first use of each term in all the
 *   blocks together, or %NULL for plain text
 *
 * Appends @blocks to @box, as one text.
 */
void
kc_append_blocks (GtkBox     *box,
                  GPtrArray  *blocks,
                  KcGlossary *glossary)
{
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);

  kc_append_linked_blocks (box, blocks, glossary, linked);
}

GtkWidget *
kc_link_button_new (const char *label,
                    const char *action,
                    const char *target,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *text = gtk_label_new (label);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_button_set_child (GTK_BUTTON (button), text);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "link");
  gtk_widget_add_css_class (button, "kc-link");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_widget_set_tooltip_text (button, tooltip);
  /* GTK 4.8 does not name a button after a custom child. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return button;
}

static void
append_section (GtkBox             *box,
                KcGlossary         *glossary,
                GHashTable         *linked,
                KcCondition        *condition,
                KcConditionSection  section,
                const char         *title)
{
  gtk_box_append (box, kc_heading_label_new (title, "kc-subheading"));
  kc_append_linked_blocks (box, kc_condition_get_section (condition, section), glossary, linked);
}

static void
append_story (GtkBox  *box,
              KcStory *story)
{
  const char * const *paragraphs = kc_story_get_paragraphs (story);
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  /* Translators: heading of an illustrative patient story */
  g_autofree char *title = g_strdup_printf (_("An example: %s"), kc_item_get_name (KC_ITEM (story)));

  gtk_widget_add_css_class (frame, "kc-story");
  gtk_box_append (GTK_BOX (frame), kc_heading_label_new (title, "kc-subheading"));
  for (guint i = 0; paragraphs[i] != NULL; i++)
    gtk_box_append (GTK_BOX (frame), kc_text_label_new (paragraphs[i]));
  gtk_box_append (box, frame);
}

/* When to get help, in the same tiers, colours and icons as every other
 * view of the warning signs; nothing if the condition names none. */
static void
append_warnings (GtkBox      *box,
                 KcCondition *condition)
{
  GPtrArray *tiers = kc_condition_get_warnings (condition);

  if (tiers->len == 0)
    return;

  gtk_box_append (box, kc_heading_label_new (_("When to see a doctor"), "kc-subheading"));
  gtk_box_append (box, kc_warning_cards_new (tiers));
}

/* Links to where the condition's pain is felt and to the exercises that
 * may help it. */
static void
append_links (GtkBox      *box,
              KcLibrary   *library,
              KcCondition *condition)
{
  const char * const *exercises = kc_condition_get_exercise_ids (condition);
  KcPainSource *source = kc_relations_source_for_condition (library,
                                                            kc_item_get_id (KC_ITEM (condition)));

  if (source != NULL)
    gtk_box_append (box, kc_link_button_new (_("Where pain from it can be felt"), "win.open-item",
                                             kc_item_get_id (KC_ITEM (source)),
                                             _("Show it on the body map")));

  if (exercises[0] == NULL)
    return;

  gtk_box_append (box, kc_heading_label_new (_("Exercises that may help"), "kc-subheading"));
  for (guint i = 0; exercises[i] != NULL; i++)
    {
      KcExercise *exercise = kc_library_lookup_exercise (library, exercises[i]);

      if (exercise != NULL)
        gtk_box_append (box, kc_link_button_new (kc_item_get_name (KC_ITEM (exercise)),
                                                 "win.open-item", exercises[i],
                                                 _("Open this exercise")));
    }
  gtk_box_append (box, kc_text_label_new (_("Ask a physiotherapist which of them suit you, "
                                            "and how much.")));
}

/**
 * kc_condition_expander_new:
 *
 * A closed expander named after @condition, which opens on everything
 * known about it: what happens, signs, diagnosis, what helps, the link
 * between back and knee, the stories that illustrate it, and links to
 * the body map and exercises.
 */
GtkWidget *
kc_condition_expander_new (KcLibrary   *library,
                           KcCondition *condition)
{
  g_autoptr(GPtrArray) stories = kc_library_dup_stories_for_condition (library,
                                                                       kc_item_get_id (KC_ITEM (condition)));
  GtkWidget *expander = gtk_expander_new (NULL);
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (kc_item_get_name (KC_ITEM (condition)));
  GtkWidget *summary = kc_text_label_new (kc_condition_get_summary (condition));
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  KcGlossary *glossary = kc_library_get_glossary (library);
  /* The sections are one text: each term links once in the condition. */
  g_autoptr(GHashTable) linked = g_hash_table_new (g_str_hash, g_str_equal);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_box_append (GTK_BOX (title), name);
  gtk_box_append (GTK_BOX (title), summary);
  /* The expander is the button screen readers announce; with a box for
   * its label it would be called "GtkExpander". */
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kc_item_get_name (KC_ITEM (condition)), -1);
  gtk_expander_set_label_widget (GTK_EXPANDER (expander), title);
  kc_accessible_hide_decorations (expander);
  gtk_widget_add_css_class (expander, "kc-condition");
  /* So that a page showing several finds the one a link opens. */
  gtk_widget_set_name (expander, kc_item_get_id (KC_ITEM (condition)));

  append_section (GTK_BOX (body), glossary, linked, condition, KC_CONDITION_SECTION_WHAT_HAPPENS,
                  _("What happens"));
  append_section (GTK_BOX (body), glossary, linked, condition, KC_CONDITION_SECTION_SIGNS, _("Typical signs"));
  append_section (GTK_BOX (body), glossary, linked, condition, KC_CONDITION_SECTION_DIAGNOSIS,
                  _("How it is diagnosed"));
  append_section (GTK_BOX (body), glossary, linked, condition, KC_CONDITION_SECTION_WHAT_HELPS,
                  _("What helps"));
  append_warnings (GTK_BOX (body), condition);
  append_section (GTK_BOX (body), glossary, linked, condition, KC_CONDITION_SECTION_BACK_KNEE,
                  _("How it links back and knee"));
  for (guint i = 0; i < stories->len; i++)
    append_story (GTK_BOX (body), g_ptr_array_index (stories, i));
  append_links (GTK_BOX (body), library, condition);
  kc_append_sources (GTK_BOX (body), KC_ITEM (condition));

  gtk_widget_add_css_class (body, "kc-condition-body");
  gtk_expander_set_child (GTK_EXPANDER (expander), body);

  return expander;
}

/* Opens a citation's DOI or address in the user's browser. */
static gboolean
on_source_activate_link_cb (GtkLabel   *label,
                            const char *uri,
                            gpointer    user_data)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (label));

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
  return TRUE;
}

static GtkWidget *
source_label_new (KcReference *reference)
{
  g_autofree char *link = kc_reference_dup_link (reference);
  g_autofree char *text = g_markup_escape_text (kc_reference_get_text (reference), -1);
  g_autofree char *markup = NULL;
  GtkWidget *label;

  if (link != NULL)
    {
      const char *doi = kc_reference_get_doi (reference);
      g_autofree char *shown = doi != NULL ? g_strconcat ("doi:", doi, NULL) : g_strdup (link);
      g_autofree char *href = g_markup_escape_text (link, -1);
      g_autofree char *shown_text = g_markup_escape_text (shown, -1);

      markup = g_strdup_printf ("%s <a href=\"%s\">%s</a>", text, href, shown_text);
    }

  label = kc_text_label_new (NULL);
  kc_label_set_link_markup (GTK_LABEL (label), markup != NULL ? markup : text);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "kc-source");
  g_signal_connect (label, "activate-link", G_CALLBACK (on_source_activate_link_cb), NULL);

  return label;
}

/**
 * kc_sources_new:
 * @item: any item
 *
 * The one way every page ends an item's details: a closed "Sources"
 * expander listing the guidelines and papers it cites, each linked, and
 * when its text was last reviewed.
 *
 * Returns: (transfer floating) (nullable): the expander, or %NULL if
 *   @item cites nothing
 */
GtkWidget *
kc_sources_new (KcItem *item)
{
  GPtrArray *references;
  GDateTime *reviewed;
  GtkWidget *expander;
  GtkWidget *list;

  g_return_val_if_fail (KC_IS_ITEM (item), NULL);

  references = kc_item_get_references (item);
  if (references->len == 0)
    return NULL;

  expander = gtk_expander_new (_("Sources"));
  /* GTK 4.8 names an expander by its type, not its label. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (expander), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sources"), -1);
  kc_accessible_hide_decorations (expander);
  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; i < references->len; i++)
    gtk_box_append (GTK_BOX (list), source_label_new (g_ptr_array_index (references, i)));

  reviewed = kc_item_get_reviewed (item);
  if (reviewed != NULL)
    {
      g_autofree char *date = g_date_time_format (reviewed, "%Y-%m-%d");
      /* TRANSLATORS: %s is a date such as 2026-12-02 */
      g_autofree char *text = g_strdup_printf (_("Last reviewed %s"), date);
      GtkWidget *label = kc_text_label_new (text);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (list), label);
    }

  gtk_widget_add_css_class (list, "kc-sources");
  gtk_expander_set_child (GTK_EXPANDER (expander), list);
  gtk_widget_add_css_class (expander, "kc-sources-expander");

  return expander;
}

/**
 * kc_append_sources:
 *
 * Appends kc_sources_new() for @item to @box, if @item cites anything.
 */
void
kc_append_sources (GtkBox *box,
                   KcItem *item)
{
  GtkWidget *sources = kc_sources_new (item);

  if (sources != NULL)
    gtk_box_append (box, sources);
}

/**
 * kc_remove_children:
 * @container: a #GtkBox, #GtkListBox or #GtkFlowBox
 *
 * Empties @container, for content that is built again.
 */
void
kc_remove_children (GtkWidget *container)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BOX (container) || GTK_IS_LIST_BOX (container) ||
                    GTK_IS_FLOW_BOX (container));

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

/* Returns: %FALSE if @child has no place yet to scroll to */
static gboolean
scroll_now (GtkWidget *child,
            GtkWidget *content)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (content, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page;

  if (scroller == NULL)
    return TRUE;
  if (gtk_widget_get_width (child) <= 0 || !gtk_widget_compute_bounds (child, content, &bounds))
    return FALSE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);

  if (bounds.origin.y < value)
    gtk_adjustment_set_value (adjustment, bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > value + page)
    /* A child taller than the view (an opened condition) shows its top. */
    gtk_adjustment_set_value (adjustment, MIN (bounds.origin.y,
                                               bounds.origin.y + bounds.size.height - page));
  return TRUE;
}

typedef struct
{
  GtkWidget *content;
  guint frames_left;
} PendingScroll;

/* Frame callbacks run before layout: a page shown in this frame is laid
 * out by the next one. A child that stays hidden (filtered out) is given
 * up on after a few frames, so the clock does not tick for nothing. */
static gboolean
scroll_on_tick (GtkWidget     *child,
                GdkFrameClock *clock,
                gpointer       data)
{
  PendingScroll *pending = data;

  if (scroll_now (child, pending->content) || --pending->frames_left == 0)
    return G_SOURCE_REMOVE;
  return G_SOURCE_CONTINUE;
}

/**
 * kc_scroll_into_view:
 * @child: a row, card or other widget inside @content
 * @content: the child of a #GtkScrolledWindow
 *
 * Scrolls so that @child is in view (GTK 4.8 list and flow boxes cannot).
 * A page just built has no layout yet: then it waits for the next frame.
 */
void
kc_scroll_into_view (GtkWidget *child,
                     GtkWidget *content)
{
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (GTK_IS_WIDGET (content));

  if (!gtk_widget_get_mapped (child) || !scroll_now (child, content))
    {
      PendingScroll *pending = g_new (PendingScroll, 1);

      *pending = (PendingScroll) { content, 5 };
      gtk_widget_add_tick_callback (child, scroll_on_tick, pending, g_free);
    }
}
