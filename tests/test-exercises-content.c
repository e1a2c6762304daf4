/* test-exercises-content.c: the exercise library and its templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kc-condition.h"
#include "kc-dose.h"
#include "kc-library.h"
#include "kc-pain-rule.h"
#include "kc-pain-source.h"
#include "kc-problem.h"
#include "kc-relations.h"
#include "kc-test-library.h"
#include "kc-warning-signs.h"
#include "plan/kc-plan.h"

static KcLibrary *library;

static void
test_library_complete (void)
{
  static const char *kinds[] = { "strengthening", "stretching", "aerobic", "balance" };
  static const char *targets[] = { "core", "lower-back", "hips", "knees", "legs" };
  GListModel *exercises = kc_library_get_exercises (library);
  guint n = g_list_model_get_n_items (exercises);

  g_assert_cmpuint (n, >=, 18);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      gboolean found = FALSE;
      for (guint i = 0; i < n && !found; i++)
        {
          g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
          found = g_str_equal (kc_vocabulary_to_word (KC_TYPE_EXERCISE_KIND,
                                                      kc_exercise_get_kind (exercise)),
                               kinds[k]);
        }
      g_assert_true (found);
    }

  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    {
      gboolean found = FALSE;
      int area;

      g_assert_true (kc_vocabulary_from_word (KC_TYPE_EXERCISE_AREA, targets[t], &area));
      for (guint i = 0; i < n && !found; i++)
        {
          g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
          found = kc_exercise_has_target (exercise, (KcExerciseArea)area);
        }
      g_assert_true (found);
    }
}

/* Every exercise can be done from its page: steps, a dose, cautions, a
 * reason and a picture that exists. */
static void
test_each_exercise_complete (void)
{
  GListModel *exercises = kc_library_get_exercises (library);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
      g_autoptr(GBytes) picture = NULL;
      g_autofree char *dose = kc_dose_to_string (kc_exercise_get_dose (exercise));

      g_assert_cmpuint (g_strv_length ((char **)kc_exercise_get_steps (exercise)), >=, 2);
      g_assert_cmpuint (g_strv_length ((char **)kc_exercise_get_cautions (exercise)), >=, 1);
      g_assert_false (kc_dose_is_empty (kc_exercise_get_dose (exercise)));
      g_assert_cmpstr (dose, !=, "");
      g_assert_cmpstr (kc_exercise_get_why (exercise), !=, "");
      picture = g_resources_lookup_data (kc_exercise_get_illustration_resource (exercise),
                                         G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert_nonnull (picture);
    }
}

/* The article's exercises are there. */
static void
test_article_exercises (void)
{
  static const char *ids[] = {
    "plank", "straight-leg-raise", "bridge", "walking", "swimming", "hamstring-stretch",
    "posture-reset",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_nonnull (kc_library_lookup_exercise (library, ids[i]));
}

static void
test_templates (void)
{
  GListModel *templates = kc_library_get_plan_templates (library);

  g_assert_cmpuint (g_list_model_get_n_items (templates), >=, 2);

  for (guint i = 0; i < g_list_model_get_n_items (templates); i++)
    {
      g_autoptr(KcPlanTemplate) template = g_list_model_get_item (templates, i);
      guint n_items = 0;

      for (guint day = 0; day < KC_N_WEEKDAYS; day++)
        {
          GArray *items = kc_plan_template_get_day (template, day);

          for (guint j = 0; j < items->len; j++)
            {
              KcTemplateItem *item = &g_array_index (items, KcTemplateItem, j);
              g_assert_nonnull (kc_library_lookup_exercise (library, item->exercise_id));
              n_items++;
            }
        }
      g_assert_cmpuint (n_items, >=, 7);
    }
}

static void
test_dose_text (void)
{
  KcDose sets_reps = { 3, 10, 0, 0 };
  KcDose hold = { 2, 0, 20, 0 };
  KcDose minutes = { 0, 0, 0, 20 };
  g_autofree char *a = kc_dose_to_string (&sets_reps);
  g_autofree char *b = kc_dose_to_string (&hold);
  g_autofree char *c = kc_dose_to_string (&minutes);

  g_assert_cmpstr (a, ==, "3 sets × 10");
  g_assert_cmpstr (b, ==, "2 sets, hold 20 s");
  g_assert_cmpstr (c, ==, "20 min");
}

/* Every condition names exercises that may help, each one real, and the
 * link can be followed back from the exercise; only a condition whose
 * first advice is to get help now (a possible blood clot, a child's hip)
 * names none, as exercise is not what helps there. */
static void
test_conditions_link_exercises (void)
{
  GListModel *conditions = kc_library_get_conditions (library);
  g_autoptr(GPtrArray) helped = kc_relations_conditions_helped_by (library, "bridge");
  g_autoptr(GPtrArray) none = kc_relations_conditions_helped_by (library, "no-such");
  gboolean imbalance = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (conditions), >=, 13);
  for (guint i = 0; i < g_list_model_get_n_items (conditions); i++)
    {
      g_autoptr(KcCondition) condition = g_list_model_get_item (conditions, i);
      const char * const *ids = kc_condition_get_exercise_ids (condition);

      GPtrArray *tiers = kc_condition_get_warnings (condition);

      g_test_message ("%s", kc_item_get_id (KC_ITEM (condition)));
      if (ids[0] == NULL)
        {
          g_assert_cmpuint (tiers->len, >, 0);
          g_assert_cmpint (kc_warning_signs_get_tier (g_ptr_array_index (tiers, 0)), ==,
                           KC_WARNING_TIER_EMERGENCY);
        }
      for (guint j = 0; ids[j] != NULL; j++)
        g_assert_nonnull (kc_library_lookup_exercise (library, ids[j]));
    }

  for (guint i = 0; i < helped->len; i++)
    imbalance |= g_str_equal (kc_item_get_id (KC_ITEM (g_ptr_array_index (helped, i))),
                              "muscle-imbalance");
  g_assert_true (imbalance);
  g_assert_cmpuint (none->len, ==, 0);
}

