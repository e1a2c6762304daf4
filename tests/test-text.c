/* test-text.c: white space, folding and matching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-text.h"

static void
test_normalize_space (void)
{
  g_autofree char *a = kc_text_normalize_space ("  Two\n   lines\tof  text  ");
  g_autofree char *b = kc_text_normalize_space ("");
  g_autofree char *c = kc_text_normalize_space ("one");

  g_assert_cmpstr (a, ==, "Two lines of text");
  g_assert_cmpstr (b, ==, "");
  g_assert_cmpstr (c, ==, "one");
}

static void
test_fold_case_and_accents (void)
{
  g_autofree char *a = kc_text_fold ("Sciática KNEE Genoü");
  g_autofree char *b = kc_text_fold ("sciatica knee genou");

  g_assert_cmpstr (a, ==, b);
}

static void
test_matches_all_words (void)
{
  g_autofree char *hay = kc_text_fold ("Can a slipped disc cause knee pain?");
  g_autofree char *both = kc_text_fold ("KNEE disc");
  g_autofree char *one_missing = kc_text_fold ("knee ankle");
  g_autofree char *spaces = kc_text_fold ("   ");

  g_assert_true (kc_text_matches_all (hay, both));
  g_assert_false (kc_text_matches_all (hay, one_missing));
  g_assert_true (kc_text_matches_all (hay, spaces));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/normalize-space", test_normalize_space);
  g_test_add_func ("/text/fold", test_fold_case_and_accents);
  g_test_add_func ("/text/matches-all", test_matches_all_words);

  return g_test_run ();
}
