/* kc-plan-store.c: the user's plans on disk, loaded and saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file per plan.  A plan's file is its identity: the store remembers
 * the file each plan came from and writes only that one, so two files
 * that claim one id (a backup copy made in a file manager) are both shown,
 * the second named as a duplicate, and neither overwrites the other.  A
 * new plan's file is named after its id.  Every change is saved
 * atomically, at once or, while changes come quickly (typing), at most
 * once a second, on a worker thread (kc-plan-saver.c) so that the disk
 * never makes the window wait; kc_plan_store_flush() saves what is waiting
 * and waits until it is on disk.  A save that failed is tried again at the
 * next edit, on a timer and on flush, until one works.  A file another
 * program changed since we read or wrote it is not written over: the plan
 * goes to a new file beside it.
 *
 * Unknown is not corrupt: a plan naming an exercise the library lacks
 * loads, with the id kept.  A file that is not a valid plan is moved, byte
 * for byte, into "kept-aside/" and reported; a file from a newer version,
 * or one that cannot be opened at all (permissions), is left where it is,
 * untouched, and reported.  Nothing a user wrote is ever overwritten by
 * something the app could not read.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-problem.h"
#include "kc-plan-file.h"
#include "kc-plan-saver.h"
#include "kc-plan-store-private.h"

struct _KcPlanStore
{
  GObject parent_instance;

  GFile *directory;
  KcLibrary *library;
  GListStore *plans;       /* of KcPlan */
  GListStore *problems;    /* of KcProblem */
  char *save_error;        /* the last failed save, until one succeeds */
  GHashTable *autosaves;   /* KcPlan → Autosave, for each plan in the store */
  KcPlanSaver *saver;
  guint retry;             /* the timer that retries failed saves, or 0 */
  guint retry_interval;    /* milliseconds */
  gboolean loaded;
};

/* Typing in a plan's notes changes it at every key; saving (and syncing
 * the disk) every time would make typing wait for the disk. */
#define SAVE_INTERVAL (G_USEC_PER_SEC)

/* A save that failed (disk full, folder read-only) is tried again this
 * often, at the next edit of any plan, and when the app quits. */
#define RETRY_INTERVAL_MS 10000

typedef struct
{
  KcPlanStore *store;  /* unowned: the store owns this */
  KcPlan *plan;        /* unowned: the store holds the plan */
  GFile *file;         /* the plan's file: the only one it is saved to */
  gboolean duplicate;  /* another file claimed the plan's id first */
  gboolean unsaved;    /* its last save failed: retried until one works */
  gint64 saved_at;     /* monotonic time of the last save, 0 for never */
  guint waiting;       /* the timeout of a save held back, or 0 */
} Autosave;

static void
autosave_free (Autosave *autosave)
{
  g_clear_handle_id (&autosave->waiting, g_source_remove);
  g_clear_object (&autosave->file);
  g_free (autosave);
}

G_DEFINE_FINAL_TYPE (KcPlanStore, kc_plan_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SAVE_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_plan_store_dispose (GObject *object)
{
  KcPlanStore *self = (KcPlanStore *)object;

  /* Nothing typed is lost when the app closes. */
  if (self->autosaves != NULL)
    kc_plan_store_flush (self);
  g_clear_pointer (&self->autosaves, g_hash_table_unref);
  g_clear_handle_id (&self->retry, g_source_remove);
  if (self->saver != NULL)
    g_signal_handlers_disconnect_by_data (self->saver, self);
  g_clear_object (&self->saver);

  if (self->plans != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plans)); i++)
      {
        g_autoptr(KcPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);
        g_signal_handlers_disconnect_by_data (plan, self);
      }

  g_clear_object (&self->plans);
  g_clear_object (&self->problems);
  g_clear_object (&self->directory);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_plan_store_parent_class)->dispose (object);
}

static void
kc_plan_store_finalize (GObject *object)
{
  KcPlanStore *self = (KcPlanStore *)object;

  g_clear_pointer (&self->save_error, g_free);

  G_OBJECT_CLASS (kc_plan_store_parent_class)->finalize (object);
}

