/* kc-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-method-dialog.h"
#include "kc-problems-dialog.h"
#include "kc-window-private.h"
#include "widgets/kc-accessible.h"


G_DEFINE_FINAL_TYPE (KcWindow, kc_window, ADW_TYPE_APPLICATION_WINDOW)

/* Shared with kc-window-display.c, which notifies text-zoom and presenting. */
GParamSpec *_kc_window_properties[KC_WINDOW_N_PROPS];

/**
 * kc_window_show_page:
 * @name: a page name, such as "questions"
 *
 * Returns: %TRUE if the window has that page and now shows it
 */
gboolean
kc_window_show_page (KcWindow   *self,
                     const char *name)
{
  g_return_val_if_fail (KC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    return FALSE;

  adw_view_stack_set_visible_child_name (self->stack, name);
  return TRUE;
}

/* The user's plans, for the Exercises tab's planner. */
void
kc_window_set_plan_store (KcWindow    *self,
                          KcPlanStore *store)
{
  KcPage *page;

  g_return_if_fail (KC_IS_WINDOW (self));

  g_set_object (&self->plans, store);
  page = _kc_window_peek_page (self, "exercises");
  if (page != NULL)
    kc_exercises_page_set_plan_store (KC_EXERCISES_PAGE (page), store);
}

const char *
kc_window_get_page (KcWindow *self)
{
  g_return_val_if_fail (KC_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}

/* Not gtk/help-overlay.ui, which GtkApplication would build for every
 * window at start-up: the shortcuts window is made when first asked for,
 * then handed to GtkApplicationWindow, which shows the keys of its
 * actions and closes it with the window. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, shortcuts);
    }

  gtk_window_present (GTK_WINDOW (shortcuts));
}

/* The main menu is made when first opened, not at start-up. */
static void
create_primary_menu (GtkMenuButton *button,
                     gpointer       user_data)
{
  KcWindow *self = KC_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->primary_menu));
  kc_accessible_name_menu (button);
}

/* The search popover is made when first opened, not at start-up. */
static void
create_search_popover (GtkMenuButton *button,
                       gpointer       user_data)
{
  KcWindow *self = KC_WINDOW (gtk_widget_get_root (GTK_WIDGET (button)));
  GtkWidget *popover = g_object_new (KC_TYPE_SEARCH_POPOVER, NULL);

  kc_search_popover_set_library (KC_SEARCH_POPOVER (popover), self->library);
  gtk_menu_button_set_popover (button, popover);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  /* Ctrl+F is an application accelerator, which GTK runs before any
   * widget's own keys: a view with a search of its own (the plans list)
   * installs view.find, and takes Ctrl+F while the focus is inside it. */
  if (focus != NULL && gtk_widget_activate_action (focus, "view.find", NULL))
    return;
  gtk_menu_button_popup (self->search_button);
}

static void
show_page_number_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->stack);
  guint index = (guint)g_variant_get_int32 (param) - 1;

  g_autoptr(AdwViewStackPage) page = NULL;

  if (index >= g_list_model_get_n_items (G_LIST_MODEL (pages)))
    return;

  /* The keyboard user lands in the page's content, not on the tab. */
  gtk_selection_model_select_item (pages, index, TRUE);
  page = g_list_model_get_item (G_LIST_MODEL (pages), index);
  _kc_window_ensure_page (self, adw_view_stack_page_get_name (page));
  gtk_widget_child_focus (adw_view_stack_page_get_child (page), GTK_DIR_TAB_FORWARD);
}

static void
dismiss_disclaimer_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);

  g_settings_set_boolean (self->settings, "disclaimer-dismissed", TRUE);
}

/* The first-run hint leads to the body map, once for good. */
static void
start_at_body_map_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);

  g_settings_set_boolean (self->settings, "start-hint-seen", TRUE);
  gtk_widget_activate_action (widget, "win.show-page", "s", "bodymap");
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);
  KcProblemsDialog *dialog;

  dialog = kc_problems_dialog_new (GTK_WINDOW (self), kc_library_get_problems (self->library));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_method_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);
  KcMethodDialog *dialog = kc_method_dialog_new (GTK_WINDOW (self), self->library);

  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
skipped_files_text (guint n_skipped)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u content file was skipped because of mistakes in it. "
                                       "Everything else was loaded.",
                                       "%u content files were skipped because of mistakes in "
                                       "them. Everything else was loaded.",
                                       n_skipped),
                          n_skipped);
}

