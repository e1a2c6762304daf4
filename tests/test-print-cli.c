/* test-print-cli.c: printing handouts from the command line, no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real binary, as a clinic's batch script would run it, without any
 * display: the body-map sheet, normal and compact, and a plan's booklet, bad names refused with what is valid,
 * an existing file replaced, the user's content and --content-dir read.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "kc-test-library.h"
#include "kc-test-print.h"
#include "plan/kc-plan-file.h"
#include "plan/kc-plan-suggestions.h"

static char *dir;

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs the binary with @args, without a display: no DISPLAY, no
 * WAYLAND_DISPLAY. */
static void
run_app (Run                *run,
         const char * const *args)
{
  g_autoptr(GStrvBuilder) argv = g_strv_builder_new ();
  g_auto(GStrv) argv_v = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;

  g_strv_builder_add (argv, g_getenv ("KC_APP_BINARY"));
  g_strv_builder_addv (argv, (const char **)args);
  argv_v = g_strv_builder_end (argv);
  /* The test's own folders: GLib gives them to this process only. */
  env = g_environ_setenv (env, "HOME", g_get_home_dir (), TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  env = g_environ_setenv (env, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, argv_v, env, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err,
                &run->status, &error);
  g_assert_no_error (error);
}

static void
assert_success (Run *run)
{
  if (run->status != 0)
    g_error ("The app failed (%d): %s", run->status, run->err);
}

static char *
pdf_text (const char *pdf)
{
  g_autoptr(GPtrArray) pages = kc_test_pdf_page_texts (pdf);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < pages->len; i++)
    g_string_append (text, g_ptr_array_index (pages, i));

  return kc_test_squeeze (text->str);
}

static gboolean
has (const char *squeezed,
     const char *text)
{
  g_autofree char *needle = kc_test_squeeze (text);

  return strstr (squeezed, needle) != NULL;
}

/* A plan saved in the user's plans folder, where the app reads them. */
static void
save_plan (void)
{
  g_autofree char *plans = g_build_filename (g_get_user_data_dir (), "kinetic-chain", "plans",
                                             NULL);
  g_autoptr(GFile) file = g_file_new_build_filename (plans, "knees.xml", NULL);
  g_autoptr(KcPlan) plan = kc_plan_new ("knees", "Strong knees");
  g_autoptr(GError) error = NULL;
  KcDose dose = { 2, 12, 0, 0 };

  g_assert_cmpint (g_mkdir_with_parents (plans, 0700), ==, 0);
  kc_plan_set_patient (plan, "Ben Example");
  kc_plan_add_item (plan, 1, "bridge", &dose);
  g_assert_true (kc_plan_save_to_file (plan, file, &error));
  g_assert_no_error (error);
}

static void
test_plan (void)
{
  g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  const char *args[] = { "--print-plan=Strong knees", output, "--paper=letter", NULL };
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  Run run = { 0 };

  save_plan ();
  /* What was there before is replaced whole. */
  g_assert_true (g_file_set_contents (pdf, "old", -1, NULL));

  run_app (&run, args);
  assert_success (&run);
  g_assert_cmpstr (run.err, ==, "");
  text = pdf_text (pdf);
  info = kc_test_pdf_info (pdf);
  g_assert_true (has (text, "Strong knees"));
  g_assert_true (has (text, "Ben Example"));
  g_assert_true (has (text, "2 sets × 12"));
  g_assert_true (has (text, "Page 1 of"));
  g_assert_nonnull (strstr (info, "(letter)"));
  run_clear (&run);
  g_remove (pdf);
}

static void
test_handout (void)
{
  g_autofree char *pdf = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  const char *args[] = { "--print-handout=lower-back,knee-front-left", output, NULL };
  const char *start[] = { "--print-handout=lower-back", "--mode=start", output, NULL };
  const char *compact[] = { "--print-handout=lower-back,knee-front-left", "--compact", output,
                            NULL };
  g_autofree char *text = NULL;
  g_autofree char *compact_text = NULL;
  guint n_pages;
  g_autofree char *start_text = NULL;
  Run run = { 0 };

  run_app (&run, args);
  assert_success (&run);
  text = pdf_text (pdf);
  g_assert_true (has (text, "Kinetic Chain — Body map"));
  g_assert_true (has (text, "Possible sources, most common first"));
  g_assert_true (has (text, "Warning signs"));
  g_assert_true (has (text, "Front — your right side on the left"));
  n_pages = kc_test_pdf_pages (pdf);
  run_clear (&run);

  /* Compact: fewer pages, every word still there. */
  run_app (&run, compact);
  assert_success (&run);
  compact_text = pdf_text (pdf);
  g_assert_cmpuint (kc_test_pdf_pages (pdf), <, n_pages);
  g_assert_true (has (compact_text, "This handout explains possibilities; it is not a diagnosis."));
  g_assert_cmpuint (strlen (compact_text), >=, strlen (text) - n_pages * 64);
  run_clear (&run);

  run_app (&run, start);
  assert_success (&run);
  start_text = pdf_text (pdf);
  g_assert_false (has (start_text, "Possible sources, most common first"));
  g_assert_true (has (start_text, "Lower back"));
  run_clear (&run);
  g_remove (pdf);
}

