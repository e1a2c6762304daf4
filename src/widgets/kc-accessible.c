/* kc-accessible.c: what GTK 4.8 gets wrong for screen readers, put right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <adwaita.h>

#include "kc-accessible.h"

/**
 * kc_accessible_fix_mnemonic_names:
 * @widget: a widget and its descendants, usually a template just built
 *
 * GTK 4.8 names a button with a mnemonic ("_Got It") twice: by its label
 * text, underscore and all, and again by its label child, which labels
 * it for the mnemonic.  A screen reader said "underscore Got It Got It".
 * The label child alone names it.  A drop-down's button is named by
 * the drop-down's mnemonic label.
 */
/* GTK 4.8 points a drop-down's mnemonic label at the drop-down, but the
 * focus goes to the toggle button inside it, which nothing names: a screen
 * reader said "GtkToggleButton".  The same label names the button. */
/* The text a drop-down shows for its choice, or NULL. */
static char *
dup_choice_text (GtkDropDown *drop_down)
{
  gpointer item = gtk_drop_down_get_selected_item (drop_down);
  GtkExpression *expression = gtk_drop_down_get_expression (drop_down);
  g_auto(GValue) value = G_VALUE_INIT;

  if (item == NULL)
    return NULL;
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (item));
  if (expression != NULL && gtk_expression_evaluate (expression, item, &value) &&
      G_VALUE_HOLDS_STRING (&value))
    return g_value_dup_string (&value);
  return NULL;
}

static void
on_drop_down_selected_cb (GtkDropDown *drop_down,
                          GParamSpec  *pspec,
                          GtkWidget   *button)
{
  g_autofree char *choice = dup_choice_text (drop_down);

  if (choice != NULL && *choice != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    choice, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
name_drop_down_button (GtkDropDown *drop_down)
{
  g_autoptr(GList) labels = gtk_widget_list_mnemonic_labels (GTK_WIDGET (drop_down));
  GtkWidget *button;

  button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
  while (button != NULL && !GTK_IS_TOGGLE_BUTTON (button))
    button = gtk_widget_get_next_sibling (button);

  if (button == NULL)
    return;

  if (labels != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                    labels->data, NULL, -1);

  /* The button draws its choice in a stack of GTK's making, beside an
   * arrow: GTK 4.8 read them out as "GtkStackPage", "GtkListItemWidget",
   * "GtkBuiltinIcon" and, with nothing chosen, "GtkLabel".  They are
   * hidden; the choice is said as the button's description. */
  kc_accessible_hide_insides (button);
  g_signal_connect_object (drop_down, "notify::selected-item",
                           G_CALLBACK (on_drop_down_selected_cb), button, 0);
  on_drop_down_selected_cb (drop_down, NULL, button);
}

static void
hide_if_decoration (GtkWidget *widget)
{
  if (GTK_IS_SCROLLBAR (widget) || g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkBuiltinIcon"))
    gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

/**
 * kc_accessible_name_menu:
 *
 * A menu button's menu is read by its type name ("GtkPopoverMenu") unless
 * named, and its content likewise: they take the button's words, its
 * label or else its tooltip.  Call it again after giving the button a
 * menu later (a menu made when first opened).
 */
void
kc_accessible_name_menu (GtkMenuButton *button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (button);
  const char *label = gtk_menu_button_get_label (button);
  g_autoptr(GString) name = NULL;

  if (popover == NULL)
    return;

  if (label != NULL)
    {
      /* The label's mnemonic underscore is not read. */
      name = g_string_new (NULL);
      for (const char *p = label; *p != '\0'; p++)
        if (*p != '_' || p[1] == '_')
          g_string_append_c (name, *p == '_' ? *++p : *p);
    }
  else if (gtk_widget_get_tooltip_text (GTK_WIDGET (button)) != NULL)
    name = g_string_new (gtk_widget_get_tooltip_text (GTK_WIDGET (button)));
  if (name == NULL)
    return;

  gtk_accessible_update_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name->str, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (popover));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name->str, -1);
}

void
kc_accessible_fix_mnemonic_names (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* A menu button's arrow, a check button's box and scroll bars too
   * (kc_accessible_hide_decorations()). */
  hide_if_decoration (widget);

  if (GTK_IS_DROP_DOWN (widget))
    name_drop_down_button (GTK_DROP_DOWN (widget));

  if (GTK_IS_MENU_BUTTON (widget))
    kc_accessible_name_menu (GTK_MENU_BUTTON (widget));

  if (GTK_IS_BUTTON (widget) &&
      gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kc_accessible_fix_mnemonic_names (child);
}

/**
 * kc_accessible_name_cell:
 * @widget: a widget just added to a #GtkFlowBox
 * @name: what its cell is called
 *
 * A flow box wraps each child in a cell that GTK 4.8 names by its type,
 * "GtkFlowBoxChild", when nothing names it.  The cell is only layout, so
 * it takes no focus either: Tab goes to what is in it (a day's button),
 * or past it (a legend's swatch).
 */
void
kc_accessible_name_cell (GtkWidget  *widget,
                         const char *name)
{
  GtkWidget *cell = gtk_widget_get_parent (widget);

  g_return_if_fail (GTK_IS_FLOW_BOX_CHILD (cell));

  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_focusable (cell, FALSE);
}

/**
 * kc_accessible_name_menu_button:
 * @name: what the button is called, e.g. "Dose of Bridge: 3 sets × 10"
 *
 * The focus goes to the toggle button inside a menu button; GTK 4.8 reads
 * that out by its own label, or by its type name when it has only an
 * icon or a label made of numbers.  Both carry @name.
 */
void
kc_accessible_name_menu_button (GtkMenuButton *button,
                                const char    *name)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_MENU_BUTTON (button));

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (button));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
    }
}

