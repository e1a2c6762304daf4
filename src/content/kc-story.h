/* kc-story.h: an illustrative patient story about one or more conditions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-item.h"

G_BEGIN_DECLS

#define KC_TYPE_STORY (kc_story_get_type ())

G_DECLARE_FINAL_TYPE (KcStory, kc_story, KC, STORY, KcItem)

const char * const *kc_story_get_paragraphs    (KcStory *self);
const char * const *kc_story_get_condition_ids (KcStory *self);

G_END_DECLS