static void
kc_plan_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KcPlanStore *self = KC_PLAN_STORE (object);

  switch (prop_id)
    {
    case PROP_SAVE_ERROR:
      g_value_set_string (value, self->save_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_plan_store_class_init (KcPlanStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kc_plan_store_dispose;
  object_class->finalize = kc_plan_store_finalize;
  object_class->get_property = kc_plan_store_get_property;

  properties[PROP_SAVE_ERROR] =
    g_param_spec_string ("save-error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void on_saved_cb (KcPlanSaver  *saver,
                         const char   *path,
                         const char   *name,
                         const GError *error,
                         KcPlanStore  *self);

static void
kc_plan_store_init (KcPlanStore *self)
{
  self->plans = g_list_store_new (KC_TYPE_PLAN);
  self->problems = g_list_store_new (KC_TYPE_PROBLEM);
  self->autosaves = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)autosave_free);
  self->saver = kc_plan_saver_new ();
  self->retry_interval = RETRY_INTERVAL_MS;
  g_signal_connect (self->saver, "finished", G_CALLBACK (on_saved_cb), self);
}

/**
 * kc_plan_store_new:
 * @directory: where the plan files are; created on the first save
 * @library: (nullable): exercises a loaded plan may use
 */
KcPlanStore *
kc_plan_store_new (GFile     *directory,
                   KcLibrary *library)
{
  KcPlanStore *self;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  self = g_object_new (KC_TYPE_PLAN_STORE, NULL);
  self->directory = g_object_ref (directory);
  self->library = library ? g_object_ref (library) : NULL;

  return self;
}

/* The file @plan was read from or first saved to. */
static GFile *
file_for (KcPlanStore *self,
          KcPlan      *plan)
{
  Autosave *autosave = self->autosaves ? g_hash_table_lookup (self->autosaves, plan) : NULL;

  return autosave ? g_object_ref (autosave->file) : NULL;
}

static gboolean
file_is_taken (KcPlanStore *self,
               GFile       *file)
{
  GHashTableIter iter;
  Autosave *autosave;

  if (g_file_query_exists (file, NULL))
    return TRUE;

  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    if (g_file_equal (autosave->file, file))
      return TRUE;

  return FALSE;
}

/* A file for a new plan: "ID.xml", or "ID-2.xml"… if another plan's file
 * has that name, so that a new plan never overwrites one. */
static GFile *
new_file_for (KcPlanStore *self,
              KcPlan      *plan)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.xml", kc_plan_get_id (plan))
                                     : g_strdup_printf ("%s-%u.xml", kc_plan_get_id (plan), n);
      g_autoptr(GFile) file = g_file_get_child (self->directory, name);

      if (!file_is_taken (self, file))
        return g_steal_pointer (&file);
    }
}

static void
set_save_error (KcPlanStore *self,
                const char  *message)
{
  if (g_strcmp0 (self->save_error, message) == 0)
    return;

  g_free (self->save_error);
  self->save_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static char *
path_for (KcPlanStore *self,
          KcPlan      *plan)
{
  g_autoptr(GFile) file = file_for (self, plan);
  return file ? g_file_get_path (file) : NULL;
}

static Autosave *
autosave_for_path (KcPlanStore *self,
                   const char  *path)
{
  GHashTableIter iter;
  Autosave *autosave;

  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    {
      g_autofree char *its_path = g_file_get_path (autosave->file);

      if (g_strcmp0 (its_path, path) == 0)
        return autosave;
    }

  return NULL;
}

static gboolean
any_unsaved (KcPlanStore *self)
{
  GHashTableIter iter;
  Autosave *autosave;

  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    if (autosave->unsaved)
      return TRUE;

  return FALSE;
}

static gboolean retry_cb (gpointer data);
static char *queue_save (KcPlanStore *self,
                         KcPlan      *plan);
static void add_problem (KcPlanStore *self,
                         GFile       *file,
                         const char  *message);

/* Another program changed the plan's file since we read or wrote it: that
 * file stays as it is, and this plan goes to a new file beside it. */
static void
keep_both (KcPlanStore *self,
           Autosave    *autosave)
{
  g_autoptr(GFile) changed = g_object_ref (autosave->file);
  GFile *fresh = new_file_for (self, autosave->plan);
  g_autofree char *new_name = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&autosave->file);
  autosave->file = fresh;
  new_name = g_file_get_parse_name (autosave->file);
  message = g_strdup_printf (_("“%s” was changed by another program while it was open here, "
                               "so it was not overwritten. Your version is saved beside it in "
                               "%s."), kc_plan_get_name (autosave->plan), new_name);
  add_problem (self, changed, message);
  g_free (queue_save (self, autosave->plan));
}

