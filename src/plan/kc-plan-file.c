/* kc-plan-file.c: plans to and from their XML files, safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A plan file is read like any file a user can hand us: through the safe
 * reader, then data/schema/plan.rng.  The format version is checked first,
 * so a newer file is refused with a message about versions, not a list of
 * schema errors.  Saving writes a temporary file, flushes it and renames
 * it over the old one: after a crash or a full disk the old or the new
 * file is there, never half of one.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "content/kc-content-file.h"
#include "content/kc-exercises-reader.h"
#include "content/kc-problem.h"
#include "content/kc-xml.h"
#include "kc-plan-file-private.h"

#define PLAN_SCHEMA RESOURCE_PREFIX "/schema/plan.rng"

static const char *weekday_names[KC_N_WEEKDAYS] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

G_DEFINE_QUARK (kc-plan-error-quark, kc_plan_error)

static gboolean
write_atomically (const char  *path,
                  const char  *contents,
                  gsize        length,
                  GError     **error)
{
  return g_file_set_contents_full (path, contents, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT |
                                   G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* Read on the threads that save plans, so swapped atomically. */
static KcPlanWriter writer = write_atomically;

void
_kc_plan_file_set_writer (KcPlanWriter new_writer)
{
  g_atomic_pointer_set (&writer, new_writer ? new_writer : write_atomically);
}

/* Read on the threads that load plans, so swapped atomically too. */
static KcPlanReader reader = kc_xml_load_file;

void
_kc_plan_file_set_reader (KcPlanReader new_reader)
{
  g_atomic_pointer_set (&reader, new_reader ? new_reader : kc_xml_load_file);
}

/**
 * kc_plan_write_path:
 *
 * Writes @contents, a plan file's bytes, to @path atomically and durably.
 * Safe to call on any thread: it touches no plan.
 */
gboolean
kc_plan_write_path (const char  *path,
                    GBytes      *contents,
                    GError     **error)
{
  KcPlanWriter write = g_atomic_pointer_get (&writer);
  gsize length;
  const char *data;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  data = g_bytes_get_data (contents, &length);
  return write (path, data, length, error);
}

/* ---- Writing ------------------------------------------------------------- */

/* @text is clean (kc_plan_clean_text); a carriage return is written as a
 * reference, or the reader would turn it into a line feed. */
void
_kc_plan_file_append_element (GString    *xml,
                              const char *indent,
                              const char *name,
                              const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (xml, "%s<%s>", indent, name);
  for (const char *p = escaped; *p != '\0'; p++)
    {
      if (*p == '\r')
        g_string_append (xml, "&#13;");
      else
        g_string_append_c (xml, *p);
    }
  g_string_append_printf (xml, "</%s>\n", name);
}

/* A dose's attributes, each at most KC_PLAN_MAX_DOSE. */
void
_kc_plan_file_append_dose (GString      *xml,
                           const KcDose *dose)
{
  if (dose->sets > 0)
    g_string_append_printf (xml, " sets=\"%u\"", MIN (dose->sets, KC_PLAN_MAX_DOSE));
  if (dose->reps > 0)
    g_string_append_printf (xml, " reps=\"%u\"", MIN (dose->reps, KC_PLAN_MAX_DOSE));
  if (dose->hold > 0)
    g_string_append_printf (xml, " hold=\"%u\"", MIN (dose->hold, KC_PLAN_MAX_DOSE));
  if (dose->minutes > 0)
    g_string_append_printf (xml, " minutes=\"%u\"", MIN (dose->minutes, KC_PLAN_MAX_DOSE));
}

static void
_kc_plan_file_append_log (GString *xml,
                          KcPlan  *plan)
{
  g_auto(GStrv) dates = kc_plan_dup_log_dates (plan);
  GListModel *items_per_day[KC_N_WEEKDAYS];

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    items_per_day[day] = kc_plan_get_day (plan, day);

  g_string_append (xml, "  <log>\n");
  for (guint i = 0; dates[i] != NULL; i++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GString) ticks = g_string_new (NULL);
      GDate date;
      int pain;

      if (!kc_plan_parse_date (dates[i], &date))
        continue;

      /* Ticks are kept for exercises of any day; write each once, and
       * only those of exercises still in the plan. */
      for (guint day = 0; day < KC_N_WEEKDAYS; day++)
        for (guint j = 0; j < g_list_model_get_n_items (items_per_day[day]); j++)
          {
            g_autoptr(KcPlanItem) item = g_list_model_get_item (items_per_day[day], j);
            const char *id = kc_plan_item_get_exercise_id (item);

            if (kc_plan_get_done (plan, &date, id) && g_hash_table_add (seen, (char *)id))
              g_string_append_printf (ticks, "      <done exercise=\"%s\"/>\n", id);
          }

      /* A day with nothing left to say is not written: read back, it
       * would not be there, and the file would change on every save. */
      pain = kc_plan_get_pain (plan, &date);
      if (pain < 0 && ticks->len == 0)
        continue;

      g_string_append_printf (xml, "    <date day=\"%s\"", dates[i]);
      if (pain >= 0)
        g_string_append_printf (xml, " pain=\"%d\"", pain);
      g_string_append_printf (xml, ">\n%s    </date>\n", ticks->str);
    }
  g_string_append (xml, "  </log>\n");
}

