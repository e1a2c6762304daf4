/* kc-application.c: the application: command line, settings, content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kinetic-chain"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-library.h"
#include "content/kc-problem.h"
#include "content/kc-xml.h"
#include "kc-appearance.h"
#include "kc-preferences-window.h"
#include "kc-first-frame.h"
#include "kc-application.h"
#include "kc-application-private.h"
#include "kc-window.h"

struct _KcApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  KcLibrary *library;
  KcPlanStore *plans;
  KcReminder *reminder;
  GThread *loader;   /* loads the bundled library while GTK starts */
  char **content_dirs;   /* --content-dir, read after the first frame */
  gboolean plans_given;  /* the windows have the plans: the library is whole */
};

G_DEFINE_FINAL_TYPE (KcApplication, kc_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "page", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Open on a tab: anatomy, bodymap, exercises or questions"), N_("NAME") },
  { "content-dir", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Also load the content files in this folder (may be given more than once)"),
    N_("DIR") },
  { NULL }
};

/* Installed, the schema is in the system's list; run from the build tree,
 * `meson devenv` (build-aux/run) or main.c adds build/data to
 * GSETTINGS_SCHEMA_DIR. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    g_error ("The settings schema %s is not installed. Run “meson install”, or start "
             "Kinetic Chain from the build tree with build-aux/run.", APP_ID);

  return g_settings_new_full (schema, NULL, NULL);
}

/* Runs in the loader thread: the bundled content, all the first frame
 * needs.  The user's content follows it (load_user_content). */
static gpointer
load_bundled (gpointer unused)
{
  KcLibrary *library = kc_library_new ();

  kc_library_add_bundled (library);
  kc_library_load (library);

  return library;
}

/* A folder given on the command line that gives nothing is said where it
 * was given, too; the window's banner names it as well. */
static void
print_folder_problems (KcLibrary  *library,
                       guint       first,
                       GPtrArray  *folders)
{
  GListModel *problems = kc_library_get_problems (library);

  for (guint i = first; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = NULL;

      if (!g_ptr_array_find_with_equal_func (folders, kc_problem_get_file (problem),
                                             g_str_equal, NULL))
        continue;

      text = kc_problem_to_string (problem);
      g_printerr ("%s\n", text);
    }
}

typedef struct
{
  KcApplication *app;
  guint n_problems;     /* the library's problems before the load */
  GPtrArray *folders;   /* of char *: the --content-dir folders' names */
} UserLoad;

static void
user_load_free (UserLoad *load)
{
  g_object_unref (load->app);
  g_ptr_array_unref (load->folders);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UserLoad, user_load_free)

/* The reminder counts what is left on Today's plan: the plans are read
 * then, even if the planner was never shown; not before the library is
 * whole, so no exercise of the user's is missing from them. */
static void
load_plans_for_reminder (KcApplication *self)
{
  if (self->plans_given && kc_reminder_get_enabled (self->reminder))
    kc_plan_store_ensure_loaded (self->plans);
}

/* Plans are shown once the library is whole: an exercise of the user's
 * is never shown as missing for a moment, and the planner's rows, which
 * a large plan has hundreds of, are made once, after the first frame. */
static void
give_plans (KcApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  self->plans_given = TRUE;
  for (GList *l = windows; l != NULL; l = l->next)
    if (KC_IS_WINDOW (l->data))
      kc_window_set_plan_store (l->data, self->plans);
  load_plans_for_reminder (self);
}

static void
user_content_loaded_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(UserLoad) load = user_data;
  KcLibrary *library = KC_LIBRARY (object);

  if (kc_library_load_finish (library, result, NULL))
    print_folder_problems (library, load->n_problems, load->folders);
  give_plans (load->app);
}

/* After the first frame: the user's content folder and each --content-dir
 * are read on a worker, and join the library when they are ready. */
static void
load_user_content (gpointer data)
{
  KcApplication *self = data;   /* the window holds it */
  g_autoptr(GFile) user_dir = g_file_new_build_filename (g_get_user_data_dir (),
                                                         "kinetic-chain", "content", NULL);
  UserLoad *load = g_new0 (UserLoad, 1);

  load->app = g_object_ref (self);
  load->n_problems = g_list_model_get_n_items (kc_library_get_problems (self->library));
  load->folders = g_ptr_array_new_with_free_func (g_free);
  kc_library_add_directory (self->library, user_dir, FALSE);
  for (guint i = 0; self->content_dirs != NULL && self->content_dirs[i] != NULL; i++)
    {
      g_autoptr(GFile) dir = g_file_new_for_commandline_arg (self->content_dirs[i]);

      kc_library_add_directory (self->library, dir, TRUE);
      g_ptr_array_add (load->folders, g_file_get_parse_name (dir));
    }
  kc_library_load_async (self->library, NULL, user_content_loaded_cb, load);
}

