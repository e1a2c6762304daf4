/* kc-item-compat.h: the names before KcItem, until every caller is renamed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Removed by the commit that runs rename-item-getters.sh.
 */
#pragma once

#define kc_anatomy_diagram_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_anatomy_diagram_get_title(self) kc_item_get_name (KC_ITEM (self))
#define kc_anatomy_part_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_anatomy_part_get_name(self) kc_item_get_name (KC_ITEM (self))
#define kc_body_region_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_body_region_get_name(self) kc_item_get_name (KC_ITEM (self))
#define kc_body_view_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_body_view_get_title(self) kc_item_get_name (KC_ITEM (self))
#define kc_condition_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_condition_get_name(self) kc_item_get_name (KC_ITEM (self))
#define kc_exercise_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_exercise_get_name(self) kc_item_get_name (KC_ITEM (self))
#define kc_faq_entry_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_faq_entry_get_question(self) kc_item_get_name (KC_ITEM (self))
#define kc_faq_topic_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_faq_topic_get_title(self) kc_item_get_name (KC_ITEM (self))
#define kc_pain_source_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_pain_source_get_name(self) kc_item_get_name (KC_ITEM (self))
#define kc_plan_template_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_plan_template_get_name(self) kc_item_get_name (KC_ITEM (self))
#define kc_story_get_id(self) kc_item_get_id (KC_ITEM (self))
#define kc_story_get_title(self) kc_item_get_name (KC_ITEM (self))

#define KcSearchKind KcItemKind
#define KC_SEARCH_N_KINDS KC_ITEM_N_KINDS
#define kc_search_kind_to_string kc_item_kind_to_string
#define KC_SEARCH_KIND_PART KC_ITEM_KIND_ANATOMY_PART
#define KC_SEARCH_KIND_CONDITION KC_ITEM_KIND_CONDITION
#define KC_SEARCH_KIND_SOURCE KC_ITEM_KIND_PAIN_SOURCE
#define KC_SEARCH_KIND_REGION KC_ITEM_KIND_BODY_REGION
#define KC_SEARCH_KIND_EXERCISE KC_ITEM_KIND_EXERCISE
#define KC_SEARCH_KIND_QUESTION KC_ITEM_KIND_FAQ_ENTRY
