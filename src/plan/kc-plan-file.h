/* kc-plan-file.h: plans to and from their XML files, safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "kc-plan.h"

G_BEGIN_DECLS

/* 2: the sessions' <records> and the decisions on suggestions, <changes> */
#define KC_PLAN_FORMAT_VERSION 3

#define KC_PLAN_ERROR (kc_plan_error_quark ())

typedef enum
{
  KC_PLAN_ERROR_INVALID,
  KC_PLAN_ERROR_NEWER_VERSION,
  KC_PLAN_ERROR_UNKNOWN_EXERCISE,
  KC_PLAN_ERROR_EXISTS,
  KC_PLAN_ERROR_UNREADABLE,
  KC_PLAN_ERROR_CHANGED_ON_DISK,
} KcPlanError;

GQuark   kc_plan_error_quark  (void);
char    *kc_plan_to_xml       (KcPlan      *plan);
KcPlan  *kc_plan_from_bytes   (GBytes      *bytes,
                               const char  *display_name,
                               KcLibrary   *library,
                               GError     **error);
KcPlan  *kc_plan_from_bytes_full (GBytes      *bytes,
                                  const char  *display_name,
                                  KcLibrary   *library,
                                  GPtrArray   *problems,
                                  GError     **error);
KcPlan  *kc_plan_load_file    (GFile       *file,
                               KcLibrary   *library,
                               GError     **error);
KcPlan  *kc_plan_load_file_full (GFile       *file,
                                 KcLibrary   *library,
                                 GPtrArray   *problems,
                                 GError     **error);
gboolean kc_plan_save_to_file (KcPlan      *plan,
                               GFile       *file,
                               GError     **error);
gboolean kc_plan_write_path   (const char  *path,
                               GBytes      *contents,
                               GError     **error);

G_END_DECLS
