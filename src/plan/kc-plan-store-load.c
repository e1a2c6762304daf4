/* kc-plan-store-load.c: a plan's file, and reading the plans folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan's file is its identity: the store remembers the file each plan
 * came from and writes only that one, so two files that claim one id (a
 * backup copy made in a file manager) are both shown, the second named as
 * a duplicate, and neither overwrites the other.  A new plan's file is
 * named after its id.
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

#include "kc-plan-file.h"
#include "kc-plan-store-private.h"

/* The file @plan was read from or first saved to. */
GFile *
_kc_plan_store_file_for (KcPlanStore *self,
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
GFile *
_kc_plan_store_new_file_for (KcPlanStore *self,
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
      _kc_plan_store_add_problem (self, file, error->message);
      return FALSE;
    }

  /* Nothing is known about a file that cannot be read: it stays. */
  if (g_error_matches (error, KC_PLAN_ERROR, KC_PLAN_ERROR_UNREADABLE))
    {
      message = g_strdup_printf (_("This plan could not be opened and was left where it is. "
                                   "%s"), error->message);
      _kc_plan_store_add_problem (self, file, message);
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
  _kc_plan_store_add_problem (self, file, message);
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

  _kc_plan_store_track (self, loaded->plan, loaded->file, first != NULL);
  if ((path = g_file_get_path (loaded->file)) != NULL)
    kc_plan_saver_remember (self->saver, path);
  if (first == NULL)
    return;

  first_file = _kc_plan_store_file_for (self, first);
  first_name = g_file_get_parse_name (first_file);
  name = g_file_get_parse_name (loaded->file);
  message = g_strdup_printf (_("“%s” in %s is a copy of the plan “%s” in %s: both files have "
                               "the same id. Both are shown and each is saved to its own file. "
                               "If it is an old copy, delete it; to keep both, duplicate it and "
                               "delete the copy."),
                             kc_plan_get_name (loaded->plan), name, kc_plan_get_name (first),
                             first_name);
  _kc_plan_store_add_problem (self, loaded->file, message);
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
  return _kc_plan_store_file_for (self, plan);
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
