/* kc-glossary-term.h: a word the content uses, in plain words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-item.h"

G_BEGIN_DECLS

#define KC_TYPE_GLOSSARY_TERM (kc_glossary_term_get_type ())

G_DECLARE_FINAL_TYPE (KcGlossaryTerm, kc_glossary_term, KC, GLOSSARY_TERM, KcItem)

const char         *kc_glossary_term_get_definition (KcGlossaryTerm *self);
const char * const *kc_glossary_term_get_synonyms   (KcGlossaryTerm *self);
const char * const *kc_glossary_term_get_see        (KcGlossaryTerm *self);
gboolean            kc_glossary_term_matches        (KcGlossaryTerm *self,
                                                     const char     *folded_query);

G_END_DECLS
