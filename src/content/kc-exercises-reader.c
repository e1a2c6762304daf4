/* kc-exercises-reader.c: <exercises> files into exercises and templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document has passed data/schema/exercises.rng.  Pictograms are only
 * ever the program's own, like the diagrams.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "kc-exercise-private.h"
#include "kc-exercises-reader.h"
#include "kc-plan-template-private.h"
#include "kc-problem.h"

#define ILLUSTRATION_RESOURCE_DIR RESOURCE_PREFIX "/exercises/"

/* kc_xml_node_read_words() collects ints, handed on as areas. */
G_STATIC_ASSERT (sizeof (KcExerciseArea) == sizeof (int));

static const char *weekdays[KC_N_WEEKDAYS] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

/* Returns: 0 for "monday" … 6 for "sunday", or -1 */
int
kc_weekday_from_name (const char *name)
{
  for (guint i = 0; i < KC_N_WEEKDAYS; i++)
    {
      if (g_strcmp0 (weekdays[i], name) == 0)
        return (int)i;
    }

  return -1;
}

static guint
count_attribute (xmlNode    *node,
                 const char *name)
{
  g_autofree char *value = kc_xml_node_dup_attribute (node, name);

  /* The schema allows 1..999 only. */
  return value ? (guint)strtoul (value, NULL, 10) : 0;
}

KcDose
kc_dose_from_xml (xmlNode *node)
{
  return (KcDose) {
    count_attribute (node, "sets"),
    count_attribute (node, "reps"),
    count_attribute (node, "hold"),
    count_attribute (node, "minutes"),
  };
}

static char **
dup_texts (xmlNode    *node,
           const char *element)
{
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, element))
        {
          g_autofree char *text = kc_xml_node_dup_translated (child);
          g_strv_builder_add (texts, text);
        }
    }

  return g_strv_builder_end (texts);
}

/* <how-often min-days="…" max-days="…">: the schema gives both or
 * neither, each 1..7; only their order is left to check. */
static gboolean
read_days_a_week (KcContentFile    *file,
                  xmlNode          *node,
                  KcExerciseFields *fields,
                  GPtrArray        *problems)
{
  fields->min_days = count_attribute (node, "min-days");
  fields->max_days = count_attribute (node, "max-days");
  if (fields->min_days <= fields->max_days)
    return TRUE;

  g_ptr_array_add (problems,
                   kc_problem_new (file->display_name, (guint)MAX (xmlGetLineNo (node), 0),
                                   KC_CONTENT_ERROR_SCHEMA,
                                   _("“min-days” in <how-often> is more than “max-days”.")));
  return FALSE;
}

/* <easier ref="…"/> or <harder ref="…"/>: another exercise, never itself. */
static char *
read_version (KcContentFile *file,
              xmlNode       *node,
              const char    *own_id,
              GPtrArray     *problems)
{
  g_autofree char *ref = kc_xml_node_dup_attribute (node, "ref");

  if (g_strcmp0 (ref, own_id) == 0)
    {
      g_autofree char *message =
        g_strdup_printf (_("The exercise “%s” names itself as its own easier or harder "
                           "version."), own_id);
      g_ptr_array_add (problems, kc_problem_new (file->display_name,
                                                 (guint)MAX (xmlGetLineNo (node), 0),
                                                 KC_CONTENT_ERROR_SCHEMA, message));
      return NULL;
    }

  kc_content_file_add_reference (file, ref, node, KC_TYPE_EXERCISE);
  return g_steal_pointer (&ref);
}

/* <picture><start>…</start><end>…</end></picture>: what the figure shows;
 * the schema allows one of each. */
static void
read_picture (xmlNode  *node,
              char    **start,
              char    **end)
{
  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "start"))
        *start = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "end"))
        *end = kc_xml_node_dup_translated (child);
    }
}

