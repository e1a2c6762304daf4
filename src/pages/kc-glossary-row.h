/* kc-glossary-row.h: a term of the glossary and what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "content/kc-library.h"

G_BEGIN_DECLS

#define KC_TYPE_GLOSSARY_ROW (kc_glossary_row_get_type ())

G_DECLARE_FINAL_TYPE (KcGlossaryRow, kc_glossary_row, KC, GLOSSARY_ROW, GtkListBoxRow)

KcGlossaryRow  *kc_glossary_row_new      (KcLibrary      *library,
                                          KcGlossaryTerm *term);
KcGlossaryTerm *kc_glossary_row_get_term (KcGlossaryRow  *self);

G_END_DECLS