/* The booklet of a plan with an exercise from outside the bundled content:
 * first from a --content-dir, then from the user's content folder. */
static void
test_user_content (void)
{
  g_autofree char *pdf = g_build_filename (dir, "clinic.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *extra = g_build_filename (dir, "extra", NULL);
  g_autofree char *extra_file = g_build_filename (extra, "clinic.xml", NULL);
  g_autofree char *content_dir = g_strconcat ("--content-dir=", extra, NULL);
  g_autofree char *user = g_build_filename (g_get_user_data_dir (), "kinetic-chain", "content",
                                            NULL);
  g_autofree char *user_file = g_build_filename (user, "clinic.xml", NULL);
  g_autofree char *plans = g_build_filename (g_get_user_data_dir (), "kinetic-chain", "plans",
                                             NULL);
  g_autoptr(GFile) file = g_file_new_build_filename (plans, "wall.xml", NULL);
  g_autoptr(KcPlan) plan = kc_plan_new ("wall", "Wall slides");
  g_autoptr(GError) error = NULL;
  const char *from_dir[] = { "--print-plan=Wall slides", output, content_dir, NULL };
  const char *from_user[] = { "--print-plan=Wall slides", output, NULL };
  g_autofree char *dir_text = NULL;
  g_autofree char *user_text = NULL;
  KcDose dose = { 1, 8, 0, 0 };
  Run run = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (plans, 0700), ==, 0);
  kc_plan_add_item (plan, 2, KC_TEST_USER_EXERCISE_ID, &dose);
  g_assert_true (kc_plan_save_to_file (plan, file, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_mkdir_with_parents (extra, 0700), ==, 0);
  g_assert_true (g_file_set_contents (extra_file, kc_test_user_exercise_xml, -1, NULL));
  run_app (&run, from_dir);
  assert_success (&run);
  dir_text = pdf_text (pdf);
  g_assert_true (has (dir_text, "Clinic wall slide"));
  g_assert_true (has (dir_text, "Slide down the wall a little, then up."));
  run_clear (&run);
  g_remove (extra_file);
  g_rmdir (extra);

  g_assert_cmpint (g_mkdir_with_parents (user, 0700), ==, 0);
  g_assert_true (g_file_set_contents (user_file, kc_test_user_exercise_xml, -1, NULL));
  run_app (&run, from_user);
  assert_success (&run);
  user_text = pdf_text (pdf);
  g_assert_true (has (user_text, "Clinic wall slide"));
  run_clear (&run);

  g_remove (user_file);
  g_file_delete (file, NULL, NULL);
  g_remove (pdf);
}

/* This week's Monday, @weeks back. */
static GDate
monday_back (guint weeks)
{
  GDate monday = kc_plan_today ();

  g_date_subtract_days (&monday, g_date_get_weekday (&monday) - G_DATE_MONDAY + 7 * weeks);
  return monday;
}

/* A plan with four weeks of sessions, a decision and the Functional
 * Scale rated in the first and the latest week. */
static void
save_progress_plan (void)
{
  g_autofree char *plans = g_build_filename (g_get_user_data_dir (), "kinetic-chain", "plans",
                                             NULL);
  g_autoptr(GFile) file = g_file_new_build_filename (plans, "progress.xml", NULL);
  g_autoptr(KcPlan) plan = kc_plan_new ("progress", "Knee progress");
  g_autoptr(KcPlanChange) change = kc_plan_change_new (KC_CHANGE_LOWER_DOSE, KC_CHANGE_REASON_PAIN,
                                                       "bridge", &(KcDose) { 2, 12, 0, 0 });
  g_autoptr(GError) error = NULL;
  GDate first = monday_back (3), latest = monday_back (0);
  const KcPsfsActivity *stairs;
  KcDose dose = { 2, 12, 0, 0 };

  g_assert_cmpint (g_mkdir_with_parents (plans, 0700), ==, 0);
  kc_plan_set_patient (plan, "Ben Example");
  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 2, "bridge", &dose);
  /* Both bridges in the first week, one in the latest: 3 of 8 over 4 weeks. */
  for (guint i = 0; i < 3; i++)
    {
      GDate day = i < 2 ? monday_back (3) : monday_back (0);
      g_autoptr(KcExerciseRecord) record = NULL;

      g_date_add_days (&day, i == 1 ? 2 : 0);
      record = kc_exercise_record_new (&day, "bridge");
      record->pain = 2 + (int)i;
      g_assert_true (kc_plan_add_record (plan, record));
    }
  change->decision = KC_DECISION_ACCEPTED;
  change->evidence = change->decided = monday_back (2);
  g_assert_true (kc_plan_add_change (plan, change));
  stairs = kc_plan_add_psfs_activity (plan, "Climbing stairs", &first);
  g_assert_true (kc_plan_set_psfs_score (plan, &first, stairs->id, 3));
  g_assert_true (kc_plan_set_psfs_score (plan, &latest, stairs->id, 6));
  kc_plan_set_progress_imported (plan, &latest, "Ben – progress.xml");
  g_assert_true (kc_plan_save_to_file (plan, file, &error));
  g_assert_no_error (error);
}