static KcExercise *
read_exercise (KcContentFile *file,
               xmlNode       *node,
               GPtrArray     *problems)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *illustration = kc_xml_node_dup_attribute (node, "illustration");
  g_autofree char *resource = g_strconcat (ILLUSTRATION_RESOURCE_DIR, illustration, NULL);
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (int));
  int kind;
  int difficulty;
  g_autofree char *name = NULL;
  g_autofree char *how_often = NULL;
  g_autofree char *why = NULL;
  g_autofree char *easier = NULL;
  g_autofree char *harder = NULL;
  g_autofree char *progression = NULL;
  g_autofree char *picture_start = NULL;
  g_autofree char *picture_end = NULL;
  g_auto(GStrv) steps = NULL;
  g_auto(GStrv) cautions = NULL;
  KcExerciseFields fields = { 0 };
  KcExercise *exercise;

  if (!g_resources_get_info (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    {
      g_autofree char *message =
        g_strdup_printf (_("There is no exercise picture called “%s”. Exercises can only use "
                           "the pictures that come with Kinetic Chain."), illustration);
      g_ptr_array_add (problems, kc_problem_new (file->display_name,
                                                 (guint)MAX (xmlGetLineNo (node), 0),
                                                 KC_CONTENT_ERROR_SCHEMA, message));
      return NULL;
    }

  if (!kc_xml_node_read_word (file, node, "kind", KC_TYPE_EXERCISE_KIND, &kind, problems) ||
      !kc_xml_node_read_word (file, node, "difficulty", KC_TYPE_EXERCISE_DIFFICULTY,
                              &difficulty, problems) ||
      !kc_xml_node_read_words (file, node, "targets", KC_TYPE_EXERCISE_AREA, targets, problems))
    return NULL;

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "name"))
        name = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "steps"))
        steps = dup_texts (child, "step");
      else if (kc_xml_node_is (child, "picture"))
        read_picture (child, &picture_start, &picture_end);
      else if (kc_xml_node_is (child, "dose"))
        fields.dose = kc_dose_from_xml (child);
      else if (kc_xml_node_is (child, "easier"))
        easier = read_version (file, child, id, problems);
      else if (kc_xml_node_is (child, "harder"))
        harder = read_version (file, child, id, problems);
      else if (kc_xml_node_is (child, "progression"))
        progression = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "how-often"))
        {
          if (!read_days_a_week (file, child, &fields, problems))
            return NULL;
          how_often = kc_xml_node_dup_translated (child);
        }
      else if (kc_xml_node_is (child, "cautions"))
        cautions = dup_texts (child, "item");
      else if (kc_xml_node_is (child, "why"))
        why = kc_xml_node_dup_translated (child);
    }

  fields.id = id;
  fields.name = name;
  fields.kind = (KcExerciseKind)kind;
  fields.difficulty = (KcExerciseDifficulty)difficulty;
  fields.targets = (const KcExerciseArea *)(gpointer)targets->data;
  fields.n_targets = targets->len;
  fields.illustration_resource = resource;
  fields.steps = (const char * const *)steps;
  fields.picture_start = picture_start;
  fields.picture_end = picture_end;
  fields.easier_id = easier;
  fields.harder_id = harder;
  fields.progression = progression;
  fields.how_often = how_often;
  fields.cautions = (const char * const *)cautions;
  fields.why = why;

  exercise = _kc_exercise_new (&fields);
  kc_content_file_declare_id (file, id, node, exercise);
  return exercise;
}

static KcPlanTemplate *
read_template (KcContentFile *file,
               xmlNode       *node)
{
  g_autofree char *id = kc_xml_node_dup_attribute (node, "id");
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  KcPlanTemplate *template;

  KC_XML_FOR_EACH_ELEMENT (child, node)
    {
      if (kc_xml_node_is (child, "name"))
        name = kc_xml_node_dup_translated (child);
      else if (kc_xml_node_is (child, "description"))
        description = kc_xml_node_dup_translated (child);
    }

  template = _kc_plan_template_new (id, name, description);

  KC_XML_FOR_EACH_ELEMENT (day, node)
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
          g_autofree char *exercise = kc_xml_node_dup_attribute (item, "exercise");
          KcDose dose = kc_dose_from_xml (item);

          kc_content_file_add_reference (file, exercise, item, KC_TYPE_EXERCISE);
          _kc_plan_template_add_item (template, (guint)weekday, exercise, &dose);
        }
    }

  kc_content_file_declare_id (file, id, node, template);
  return template;
}

gboolean
kc_exercises_reader_read (KcContentFile *file,
                          xmlNode       *root,
                          GPtrArray     *problems)
{
  g_return_val_if_fail (file != NULL, FALSE);
  g_return_val_if_fail (kc_xml_node_is (root, "exercises"), FALSE);

  KC_XML_FOR_EACH_ELEMENT (child, root)
    {
      if (kc_xml_node_is (child, "exercise"))
        {
          KcExercise *exercise = read_exercise (file, child, problems);

          if (exercise == NULL)
            return FALSE;
          g_ptr_array_add (file->items, exercise);
        }
      else if (kc_xml_node_is (child, "template"))
        g_ptr_array_add (file->items, read_template (file, child));
    }

  return TRUE;
}
