/* kc-item.h: what every kind of content has: an id, a name, a kind, and
 * a way to be searched and opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "kc-reference.h"

G_BEGIN_DECLS

/* In the order search results are grouped in. */
typedef enum
{
  KC_ITEM_KIND_ANATOMY_DIAGRAM,
  KC_ITEM_KIND_ANATOMY_PART,
  KC_ITEM_KIND_CONDITION,
  KC_ITEM_KIND_STORY,
  KC_ITEM_KIND_PAIN_SOURCE,
  KC_ITEM_KIND_BODY_VIEW,
  KC_ITEM_KIND_BODY_REGION,
  KC_ITEM_KIND_EXERCISE,
  KC_ITEM_KIND_PLAN_TEMPLATE,
  KC_ITEM_KIND_FAQ_TOPIC,
  KC_ITEM_KIND_FAQ_ENTRY,
  KC_ITEM_KIND_GLOSSARY_TERM,
  KC_ITEM_N_KINDS   /*< skip >*/
} KcItemKind;

#define KC_TYPE_ITEM_KIND (kc_item_kind_get_type ())

GType       kc_item_kind_get_type    (void);
const char *kc_item_kind_to_string   (KcItemKind kind);
const char *kc_item_kind_describe    (KcItemKind kind);
KcItemKind  kc_item_kind_for_type    (GType      type);

/* Defined in kc-library.h; an item only borrows it to describe itself. */
typedef struct _KcLibrary KcLibrary;

#define KC_TYPE_ITEM (kc_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (KcItem, kc_item, KC, ITEM, GObject)

/**
 * KcItemClass:
 * @kind: what the subclass is; every subclass sets it in class_init
 * @page: the tab that shows the kind, or %NULL when no tab opens it alone
 * @dup_search_text: the text search finds the item by besides its name,
 *   or %NULL for a kind search leaves out
 */
struct _KcItemClass
{
  GObjectClass parent_class;

  KcItemKind kind;
  const char *page;

  char *(*dup_search_text) (KcItem    *self,
                            KcLibrary *library);

  /*< private >*/
  gpointer padding[8];
};

const char *kc_item_get_id          (KcItem    *self);
const char *kc_item_get_name        (KcItem    *self);
KcItemKind  kc_item_get_kind        (KcItem    *self);
const char *kc_item_get_page        (KcItem    *self);
gboolean    kc_item_is_searched     (KcItem    *self);
char       *kc_item_dup_search_text (KcItem    *self,
                                     KcLibrary *library);
GPtrArray  *kc_item_get_references  (KcItem    *self);
GDateTime  *kc_item_get_reviewed    (KcItem    *self);

G_END_DECLS
