/* kc-relations.h: what an item relates to, across kinds of content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-library.h"

G_BEGIN_DECLS

GPtrArray    *kc_relations_conditions_helped_by  (KcLibrary  *library,
                                                  const char *exercise_id);
KcPainSource *kc_relations_source_for_condition  (KcLibrary  *library,
                                                  const char *condition_id);

G_END_DECLS
