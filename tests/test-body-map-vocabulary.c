/* test-body-map-vocabulary.c: the body map's modes, pen colours and roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-body-map-mode.h"
#include "kc-pen-color.h"
#include "kc-referral-answer.h"
#include "kc-vocabulary.h"

/* Every value's word reads back to it. */
static void
assert_round_trip (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  g_assert_true (G_TYPE_IS_ENUM (enum_type));
  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *word = kc_vocabulary_to_word (enum_type, klass->values[i].value);
      int value = -1;

      g_assert_cmpstr (word, ==, klass->values[i].value_nick);
      g_assert_true (kc_vocabulary_from_word (enum_type, word, &value));
      g_assert_cmpint (value, ==, klass->values[i].value);
    }
}

static void
test_modes (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (KC_TYPE_BODY_MAP_MODE);

  g_assert_cmpuint (klass->n_values, ==, 2);
  assert_round_trip (KC_TYPE_BODY_MAP_MODE);
  g_assert_cmpstr (kc_vocabulary_to_word (KC_TYPE_BODY_MAP_MODE, KC_BODY_MAP_MODE_START), ==,
                   "start");
  g_assert_cmpstr (kc_vocabulary_to_word (KC_TYPE_BODY_MAP_MODE, KC_BODY_MAP_MODE_HURT), ==,
                   "hurt");
  g_assert_cmpstr (kc_body_map_mode_to_string (KC_BODY_MAP_MODE_START), ==,
                   "Where does it start?");
  g_assert_cmpstr (kc_body_map_mode_to_string (KC_BODY_MAP_MODE_HURT), ==,
                   "Where does it hurt?");
}

static void
test_pen_colors (void)
{
  static const struct { KcPenColor color; const char *word, *ink, *name; } expected[] = {
    { KC_PEN_COLOR_RED, "red", "#e01b24", "Red pen" },
    { KC_PEN_COLOR_BLUE, "blue", "#1c71d8", "Blue pen" },
    { KC_PEN_COLOR_GREEN, "green", "#26a269", "Green pen" },
    { KC_PEN_COLOR_BLACK, "black", "#241f31", "Black pen" },
  };
  g_autoptr(GEnumClass) klass = g_type_class_ref (KC_TYPE_PEN_COLOR);

  g_assert_cmpuint (klass->n_values, ==, KC_PEN_COLOR_N_COLORS);
  g_assert_cmpuint (G_N_ELEMENTS (expected), ==, KC_PEN_COLOR_N_COLORS);
  assert_round_trip (KC_TYPE_PEN_COLOR);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (kc_vocabulary_to_word (KC_TYPE_PEN_COLOR, expected[i].color), ==,
                       expected[i].word);
      g_assert_cmpstr (kc_pen_color_get_ink (expected[i].color), ==, expected[i].ink);
      g_assert_cmpstr (kc_pen_color_to_string (expected[i].color), ==, expected[i].name);
    }
}

static void
test_roles (void)
{
  assert_round_trip (KC_TYPE_REFERRAL_ROLE);
  g_assert_cmpstr (kc_vocabulary_to_word (KC_TYPE_REFERRAL_ROLE, KC_REFERRAL_ROLE_SOURCE), ==,
                   "source");
  g_assert_cmpstr (kc_vocabulary_to_word (KC_TYPE_REFERRAL_ROLE, KC_REFERRAL_ROLE_REFERRED), ==,
                   "referred");
  g_assert_cmpstr (kc_vocabulary_to_word (KC_TYPE_REFERRAL_ROLE, KC_REFERRAL_ROLE_HURT), ==,
                   "hurt");
}

/* An unknown word is refused and leaves the caller's value as it was:
 * nothing is read uninitialised. */
static void
test_unknown_refused (void)
{
  const char *pens[] = { "purple", "Red", "#e01b24", "", NULL };
  const char *modes[] = { "both", "Hurt", "", NULL };
  int value = 42;

  for (guint i = 0; i < G_N_ELEMENTS (pens); i++)
    g_assert_false (kc_vocabulary_from_word (KC_TYPE_PEN_COLOR, pens[i], &value));
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    g_assert_false (kc_vocabulary_from_word (KC_TYPE_BODY_MAP_MODE, modes[i], &value));
  g_assert_false (kc_vocabulary_from_word (KC_TYPE_REFERRAL_ROLE, "felt", &value));
  g_assert_cmpint (value, ==, 42);
}

/* A value outside the enum is a programmer's mistake. */
static void
test_out_of_range_is_critical (void)
{
  if (g_test_subprocess ())
    {
      kc_pen_color_get_ink ((KcPenColor)KC_PEN_COLOR_N_COLORS);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*kc_pen_color_get_ink*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/body-map-vocabulary/modes", test_modes);
  g_test_add_func ("/body-map-vocabulary/pen-colors", test_pen_colors);
  g_test_add_func ("/body-map-vocabulary/roles", test_roles);
  g_test_add_func ("/body-map-vocabulary/unknown-refused", test_unknown_refused);
  g_test_add_func ("/body-map-vocabulary/out-of-range", test_out_of_range_is_critical);

  return g_test_run ();
}
