/* kc-plan-file-records.c: the sessions' records and the decisions in a plan file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * <records> holds what each session did of each exercise, <changes> the
 * suggestions accepted or dismissed, <psfs> the activities of the
 * Patient-Specific Functional Scale and their ratings.  The schema checks their shape; the
 * values are checked here, one element at a time, so that one bad record
 * is left out with its file and line and the rest of the plan loads.
 * More than a plan may hold refuses the file, as too many log days do.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-content-file.h"
#include "content/kc-problem.h"
#include "content/kc-vocabulary.h"
#include "content/kc-xml.h"
#include "kc-plan-file-private.h"
#include "kc-plan-suggestions.h"

/* The most repetitions or seconds held over all sets of one exercise. */
#define MAX_DONE (KC_PLAN_MAX_DOSE * KC_PLAN_MAX_DOSE)

/* ---- Writing ------------------------------------------------------------- */

static char *
date_text (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", (guint)g_date_get_year (date),
                          (guint)g_date_get_month (date), (guint)g_date_get_day (date));
}

static void
append_count (GString    *xml,
              const char *name,
              guint       value)
{
  if (value > 0)
    g_string_append_printf (xml, " %s=\"%u\"", name, value);
}

static void
append_record (GString                *xml,
               const KcExerciseRecord *record)
{
  g_autofree char *day = date_text (&record->date);
  g_autofree char *exercise = g_markup_escape_text (record->exercise_id, -1);

  g_string_append_printf (xml, "    <record day=\"%s\" exercise=\"%s\"", day, exercise);
  append_count (xml, "sets", MIN (record->sets_done, KC_PLAN_MAX_DOSE));
  append_count (xml, "reps", MIN (record->reps_done, MAX_DONE));
  append_count (xml, "hold", MIN (record->hold_seconds_done, MAX_DONE));
  if (record->pain >= 0)
    g_string_append_printf (xml, " pain=\"%d\"", MIN (record->pain, 10));
  if (record->spreading_down_leg)
    g_string_append (xml, " spreading=\"yes\"");
  if (record->skipped)
    g_string_append (xml, " skipped=\"yes\"");
  if (record->settled != KC_SETTLED_UNKNOWN)
    g_string_append_printf (xml, " settled=\"%s\"",
                            record->settled == KC_SETTLED_YES ? "yes" : "no");
  g_string_append (xml, "/>\n");
}

static void
append_version (GString      *xml,
                const char   *name,
                const char   *exercise_id,
                const KcDose *dose)
{
  g_autofree char *exercise = g_markup_escape_text (exercise_id, -1);

  g_string_append_printf (xml, "      <%s exercise=\"%s\"", name, exercise);
  _kc_plan_file_append_dose (xml, dose);
  g_string_append (xml, "/>\n");
}

static void
append_change (GString            *xml,
               const KcPlanChange *change)
{
  g_autofree char *day = date_text (&change->decided);
  g_autofree char *evidence = date_text (&change->evidence);

  g_string_append_printf (xml, "    <change day=\"%s\" decision=\"%s\" kind=\"%s\" "
                          "reason=\"%s\" evidence=\"%s\">\n", day,
                          kc_vocabulary_to_word (KC_TYPE_DECISION, change->decision),
                          kc_vocabulary_to_word (KC_TYPE_CHANGE_KIND, change->kind),
                          kc_vocabulary_to_word (KC_TYPE_CHANGE_REASON, change->reason),
                          evidence);
  append_version (xml, "from", change->exercise_id, &change->dose);
  append_version (xml, "to", change->new_exercise_id, &change->new_dose);
  g_string_append (xml, "    </change>\n");
}