/* The seven days and their exercises. */
static void
_kc_plan_file_append_days (GString *xml,
                           KcPlan  *plan)
{
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (plan, day);

      g_string_append_printf (xml, "  <day name=\"%s\">\n", weekday_names[day]);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);

          g_string_append_printf (xml, "    <item exercise=\"%s\"",
                                  kc_plan_item_get_exercise_id (item));
          _kc_plan_file_append_dose (xml, kc_plan_item_get_dose (item));
          g_string_append (xml, "/>\n");
        }
      g_string_append (xml, "  </day>\n");
    }
}

/* What a plan file and a progress file share: the days, the log, the
 * records, the decisions and the functional scale. */
void
_kc_plan_file_append_body (GString *xml,
                           KcPlan  *plan)
{
  _kc_plan_file_append_days (xml, plan);
  _kc_plan_file_append_log (xml, plan);
  _kc_plan_file_append_records (xml, plan);
}

/* Where the plan's progress was last imported from: the plan file's
 * alone, a progress file does not carry it on. */
static void
append_imported (GString *xml,
                 KcPlan  *plan)
{
  const GDate *day = kc_plan_get_progress_imported (plan);
  g_autofree char *escaped = NULL;

  if (day == NULL)
    return;

  escaped = g_markup_escape_text (kc_plan_get_progress_file (plan), -1);
  g_string_append_printf (xml, "  <imported day=\"%04d-%02d-%02d\">%s</imported>\n",
                          g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day), escaped);
}

/* The plan as the XML of a plan file. */
char *
kc_plan_to_xml (KcPlan *plan)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);

  g_string_append_printf (xml, "<plan format=\"%d\" id=\"%s\">\n", KC_PLAN_FORMAT_VERSION,
                          kc_plan_get_id (plan));
  _kc_plan_file_append_element (xml, "  ", "name", kc_plan_get_name (plan));
  _kc_plan_file_append_element (xml, "  ", "patient", kc_plan_get_patient (plan));
  _kc_plan_file_append_element (xml, "  ", "notes", kc_plan_get_notes (plan));

  _kc_plan_file_append_body (xml, plan);
  append_imported (xml, plan);
  g_string_append (xml, "</plan>\n");

  return g_string_free (xml, FALSE);
}

gboolean
kc_plan_save_to_file (KcPlan  *plan,
                      GFile   *file,
                      GError **error)
{
  g_autofree char *xml = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Plans can only be saved to local files."));
      return FALSE;
    }

  xml = kc_plan_to_xml (plan);
  return g_atomic_pointer_get (&writer) (path, xml, strlen (xml), error);
}

/* ---- Reading ------------------------------------------------------------- */

gboolean
_kc_plan_file_set_error (GPtrArray  *problems,
                         GError    **error)
{
  g_autofree char *text = NULL;

  if (problems->len == 0)
    return FALSE;

  text = kc_problem_to_string (g_ptr_array_index (problems, 0));
  g_set_error_literal (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID, text);
  return TRUE;
}

/* The file's format version: 0 if it says none or not a number, which
 * the schema then refuses. */
long
_kc_plan_file_get_format (xmlNode *root)
{
  g_autofree char *format = kc_xml_node_dup_attribute (root, "format");

  return format != NULL ? strtol (format, NULL, 10) : 0;
}

static gboolean
check_format (xmlNode     *root,
              const char  *display_name,
              GError     **error)
{
  long version;

  if (!kc_xml_node_is (root, "plan"))
    {
      g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID,
                   _("%s is not a Kinetic Chain plan."), display_name);
      return FALSE;
    }

  version = _kc_plan_file_get_format (root);
  if (version > KC_PLAN_FORMAT_VERSION)
    {
      g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_NEWER_VERSION,
                   _("%s was saved by a newer version of Kinetic Chain (plan format %ld). "
                     "Update Kinetic Chain to open it; the file was left as it is."),
                   display_name, version);
      return FALSE;
    }

  return TRUE;
}