/* A condition no anatomy part lists is still on the body map. */
static void
test_condition_source (void)
{
  KcPainSource *source = kc_relations_source_for_condition (library, "muscle-strain");

  g_assert_nonnull (source);
  g_assert_nonnull (kc_item_get_id (KC_ITEM (source)));
  g_assert_null (kc_relations_source_for_condition (library, "no-such-condition"));
}

/* Every exercise names an easier or a harder version, or says how to
 * progress; the versions are other exercises, easier ones no harder and
 * harder ones no easier. */
static void
test_versions (void)
{
  GListModel *exercises = kc_library_get_exercises (library);
  guint n_linked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
      const char *id = kc_item_get_id (KC_ITEM (exercise));
      const char *easier_id = kc_exercise_get_easier_id (exercise);
      const char *harder_id = kc_exercise_get_harder_id (exercise);
      KcExercise *easier = easier_id ? kc_library_lookup_exercise (library, easier_id) : NULL;
      KcExercise *harder = harder_id ? kc_library_lookup_exercise (library, harder_id) : NULL;

      g_test_message ("%s", id);
      g_assert_true (easier_id != NULL || harder_id != NULL ||
                     kc_exercise_get_progression (exercise) != NULL);
      g_assert_cmpstr (easier_id, !=, id);
      g_assert_cmpstr (harder_id, !=, id);
      g_assert_true (easier_id == NULL || easier != NULL);
      g_assert_true (harder_id == NULL || harder != NULL);
      if (easier != NULL)
        g_assert_cmpint (kc_exercise_get_difficulty (easier), <=,
                         kc_exercise_get_difficulty (exercise));
      if (harder != NULL)
        g_assert_cmpint (kc_exercise_get_difficulty (harder), >=,
                         kc_exercise_get_difficulty (exercise));
      n_linked += easier != NULL || harder != NULL;
    }

  /* The strengthening ladders: pelvic tilt → bridge, sit to stand → mini squat → step up. */
  g_assert_cmpstr (kc_exercise_get_harder_id (kc_library_lookup_exercise (library, "pelvic-tilt")),
                   ==, "bridge");
  g_assert_cmpstr (kc_exercise_get_easier_id (kc_library_lookup_exercise (library, "bridge")),
                   ==, "pelvic-tilt");
  g_assert_cmpstr (kc_exercise_get_harder_id (kc_library_lookup_exercise (library, "mini-squat")),
                   ==, "step-up");
  g_assert_cmpuint (n_linked, >=, 10);
}

