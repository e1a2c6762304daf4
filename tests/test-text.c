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

/* Query words match the start of words, so typing "ice" does not find
 * "advice", while a partly typed word still finds the whole one. */
static void
test_matches_word_starts (void)
{
  g_autofree char *hay = kc_text_fold ("Get advice on heat or ice; (sciatica) and x-rays");
  g_autofree char *advice_only = kc_text_fold ("Get advice");
  g_autofree char *ice = kc_text_fold ("ice");
  g_autofree char *partial = kc_text_fold ("scia");
  g_autofree char *after_punct = kc_text_fold ("rays");

  g_assert_true (kc_text_matches_all (hay, ice));
  g_assert_false (kc_text_matches_all (advice_only, ice));
  g_assert_true (kc_text_matches_all (hay, partial));
  g_assert_true (kc_text_matches_all (hay, after_punct));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/normalize-space", test_normalize_space);
  g_test_add_func ("/text/fold", test_fold_case_and_accents);
  g_test_add_func ("/text/matches-all", test_matches_all_words);
  g_test_add_func ("/text/matches-word-starts", test_matches_word_starts);

  return g_test_run ();
}
