/* kc-text-block.c: a paragraph or a bulleted list of running text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-text-block.h"

G_DEFINE_BOXED_TYPE (KcTextBlock, kc_text_block, kc_text_block_copy, kc_text_block_free)

KcTextBlock *
kc_text_block_new_paragraph (const char *text)
{
  KcTextBlock *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (KcTextBlock, 1);
  self->kind = KC_TEXT_BLOCK_PARAGRAPH;
  self->text = g_strdup (text);

  return self;
}

KcTextBlock *
kc_text_block_new_list (const char * const *items)
{
  KcTextBlock *self;

  g_return_val_if_fail (items != NULL, NULL);

  self = g_new0 (KcTextBlock, 1);
  self->kind = KC_TEXT_BLOCK_LIST;
  self->items = g_strdupv ((char **)items);

  return self;
}

KcTextBlock *
kc_text_block_copy (const KcTextBlock *self)
{
  KcTextBlock *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (KcTextBlock, 1);
  copy->kind = self->kind;
  copy->text = g_strdup (self->text);
  copy->items = g_strdupv (self->items);

  return copy;
}

void
kc_text_block_free (KcTextBlock *self)
{
  if (self == NULL)
    return;

  g_free (self->text);
  g_strfreev (self->items);
  g_free (self);
}

/**
 * kc_text_blocks_append_plain:
 * @blocks: (element-type KcTextBlock): paragraphs and lists
 * @out: where the text goes
 *
 * Appends the text of @blocks to @out, one line per paragraph and per
 * list item, for searching.
 */
void
kc_text_blocks_append_plain (GPtrArray *blocks,
                             GString   *out)
{
  g_return_if_fail (blocks != NULL);
  g_return_if_fail (out != NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const KcTextBlock *block = g_ptr_array_index (blocks, i);

      if (block->text != NULL)
        g_string_append_printf (out, "\n%s", block->text);
      for (guint j = 0; block->items != NULL && block->items[j] != NULL; j++)
        g_string_append_printf (out, "\n%s", block->items[j]);
    }
}
