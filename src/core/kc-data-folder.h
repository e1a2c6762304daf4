/* kc-data-folder.h: the user's data folder, kept private
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GFile   *kc_data_folder_dup      (void);
gboolean kc_data_folder_contains (GFile   *file);
int      kc_data_folder_mode_for (GFile   *file);
gboolean kc_make_private_folder  (GFile   *folder,
                                  GError **error);

G_END_DECLS