/* A user's file: a version must be another exercise, not itself. */
static void
test_version_refused (void)
{
  static const char *xml =
    "<exercises version=\"1\">\n"
    "  <exercise id=\"my-bridge\" kind=\"strengthening\" difficulty=\"easy\" targets=\"hips\"\n"
    "            illustration=\"bridge.svg\">\n"
    "    <name>My bridge</name>\n"
    "    <steps><step>Lift.</step></steps>\n"
    "    <dose reps=\"5\"/>\n"
    "    <easier ref=\"my-bridge\"/>\n"
    "    <harder ref=\"sciatica\"/>\n"
    "    <how-often>Daily</how-often>\n"
    "    <cautions><item>Gently.</item></cautions>\n"
    "    <why>Why not.</why>\n"
    "    <references><reference>My physiotherapist's notes.</reference></references>\n"
    "  </exercise>\n"
    "</exercises>\n";
  g_autoptr(KcLibrary) user = kc_library_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  GListModel *problems;
  gboolean self_refused = FALSE;
  gboolean dangling = FALSE;

  kc_library_add_bundled (user);
  kc_library_add_bytes (user, "mine.xml", bytes);
  kc_library_load (user);

  problems = kc_library_get_problems (user);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);
      const char *message = kc_problem_get_message (problem);

      if (kc_problem_get_code (problem) == KC_CONTENT_ERROR_SCHEMA &&
          kc_problem_get_line (problem) == 7 && strstr (message, "my-bridge") != NULL)
        self_refused = TRUE;
      if (kc_problem_get_code (problem) == KC_CONTENT_ERROR_DANGLING_REFERENCE &&
          kc_problem_get_line (problem) == 8 && strstr (message, "sciatica") != NULL)
        dangling = TRUE;
    }
  g_assert_true (self_refused);
  g_assert_true (dangling);
}

/* A card's days a week: read from the bundled plank, absent from a
 * card in words only, and refused the wrong way round. */
static void
test_days_a_week (void)
{
#define MY_EXERCISE(id, days) \
    "<exercises version=\"1\">\n" \
    "  <exercise id=\"" id "\" kind=\"strengthening\" difficulty=\"easy\" targets=\"hips\"\n" \
    "            illustration=\"bridge.svg\">\n" \
    "    <name>Mine</name>\n" \
    "    <steps><step>Lift.</step></steps>\n" \
    "    <dose reps=\"5\"/>\n" \
    "    <progression>Slowly.</progression>\n" \
    "    <how-often" days ">Often</how-often>\n" \
    "    <cautions><item>Gently.</item></cautions>\n" \
    "    <why>Why not.</why>\n" \
    "    <references><reference>My physiotherapist's notes.</reference></references>\n" \
    "  </exercise>\n" \
    "</exercises>\n"
  static const char wordy[] = MY_EXERCISE ("wordy", "");
  static const char backwards[] = MY_EXERCISE ("backwards", " min-days=\"5\" max-days=\"2\"");
#undef MY_EXERCISE
  g_autoptr(KcLibrary) user = kc_library_new ();
  g_autoptr(GBytes) wordy_bytes = g_bytes_new_static (wordy, strlen (wordy));
  g_autoptr(GBytes) backwards_bytes = g_bytes_new_static (backwards, strlen (backwards));
  g_autoptr(KcProblem) problem = NULL;
  guint min_days = 0, max_days = 0;

  g_assert_true (kc_exercise_get_days_a_week (kc_library_lookup_exercise (library, "plank"),
                                              &min_days, &max_days));
  g_assert_cmpuint (min_days, ==, 2);
  g_assert_cmpuint (max_days, ==, 3);

  kc_library_add_bytes (user, "wordy.xml", wordy_bytes);
  kc_library_add_bytes (user, "backwards.xml", backwards_bytes);
  kc_library_load (user);
  g_assert_false (kc_exercise_get_days_a_week (kc_library_lookup_exercise (user, "wordy"),
                                               NULL, NULL));
  g_assert_null (kc_library_lookup_exercise (user, "backwards"));
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_problems (user)), ==, 1);
  problem = g_list_model_get_item (kc_library_get_problems (user), 0);
  g_assert_cmpstr (kc_problem_get_file (problem), ==, "backwards.xml");
  g_assert_cmpuint (kc_problem_get_line (problem), ==, 8);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "max-days"));
}

/* The pain-monitoring model: 0–3 fine, 4–5 acceptable, above 5 or
 * spreading down the leg stop. */
