/* kc-data-folder.c: the user's data folder, kept private
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plans hold health data: pain ratings, a patient's name, notes.  Every
 * file written into the data folder (~/.local/share/kinetic-chain) is
 * readable by its owner only (0600) and every folder made for it 0700,
 * whatever the umask; on a shared computer no other account reads them.
 * Files the user exports elsewhere get the usual mode, to be shared.
 */
#define G_LOG_DOMAIN "kc-core"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "kc-data-folder.h"

/**
 * kc_data_folder_dup:
 *
 * Returns: (transfer full): where Kinetic Chain keeps the user's data
 */
GFile *
kc_data_folder_dup (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "kinetic-chain", NULL);
}

/* Whether @file is the data folder or anywhere under it. */
gboolean
kc_data_folder_contains (GFile *file)
{
  g_autoptr(GFile) folder = kc_data_folder_dup ();

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  return g_file_equal (file, folder) || g_file_has_prefix (file, folder);
}

/* The mode to create @file with: private in the data folder. */
int
kc_data_folder_mode_for (GFile *file)
{
  return kc_data_folder_contains (file) ? 0600 : 0644;
}

/**
 * kc_make_private_folder:
 *
 * Makes @folder, and any folder above it that is missing, readable by
 * the user only.  A folder that is already there is left as it is.
 */
gboolean
kc_make_private_folder (GFile   *folder,
                        GError **error)
{
  g_autofree char *path = g_file_get_path (folder);
  int saved_errno;

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "Not a local folder");
      return FALSE;
    }

  if (g_mkdir_with_parents (path, 0700) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", path,
               g_strerror (saved_errno));
  return FALSE;
}
