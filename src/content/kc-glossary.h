/* kc-glossary.h: turning the first use of each glossary term in a text
 * into a link
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A link to a term is <a href="kc:glossary/ID">, ID the term's item id. */
#define KC_GLOSSARY_URI_PREFIX "kc:glossary/"

#define KC_TYPE_GLOSSARY (kc_glossary_get_type ())

G_DECLARE_FINAL_TYPE (KcGlossary, kc_glossary, KC, GLOSSARY, GObject)

KcGlossary *kc_glossary_new           (GListModel *terms);
void        kc_glossary_update        (KcGlossary *self,
                                       GListModel *terms);
char       *kc_glossary_link          (KcGlossary *self,
                                       const char *markup,
                                       GHashTable *linked);
char       *kc_glossary_link_text     (KcGlossary *self,
                                       const char *text,
                                       GHashTable *linked);
const char *kc_glossary_id_from_uri   (const char *uri);

G_END_DECLS