static void
test_pain_rule (void)
{
  static const struct {
    guint lowest, highest;
  } expected[KC_N_PAIN_BANDS] = {
    [KC_PAIN_BAND_FINE] = { 0, 3 },
    [KC_PAIN_BAND_ACCEPTABLE] = { 4, 5 },
    [KC_PAIN_BAND_STOP] = { 6, 10 },
  };

  g_assert_cmpint (KC_N_PAIN_BANDS, ==, 3);
  for (KcPainBand band = 0; band < KC_N_PAIN_BANDS; band++)
    {
      g_assert_cmpuint (kc_pain_rule_get_lowest (band), ==, expected[band].lowest);
      g_assert_cmpuint (kc_pain_rule_get_highest (band), ==, expected[band].highest);
      g_assert_cmpstr (kc_pain_rule_get_label (band), !=, "");
      g_assert_cmpstr (kc_pain_rule_get_advice (band), !=, "");
    }

  for (guint pain = 0; pain <= KC_PAIN_SCALE_MAX; pain++)
    {
      KcPainBand band = kc_pain_rule_classify (pain, FALSE);

      g_assert_cmpuint (pain, >=, kc_pain_rule_get_lowest (band));
      g_assert_cmpuint (pain, <=, kc_pain_rule_get_highest (band));
      g_assert_cmpint (kc_pain_rule_classify (pain, TRUE), ==, KC_PAIN_BAND_STOP);
    }
  g_assert_cmpint (kc_pain_rule_classify (3, FALSE), ==, KC_PAIN_BAND_FINE);
  g_assert_cmpint (kc_pain_rule_classify (4, FALSE), ==, KC_PAIN_BAND_ACCEPTABLE);
  g_assert_cmpint (kc_pain_rule_classify (5, FALSE), ==, KC_PAIN_BAND_ACCEPTABLE);
  g_assert_cmpint (kc_pain_rule_classify (6, FALSE), ==, KC_PAIN_BAND_STOP);
  g_assert_cmpint (kc_pain_rule_classify (0, TRUE), ==, KC_PAIN_BAND_STOP);
}

/* No caution says stop at any pain, or at more than mild pain: the pain
 * rule allows pain up to 5 that settles by the next morning. */
static void
test_cautions_agree_with_pain_rule (void)
{
  static const char *retired[] = {
    "more than mildly", "if it hurts at all", "stop if the knee hurts", "not pain",
    "stop if you feel pain", "hurts sharply", "lasts more than a day",
  };
  GListModel *exercises = kc_library_get_exercises (library);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
      const char * const *cautions = kc_exercise_get_cautions (exercise);

      for (guint c = 0; cautions[c] != NULL; c++)
        {
          g_autofree char *folded = g_utf8_strdown (cautions[c], -1);

          for (guint r = 0; r < G_N_ELEMENTS (retired); r++)
            if (strstr (folded, retired[r]) != NULL)
              g_error ("%s: “%s” contradicts the pain rule",
                       kc_item_get_id (KC_ITEM (exercise)), cautions[c]);
        }
    }
}

static gboolean
has_caution_with (KcExercise *exercise,
                  const char *word)
{
  const char * const *cautions = kc_exercise_get_cautions (exercise);

  for (guint c = 0; cautions[c] != NULL; c++)
    if (strstr (cautions[c], word) != NULL)
      return TRUE;

  return FALSE;
}

/* Squats and step-ups just after a knee injury or operation (an ACL
 * reconstruction) only as advised: said on the cards and in any template
 * that has them. */
static void
test_knee_injury_cautions (void)
{
  static const char * const loading[] = { "mini-squat", "step-up", NULL };
  GListModel *templates = kc_library_get_plan_templates (library);

  for (guint i = 0; loading[i] != NULL; i++)
    g_assert_true (has_caution_with (kc_library_lookup_exercise (library, loading[i]), "ACL"));

  for (guint t = 0; t < g_list_model_get_n_items (templates); t++)
    {
      g_autoptr(KcPlanTemplate) template = g_list_model_get_item (templates, t);
      gboolean has_loading = FALSE;

      for (guint day = 0; day < KC_N_WEEKDAYS; day++)
        {
          GArray *items = kc_plan_template_get_day (template, day);

          for (guint i = 0; i < items->len; i++)
            {
              const char *id = g_array_index (items, KcTemplateItem, i).exercise_id;

              has_loading |= g_strv_contains (loading, id);
            }
        }
      if (has_loading)
        g_assert_nonnull (strstr (kc_plan_template_get_description (template),
                                  "after a knee injury or operation"));
    }
}

