/* kc-content-links.c: ids and references across all content files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every id must be unique across the bundled and the user's files, and
 * every reference must name an item of the right kind. A file that breaks
 * either rule is refused whole, and each problem names the places to fix.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-content-links.h"
#include "kc-item.h"
#include "kc-problem.h"
#include "kc-xml.h"

/* A file whose ids clash with an accepted file is refused as a whole; the
 * problem names both places, so either can be fixed. */
/**
 * kc_content_links_claim:
 * @owners: id → #KcContentId of the files accepted so far
 * @problems: (element-type KcProblem): where problems go
 *
 * Returns: %TRUE if @file's ids are new; they are then in @owners
 */
gboolean
kc_content_links_claim (KcContentFile *file,
                        GHashTable    *owners,
                        GPtrArray     *problems)
{
  g_autoptr(GHashTable) own = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean ok = TRUE;

  for (guint i = 0; i < file->ids->len; i++)
    {
      KcContentId *id = g_ptr_array_index (file->ids, i);
      KcContentId *theirs = g_hash_table_lookup (owners, id->id);
      KcContentId *first = g_hash_table_lookup (own, id->id);
      g_autofree char *message = NULL;

      if (theirs != NULL)
        message = g_strdup_printf (_("The id “%s” is already used in %s, line %u. "
                                     "Every id must be unique across all content files."),
                                   id->id, theirs->file->display_name, theirs->line);
      else if (first != NULL)
        message = g_strdup_printf (_("The id “%s” is already used on line %u of this file. "
                                     "Every id must be unique."), id->id, first->line);
      else
        g_hash_table_insert (own, id->id, id);

      if (message != NULL)
        {
          g_ptr_array_add (problems, kc_problem_new (file->display_name, id->line,
                                                     KC_CONTENT_ERROR_DUPLICATE_ID, message));
          ok = FALSE;
        }
    }

  if (ok)
    {
      for (guint i = 0; i < file->ids->len; i++)
        {
          KcContentId *id = g_ptr_array_index (file->ids, i);
          g_hash_table_insert (owners, id->id, id);
        }
    }

  return ok;
}

static void
release_ids (KcContentFile *file,
             GHashTable    *owners)
{
  for (guint i = 0; i < file->ids->len; i++)
    g_hash_table_remove (owners, ((KcContentId *)g_ptr_array_index (file->ids, i))->id);
}

/* What a reader of a problem calls the items of @type. */
static const char *
describe_type (GType type)
{
  if (!g_type_is_a (type, KC_TYPE_ITEM) || type == KC_TYPE_ITEM)
    return _("an item");
  return kc_item_kind_describe (kc_item_kind_for_type (type));
}

/* Whether @ref names an item of the kind it must. */
static gboolean
refers_well (KcContentId *ref,
             GHashTable  *owners)
{
  KcContentId *target = g_hash_table_lookup (owners, ref->id);

  return target != NULL && (ref->expected == G_TYPE_INVALID ||
                            G_TYPE_CHECK_INSTANCE_TYPE (target->object, ref->expected));
}

static char *
check_reference (KcContentId *ref,
                 GHashTable  *owners)
{
  KcContentId *target = g_hash_table_lookup (owners, ref->id);

  if (target == NULL)
    return g_strdup_printf (_("This refers to “%s”, but no content file defines that id. "
                              "Check its spelling, or add the item."), ref->id);

  if (ref->expected != G_TYPE_INVALID &&
      !G_TYPE_CHECK_INSTANCE_TYPE (target->object, ref->expected))
    return g_strdup_printf (_("This refers to “%s”, which is %s (%s, line %u), but it must "
                              "name %s."), ref->id,
                            kc_item_kind_describe (kc_item_get_kind (KC_ITEM (target->object))),
                            target->file->display_name, target->line,
                            describe_type (ref->expected));

  return NULL;
}

static gboolean
check_references (KcContentFile *file,
                  GHashTable    *owners,
                  GPtrArray     *problems)
{
  gboolean ok = TRUE;
  guint n_made = 0;

  for (guint i = 0; i < file->references->len; i++)
    {
      KcContentId *ref = g_ptr_array_index (file->references, i);
      g_autofree char *message = NULL;

      /* Past the cap a wrong reference is only counted: 100 000 of them
       * once cost seconds in problems that were then thrown away. */
      if (n_made >= KC_XML_MAX_PROBLEMS)
        {
          if (!refers_well (ref, owners))
            {
              file->n_more_problems++;
              ok = FALSE;
            }
          continue;
        }

      message = check_reference (ref, owners);
      if (message == NULL)
        continue;

      g_ptr_array_add (problems, kc_problem_new (file->display_name, ref->line,
                                                 KC_CONTENT_ERROR_DANGLING_REFERENCE, message));
      n_made++;
      ok = FALSE;
    }

  return ok;
}

/**
 * kc_content_links_resolve:
 * @files: (element-type KcContentFile): the files whose ids were claimed
 * @owners: id → #KcContentId, as kc_content_links_claim() left it
 * @problems: (element-type KcProblem): where problems go
 *
 * Marks as rejected every file with a reference to an id no accepted file
 * declares, or of the wrong kind. Refusing a file can leave another
 * referring to what it declared, so this repeats until nothing changes.
 *
 * Returns: how many files were rejected
 */
guint
kc_content_links_resolve (GPtrArray  *files,
                          GHashTable *owners,
                          GPtrArray  *problems)
{
  guint rejected = 0;
  gboolean changed;

  do
    {
      changed = FALSE;
      for (guint i = 0; i < files->len; i++)
        {
          KcContentFile *file = g_ptr_array_index (files, i);

          if (file->rejected || check_references (file, owners, problems))
            continue;

          file->rejected = TRUE;
          release_ids (file, owners);
          rejected++;
          changed = TRUE;
        }
    }
  while (changed);

  return rejected;
}