static void
on_revealer_changed_cb (GtkRevealer *revealer)
{
  /* Shown before it slides open; hidden once it has slid shut. */
  gtk_widget_set_visible (GTK_WIDGET (revealer),
                          gtk_revealer_get_reveal_child (revealer) ||
                          gtk_revealer_get_child_revealed (revealer));
}

/**
 * kc_accessible_hide_closed_revealer:
 *
 * A closed revealer is still read out by screen readers in GTK 4.8 (an
 * empty banner called "GtkLabel", a dismissed note); this hides it while
 * closed, keeping its slide.
 */
void
kc_accessible_hide_closed_revealer (GtkRevealer *revealer)
{
  g_return_if_fail (GTK_IS_REVEALER (revealer));

  g_signal_connect (revealer, "notify::reveal-child", G_CALLBACK (on_revealer_changed_cb), NULL);
  g_signal_connect (revealer, "notify::child-revealed", G_CALLBACK (on_revealer_changed_cb), NULL);
  on_revealer_changed_cb (revealer);
}

/**
 * kc_accessible_hide_insides:
 * @widget: a control that its own accessible name describes whole
 *
 * Hides what @widget draws inside it from screen readers.  A view
 * switcher's button, named by its page's title, draws that title and an
 * icon twice in stacks of libadwaita's making, which GTK 4.8 read out as
 * "GtkStackPage", "AdwGizmo" and "GtkImage"; libadwaita makes them, so
 * only their state, not their role, can be set.
 */
void
kc_accessible_hide_insides (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

static void
on_squeezer_visible_child_cb (AdwSqueezer *squeezer)
{
  GtkWidget *shown = adw_squeezer_get_visible_child (squeezer);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (squeezer));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN,
                                 child != shown, -1);
}

/**
 * kc_accessible_follow_squeezer:
 *
 * A squeezer keeps every child visible and draws one: GTK 4.8 presents
 * them all, so a screen reader met a view switcher title's wide and
 * narrow tab lists and its plain title at once.  Only the child drawn is
 * presented.
 */
void
kc_accessible_follow_squeezer (AdwSqueezer *squeezer)
{
  g_return_if_fail (ADW_IS_SQUEEZER (squeezer));

  g_signal_connect (squeezer, "notify::visible-child",
                    G_CALLBACK (on_squeezer_visible_child_cb), NULL);
  on_squeezer_visible_child_cb (squeezer);
}

static void
on_label_changed_cb (GtkLabel *label)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN,
                               *gtk_label_get_label (label) == '\0', -1);
}

/**
 * kc_accessible_hide_when_empty:
 *
 * GTK 4.8 reads a label with no text by its type name, "GtkLabel": a
 * summary not yet written, a date before the first day is shown.  This
 * hides @label from screen readers while it is empty, keeping its place
 * on screen.
 */
void
kc_accessible_hide_when_empty (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  g_signal_connect (label, "notify::label", G_CALLBACK (on_label_changed_cb), NULL);
  on_label_changed_cb (label);
}

/**
 * kc_accessible_hide_decorations:
 * @widget: a widget and its descendants, e.g. an expander just made
 *
 * GTK 4.8 reads the arrow GTK draws in an expander, a menu button or a
 * tree expander, and a check button's box, by its type name,
 * "GtkBuiltinIcon".  It only shows what the control's state already says
 * (expanded, has a pop-up, ticked), so it is hidden from screen readers.
 * So are scroll bars, read as "GtkScrollbar" and "GtkRange": they take no
 * focus, and a screen reader scrolls the pane they belong to.  kc_accessible_fix_mnemonic_names() does
 * this too, for templates.
 */
void
kc_accessible_hide_decorations (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  hide_if_decoration (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kc_accessible_hide_decorations (child);
}