/* A write finished, on the main thread: the last one says whether saving
 * works, and a plan whose save failed is tried again until one works. */
static void
on_saved_cb (KcPlanSaver  *saver,
             const char   *path,
             const char   *name,
             const GError *error,
             KcPlanStore  *self)
{
  g_autofree char *message = NULL;
  Autosave *autosave = self->autosaves ? autosave_for_path (self, path) : NULL;

  if (autosave != NULL &&
      g_error_matches (error, KC_PLAN_ERROR, KC_PLAN_ERROR_CHANGED_ON_DISK))
    {
      keep_both (self, autosave);
      return;
    }

  if (autosave != NULL)
    autosave->unsaved = error != NULL;

  if (self->autosaves != NULL && !any_unsaved (self))
    g_clear_handle_id (&self->retry, g_source_remove);
  else if (self->retry == 0 && self->autosaves != NULL)
    self->retry = g_timeout_add (self->retry_interval, retry_cb, self);

  if (error == NULL)
    {
      if (self->autosaves == NULL || !any_unsaved (self))
        set_save_error (self, NULL);
      return;
    }

  message = g_strdup_printf (_("“%s” could not be saved: %s. Your changes are kept while "
                               "Kinetic Chain is open; they will be saved as soon as that works "
                               "again."), name, error->message);
  set_save_error (self, message);
}

/* Hands @plan, as it is now, to the saver and returns its file's path. */
static char *
queue_save (KcPlanStore *self,
            KcPlan      *plan)
{
  g_autofree char *path = path_for (self, plan);
  g_autofree char *xml = NULL;
  g_autoptr(GBytes) contents = NULL;
  Autosave *autosave;
  gsize length;

  if (self->autosaves != NULL && (autosave = g_hash_table_lookup (self->autosaves, plan)))
    {
      g_clear_handle_id (&autosave->waiting, g_source_remove);
      autosave->saved_at = g_get_monotonic_time ();
    }

  if (path == NULL)
    return NULL;

  /* The XML is made here: the plan belongs to the main thread. */
  xml = kc_plan_to_xml (plan);
  length = strlen (xml);
  contents = g_bytes_new_take (g_steal_pointer (&xml), length);
  kc_plan_saver_queue (self->saver, path, contents, kc_plan_get_name (plan));
  return g_steal_pointer (&path);
}

/* Saves again every plan whose last save failed, except @except. */
static void
retry_unsaved (KcPlanStore *self,
               KcPlan      *except)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  GHashTableIter iter;
  Autosave *autosave;

  /* Collected first: queueing may report at once and change the table. */
  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    if (autosave->unsaved && autosave->plan != except && autosave->waiting == 0)
      g_ptr_array_add (plans, autosave->plan);

  for (guint i = 0; i < plans->len; i++)
    g_free (queue_save (self, g_ptr_array_index (plans, i)));
}

static gboolean
retry_cb (gpointer data)
{
  KcPlanStore *self = data;

  retry_unsaved (self, NULL);
  return G_SOURCE_CONTINUE;   /* on_saved_cb stops it once all are saved */
}

/**
 * kc_plan_store_save:
 *
 * Saves @plan atomically and waits until it is on disk.  On failure the
 * plan stays as it is in memory, :save-error says why, and the next save
 * tries again.
 */
