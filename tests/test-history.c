/* test-history.c: going back and forward
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/kc-history.h"

static void
assert_go (KcHistory  *history,
           int         delta,
           const char *expected_action,
           const char *expected_target)
{
  const char *action_name = NULL;
  GVariant *target = NULL;

  g_assert_true (kc_history_go (history, delta, &action_name, &target));
  g_assert_cmpstr (action_name, ==, expected_action);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, expected_target);
}

static void
test_back_and_forward (void)
{
  g_autoptr(KcHistory) history = kc_history_new ();
  const char *action_name;
  GVariant *target;

  g_assert_false (kc_history_can_go_back (history));
  g_assert_false (kc_history_go (history, -1, &action_name, &target));

  kc_history_visit (history, "win.show-page", g_variant_new_string ("anatomy"));
  kc_history_visit (history, "win.open-item", g_variant_new_string ("l4-nerve-root"));
  kc_history_visit (history, "win.show-on-body-map", g_variant_new_string ("l4-nerve-root"));
  g_assert_true (kc_history_can_go_back (history));
  g_assert_false (kc_history_can_go_forward (history));

  assert_go (history, -1, "win.open-item", "l4-nerve-root");
  assert_go (history, -1, "win.show-page", "anatomy");
  g_assert_false (kc_history_can_go_back (history));
  g_assert_false (kc_history_go (history, -1, &action_name, &target));
  assert_go (history, 1, "win.open-item", "l4-nerve-root");
  g_assert_true (kc_history_can_go_forward (history));
}

/* A new place after going back drops the places ahead, as in a browser;
 * the current place visited again adds nothing. */
static void
test_new_visit_drops_forward (void)
{
  g_autoptr(KcHistory) history = kc_history_new ();
  const char *action_name;
  GVariant *target;

  kc_history_visit (history, "win.show-page", g_variant_new_string ("anatomy"));
  kc_history_visit (history, "win.show-page", g_variant_new_string ("bodymap"));
  kc_history_visit (history, "win.show-page", g_variant_new_string ("bodymap"));
  assert_go (history, -1, "win.show-page", "anatomy");
  g_assert_false (kc_history_can_go_back (history));

  kc_history_visit (history, "win.open-item", g_variant_new_string ("bridge"));
  g_assert_false (kc_history_can_go_forward (history));
  g_assert_false (kc_history_go (history, 1, &action_name, &target));
  assert_go (history, -1, "win.show-page", "anatomy");
}

/* The oldest places go when the history is full. */
static void
test_bounded (void)
{
  g_autoptr(KcHistory) history = kc_history_new ();
  guint steps = 0;
  const char *action_name;
  GVariant *target;

  for (guint i = 0; i < 250; i++)
    {
      g_autofree char *id = g_strdup_printf ("item-%u", i);
      kc_history_visit (history, "win.open-item", g_variant_new_string (id));
    }

  while (kc_history_go (history, -1, &action_name, &target))
    steps++;
  g_assert_cmpuint (steps, ==, 99);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, "item-150");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/back-and-forward", test_back_and_forward);
  g_test_add_func ("/history/new-visit-drops-forward", test_new_visit_drops_forward);
  g_test_add_func ("/history/bounded", test_bounded);

  return g_test_run ();
}
