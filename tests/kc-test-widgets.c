/* kc-test-widgets.c: finding widgets in a window, for the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-test-widgets.h"

/* Returns: a window on @library, presented and drawn once */
KcWindow *
kc_test_new_window (KcLibrary *library,
                    GSettings *settings)
{
  KcWindow *window = kc_window_new (NULL, library, settings);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

/* A window of @width × @height, as if the user had left it so: the size
 * is a setting, which the caller resets. */
KcWindow *
kc_test_new_window_sized (KcLibrary *library,
                          GSettings *settings,
                          int        width,
                          int        height)
{
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  return kc_test_new_window (library, settings);
}

/* Returns: (transfer none) (nullable): @widget or the first widget under
 * it, depth first, that is a @type */
GtkWidget *
kc_test_find_by_type (GtkWidget *widget,
                      GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kc_test_find_by_type (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Appends the text of every label under @widget, one a line, for
 * searching. */
void
kc_test_append_label_text (GtkWidget *widget,
                           GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kc_test_append_label_text (child, text);
}

/* Returns: (transfer none) (nullable): @widget or the first widget under
 * it, depth first, with @css_class */
GtkWidget *
kc_test_find_by_css_class (GtkWidget  *widget,
                           const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kc_test_find_by_css_class (child, css_class);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Adds @widget and its descendants of @type to @found, in tree order. */
void
kc_test_collect_by_type (GtkWidget *widget,
                         GType      type,
                         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kc_test_collect_by_type (child, type, found);
}

/* Presses @keyval as @widget's key controller hears it (GTK 4 cannot
 * synthesise a key press); the press must be handled. */
void
kc_test_press_key (GtkWidget *widget,
                   guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  g_assert_true (handled);
}

/* Runs the widget's own shortcut for a key, as GTK would on that key
 * with the focus inside the widget; fails if the widget has none. */
void
kc_test_activate_shortcut (GtkWidget       *widget,
                           guint            keyval,
                           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                           widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }
  g_assert_not_reached ();
}

/* Shows every tab once, so that each is built and drawn. */
void
kc_test_show_every_tab (KcWindow *window)
{
  static const char *tabs[] = { "anatomy", "bodymap", "exercises", "questions" };

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      g_assert_true (kc_window_show_page (window, tabs[i]));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }
}

/* With each tab shown in turn (and so built), @window can be as small as
 * @width × @height. */
void
kc_test_assert_fits (KcWindow *window,
                     int       width,
                     int       height)
{
  AdwViewStack *stack = ADW_VIEW_STACK (kc_test_find_by_type (GTK_WIDGET (window),
                                                              ADW_TYPE_VIEW_STACK));
  int min_width, min_height;

  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      /* Shown once, so that it is built. */
      adw_view_stack_set_visible_child (stack, page);
      g_assert_true (gtk_widget_get_mapped (page));
      /* The window as a whole, with this tab shown. */
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, width,
                          &min_height, NULL, NULL, NULL);
      g_test_message ("%s: window at least %d × %d",
                      adw_view_stack_get_visible_child_name (stack), min_width, min_height);
      g_assert_cmpint (min_width, <=, width);
      g_assert_cmpint (min_height, <=, height);
    }
}

/* The id of what is under a point of @view's document (its user units),
 * asked the way the pointer asks. */
const char *
kc_test_part_at_document (KcDiagramView *view,
                          double         doc_x,
                          double         doc_y)
{
  double x, y;

  kc_diagram_view_document_to_widget (view, doc_x, doc_y, &x, &y);
  return kc_diagram_view_part_at (view, x, y);
}

/**
 * kc_test_shown_toast_title:
 *
 * Returns: (nullable): the title of the toast shown in @widget's toast
 *   overlay, or %NULL when none shows
 */
const char *
kc_test_shown_toast_title (GtkWidget *widget)
{
  GtkWidget *overlay = kc_test_find_by_type (widget, ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *toast = NULL;
  GtkWidget *label;

  for (GtkWidget *child = gtk_widget_get_first_child (overlay);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_str_equal (gtk_widget_get_css_name (child), "toast"))
        toast = child;
    }
  if (toast == NULL)
    return NULL;

  label = kc_test_find_by_type (toast, GTK_TYPE_LABEL);
  return gtk_label_get_label (GTK_LABEL (label));
}

/**
 * kc_test_find_message_dialog:
 *
 * Returns: (transfer none) (nullable): the message dialog shown, if one is
 */
AdwMessageDialog *
kc_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}
