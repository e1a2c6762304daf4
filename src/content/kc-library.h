/* kc-library.h: everything loaded from content files, and queries on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "kc-anatomy-diagram.h"
#include "kc-anatomy-part.h"
#include "kc-body-region.h"
#include "kc-body-view.h"
#include "kc-condition.h"
#include "kc-exercise.h"
#include "kc-faq-entry.h"
#include "kc-faq-topic.h"
#include "kc-glossary-term.h"
#include "kc-glossary.h"
#include "kc-pain-source.h"
#include "kc-plan-template.h"
#include "kc-story.h"

G_BEGIN_DECLS

#define KC_TYPE_LIBRARY (kc_library_get_type ())

G_DECLARE_FINAL_TYPE (KcLibrary, kc_library, KC, LIBRARY, GObject)

KcLibrary  *kc_library_new                 (void);
void        kc_library_add_bundled         (KcLibrary  *self);
void        kc_library_add_file            (KcLibrary  *self,
                                            GFile      *file);
void        kc_library_add_bytes           (KcLibrary  *self,
                                            const char *display_name,
                                            GBytes     *bytes);
void        kc_library_add_directory       (KcLibrary  *self,
                                            GFile      *directory,
                                            gboolean    must_exist);
void        kc_library_load                (KcLibrary  *self);
void        kc_library_load_async          (KcLibrary           *self,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
gboolean    kc_library_load_finish         (KcLibrary     *self,
                                            GAsyncResult  *result,
                                            GError       **error);

GObject       *kc_library_lookup            (KcLibrary  *self,
                                             const char *id);
GListModel    *kc_library_get_items         (KcLibrary  *self,
                                             KcItemKind  kind);
GListModel    *kc_library_get_faq_topics    (KcLibrary  *self);
KcGlossary    *kc_library_get_glossary      (KcLibrary  *self);
KcFaqEntry    *kc_library_lookup_faq_entry  (KcLibrary  *self,
                                             const char *id);
GListModel    *kc_library_get_diagrams      (KcLibrary  *self);
KcAnatomyPart *kc_library_lookup_part       (KcLibrary  *self,
                                             const char *id);
GListModel    *kc_library_get_conditions    (KcLibrary  *self);
KcCondition   *kc_library_lookup_condition  (KcLibrary  *self,
                                             const char *id);
KcBodyRegion  *kc_library_lookup_region     (KcLibrary  *self,
                                             const char *id);
GListModel    *kc_library_get_body_views    (KcLibrary  *self);
GListModel    *kc_library_get_regions       (KcLibrary  *self);
GListModel    *kc_library_get_pain_sources  (KcLibrary  *self);
GPtrArray     *kc_library_dup_urgent_entries (KcLibrary *self);
GPtrArray     *kc_library_dup_warning_tiers  (KcLibrary *self);
GListModel    *kc_library_get_exercises     (KcLibrary  *self);
KcExercise    *kc_library_lookup_exercise   (KcLibrary  *self,
                                             const char *id);
GListModel    *kc_library_get_plan_templates (KcLibrary *self);
GPtrArray     *kc_library_dup_stories_for_condition (KcLibrary  *self,
                                                     const char *condition_id);
GListModel *kc_library_get_problems        (KcLibrary  *self);
GHashTable *kc_library_get_reviewed_dates  (KcLibrary  *self);
guint       kc_library_get_n_skipped_files (KcLibrary  *self);
guint       kc_library_get_n_skipped_folders (KcLibrary *self);

G_END_DECLS