/* Folders first: a wrong --content-dir explains why its files are absent. */
static void
update_problems_banner (KcWindow *self)
{
  guint n_skipped = kc_library_get_n_skipped_files (self->library);
  guint n_folders = kc_library_get_n_skipped_folders (self->library);
  g_autofree char *files = NULL;
  g_autofree char *folders = NULL;
  g_autofree char *text = NULL;

  if (n_skipped == 0 && n_folders == 0)
    {
      gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
      return;
    }

  files = n_skipped > 0 ? skipped_files_text (n_skipped)
                        : g_strdup (_("Everything else was loaded."));
  if (n_folders > 0)
    folders = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u content folder could not be read.",
                                            "%u content folders could not be read.",
                                            n_folders),
                               n_folders);
  text = folders != NULL ? g_strjoin (" ", folders, files, NULL) : g_steal_pointer (&files);
  gtk_label_set_label (self->problems_label, text);
  gtk_revealer_set_reveal_child (self->problems_revealer, TRUE);
}

/* The user's content joined the library after the first frame. */
static void
on_library_changed_cb (KcWindow  *self,
                       KcLibrary *library)
{
  update_problems_banner (self);
  _kc_window_remake_pages (self);
}

static void
on_visible_page_changed_cb (KcWindow     *self,
                            GParamSpec   *pspec,
                            AdwViewStack *stack)
{
  const char *name = adw_view_stack_get_visible_child_name (stack);

  _kc_window_ensure_page (self, name);
  if (name != NULL)
    g_settings_set_string (self->settings, "last-page", name);
  _kc_window_page_changed (self, name);
}

/* A size saved on a bigger screen, or the default, must not overflow the
 * screens there are: a window manager would shrink it, but without one (a
 * kiosk, a projector set up bare) nothing else does. */
static void
fit_to_monitors (int *width,
                 int *height)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  int widest = 0, tallest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      widest = MAX (widest, geometry.width);
      tallest = MAX (tallest, geometry.height);
    }

  if (widest > 0)
    *width = MIN (*width, widest);
  if (tallest > 0)
    *height = MIN (*height, tallest);
}

