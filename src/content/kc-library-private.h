/* kc-library-private.h: the library's fields, shared by its two files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The library is one object in two files: the object and its lookups
 * (kc-library.c), queuing and loading files (kc-library-load.c).
 */
#pragma once

#include "kc-library.h"

G_BEGIN_DECLS

struct _KcLibrary
{
  GObject parent_instance;

  GPtrArray *sources;      /* of KcContentSource, waiting for kc_library_load() */
  GHashTable *items;       /* id → KcItem */
  GListStore *kinds[KC_ITEM_N_KINDS];  /* of KcItem, one store per kind */
  GListStore *problems;    /* of KcProblem */
  KcGlossary *glossary;    /* made on first use, once everything is loaded */
  GHashTable *reviewed;    /* file's display name → GDateTime, or NULL if it gives none */
  guint n_skipped_files;
  guint n_skipped_folders;  /* could not be read, or held no content */
  gboolean loaded;
};

G_END_DECLS