/* The command line's printing has no first frame to hurry: the bundled
 * content, the user's and each --content-dir are loaded at once. */
static KcLibrary *
load_for_print (GVariantDict *options)
{
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(GFile) user_dir = g_file_new_build_filename (g_get_user_data_dir (),
                                                         "kinetic-chain", "content", NULL);
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) content_dirs = NULL;

  g_variant_dict_lookup (options, "content-dir", "^aay", &content_dirs);
  kc_library_add_bundled (library);
  kc_library_add_directory (library, user_dir, FALSE);
  for (guint i = 0; content_dirs != NULL && content_dirs[i] != NULL; i++)
    {
      g_autoptr(GFile) dir = g_file_new_for_commandline_arg (content_dirs[i]);

      kc_library_add_directory (library, dir, TRUE);
      g_ptr_array_add (folders, g_file_get_parse_name (dir));
    }
  kc_library_load (library);
  print_folder_problems (library, 0, folders);

  return g_steal_pointer (&library);
}

/* Waits for the loader, if it ran; in a second instance, which hands its
 * command line to the first, the result is simply dropped. */
static KcLibrary *
join_loader (KcApplication *self)
{
  GThread *loader = g_steal_pointer (&self->loader);

  return loader != NULL ? g_thread_join (loader) : NULL;
}

/* Rendering the icon (an SVG, at each size the window manager may want)
 * is not needed to show the first frame. GTK 4.8 gives a new default
 * only to windows realized later, so those already shown are given it. */
static void
set_default_icon (gpointer unused)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  gtk_window_set_default_icon_name (APP_ID);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_icon_name (window) == NULL)
        gtk_window_set_icon_name (window, APP_ID);
    }
}

static KcWindow *
get_or_create_window (KcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (kc_window_new (GTK_APPLICATION (self), self->library, self->settings));
      if (self->plans_given)
        kc_window_set_plan_store (KC_WINDOW (window), self->plans);
      kc_first_frame_watch (window);
      kc_first_frame_then (window, set_default_icon, NULL);
      kc_first_frame_then (window, load_user_content, self);
    }

  return KC_WINDOW (window);
}

static int
kc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  KcApplication *self = KC_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (_kc_application_asks_to_print (options))
    {
      g_autoptr(KcLibrary) library = NULL;

      kc_xml_init ();
      library = load_for_print (options);
      return _kc_application_print (options, library);
    }

  /* Reading and checking the bundled content does not need GTK: start it
   * now, so that it runs while GTK opens the display. */
  kc_xml_init ();
  self->loader = g_thread_new ("kc-load", load_bundled, NULL);

  return -1;
}