gboolean
kc_plan_store_save (KcPlanStore  *self,
                    KcPlan       *plan,
                    GError      **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);

  path = queue_save (self, plan);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Plans can only be saved to local files."));
      return FALSE;
    }

  return kc_plan_saver_wait (self->saver, path, error);
}

static gboolean
save_when_due_cb (gpointer data)
{
  Autosave *autosave = data;

  autosave->waiting = 0;
  g_free (queue_save (autosave->store, autosave->plan));

  return G_SOURCE_REMOVE;
}

/* Saves at once, unless the plan was saved less than SAVE_INTERVAL ago:
 * then once that interval is up, with every change made meanwhile. */
static void
on_plan_changed_cb (KcPlan      *plan,
                    KcPlanStore *self)
{
  Autosave *autosave = g_hash_table_lookup (self->autosaves, plan);
  gint64 now = g_get_monotonic_time ();
  gint64 due;

  if (autosave->waiting != 0)
    return;

  due = autosave->saved_at + SAVE_INTERVAL;
  if (autosave->saved_at == 0 || now >= due)
    g_free (queue_save (self, plan));
  else
    autosave->waiting = g_timeout_add ((guint)((due - now + 999) / 1000),
                                       save_when_due_cb, autosave);

  /* The user is back: a disk that was full may have room again. */
  retry_unsaved (self, plan);
}

/* Starts saving @plan to @file (%NULL: a new file of its own). */
static Autosave *
track (KcPlanStore *self,
       KcPlan      *plan,
       GFile       *file,
       gboolean     duplicate)
{
  Autosave *autosave = g_new0 (Autosave, 1);

  autosave->store = self;
  autosave->plan = plan;
  autosave->duplicate = duplicate;   /* before the list shows it */
  autosave->file = file ? g_object_ref (file) : new_file_for (self, plan);
  g_hash_table_insert (self->autosaves, plan, autosave);
  g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  g_list_store_append (self->plans, plan);
  return autosave;
}

/* Stops saving @plan; the caller removes it from the list. */
static void
untrack (KcPlanStore *self,
         KcPlan      *plan)
{
  g_signal_handlers_disconnect_by_data (plan, self);
  g_hash_table_remove (self->autosaves, plan);
}

/**
 * kc_plan_store_flush:
 *
 * Saves now every change that is waiting for its save, tries once more
 * every save that failed, and waits until every save is on disk.
 * kc_plan_store_dup_unsaved() then says which plans are not.
 */
void
kc_plan_store_flush (KcPlanStore *self)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  GHashTableIter iter;
  Autosave *autosave;

  g_return_if_fail (KC_IS_PLAN_STORE (self));

  g_hash_table_iter_init (&iter, self->autosaves);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&autosave))
    {
      if (autosave->waiting != 0 || autosave->unsaved)
        g_ptr_array_add (plans, autosave->plan);
    }
  for (guint i = 0; i < plans->len; i++)
    g_free (queue_save (self, g_ptr_array_index (plans, i)));

  /* A report may queue one more write (keep_both). */
  do
    kc_plan_saver_wait (self->saver, NULL, NULL);
  while (kc_plan_saver_is_busy (self->saver));
}

/**
 * kc_plan_store_dup_unsaved:
 *
 * Returns: (transfer container): the plans whose last save failed, whose
 *   changes are only in memory
 */
GPtrArray *
kc_plan_store_dup_unsaved (KcPlanStore *self)
{
  GPtrArray *plans = g_ptr_array_new ();

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plans)); i++)
    {
      g_autoptr(KcPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);
      Autosave *autosave = g_hash_table_lookup (self->autosaves, plan);

      if (autosave != NULL && autosave->unsaved)
        g_ptr_array_add (plans, plan);   /* the store keeps it alive */
    }

  return plans;
}