static void
restore_state (KcWindow *self)
{
  g_autofree char *last_page = g_settings_get_string (self->settings, "last-page");
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  fit_to_monitors (&width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  if (*last_page != '\0')
    kc_window_show_page (self, last_page);
}

static gboolean
kc_window_close_request (GtkWindow *window)
{
  KcWindow *self = KC_WINDOW (window);
  int width, height;

  if (_kc_window_stop_close_for_unsaved (self))
    return TRUE;

  /* A maximized or full-screen size is not the size to come back to. */
  if (!gtk_window_is_maximized (window) && !gtk_window_is_fullscreen (window))
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (kc_window_parent_class)->close_request (window);
}

/**
 * kc_window_dup_page_names:
 *
 * Returns: (transfer full): the page names of the tabs, in order
 */
char **
kc_window_dup_page_names (KcWindow *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (KC_IS_WINDOW (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStackPage *page = adw_view_stack_get_page (self->stack, child);
      g_strv_builder_add (names, adw_view_stack_page_get_name (page));
    }

  return g_strv_builder_end (names);
}

/* The view switchers inside AdwViewSwitcherTitle and AdwViewSwitcherBar
 * are the "page tab list" a screen reader meets: libadwaita 1.2 leaves
 * them named by their type, and each tab's insides too. */
static void
name_view_switchers (GtkWidget *widget)
{
  if (ADW_IS_VIEW_SWITCHER (widget))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Sections of Kinetic Chain"), -1);
      for (GtkWidget *tab = gtk_widget_get_first_child (widget);
           tab != NULL;
           tab = gtk_widget_get_next_sibling (tab))
        kc_accessible_hide_insides (tab);
      return;
    }
  if (ADW_IS_SQUEEZER (widget))
    kc_accessible_follow_squeezer (ADW_SQUEEZER (widget));
  if (ADW_IS_WINDOW_TITLE (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), -1);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_view_switchers (child);
}

static void
kc_window_constructed (GObject *object)
{
  KcWindow *self = (KcWindow *)object;

  G_OBJECT_CLASS (kc_window_parent_class)->constructed (object);

  gtk_menu_button_set_create_popup_func (self->search_button, create_search_popover, NULL, NULL);
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu,
                                         NULL, NULL);
  update_problems_banner (self);
  g_signal_connect_object (self->library, "changed", G_CALLBACK (on_library_changed_cb), self,
                           G_CONNECT_SWAPPED);

  restore_state (self);
  _kc_window_ensure_page (self, kc_window_get_page (self));
  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_page_changed_cb), self, G_CONNECT_SWAPPED);
  /* The first place to come back to. */
  _kc_window_page_changed (self, kc_window_get_page (self));

  g_settings_bind (self->settings, "text-zoom", self, "text-zoom", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "disclaimer-dismissed",
                   self->disclaimer_revealer, "reveal-child",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (self->settings, "start-hint-seen", self->start_hint_label, "visible",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
  g_settings_bind (self->settings, "start-hint-seen", self->start_hint_button, "visible",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);
  kc_accessible_hide_closed_revealer (self->disclaimer_revealer);
  kc_accessible_hide_closed_revealer (self->problems_revealer);
}

static void
kc_window_dispose (GObject *object)
{
  KcWindow *self = (KcWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_WINDOW);
  g_clear_pointer (&self->exported, g_hash_table_unref);
  g_clear_object (&self->exporting);

  _kc_window_dispose_session (self);
  _kc_window_dispose_display (self);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_object (&self->history);
  g_clear_object (&self->plans);

  G_OBJECT_CLASS (kc_window_parent_class)->dispose (object);
}

static void
kc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KcWindow *self = KC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_TEXT_ZOOM:
      g_value_set_double (value, self->text_zoom);
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  KcWindow *self = KC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_TEXT_ZOOM:
      kc_window_set_text_zoom (self, g_value_get_double (value));
      break;

    case PROP_PRESENTING:
      kc_window_set_presenting (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
toggle_column_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KcWindow *self = KC_WINDOW (widget);
  GtkWidget *page = kc_window_get_tab (self, kc_window_get_page (self));

  if (page != NULL)
    gtk_widget_activate_action_variant (page, "fold.toggle", param);
}

static void
kc_window_class_init (KcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = kc_window_constructed;
  object_class->dispose = kc_window_dispose;
  object_class->get_property = kc_window_get_property;
  object_class->set_property = kc_window_set_property;


  window_class->close_request = kc_window_close_request;

  _kc_window_properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL, KC_TYPE_LIBRARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  _kc_window_properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  _kc_window_properties[PROP_TEXT_ZOOM] =
    g_param_spec_double ("text-zoom", NULL, NULL,
                         KC_TEXT_ZOOM_MIN, KC_TEXT_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  _kc_window_properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, KC_WINDOW_N_PROPS,
                                   _kc_window_properties);

  g_type_ensure (KC_TYPE_ANATOMY_PAGE);
  g_type_ensure (KC_TYPE_BODY_MAP_PAGE);
  g_type_ensure (KC_TYPE_EXERCISES_PAGE);
  g_type_ensure (KC_TYPE_QUESTIONS_PAGE);
  g_type_ensure (KC_TYPE_SEARCH_POPOVER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KcWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KcWindow, disclaimer_revealer);
  gtk_widget_class_bind_template_child (widget_class, KcWindow, start_hint_label);
  gtk_widget_class_bind_template_child (widget_class, KcWindow, start_hint_button);
  gtk_widget_class_bind_template_child (widget_class, KcWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, KcWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, KcWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, KcWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, KcWindow, primary_menu);

  _kc_window_class_init_display (widget_class);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  _kc_window_class_init_navigation (widget_class);
  _kc_window_class_init_visit (widget_class);
  _kc_window_class_init_session (widget_class);
  gtk_widget_class_install_action (widget_class, "win.shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.show-page-number", "i",
                                   show_page_number_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-disclaimer", NULL,
                                   dismiss_disclaimer_action);
  gtk_widget_class_install_action (widget_class, "win.start-at-body-map", NULL,
                                   start_at_body_map_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL,
                                   show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.show-method", NULL, show_method_action);

  for (int i = 1; i <= 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK,
                                         "win.show-page-number", "i", i);

  /* A folded side column of the tab shown (kc-fold-layout.c), from anywhere. */
  gtk_widget_class_install_action (widget_class, "win.toggle-column", "s", toggle_column_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0,
                                       "win.toggle-column", "s", "start");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, GDK_SHIFT_MASK,
                                       "win.toggle-column", "s", "end");
}

static void
kc_window_init (KcWindow *self)
{
  /* Styles are in place before any widget computes its style. */
  _kc_window_init_display (self);
  self->exported = g_hash_table_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
  name_view_switchers (GTK_WIDGET (self));
  _kc_window_init_navigation (self);
  _kc_window_init_fullscreen (self);
}

KcWindow *
kc_window_new (GtkApplication *application,
               KcLibrary      *library,
               GSettings      *settings)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (KC_TYPE_WINDOW,
                       "application", application,
                       "library", library,
                       "settings", settings,
                       NULL);
}
