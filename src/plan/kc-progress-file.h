/* kc-progress-file.h: a patient's progress, carried to the physiotherapist in a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan-store.h"
#include "kc-plan.h"

G_BEGIN_DECLS

#define KC_PROGRESS_FORMAT_VERSION 1

#define KC_PROGRESS_ERROR (kc_progress_error_quark ())

/* Reading a file fails in KC_PLAN_ERROR (invalid, newer version,
 * unreadable); these are what merging can refuse. */
typedef enum
{
  KC_PROGRESS_ERROR_NO_PLAN,   /* the plan is not on this computer */
  KC_PROGRESS_ERROR_FULL,      /* the plan would hold more than a plan may */
} KcProgressError;

/* What a merge added. */
typedef struct
{
  guint records;      /* sessions' records, one per exercise */
  guint sessions;     /* days those records are of */
  guint ratings;      /* of the functional scale */
  guint activities;   /* of the functional scale */
  guint changes;      /* decisions on suggestions */
  guint log_days;     /* days of the old log with a tick or a pain score added */
  GDate newest_week;  /* the Monday of the newest thing added; invalid if nothing was */
} KcProgressAdded;

GQuark   kc_progress_error_quark   (void);

char    *kc_progress_to_xml        (KcPlan           *plan,
                                    const GDate      *today);
char    *kc_progress_dup_file_name (KcPlan           *plan,
                                    const GDate      *today);
gboolean kc_progress_export        (KcPlan           *plan,
                                    GFile            *file,
                                    const GDate      *today,
                                    GError          **error);
KcPlan  *kc_progress_from_bytes    (GBytes           *bytes,
                                    const char       *display_name,
                                    GPtrArray        *problems,
                                    GError          **error);
KcPlan  *kc_progress_load_file     (GFile            *file,
                                    GPtrArray        *problems,
                                    GError          **error);

/* kc-progress-merge.c */
gboolean kc_progress_merge         (KcPlan           *plan,
                                    KcPlan           *progress,
                                    KcProgressAdded  *added,
                                    GError          **error);
KcPlan  *kc_progress_import        (KcPlanStore      *store,
                                    GFile            *file,
                                    gboolean          add_new,
                                    KcProgressAdded  *added,
                                    GPtrArray        *problems,
                                    GError          **error);
char    *kc_progress_added_dup_summary (const KcProgressAdded *added,
                                        KcPlan                *plan);

G_END_DECLS
