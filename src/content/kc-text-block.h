/* kc-text-block.h: a paragraph or a bulleted list of running text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KC_TYPE_TEXT_BLOCK (kc_text_block_get_type ())

typedef enum
{
  KC_TEXT_BLOCK_PARAGRAPH,
  KC_TEXT_BLOCK_LIST,
} KcTextBlockKind;

typedef struct _KcTextBlock KcTextBlock;

struct _KcTextBlock
{
  KcTextBlockKind kind;
  char *text;      /* for a paragraph */
  GStrv items;     /* for a list */
};

GType        kc_text_block_get_type      (void) G_GNUC_CONST;
KcTextBlock *kc_text_block_new_paragraph (const char         *text);
KcTextBlock *kc_text_block_new_list      (const char * const *items);
KcTextBlock *kc_text_block_copy          (const KcTextBlock  *self);
void         kc_text_block_free          (KcTextBlock        *self);
void         kc_text_blocks_append_plain (GPtrArray          *blocks,
                                          GString            *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcTextBlock, kc_text_block_free)

G_END_DECLS