char *
_kc_plan_file_dup_child_text (xmlNode    *node,
                              const char *name)
{
  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, name))
        {
          xmlChar *content = xmlNodeGetContent (child);
          char *text = g_strdup ((const char *)content);
          xmlFree (content);
          return text;
        }
    }

  return g_strdup ("");
}

/* An attribute as the schema compares it: a token's spaces around it are
 * not part of it (the schema accepts " bridge " for "bridge"). */
static char *
dup_token (xmlNode    *node,
           const char *name)
{
  char *value = kc_xml_node_dup_attribute (node, name);

  return value ? g_strstrip (value) : NULL;
}

/* What needs the notes' text in one text of the reader. */
G_STATIC_ASSERT (KC_PLAN_MAX_NOTES <= KC_XML_MAX_TEXT);

/* An exercise the library lacks (a clinic's own, whose content file is
 * missing) is kept with its id: unknown is not corrupt.  A day holds no
 * more than the model lets one hold. */
static gboolean
_kc_plan_file_read_days (KcPlan      *plan,
                         xmlNode     *root,
                         const char  *display_name,
                         GError     **error)
{
  KC_XML_FOR_EACH_ELEMENT (day, root)
    {
      g_autofree char *day_name = NULL;
      int weekday;

      if (!kc_xml_node_is (day, "day"))
        continue;

      day_name = kc_xml_node_dup_attribute (day, "name");
      weekday = kc_weekday_from_name (day_name);
      /* The schema allows only the seven names, compared exactly. */
      if (weekday < 0)
        continue;

      KC_XML_FOR_EACH_ELEMENT (item, day)
        {
          g_autofree char *exercise = dup_token (item, "exercise");
          KcDose dose = kc_dose_from_xml (item);

          if (kc_plan_add_item (plan, (guint)weekday, exercise, &dose) == NULL)
            {
              g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID,
                           _("%s:%ld: A day has more than %d exercises, the most a day "
                             "may have."), display_name, xmlGetLineNo (item),
                           KC_PLAN_MAX_ITEMS_PER_DAY);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static gboolean
refuse_log_day (xmlNode     *entry,
                const char  *display_name,
                GError     **error)
{
  g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID,
               _("%s:%ld: The log has more than %d days, the most a plan may record."),
               display_name, xmlGetLineNo (entry), KC_PLAN_MAX_LOG_DAYS);
  return FALSE;
}

/* An xsd:date as the schema accepts it: spaces around it, and a time zone
 * ("Z", "+01:00"), which says nothing about which day it was, are
 * understood; a year outside 0001–9999 is refused, never dropped. */
static gboolean
parse_log_date (xmlNode     *entry,
                const char  *display_name,
                GDate       *date,
                GError     **error)
{
  g_autofree char *day = dup_token (entry, "day");
  gsize length = day ? strlen (day) : 0;

  if (length > 10 && (g_str_equal (day + 10, "Z") ||
                      ((day[10] == '+' || day[10] == '-') && length == 16)))
    day[10] = '\0';

  if (kc_plan_parse_date (day, date))
    return TRUE;

  g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID,
               _("%s:%ld: The date “%s” cannot be read: dates in a plan are written "
                 "YYYY-MM-DD, with a year from 0001 to 9999."),
               display_name, xmlGetLineNo (entry), day ? day : "");
  return FALSE;
}

static gboolean
_kc_plan_file_read_log (KcPlan      *plan,
                        xmlNode     *root,
                        const char  *display_name,
                        GError     **error)
{
  KC_XML_FOR_EACH_ELEMENT (log, root)
    {
      if (!kc_xml_node_is (log, "log"))
        continue;

      KC_XML_FOR_EACH_ELEMENT (entry, log)
        {
          g_autofree char *pain = kc_xml_node_dup_attribute (entry, "pain");
          GDate date;

          if (!parse_log_date (entry, display_name, &date, error))
            return FALSE;

          if (pain != NULL && !kc_plan_set_pain (plan, &date, (int)strtol (pain, NULL, 10)))
            return refuse_log_day (entry, display_name, error);
          KC_XML_FOR_EACH_ELEMENT (done, entry)
            {
              g_autofree char *exercise = dup_token (done, "exercise");

              if (!kc_plan_set_done (plan, &date, exercise, TRUE))
                return refuse_log_day (entry, display_name, error);
            }
        }
    }

  return TRUE;
}

/**
 * _kc_plan_file_read_body:
 * @root: a validated plan or progress file's root
 * @problems: (nullable): where each record left out is told
 *
 * Reads what _kc_plan_file_append_body() wrote into @plan.
 */
gboolean
_kc_plan_file_read_body (KcPlan      *plan,
                         xmlNode     *root,
                         const char  *display_name,
                         GPtrArray   *problems,
                         GError     **error)
{
  return _kc_plan_file_read_days (plan, root, display_name, error) &&
         _kc_plan_file_read_log (plan, root, display_name, error) &&
         _kc_plan_file_read_records (plan, root, display_name, problems, error);
}

/* The schema holds the day to a date; one that is not a real day (31
 * February) is forgotten, as nothing depends on it. */
static void
read_imported (KcPlan  *plan,
               xmlNode *root)
{
  KC_XML_FOR_EACH_ELEMENT (child, root)
    {
      if (kc_xml_node_is (child, "imported"))
        {
          g_autofree char *text = kc_xml_node_dup_attribute (child, "day");
          g_autofree char *file_name = _kc_plan_file_dup_child_text (root, "imported");
          GDate day;

          if (kc_plan_parse_date (text, &day))
            kc_plan_set_progress_imported (plan, &day, file_name);
        }
    }
}

KcPlan *
kc_plan_from_bytes (GBytes      *bytes,
                    const char  *display_name,
                    KcLibrary   *library,
                    GError     **error)
{
  return kc_plan_from_bytes_full (bytes, display_name, library, NULL, error);
}

/**
 * kc_plan_from_bytes_full:
 * @library: (nullable): the exercises plans may use; one it lacks is kept
 *   by its id and shown as missing
 * @problems: (nullable) (element-type KcProblem): where each session
 *   record or change left out of a plan that loads is told, with its line
 *
 * Returns: (transfer full): the plan, or %NULL with @error naming the
 *   file, the line and what is wrong
 */
KcPlan *
kc_plan_from_bytes_full (GBytes      *bytes,
                         const char  *display_name,
                         KcLibrary   *library,
                         GPtrArray   *problems,
                         GError     **error)
{
  g_autoptr(GPtrArray) parse_problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(KcPlan) plan = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *patient = NULL;
  g_autofree char *notes = NULL;
  const char *kind;
  xmlNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);

  if ((kind = kc_xml_sniff (bytes)) != NULL)
    {
      g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID,
                   _("%s is not a Kinetic Chain plan (it looks like %s)."), display_name, kind);
      return NULL;
    }

  /* Whatever a user typed loads: words are not capped (kc-plan-limits.h). */
  doc = kc_xml_parse_full (bytes, display_name, G_MAXUINT, parse_problems);
  if (doc == NULL)
    {
      _kc_plan_file_set_error (parse_problems, error);
      return NULL;
    }

  root = xmlDocGetRootElement (doc);
  if (!check_format (root, display_name, error))
    return NULL;

  if (!kc_xml_validate (doc, PLAN_SCHEMA, display_name, parse_problems))
    {
      _kc_plan_file_set_error (parse_problems, error);
      return NULL;
    }

  id = kc_xml_node_dup_attribute (root, "id");
  name = _kc_plan_file_dup_child_text (root, "name");
  patient = _kc_plan_file_dup_child_text (root, "patient");
  notes = _kc_plan_file_dup_child_text (root, "notes");

  plan = kc_plan_new (id, name);
  kc_plan_set_patient (plan, patient);
  kc_plan_set_notes (plan, notes);
  if (!_kc_plan_file_read_body (plan, root, display_name, problems, error))
    return NULL;
  read_imported (plan, root);

  return g_steal_pointer (&plan);
}

KcPlan *
kc_plan_load_file (GFile      *file,
                   KcLibrary  *library,
                   GError    **error)
{
  return kc_plan_load_file_full (file, library, NULL, error);
}

/**
 * kc_plan_load_file_full:
 * @load_problems: (nullable) (element-type KcProblem): as for
 *   kc_plan_from_bytes_full()
 */
KcPlan *
kc_plan_load_file_full (GFile      *file,
                        KcLibrary  *library,
                        GPtrArray  *load_problems,
                        GError    **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_parse_name (file);
  bytes = ((KcPlanReader)g_atomic_pointer_get (&reader)) (file, display_name, problems);
  if (bytes == NULL)
    {
      g_autoptr(GError) local_error = NULL;

      /* Could not be read (permissions) is not the same as not a plan. */
      _kc_plan_file_set_error (problems, &local_error);
      if (problems->len > 0 &&
          kc_problem_get_code (g_ptr_array_index (problems, 0)) == KC_CONTENT_ERROR_IO)
        local_error->code = KC_PLAN_ERROR_UNREADABLE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return kc_plan_from_bytes_full (bytes, display_name, library, load_problems, error);
}
