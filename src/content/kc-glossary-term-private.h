/* kc-glossary-term-private.h: building terms, for the loader only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-glossary-term.h"

G_BEGIN_DECLS

KcGlossaryTerm *_kc_glossary_term_new (const char         *id,
                                       const char         *name,
                                       const char         *synonyms,
                                       const char         *definition,
                                       const char * const *see);

G_END_DECLS
