/* kc-exercises-reader.h: <exercises> files into exercises and templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-content-file.h"
#include "kc-dose.h"

G_BEGIN_DECLS

gboolean kc_exercises_reader_read (KcContentFile *file,
                                   xmlNode       *root,
                                   GPtrArray     *problems);
int      kc_weekday_from_name     (const char    *name);
KcDose   kc_dose_from_xml         (xmlNode       *node);

G_END_DECLS