void
_kc_plan_store_set_retry_interval (KcPlanStore *self,
                                   guint        milliseconds)
{
  g_return_if_fail (KC_IS_PLAN_STORE (self));

  self->retry_interval = milliseconds;
  if (self->retry != 0)
    {
      g_source_remove (self->retry);
      self->retry = g_timeout_add (self->retry_interval, retry_cb, self);
    }
}

static void
add_problem (KcPlanStore *self,
             GFile       *file,
             const char  *message)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autoptr(KcProblem) problem = kc_problem_new (name, 0, KC_CONTENT_ERROR_IO, message);

  g_list_store_append (self->problems, problem);
}

/* Moves @file, unchanged, to kept-aside/ under a name not yet taken. */
static GFile *
keep_aside (KcPlanStore  *self,
            GFile        *file,
            GError      **error)
{
  g_autoptr(GFile) folder = g_file_get_child (self->directory, "kept-aside");
  g_autofree char *base = g_file_get_basename (file);

  g_file_make_directory (folder, NULL, NULL);
  for (guint n = 0; n < 1000; n++)
    {
      g_autofree char *name = n == 0 ? g_strdup (base) : g_strdup_printf ("%s.%u", base, n);
      g_autoptr(GFile) target = g_file_get_child (folder, name);
      g_autoptr(GError) local_error = NULL;

      if (g_file_move (file, target, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL,
                       &local_error))
        return g_steal_pointer (&target);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("Too many kept files"));
  return NULL;
}

/* A plan read from its file, before the store takes it. */
typedef struct
{
  KcPlan *plan;
  GFile *file;
  gboolean canonical;   /* the file is named after the plan's id */
} Loaded;

static void
loaded_clear (Loaded *loaded)
{
  g_clear_object (&loaded->plan);
  g_clear_object (&loaded->file);
}

/* The file named after its id first, then by name: of two files that
 * claim one id, that one is the plan and the other the duplicate. */
static int
compare_loaded (gconstpointer a,
                gconstpointer b)
{
  const Loaded *la = a, *lb = b;
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;
  int by_id = g_strcmp0 (kc_plan_get_id (la->plan), kc_plan_get_id (lb->plan));

  if (by_id != 0)
    return by_id;
  if (la->canonical != lb->canonical)
    return la->canonical ? -1 : 1;

  name_a = g_file_get_basename (la->file);
  name_b = g_file_get_basename (lb->file);
  return g_strcmp0 (name_a, name_b);
}

/* Reads @file into @loaded, or reports why not: a file that is not a
 * plan is kept aside, one from a newer version or one that cannot be read
 * at all (permissions) is left where it is. */
static gboolean
load_one (KcPlanStore *self,
          GFile       *file,
          Loaded      *loaded)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = kc_plan_load_file (file, self->library, &error);
  g_autoptr(GFile) kept = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autofree char *kept_name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *base = NULL;
  g_autofree char *expected = NULL;

  if (plan != NULL)
    {
      base = g_file_get_basename (file);
      expected = g_strconcat (kc_plan_get_id (plan), ".xml", NULL);
      loaded->canonical = g_strcmp0 (base, expected) == 0;
      loaded->plan = g_steal_pointer (&plan);
      loaded->file = g_object_ref (file);
      return TRUE;
    }

  /* A newer format is fine where it is: a newer Kinetic Chain reads it. */
  if (g_error_matches (error, KC_PLAN_ERROR, KC_PLAN_ERROR_NEWER_VERSION))
    {
      add_problem (self, file, error->message);
      return FALSE;
    }

  /* Nothing is known about a file that cannot be read: it stays. */
  if (g_error_matches (error, KC_PLAN_ERROR, KC_PLAN_ERROR_UNREADABLE))
    {
      message = g_strdup_printf (_("This plan could not be opened and was left where it is. "
                                   "%s"), error->message);
      add_problem (self, file, message);
      return FALSE;
    }

  kept = keep_aside (self, file, &move_error);
  if (kept != NULL)
    {
      kept_name = g_file_get_parse_name (kept);
      message = g_strdup_printf (_("This plan could not be read, so it was moved, unchanged, "
                                   "to %s. %s"), kept_name, error->message);
    }
  else
    message = g_strdup_printf (_("This plan could not be read and was left where it is. %s"),
                               error->message);
  add_problem (self, file, message);
  return FALSE;
}

