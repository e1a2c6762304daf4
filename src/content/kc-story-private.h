/* kc-story-private.h: building stories, for the loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-story.h"

G_BEGIN_DECLS

KcStory *_kc_story_new (const char         *id,
                        const char         *title,
                        const char * const *paragraphs,
                        const char * const *condition_ids);

G_END_DECLS