/* Every template strengthens on at least two days a week (WHO 2020), and
 * its aerobic minutes are counted against the 150 WHO advises. */
static void
test_templates_against_who (void)
{
  static const struct {
    const char *id;
    guint aerobic_minutes;
    guint strengthening_days;
  } expected[] = {
    { "gentle-start", 80, 5 },    /* walking 20 min on four days */
    { "core-and-hips", 60, 4 },   /* two sessions, each twice; walking 20, swimming 20, walking 20 */
  };
  GListModel *templates = kc_library_get_plan_templates (library);

  g_assert_cmpuint (g_list_model_get_n_items (templates), ==, G_N_ELEMENTS (expected));
  for (guint t = 0; t < g_list_model_get_n_items (templates); t++)
    {
      g_autoptr(KcPlanTemplate) template = g_list_model_get_item (templates, t);
      g_autoptr(KcPlan) plan = kc_plan_new_from_template (template, library);
      guint days = kc_plan_count_days_of_kind (plan, library, KC_EXERCISE_KIND_STRENGTHENING);

      g_test_message ("%s", kc_item_get_id (KC_ITEM (template)));
      g_assert_cmpuint (days, >=, KC_WEEKLY_STRENGTHENING_DAYS);
      g_assert_cmpstr (kc_item_get_id (KC_ITEM (template)), ==, expected[t].id);
      g_assert_cmpuint (days, ==, expected[t].strengthening_days);
      g_assert_cmpuint (kc_plan_get_minutes_of_kind (plan, library, KC_EXERCISE_KIND_AEROBIC),
                        ==, expected[t].aerobic_minutes);
    }
}

/* Only aerobic minutes count, at the plan's own dose. */
static void
test_aerobic_minutes (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Test");
  KcDose walk = { .minutes = 30 };
  KcDose long_walk = { .minutes = 50 };
  KcDose plank = { .sets = 3, .hold = 20, .minutes = 10 };
  KcPlanItem *item;

  g_assert_cmpuint (KC_WEEKLY_AEROBIC_MINUTES, ==, 150);
  g_assert_cmpuint (kc_plan_get_minutes_of_kind (plan, library, KC_EXERCISE_KIND_AEROBIC), ==, 0);
  item = kc_plan_add_item (plan, 0, "walking", &walk);
  kc_plan_add_item (plan, 2, "cycling", &walk);
  kc_plan_add_item (plan, 2, "plank", &plank);
  g_assert_cmpuint (kc_plan_get_minutes_of_kind (plan, library, KC_EXERCISE_KIND_AEROBIC), ==, 60);
  kc_plan_item_set_dose (item, &long_walk);
  g_assert_cmpuint (kc_plan_get_minutes_of_kind (plan, library, KC_EXERCISE_KIND_AEROBIC), ==, 80);
  g_assert_cmpuint (kc_plan_count_days_of_kind (plan, library, KC_EXERCISE_KIND_STRENGTHENING),
                    ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();

  g_test_add_func ("/exercises/library", test_library_complete);
  g_test_add_func ("/exercises/each-complete", test_each_exercise_complete);
  g_test_add_func ("/exercises/article", test_article_exercises);
  g_test_add_func ("/exercises/templates", test_templates);
  g_test_add_func ("/exercises/dose-text", test_dose_text);
  g_test_add_func ("/exercises/conditions-link-exercises", test_conditions_link_exercises);
  g_test_add_func ("/exercises/condition-source", test_condition_source);
  g_test_add_func ("/exercises/versions", test_versions);
  g_test_add_func ("/exercises/version-refused", test_version_refused);
  g_test_add_func ("/exercises/days-a-week", test_days_a_week);
  g_test_add_func ("/exercises/pain-rule", test_pain_rule);
  g_test_add_func ("/exercises/cautions-agree-with-pain-rule", test_cautions_agree_with_pain_rule);
  g_test_add_func ("/exercises/knee-injury-cautions", test_knee_injury_cautions);
  g_test_add_func ("/exercises/templates-against-who", test_templates_against_who);
  g_test_add_func ("/exercises/aerobic-minutes", test_aerobic_minutes);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
