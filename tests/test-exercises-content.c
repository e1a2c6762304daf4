/* test-exercises-content.c: the exercise library and its templates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kc-condition.h"
#include "kc-dose.h"
#include "kc-library.h"
#include "kc-pain-source.h"
#include "kc-relations.h"

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
 * link can be followed back from the exercise. */
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

      g_test_message ("%s", kc_item_get_id (KC_ITEM (condition)));
      g_assert_nonnull (ids[0]);
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

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = kc_library_new ();
  kc_library_add_bundled (library);
  kc_library_load (library);
  g_assert_cmpuint (g_list_model_get_n_items (kc_library_get_problems (library)), ==, 0);

  g_test_add_func ("/exercises/library", test_library_complete);
  g_test_add_func ("/exercises/each-complete", test_each_exercise_complete);
  g_test_add_func ("/exercises/article", test_article_exercises);
  g_test_add_func ("/exercises/templates", test_templates);
  g_test_add_func ("/exercises/dose-text", test_dose_text);
  g_test_add_func ("/exercises/conditions-link-exercises", test_conditions_link_exercises);
  g_test_add_func ("/exercises/condition-source", test_condition_source);

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
