/* kc-content-source.h: one queued content file, and the gates it passes alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kc-content-file.h"

G_BEGIN_DECLS

typedef struct _KcContentSource KcContentSource;

/* What staging one source gave: its file, or %NULL when a gate refused
 * it, and the problems found either way. */
typedef struct
{
  KcContentFile *file;
  GPtrArray *problems;  /* of KcProblem */
} KcContentStaged;

KcContentSource *kc_content_source_new_resource (const char      *resource,
                                                 const char      *display_name);
KcContentSource *kc_content_source_new_file     (GFile           *file);
KcContentSource *kc_content_source_new_bytes    (const char      *display_name,
                                                 GBytes          *bytes);
void             kc_content_source_free         (KcContentSource *self);

KcContentStaged *kc_content_sources_stage       (GPtrArray       *sources);
void             kc_content_staged_free         (KcContentStaged *staged,
                                                 guint            n_staged);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcContentSource, kc_content_source_free)

G_END_DECLS
