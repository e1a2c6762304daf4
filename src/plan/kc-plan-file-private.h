/* kc-plan-file-private.h: what only the plan library and its tests use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "kc-plan-file.h"

G_BEGIN_DECLS

/* For tests: how the bytes reach the disk (g_file_set_contents_full). */
typedef gboolean (*KcPlanWriter) (const char  *path,
                                  const char  *contents,
                                  gsize        length,
                                  GError     **error);
void     _kc_plan_file_set_writer (KcPlanWriter writer);

/* For tests: how a plan file's bytes are read (kc_xml_load_file), so that
 * a file no one may read can be tried as root too, who reads any file. */
typedef GBytes *(*KcPlanReader) (GFile      *file,
                                 const char *display_name,
                                 GPtrArray  *problems);
void     _kc_plan_file_set_reader (KcPlanReader reader);

void     _kc_plan_file_append_dose    (GString      *xml,
                                       const KcDose *dose);

/* Shared by plan files and progress files (kc-progress-file.c). */
void     _kc_plan_file_append_element (GString     *xml,
                                       const char  *indent,
                                       const char  *name,
                                       const char  *text);
void     _kc_plan_file_append_body    (GString     *xml,
                                       KcPlan      *plan);
gboolean _kc_plan_file_read_body      (KcPlan      *plan,
                                       xmlNode     *root,
                                       const char  *display_name,
                                       GPtrArray   *problems,
                                       GError     **error);
char    *_kc_plan_file_dup_child_text (xmlNode     *node,
                                       const char  *name);
long     _kc_plan_file_get_format     (xmlNode     *root);
gboolean _kc_plan_file_set_error      (GPtrArray   *problems,
                                       GError     **error);

/* The sessions' records and the decisions (kc-plan-file-records.c). */
void     _kc_plan_file_append_records (GString     *xml,
                                       KcPlan      *plan);
gboolean _kc_plan_file_read_records   (KcPlan      *plan,
                                       xmlNode     *root,
                                       const char  *display_name,
                                       GPtrArray   *problems,
                                       GError     **error);

G_END_DECLS