static void
append_psfs (GString *xml,
             KcPlan  *plan)
{
  GPtrArray *activities = kc_plan_get_psfs_activities (plan);
  GPtrArray *ratings = kc_plan_get_psfs_ratings (plan);

  if (activities->len == 0)
    return;

  g_string_append (xml, "  <psfs>\n");
  for (guint i = 0; i < activities->len; i++)
    {
      KcPsfsActivity *activity = g_ptr_array_index (activities, i);
      g_autofree char *name = g_markup_escape_text (activity->name, -1);

      g_string_append_printf (xml, "    <activity id=\"%s\"", activity->id);
      if (g_date_valid (&activity->added))
        {
          g_autofree char *added = date_text (&activity->added);

          g_string_append_printf (xml, " added=\"%s\"", added);
        }
      g_string_append_printf (xml, ">%s</activity>\n", name);
    }
  for (guint i = 0; i < ratings->len; i++)
    {
      KcPsfsRating *rating = g_ptr_array_index (ratings, i);
      g_autofree char *day = date_text (&rating->date);

      g_string_append_printf (xml, "    <rating day=\"%s\" activity=\"%s\" score=\"%u\"/>\n",
                              day, rating->activity_id, rating->score);
    }
  g_string_append (xml, "  </psfs>\n");
}

/* The records, the decisions and the functional scale, after the log. */
void
_kc_plan_file_append_records (GString *xml,
                              KcPlan  *plan)
{
  GPtrArray *records = kc_plan_get_records (plan);
  GPtrArray *changes = kc_plan_get_changes (plan);

  g_string_append (xml, "  <records>\n");
  for (guint i = 0; i < records->len; i++)
    append_record (xml, g_ptr_array_index (records, i));
  g_string_append (xml, "  </records>\n");

  g_string_append (xml, "  <changes>\n");
  for (guint i = 0; i < changes->len; i++)
    {
      KcPlanChange *change = g_ptr_array_index (changes, i);

      if (g_date_valid (&change->decided) && g_date_valid (&change->evidence))
        append_change (xml, change);
    }
  g_string_append (xml, "  </changes>\n");

  append_psfs (xml, plan);
}

/* ---- Reading ------------------------------------------------------------- */

/* Digits only, spaces around them allowed (as the schema's integers). */
static gboolean
parse_count (const char *text,
             guint       max,
             guint      *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  guint64 number;

  if (copy[0] == '\0' || copy[0] == '+' || copy[0] == '-' ||
      !g_ascii_string_to_unsigned (copy, 10, 0, max, &number, NULL))
    return FALSE;

  *value = (guint)number;
  return TRUE;
}