static int
kc_application_command_line (GApplication            *app,
                             GApplicationCommandLine *cmdline)
{
  KcApplication *self = KC_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (cmdline);
  g_autofree char *page = NULL;
  g_auto(GStrv) content_dirs = NULL;
  KcWindow *window;

  g_variant_dict_lookup (options, "page", "s", &page);
  g_variant_dict_lookup (options, "content-dir", "^aay", &content_dirs);

  if (self->library == NULL)
    {
      g_autoptr(GFile) plans_dir = g_file_new_build_filename (g_get_user_data_dir (),
                                                              "kinetic-chain", "plans", NULL);

      self->library = join_loader (self);
      if (self->library == NULL)
        self->library = load_bundled (NULL);
      self->content_dirs = g_steal_pointer (&content_dirs);
      /* Read when the planner is first shown (kc_plans_view_set_store). */
      self->plans = kc_plan_store_new (plans_dir, self->library);
    }
  else if (content_dirs != NULL)
    g_application_command_line_printerr (cmdline, "%s\n",
                                         _("Kinetic Chain is already running: extra content "
                                           "folders are read only when it starts. Close it "
                                           "and start it again with --content-dir."));

  window = get_or_create_window (self);

  if (page != NULL && !kc_window_show_page (window, page))
    {
      g_auto(GStrv) names = kc_window_dup_page_names (window);
      g_autofree char *known = g_strjoinv (", ", names);

      g_application_command_line_printerr (cmdline,
                                           _("There is no tab called “%s”. Try one of: %s.\n"),
                                           page, known);
      if (!gtk_widget_get_visible (GTK_WIDGET (window)))
        gtk_window_destroy (GTK_WINDOW (window));
      return EXIT_FAILURE;
    }

  gtk_window_present (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing, rather than quitting outright, lets windows save their state. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Kinetic Chain developers", NULL };
  GtkWidget *about = adw_about_window_new ();

  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  g_object_set (about,
                "application-name", _("Kinetic Chain"),
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Kinetic Chain developers"),
                "comments", _("Learn how back problems and knee pain are linked, "
                              "and what helps.\n\n"
                              "This app is for education only. It does not diagnose "
                              "or treat any condition and does not replace advice "
                              "from a doctor or physiotherapist."),
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", "https://github.com/kineticchain/kinetic-chain",
                "developers", developers,
                "translator-credits", _("translator-credits"),
                "copyright", "© 2026 The Kinetic Chain developers",
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  KcApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (kc_preferences_window_new (parent, self->settings)));
}

/* The window, presented on Today with the plan @param names; %NULL
 * before there is a library. */
static KcWindow *
present_today (KcApplication *self,
               GVariant      *param)
{
  KcWindow *window;

  if (self->library == NULL)
    return NULL;

  window = get_or_create_window (self);
  kc_window_show_today (window, g_variant_get_string (param, NULL));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* From the exercise reminder: Today, with the plan it counted. */
static void
show_today_activated (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       user_data)
{
  present_today (user_data, param);
}

/* From the reminder's "Start Now": the session, with Today behind it
 * for when it ends; Today alone if the plan has gone since. */
static void
start_session_activated (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       user_data)
{
  KcWindow *window = present_today (user_data, param);

  if (window != NULL)
    kc_window_start_session (window, g_variant_get_string (param, NULL));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
  { "show-today", show_today_activated, "s" },
  { "start-session", start_session_activated, "s" },
};

static void
set_accels (GtkApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[4];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.print-visit-summary", { "<Control><Shift>p", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.shortcuts", { "<Control>question", NULL } },
    { "win.present", { "F11", NULL } },
    { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
    { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
    { "win.zoom-reset", { "<Control>0", "<Control>KP_0", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

static void
kc_application_startup (GApplication *app)
{
  KcApplication *self = KC_APPLICATION (app);
  g_autoptr(GAction) appearance_action = NULL;

  G_APPLICATION_CLASS (kc_application_parent_class)->startup (app);

  kc_xml_init ();
  g_set_application_name (_("Kinetic Chain"));

  self->settings = create_settings ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  appearance_action = g_settings_create_action (self->settings, "appearance");
  g_action_map_add_action (G_ACTION_MAP (app), appearance_action);
  kc_appearance_bind (self->settings, adw_style_manager_get_default ());
  set_accels (GTK_APPLICATION (app));

  self->reminder = _kc_application_new_reminder (GTK_APPLICATION (app), self->settings);
  g_signal_connect_object (self->reminder, "notify::enabled",
                           G_CALLBACK (load_plans_for_reminder), self, G_CONNECT_SWAPPED);
}

/* Plan edits may be waiting for their save (kc-plan-store.c). */
static void
kc_application_shutdown (GApplication *app)
{
  KcApplication *self = KC_APPLICATION (app);

  if (self->plans != NULL)
    kc_plan_store_flush (self->plans);

  G_APPLICATION_CLASS (kc_application_parent_class)->shutdown (app);
}

static void
kc_application_dispose (GObject *object)
{
  KcApplication *self = (KcApplication *)object;

  g_clear_object (&self->reminder);
  g_clear_object (&self->plans);
  g_clear_object (&self->library);
  if (self->loader != NULL)
    {
      /* Wait for the loader; what it loaded is no longer wanted. */
      KcLibrary *loaded = join_loader (self);
      g_clear_object (&loaded);
    }
  g_clear_object (&self->settings);
  g_clear_pointer (&self->content_dirs, g_strfreev);

  G_OBJECT_CLASS (kc_application_parent_class)->dispose (object);
}

static void
kc_application_class_init (KcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = kc_application_dispose;

  app_class->startup = kc_application_startup;
  app_class->shutdown = kc_application_shutdown;
  app_class->command_line = kc_application_command_line;
  app_class->handle_local_options = kc_application_handle_local_options;
}

static void
kc_application_init (KcApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  _kc_application_add_print_options (G_APPLICATION (self));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Learn how back problems and knee pain are "
                                              "linked, and what helps."));
}

KcApplication *
kc_application_new (void)
{
  return g_object_new (KC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
