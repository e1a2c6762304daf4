/* kc-progress-file.c: a patient's progress to and from its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A progress file is what a patient brings to the next visit: the plan as
 * they have it (id, name, days), its log, the sessions' records, the
 * decisions and the functional scale (data/schema/progress.rng).  All but
 * the head is written and read by the plan file's own pieces, so the two
 * formats cannot drift.  It is read like every file a user can hand us:
 * through the safe reader (size, depth, no DTD or entities), its version
 * first, then the schema, then every value; a record that cannot be read
 * is left out with its line, anything more a refusal with its line.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "content/kc-content-file.h"
#include "content/kc-problem.h"
#include "content/kc-xml.h"
#include "kc-plan-file-private.h"
#include "kc-progress-file.h"

#define PROGRESS_SCHEMA RESOURCE_PREFIX "/schema/progress.rng"

G_DEFINE_QUARK (kc-progress-error-quark, kc_progress_error)

/* ---- Writing ------------------------------------------------------------- */

/**
 * kc_progress_to_xml:
 * @today: the day of the export
 *
 * Returns: (transfer full): @plan's progress as the XML of a progress file
 */
char *
kc_progress_to_xml (KcPlan      *plan,
                    const GDate *today)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  g_string_append_printf (xml, "<progress format=\"%d\" plan=\"%s\">\n",
                          KC_PROGRESS_FORMAT_VERSION, kc_plan_get_id (plan));
  g_string_append_printf (xml, "  <exported day=\"%04u-%02u-%02u\" version=\"%s\"/>\n",
                          (guint)g_date_get_year (today), (guint)g_date_get_month (today),
                          (guint)g_date_get_day (today), PACKAGE_VERSION);
  _kc_plan_file_append_element (xml, "  ", "name", kc_plan_get_name (plan));
  _kc_plan_file_append_element (xml, "  ", "patient", kc_plan_get_patient (plan));
  _kc_plan_file_append_body (xml, plan);
  g_string_append (xml, "</progress>\n");

  return g_string_free (xml, FALSE);
}

/* A slash or a control character is no part of a file's name. */
static void
clean_file_name (char *name)
{
  for (char *p = name; *p != '\0'; p++)
    if (*p == '/' || *p == '\\' || g_ascii_iscntrl (*p))
      *p = '-';
}

/**
 * kc_progress_dup_file_name:
 *
 * Returns: (transfer full): the name first offered for @plan's progress
 *   file, e.g. "Zoë – Back and knee – progress 2026-12-02.xml"
 */
char *
kc_progress_dup_file_name (KcPlan      *plan,
                           const GDate *today)
{
  const char *patient;
  char day[16];
  char *name;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  g_date_strftime (day, sizeof day, "%Y-%m-%d", today);
  patient = kc_plan_get_patient (plan);
  if (patient != NULL && patient[0] != '\0')
    /* Translators: a file's name: the patient, the plan's name, the day */
    name = g_strdup_printf (_("%s – %s – progress %s.xml"), patient, kc_plan_get_name (plan),
                            day);
  else
    /* Translators: a file's name: the plan's name, the day */
    name = g_strdup_printf (_("%s – progress %s.xml"), kc_plan_get_name (plan), day);

  clean_file_name (name);
  return name;
}

/**
 * kc_progress_export:
 *
 * Writes @plan's progress to @file as the plans are written: atomically,
 * durably, readable by the user only (0600).
 */
gboolean
kc_progress_export (KcPlan       *plan,
                    GFile        *file,
                    const GDate  *today,
                    GError      **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *xml;

  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Progress can only be saved to local files."));
      return FALSE;
    }

  xml = kc_progress_to_xml (plan, today);
  bytes = g_bytes_new_take (xml, strlen (xml));
  return kc_plan_write_path (path, bytes, error);
}

/* ---- Reading ------------------------------------------------------------- */

static gboolean
check_format (xmlNode     *root,
              const char  *display_name,
              GError     **error)
{
  long version;

  if (kc_xml_node_is (root, "plan"))
    {
      g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID,
                   _("%s is a plan, not a progress file: open it with “Import Plan…”."),
                   display_name);
      return FALSE;
    }
  if (!kc_xml_node_is (root, "progress"))
    {
      g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID,
                   _("%s is not a Kinetic Chain progress file."), display_name);
      return FALSE;
    }

  version = _kc_plan_file_get_format (root);
  if (version > KC_PROGRESS_FORMAT_VERSION)
    {
      g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_NEWER_VERSION,
                   _("%s was exported by a newer version of Kinetic Chain (progress format "
                     "%ld). Update Kinetic Chain to import it; nothing was changed."),
                   display_name, version);
      return FALSE;
    }

  return TRUE;
}

static xmlDoc *
parse (GBytes      *bytes,
       const char  *display_name,
       GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(xmlDoc) doc = NULL;
  const char *kind;

  if ((kind = kc_xml_sniff (bytes)) != NULL)
    {
      g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID,
                   _("%s is not a Kinetic Chain progress file (it looks like %s)."),
                   display_name, kind);
      return NULL;
    }

  /* Whatever a patient typed loads, as in a plan (kc-plan-limits.h). */
  doc = kc_xml_parse_full (bytes, display_name, G_MAXUINT, problems);
  if (doc == NULL)
    {
      _kc_plan_file_set_error (problems, error);
      return NULL;
    }

  if (!check_format (xmlDocGetRootElement (doc), display_name, error))
    return NULL;

  if (!kc_xml_validate (doc, PROGRESS_SCHEMA, display_name, problems))
    {
      _kc_plan_file_set_error (problems, error);
      return NULL;
    }

  return g_steal_pointer (&doc);
}

/**
 * kc_progress_from_bytes:
 * @problems: (nullable) (element-type KcProblem): where each record,
 *   rating or decision left out is told, with its line
 *
 * Returns: (transfer full): the plan as the patient has it, with their
 *   log and scale, or %NULL with @error naming the file, the line and
 *   what is wrong
 */
KcPlan *
kc_progress_from_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GPtrArray   *problems,
                        GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(KcPlan) plan = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *patient = NULL;
  xmlNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  doc = parse (bytes, display_name, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  id = kc_xml_node_dup_attribute (root, "plan");
  name = _kc_plan_file_dup_child_text (root, "name");
  patient = _kc_plan_file_dup_child_text (root, "patient");

  plan = kc_plan_new (id, name);
  kc_plan_set_patient (plan, patient);
  if (!_kc_plan_file_read_body (plan, root, display_name, problems, error))
    return NULL;

  return g_steal_pointer (&plan);
}

/**
 * kc_progress_load_file:
 *
 * As kc_progress_from_bytes(), for a file no larger than the safe reader
 * reads.
 */
KcPlan *
kc_progress_load_file (GFile      *file,
                       GPtrArray  *problems,
                       GError    **error)
{
  g_autoptr(GPtrArray) read_problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_parse_name (file);
  bytes = kc_xml_load_file (file, display_name, read_problems);
  if (bytes == NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!_kc_plan_file_set_error (read_problems, &local_error))
        g_set_error (&local_error, KC_PLAN_ERROR, KC_PLAN_ERROR_UNREADABLE,
                     _("%s cannot be read."), display_name);
      else if (kc_problem_get_code (g_ptr_array_index (read_problems, 0)) == KC_CONTENT_ERROR_IO)
        local_error->code = KC_PLAN_ERROR_UNREADABLE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return kc_progress_from_bytes (bytes, display_name, problems, error);
}