/* The progress report for the notes: the Functional Scale's table and the
 * adherence figures, on at most two pages. */
static void
test_progress (void)
{
  g_autofree char *pdf = g_build_filename (dir, "progress.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  const char *args[] = { "--print-progress=Knee progress", output, NULL };
  const char *unknown[] = { "--print-progress=Nobody's plan", output, NULL };
  g_autofree char *text = NULL;
  Run run = { 0 };

  save_progress_plan ();
  run_app (&run, args);
  assert_success (&run);
  g_assert_cmpstr (run.err, ==, "");
  text = pdf_text (pdf);
  g_assert_true (has (text, "Knee progress – Ben Example"));
  g_assert_true (has (text, "Patient-Specific Functional Scale"));
  g_assert_true (has (text, "Climbing stairs"));
  g_assert_true (has (text, "+3.0, matters"));
  g_assert_true (has (text, "Climbing stairs: 3 → 6 in 3 weeks, a change that matters."));
  g_assert_true (has (text, "Adherence: 1 of 2 planned exercises done in the week of"));
  g_assert_true (has (text, "3 of 8 over 4 weeks."));
  g_assert_true (has (text, "2 of 2"));
  g_assert_true (has (text, "— accepted"));
  /* Whose numbers they are: the patient's, imported. */
  g_assert_true (has (text, "Includes progress from the patient’s computer, from the file "
                      "“Ben – progress.xml” imported on"));
  g_assert_cmpuint (kc_test_pdf_pages (pdf), <=, 2);
  run_clear (&run);
  g_remove (pdf);

  run_app (&run, unknown);
  g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 1);
  g_assert_nonnull (strstr (run.err, "Nobody's plan"));
  g_assert_nonnull (strstr (run.err, "Knee progress"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  run_clear (&run);
}

/* A wrong name fails, says which and what would do, and writes nothing. */
static void
test_bad_names (void)
{
  g_autofree char *pdf = g_build_filename (dir, "bad.pdf", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  const char *place[] = { "--print-handout=lower-back,elbow", output, NULL };
  const char *plan[] = { "--print-plan=Nobody's plan", output, NULL };
  const char *mode[] = { "--print-handout=lower-back", "--mode=sideways", output, NULL };
  const char *no_output[] = { "--print-plan=Strong knees", NULL };
  Run run = { 0 };

  run_app (&run, place);
  g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 1);
  g_assert_nonnull (strstr (run.err, "elbow"));
  g_assert_nonnull (strstr (run.err, "knee-front-left"));
  run_clear (&run);

  run_app (&run, plan);
  g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 1);
  g_assert_nonnull (strstr (run.err, "Nobody's plan"));
  run_clear (&run);

  run_app (&run, mode);
  g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 1);
  g_assert_nonnull (strstr (run.err, "start, hurt"));
  run_clear (&run);

  run_app (&run, no_output);
  g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 1);
  g_assert_nonnull (strstr (run.err, "--output"));
  run_clear (&run);

  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  dir = g_dir_make_tmp ("kc-print-cli-XXXXXX", NULL);

  g_test_add_func ("/print-cli/plan", test_plan);
  g_test_add_func ("/print-cli/handout", test_handout);
  g_test_add_func ("/print-cli/progress", test_progress);
  g_test_add_func ("/print-cli/bad-names", test_bad_names);
  g_test_add_func ("/print-cli/user-content", test_user_content);

  status = g_test_run ();
  g_rmdir (dir);
  g_free (dir);
  return status;
}