/* An exercise id as plan.rng's NCName has it, within ASCII. */
static gboolean
is_exercise_id (const char *text)
{
  if (text == NULL || !(g_ascii_isalpha (text[0]) || text[0] == '_') || strlen (text) > 256)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

/* Why one element was left out: attribute @name's value @value. */
typedef struct
{
  const char *name;
  char *value;
} Bad;

static void
report (GPtrArray  *problems,
        const char *display_name,
        xmlNode    *node,
        const char *what,
        Bad        *bad)
{
  g_autofree char *message = NULL;

  if (problems == NULL)
    return;

  /* Translators: e.g. "A session record was left out: its pain “11” cannot be read." */
  message = g_strdup_printf (_("%s was left out: its %s “%s” cannot be read."), what, bad->name,
                             bad->value ? bad->value : "");
  g_ptr_array_add (problems, kc_problem_new (display_name, (guint)xmlGetLineNo (node),
                                             KC_CONTENT_ERROR_SCHEMA, message));
}

/* Returns: %FALSE, with @name and its value, taken from @text, in @bad */
static gboolean
mark_bad (Bad         *bad,
          const char  *name,
          char       **text)
{
  bad->name = name;
  bad->value = g_steal_pointer (text);
  return FALSE;
}

static gboolean
read_date (xmlNode    *node,
           const char *name,
           GDate      *date,
           Bad        *bad)
{
  g_autofree char *text = kc_xml_node_dup_attribute (node, name);

  if (text != NULL && kc_plan_parse_date (g_strstrip (text), date))
    return TRUE;
  return mark_bad (bad, name, &text);
}

/* An absent count is 0. */
static gboolean
read_count (xmlNode    *node,
            const char *name,
            guint       max,
            guint      *value,
            Bad        *bad)
{
  g_autofree char *text = kc_xml_node_dup_attribute (node, name);

  *value = 0;
  if (text == NULL || parse_count (text, max, value))
    return TRUE;
  return mark_bad (bad, name, &text);
}

/* "yes", "no", or absent (@absent). */
static gboolean
read_yes_no (xmlNode    *node,
             const char *name,
             int         absent,
             int        *value,
             Bad        *bad)
{
  g_autofree char *text = kc_xml_node_dup_attribute (node, name);

  *value = absent;
  if (text == NULL)
    return TRUE;
  g_strstrip (text);
  if (g_str_equal (text, "yes") || g_str_equal (text, "no"))
    {
      *value = g_str_equal (text, "yes");
      return TRUE;
    }
  return mark_bad (bad, name, &text);
}

static gboolean
read_exercise (xmlNode  *node,
               char    **id,
               Bad      *bad)
{
  g_autofree char *text = kc_xml_node_dup_attribute (node, "exercise");

  if (text != NULL && is_exercise_id (g_strstrip (text)))
    {
      *id = g_steal_pointer (&text);
      return TRUE;
    }
  return mark_bad (bad, "exercise", &text);
}

static gboolean
read_record (KcPlan   *plan,
             xmlNode  *node,
             gpointer  data,
             Bad      *bad)
{
  KcExerciseRecord *record = data;
  guint pain = 0;
  int spreading, skipped, settled;
  g_autofree char *pain_text = kc_xml_node_dup_attribute (node, "pain");

  if (!read_date (node, "day", &record->date, bad) ||
      !read_exercise (node, &record->exercise_id, bad) ||
      !read_count (node, "sets", KC_PLAN_MAX_DOSE, &record->sets_done, bad) ||
      !read_count (node, "reps", MAX_DONE, &record->reps_done, bad) ||
      !read_count (node, "hold", MAX_DONE, &record->hold_seconds_done, bad) ||
      !read_count (node, "pain", 10, &pain, bad) ||
      !read_yes_no (node, "spreading", FALSE, &spreading, bad) ||
      !read_yes_no (node, "skipped", FALSE, &skipped, bad) ||
      !read_yes_no (node, "settled", -1, &settled, bad))
    return FALSE;

  record->pain = pain_text != NULL ? (int)pain : KC_EXERCISE_RECORD_NO_PAIN;
  record->spreading_down_leg = spreading;
  record->skipped = skipped;
  record->settled = settled < 0 ? KC_SETTLED_UNKNOWN : settled ? KC_SETTLED_YES : KC_SETTLED_NO;
  return TRUE;
}

static gboolean
read_word (xmlNode    *node,
           const char *name,
           GType       type,
           int        *value,
           Bad        *bad)
{
  g_autofree char *text = kc_xml_node_dup_attribute (node, name);

  if (text != NULL && kc_vocabulary_from_word (type, g_strstrip (text), value))
    return TRUE;
  return mark_bad (bad, name, &text);
}

/* <from> or <to>: an exercise and its dose. */
static gboolean
read_version (xmlNode     *change,
              const char  *name,
              char       **id,
              KcDose      *dose,
              Bad         *bad)
{
  KC_XML_FOR_EACH_ELEMENT (node, change)
    {
      if (kc_xml_node_is (node, name))
        return read_exercise (node, id, bad) &&
               read_count (node, "sets", KC_PLAN_MAX_DOSE, &dose->sets, bad) &&
               read_count (node, "reps", KC_PLAN_MAX_DOSE, &dose->reps, bad) &&
               read_count (node, "hold", KC_PLAN_MAX_DOSE, &dose->hold, bad) &&
               read_count (node, "minutes", KC_PLAN_MAX_DOSE, &dose->minutes, bad);
    }

  bad->name = name;
  return FALSE;
}

static gboolean
read_change (KcPlan   *plan,
             xmlNode  *node,
             gpointer  data,
             Bad      *bad)
{
  KcPlanChange *change = data;
  int kind, reason, decision;

  if (!read_date (node, "day", &change->decided, bad) ||
      !read_date (node, "evidence", &change->evidence, bad) ||
      !read_word (node, "decision", KC_TYPE_DECISION, &decision, bad) ||
      !read_word (node, "kind", KC_TYPE_CHANGE_KIND, &kind, bad) ||
      !read_word (node, "reason", KC_TYPE_CHANGE_REASON, &reason, bad) ||
      !read_version (node, "from", &change->exercise_id, &change->dose, bad) ||
      !read_version (node, "to", &change->new_exercise_id, &change->new_dose, bad))
    return FALSE;

  if (decision == KC_DECISION_NONE)
    {
      bad->name = "decision";
      bad->value = g_strdup ("none");
      return FALSE;
    }

  change->kind = kind;
  change->reason = reason;
  change->decision = decision;
  return TRUE;
}

/* How one kind of element in a list is made, read, kept and told about. */
typedef struct
{
  const char *list;                                   /* the list's element */
  const char *element;                                /* its items' */
  gpointer  (*new_one)      (void);
  gboolean  (*read)         (KcPlan *plan, xmlNode *node, gpointer one, Bad *bad);
  gboolean  (*add)          (KcPlan *plan, gpointer one);
  char     *(*dup_too_many) (void);
  GDestroyNotify free;
  const char *what;                                   /* untranslated */
} ListKind;

static gpointer
new_record (void)
{
  return g_new0 (KcExerciseRecord, 1);
}

static gboolean
add_record (KcPlan   *plan,
            gpointer  record)
{
  return kc_plan_add_record (plan, record);
}

static char *
dup_too_many_records (void)
{
  return g_strdup_printf (_("The plan has more than %d session records, the most a plan may "
                            "keep."), KC_PLAN_MAX_RECORDS);
}

static gpointer
new_change (void)
{
  return g_new0 (KcPlanChange, 1);
}

static gboolean
add_change (KcPlan   *plan,
            gpointer  change)
{
  return kc_plan_add_change (plan, change);
}

static char *
dup_too_many_changes (void)
{
  return g_strdup_printf (_("The plan has more than %d changes, the most a plan may keep."),
                          KC_PLAN_MAX_CHANGES);
}

/* The activity's id: a name of its own, as plan.rng's NCName. */
static gboolean
read_activity_id (KcPlan   *plan,
                  xmlNode  *node,
                  char    **id,
                  Bad      *bad)
{
  g_autofree char *text = kc_xml_node_dup_attribute (node, "id");

  if (text != NULL && is_exercise_id (g_strstrip (text)) && strlen (text) <= 64 &&
      kc_plan_find_psfs_activity (plan, text) == NULL)
    {
      *id = g_steal_pointer (&text);
      return TRUE;
    }
  return mark_bad (bad, "id", &text);
}

static gboolean
read_activity (KcPlan   *plan,
               xmlNode  *node,
               gpointer  data,
               Bad      *bad)
{
  KcPsfsActivity *activity = data;
  g_autofree char *added = kc_xml_node_dup_attribute (node, "added");
  xmlChar *content = xmlNodeGetContent (node);
  g_autofree char *name = g_strdup (content ? (const char *)content : "");

  xmlFree (content);

  if (!read_activity_id (plan, node, &activity->id, bad) ||
      (added != NULL && !read_date (node, "added", &activity->added, bad)))
    return FALSE;

  activity->name = g_strstrip (g_steal_pointer (&name));
  if (activity->name[0] == '\0')
    return mark_bad (bad, "name", &activity->name);
  return TRUE;
}

static gpointer
new_activity (void)
{
  KcPsfsActivity *activity = g_new0 (KcPsfsActivity, 1);

  g_date_clear (&activity->added, 1);
  return activity;
}

static gboolean
add_activity (KcPlan   *plan,
              gpointer  activity)
{
  return kc_plan_insert_psfs_activity (plan, activity);
}

static char *
dup_too_many_activities (void)
{
  return g_strdup_printf (_("The plan names more than %d activities for the functional scale, "
                            "the most it may name."), KC_PSFS_MAX_ACTIVITIES);
}

static gboolean
read_rating (KcPlan   *plan,
             xmlNode  *node,
             gpointer  data,
             Bad      *bad)
{
  KcPsfsRating *rating = data;
  g_autofree char *score = kc_xml_node_dup_attribute (node, "score");

  if (!read_date (node, "day", &rating->date, bad))
    return FALSE;

  /* A rating of an activity the plan does not name would be dangling. */
  rating->activity_id = kc_xml_node_dup_attribute (node, "activity");
  if (rating->activity_id == NULL ||
      kc_plan_find_psfs_activity (plan, g_strstrip (rating->activity_id)) == NULL)
    return mark_bad (bad, "activity", &rating->activity_id);

  if (score == NULL)
    return mark_bad (bad, "score", &score);
  return read_count (node, "score", KC_PSFS_MAX_SCORE, &rating->score, bad);
}

static gpointer
new_rating (void)
{
  return g_new0 (KcPsfsRating, 1);
}

static gboolean
add_rating (KcPlan   *plan,
            gpointer  data)
{
  KcPsfsRating *rating = data;

  return kc_plan_set_psfs_score (plan, &rating->date, rating->activity_id, rating->score);
}

static char *
dup_too_many_ratings (void)
{
  return g_strdup_printf (_("The plan holds more than %d ratings of the functional scale, the "
                            "most a plan may keep."), KC_PLAN_MAX_PSFS_RATINGS);
}

/* Activities before ratings: a rating names its activity. */
static const ListKind list_kinds[] = {
  { "records", "record", new_record, read_record, add_record, dup_too_many_records,
    (GDestroyNotify)kc_exercise_record_free, N_("A session record") },
  { "changes", "change", new_change, read_change, add_change, dup_too_many_changes,
    (GDestroyNotify)kc_plan_change_free, N_("A change to the plan") },
  { "psfs", "activity", new_activity, read_activity, add_activity, dup_too_many_activities,
    (GDestroyNotify)kc_psfs_activity_free, N_("An activity of the functional scale") },
  { "psfs", "rating", new_rating, read_rating, add_rating, dup_too_many_ratings,
    (GDestroyNotify)kc_psfs_rating_free, N_("A rating of the functional scale") },
};

/* Takes @text. */
static gboolean
refuse (xmlNode     *node,
        const char  *display_name,
        char        *text,
        GError     **error)
{
  g_set_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_INVALID, "%s:%ld: %s", display_name,
               xmlGetLineNo (node), text);
  g_free (text);
  return FALSE;
}

