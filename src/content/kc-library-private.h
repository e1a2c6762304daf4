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

  GPtrArray *queue;        /* of files and folders, waiting for a load */
  GPtrArray *files;        /* of KcContentFile accepted, which own the ids in owners */
  GHashTable *owners;      /* id → KcContentId, for the next load to check against */
  GHashTable *items;       /* id → KcItem */
  GListStore *kinds[KC_ITEM_N_KINDS];  /* of KcItem, one store per kind */
  GListStore *problems;    /* of KcProblem */
  KcGlossary *glossary;    /* made on first use, once everything is loaded */
  GHashTable *reviewed;    /* file's display name → GDateTime, or NULL if it gives none */
  guint n_skipped_files;
  guint n_skipped_folders;  /* could not be read, or held no content */
  gboolean loading;        /* an async load runs */
};

void _kc_library_queued_free  (gpointer   data);
void _kc_library_emit_changed (KcLibrary *self);

G_END_DECLS