/* Takes @loaded; a second file with an id already taken is shown too,
 * saved to its own file, and named as a duplicate. */
static void
take_loaded (KcPlanStore *self,
             Loaded      *loaded)
{
  KcPlan *first = kc_plan_store_lookup (self, kc_plan_get_id (loaded->plan));
  g_autoptr(GFile) first_file = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;

  track (self, loaded->plan, loaded->file, first != NULL);
  if ((path = g_file_get_path (loaded->file)) != NULL)
    kc_plan_saver_remember (self->saver, path);
  if (first == NULL)
    return;

  first_file = file_for (self, first);
  first_name = g_file_get_parse_name (first_file);
  name = g_file_get_parse_name (loaded->file);
  message = g_strdup_printf (_("“%s” in %s is a copy of the plan “%s” in %s: both files have "
                               "the same id. Both are shown and each is saved to its own file. "
                               "If it is an old copy, delete it; to keep both, duplicate it and "
                               "delete the copy."),
                             kc_plan_get_name (loaded->plan), name, kc_plan_get_name (first),
                             first_name);
  add_problem (self, loaded->file, message);
}

/* Loads every plan file of the folder; problems are in _get_problems(). */
void
kc_plan_store_load (KcPlanStore *self)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GArray) loaded = NULL;
  GFileInfo *info;   /* owned by the enumerator */

  g_return_if_fail (KC_IS_PLAN_STORE (self));

  self->loaded = TRUE;

  enumerator = g_file_enumerate_children (self->directory, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (enumerator == NULL)
    return;   /* no plans yet */

  loaded = g_array_new (FALSE, TRUE, sizeof (Loaded));
  g_array_set_clear_func (loaded, (GDestroyNotify)loaded_clear);
  while (g_file_enumerator_iterate (enumerator, &info, NULL, NULL, NULL) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);
      g_autoptr(GFile) file = NULL;
      Loaded one = { NULL, };

      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
          !g_str_has_suffix (name, ".xml") || name[0] == '.')
        continue;

      file = g_file_get_child (self->directory, name);
      if (load_one (self, file, &one))
        g_array_append_val (loaded, one);
    }

  g_array_sort (loaded, compare_loaded);
  for (guint i = 0; i < loaded->len; i++)
    take_loaded (self, &g_array_index (loaded, Loaded, i));
}

/**
 * kc_plan_store_is_duplicate:
 *
 * Returns: whether @plan came from a second file with the id of a plan
 *   read before it
 */
gboolean
kc_plan_store_is_duplicate (KcPlanStore *self,
                            KcPlan      *plan)
{
  Autosave *autosave;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);

  autosave = g_hash_table_lookup (self->autosaves, plan);
  return autosave != NULL && autosave->duplicate;
}

/**
 * kc_plan_store_dup_file:
 *
 * Returns: (transfer full) (nullable): the file @plan is saved to
 */
GFile *
kc_plan_store_dup_file (KcPlanStore *self,
                        KcPlan      *plan)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);
  return file_for (self, plan);
}

/**
 * kc_plan_store_ensure_loaded:
 *
 * Loads the folder unless it was loaded before: the plans are read when
 * the planner is first shown, not at start-up.
 */
void
kc_plan_store_ensure_loaded (KcPlanStore *self)
{
  g_return_if_fail (KC_IS_PLAN_STORE (self));

  if (!self->loaded)
    kc_plan_store_load (self);
}

/**
 * kc_plan_store_get_plans:
 *
 * Returns: (transfer none): a #GListModel of #KcPlan
 */
GListModel *
kc_plan_store_get_plans (KcPlanStore *self)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);
  return G_LIST_MODEL (self->plans);
}

/**
 * kc_plan_store_get_problems:
 *
 * Returns: (transfer none): a #GListModel of #KcProblem found while loading
 */