static gboolean
read_list (KcPlan          *plan,
           xmlNode         *list,
           const ListKind  *kind,
           const char      *display_name,
           GPtrArray       *problems,
           GError         **error)
{
  KC_XML_FOR_EACH_ELEMENT (node, list)
    {
      gpointer one;
      Bad bad = { NULL, NULL };
      gboolean added = TRUE;

      if (!kc_xml_node_is (node, kind->element))
        continue;

      one = kind->new_one ();
      if (kind->read (plan, node, one, &bad))
        added = kind->add (plan, one);
      else
        report (problems, display_name, node, _(kind->what), &bad);

      g_free (bad.value);
      kind->free (one);
      if (!added)
        return refuse (node, display_name, kind->dup_too_many (), error);
    }

  return TRUE;
}

/**
 * _kc_plan_file_read_records:
 * @problems: (nullable): where each record or change left out is told
 *
 * Returns: %FALSE with @error if the file holds more than a plan may
 */
gboolean
_kc_plan_file_read_records (KcPlan      *plan,
                            xmlNode     *root,
                            const char  *display_name,
                            GPtrArray   *problems,
                            GError     **error)
{
  KC_XML_FOR_EACH_ELEMENT (node, root)
    {
      for (guint i = 0; i < G_N_ELEMENTS (list_kinds); i++)
        if (kc_xml_node_is (node, list_kinds[i].list) &&
            !read_list (plan, node, &list_kinds[i], display_name, problems, error))
          return FALSE;
    }

  return TRUE;
}
