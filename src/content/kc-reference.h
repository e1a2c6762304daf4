/* kc-reference.h: a guideline or paper that backs an item's claims
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KC_TYPE_REFERENCE (kc_reference_get_type ())

typedef struct _KcReference KcReference;

GType        kc_reference_get_type (void) G_GNUC_CONST;
KcReference *kc_reference_new      (const char  *text,
                                    const char  *url,
                                    const char  *doi);
KcReference *kc_reference_ref      (KcReference *self);
void         kc_reference_unref    (KcReference *self);
const char  *kc_reference_get_text (KcReference *self);
const char  *kc_reference_get_url  (KcReference *self);
const char  *kc_reference_get_doi  (KcReference *self);
char        *kc_reference_dup_link (KcReference *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcReference, kc_reference_unref)

G_END_DECLS
