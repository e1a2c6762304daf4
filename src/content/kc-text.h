/* kc-text.h: text helpers shared by the content model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *kc_text_normalize_space (const char *text);
char *kc_text_fold            (const char *text);
char *kc_text_translate       (const char *text);
gboolean kc_text_matches_all  (const char *folded_haystack,
                               const char *folded_query);

G_END_DECLS
