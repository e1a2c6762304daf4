/* kc-plan-file-private.h: what only the plan library and its tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan-file.h"

G_BEGIN_DECLS

/* For tests: how the bytes reach the disk (g_file_set_contents_full). */
typedef gboolean (*KcPlanWriter) (const char  *path,
                                  const char  *contents,
                                  gsize        length,
                                  GError     **error);
void     _kc_plan_file_set_writer (KcPlanWriter writer);

G_END_DECLS