GListModel *
kc_plan_store_get_problems (KcPlanStore *self)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);
  return G_LIST_MODEL (self->problems);
}

const char *
kc_plan_store_get_save_error (KcPlanStore *self)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);
  return self->save_error;
}

KcPlan *
kc_plan_store_lookup (KcPlanStore *self,
                      const char  *id)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->plans)); i++)
    {
      g_autoptr(KcPlan) plan = g_list_model_get_item (G_LIST_MODEL (self->plans), i);

      if (g_strcmp0 (kc_plan_get_id (plan), id) == 0)
        return plan;   /* the store keeps it alive */
    }

  return NULL;
}

/* Adds @plan and saves it. The plan is added even if saving fails. */
gboolean
kc_plan_store_add (KcPlanStore  *self,
                   KcPlan       *plan,
                   GError      **error)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);

  if (!g_hash_table_contains (self->autosaves, plan))
    track (self, plan, NULL, FALSE);
  return kc_plan_store_save (self, plan, error);
}

/* Removes @plan and its file; kc_plan_store_add() undoes it. */
gboolean
kc_plan_store_remove (KcPlanStore  *self,
                      KcPlan       *plan,
                      GError      **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  guint position;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);

  if (!g_list_store_find (self->plans, plan, &position))
    return TRUE;

  /* A save under way would bring the file back. */
  path = path_for (self, plan);
  if (path != NULL)
    kc_plan_saver_wait (self->saver, path, NULL);

  /* The file it came from, which for a duplicate is not "ID.xml". */
  file = file_for (self, plan);
  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (path != NULL)
    kc_plan_saver_forget (self->saver, path);
  untrack (self, plan);
  g_list_store_remove (self->plans, position);
  return TRUE;
}

gboolean
kc_plan_store_export (KcPlanStore  *self,
                      KcPlan       *plan,
                      GFile        *destination,
                      GError      **error)
{
  g_return_val_if_fail (KC_IS_PLAN_STORE (self), FALSE);
  return kc_plan_save_to_file (plan, destination, error);
}

/**
 * kc_plan_store_import:
 * @replace: whether a plan with the same id may be replaced
 *
 * Reads @source fully before anything changes.  An existing plan with the
 * same id is replaced only if @replace; otherwise this fails with
 * %KC_PLAN_ERROR_EXISTS, so the caller can ask.
 *
 * Returns: (transfer none): the imported plan
 */
KcPlan *
kc_plan_store_import (KcPlanStore  *self,
                      GFile        *source,
                      gboolean      replace,
                      GError      **error)
{
  g_autoptr(KcPlan) plan = NULL;
  KcPlan *existing;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);

  plan = kc_plan_load_file (source, self->library, error);
  if (plan == NULL)
    return NULL;

  existing = kc_plan_store_lookup (self, kc_plan_get_id (plan));
  if (existing != NULL && !replace)
    {
      g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_EXISTS,
                   _("You already have this plan, “%s”."), kc_plan_get_name (existing));
      return NULL;
    }

  /* The imported plan takes the replaced one's file, and no other. */
  if (existing != NULL)
    {
      g_autoptr(GFile) file = file_for (self, existing);
      guint position;

      untrack (self, existing);
      if (g_list_store_find (self->plans, existing, &position))
        g_list_store_remove (self->plans, position);
      track (self, plan, file, FALSE);
    }

  kc_plan_store_add (self, plan, NULL);
  return plan;
}

/* Imports @source as a new plan beside any with the same id. */
KcPlan *
kc_plan_store_import_copy (KcPlanStore  *self,
                           GFile        *source,
                           GError      **error)
{
  g_autoptr(KcPlan) plan = NULL;
  g_autoptr(KcPlan) copy = NULL;

  g_return_val_if_fail (KC_IS_PLAN_STORE (self), NULL);

  plan = kc_plan_load_file (source, self->library, error);
  if (plan == NULL)
    return NULL;

  copy = kc_plan_duplicate (plan);
  kc_plan_store_add (self, copy, NULL);
  return copy;
}
