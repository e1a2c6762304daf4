/* test-referral-answer.c: the body map's answer, on the bundled content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One answer is what the lighting, the explanation, the handout and the
 * screen reader all show; these choices pin down what it says.
 */
#include "config.h"

#include <string.h>

#include "kc-library.h"
#include "kc-referral-answer.h"
#include "kc-test-library.h"

static KcLibrary *library;

static KcReferralAnswer *
answer_for (KcBodyMapMode  mode,
            const char    *first,
            ...)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_null_terminated (4, NULL, TRUE);
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    g_ptr_array_add (chosen, (gpointer)id);
  va_end (args);

  return kc_referral_answer_new (library, mode, (const char * const *)chosen->pdata);
}

static KcReferralRole
role_of (KcReferralAnswer *answer,
         const char       *region)
{
  const KcLitPlace *place = kc_referral_answer_lookup_place (answer, region);

  g_assert_nonnull (place);
  return place->role;
}

static KcCommonness
how_of (KcReferralAnswer *answer,
        const char       *region)
{
  const KcLitPlace *place = kc_referral_answer_lookup_place (answer, region);

  g_assert_nonnull (place);
  return place->how;
}

static guint
count_arrows (KcReferralAnswer *answer,
              const char       *from,
              const char       *to)
{
  GPtrArray *arrows = kc_referral_answer_get_arrows (answer);
  guint n = 0;

  for (guint i = 0; i < arrows->len; i++)
    {
      KcReferralArrow *arrow = g_ptr_array_index (arrows, i);

      if ((from == NULL || g_str_equal (arrow->from, from)) &&
          (to == NULL || g_str_equal (arrow->to, to)))
        n++;
    }

  return n;
}

/* No arrow leads from a place to itself, and no pair comes twice. */
static void
assert_arrows_distinct (KcReferralAnswer *answer)
{
  GPtrArray *arrows = kc_referral_answer_get_arrows (answer);

  for (guint i = 0; i < arrows->len; i++)
    {
      KcReferralArrow *arrow = g_ptr_array_index (arrows, i);

      g_assert_cmpstr (arrow->from, !=, arrow->to);
      g_assert_cmpuint (count_arrows (answer, arrow->from, arrow->to), ==, 1);
    }
}

static gint
source_index (KcReferralAnswer *answer,
              const char       *source_id)
{
  GPtrArray *sources = kc_referral_answer_get_sources (answer);

  for (guint i = 0; i < sources->len; i++)
    {
      KcAnswerSource *source = g_ptr_array_index (sources, i);

      if (g_str_equal (kc_item_get_id (KC_ITEM (source->source)), source_id))
        return (gint)i;
    }

  return -1;
}

static KcAnswerSource *
source_at (KcReferralAnswer *answer,
           const char       *source_id)
{
  gint index = source_index (answer, source_id);

  g_assert_cmpint (index, >=, 0);
  return g_ptr_array_index (kc_referral_answer_get_sources (answer), index);
}

/* Most common cause first: no source follows a less common one. */
static void
assert_sources_ordered (KcReferralAnswer *answer)
{
  GPtrArray *sources = kc_referral_answer_get_sources (answer);

  for (guint i = 1; i < sources->len; i++)
    {
      KcAnswerSource *before = g_ptr_array_index (sources, i - 1);
      KcAnswerSource *after = g_ptr_array_index (sources, i);

      g_assert_cmpint (before->how, >=, after->how);
    }
}

/* ---- Nothing chosen ------------------------------------------------------ */

static void
test_empty (void)
{
  const KcBodyMapMode modes[] = { KC_BODY_MAP_MODE_START, KC_BODY_MAP_MODE_HURT };
  const char *none[] = { NULL };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(KcReferralAnswer) from_null = kc_referral_answer_new (library, modes[i], NULL);
      g_autoptr(KcReferralAnswer) from_empty = kc_referral_answer_new (library, modes[i], none);
      KcReferralAnswer *answers[] = { from_null, from_empty };

      for (guint j = 0; j < G_N_ELEMENTS (answers); j++)
        {
          g_assert_true (kc_referral_answer_is_empty (answers[j]));
          g_assert_cmpint (kc_referral_answer_get_mode (answers[j]), ==, modes[i]);
          g_assert_cmpuint (g_strv_length ((char **)kc_referral_answer_get_chosen (answers[j])),
                            ==, 0);
          g_assert_cmpuint (kc_referral_answer_get_places (answers[j])->len, ==, 0);
          g_assert_cmpuint (kc_referral_answer_get_arrows (answers[j])->len, ==, 0);
          g_assert_cmpuint (kc_referral_answer_get_sources (answers[j])->len, ==, 0);
          g_assert_null (kc_referral_answer_get_summary (answers[j]));
          g_assert_false (kc_referral_answer_get_warnings_first (answers[j]));
          /* The signs are there to show before anything is chosen, too. */
          g_assert_cmpuint (kc_referral_answer_get_warning_tiers (answers[j])->len, ==, 3);
        }
    }
}

/* ---- "Where does it start?" ---------------------------------------------- */

static void
test_start_lower_back (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_START, "lower-back", NULL);
  const char *summary = kc_referral_answer_get_summary (answer);
  GPtrArray *places = kc_referral_answer_get_places (answer);

  g_assert_false (kc_referral_answer_is_empty (answer));
  g_assert_cmpint (role_of (answer, "lower-back"), ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_cmpint (how_of (answer, "lower-back"), ==, KC_COMMONNESS_COMMON);

  /* Both sides: the lower back is in the middle. */
  g_assert_cmpint (role_of (answer, "knee-front-left"), ==, KC_REFERRAL_ROLE_REFERRED);
  g_assert_cmpint (role_of (answer, "knee-front-right"), ==, KC_REFERRAL_ROLE_REFERRED);
  /* A nerve root often, the back's mechanics sometimes: often wins. */
  g_assert_cmpint (how_of (answer, "knee-front-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (how_of (answer, "ankle-left"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_cmpint (how_of (answer, "groin-left"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_null (kc_referral_answer_lookup_place (answer, "upper-back"));

  /* Each place once; an arrow to every place but the start. */
  for (guint i = 0; i < places->len; i++)
    {
      KcLitPlace *place = g_ptr_array_index (places, i);

      g_assert_true (kc_referral_answer_lookup_place (answer, place->region) == place);
      if (place->role == KC_REFERRAL_ROLE_REFERRED)
        g_assert_cmpuint (count_arrows (answer, "lower-back", place->region), ==, 1);
    }
  g_assert_cmpuint (kc_referral_answer_get_arrows (answer)->len, ==, places->len - 1);
  assert_arrows_distinct (answer);

  /* Nerve roots are among the sources: the warning signs come first. */
  g_assert_true (kc_referral_answer_get_warnings_first (answer));
  g_assert_cmpint (source_index (answer, "back-strain"), ==, 0);
  g_assert_cmpint (source_index (answer, "nerve-root-l3-l4"), >, 0);
  g_assert_cmpint (source_index (answer, "hip-joint"), ==, -1);
  g_assert_true (g_str_has_prefix (source_at (answer, "nerve-root-l3-l4")->reach,
                                   "Felt in: Front of left thigh (common), "));
  g_assert_cmpstr (source_at (answer, "back-biomechanics")->start_region, ==, "lower-back");

  g_assert_true (g_str_has_prefix (summary, "Lower back can refer pain to: often: "));
  /* Sometimes after often; each place in one group only. */
  g_assert_true (strstr (summary, "often: ") < strstr (summary, "; sometimes: "));
  g_assert_null (strstr (strstr (summary, "; sometimes: "), "Front of left knee"));
  g_assert_true (g_str_has_suffix (summary, "."));
}

static void
test_start_hip_sides (void)
{
  g_autoptr(KcReferralAnswer) left = answer_for (KC_BODY_MAP_MODE_START, "hip-left", NULL);
  g_autoptr(KcReferralAnswer) right = answer_for (KC_BODY_MAP_MODE_START, "hip-right", NULL);

  g_assert_cmpint (role_of (left, "hip-left"), ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_cmpint (role_of (left, "groin-left"), ==, KC_REFERRAL_ROLE_REFERRED);
  g_assert_cmpint (how_of (left, "knee-front-left"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_null (kc_referral_answer_lookup_place (left, "groin-right"));
  g_assert_null (kc_referral_answer_lookup_place (left, "knee-front-right"));
  g_assert_cmpuint (count_arrows (left, "hip-left", NULL), ==,
                    kc_referral_answer_get_arrows (left)->len);

  g_assert_cmpint (role_of (right, "groin-right"), ==, KC_REFERRAL_ROLE_REFERRED);
  g_assert_null (kc_referral_answer_lookup_place (right, "groin-left"));
  g_assert_cmpuint (count_arrows (right, "hip-right", "knee-front-right"), ==, 1);
  g_assert_cmpuint (count_arrows (right, NULL, "knee-front-left"), ==, 0);

  /* The hip joint alone, and no nerve root: no warnings first. */
  g_assert_cmpuint (kc_referral_answer_get_sources (left)->len, ==, 1);
  g_assert_false (kc_referral_answer_get_warnings_first (left));
  g_assert_cmpstr (source_at (left, "hip-joint")->reach, ==,
                   "Felt in: Left hip (common), Left groin (common), Front of left thigh (common), "
                   "Left buttock (common), Outer side of left thigh (occasional), "
                   "Front of left knee (occasional), Left shin (occasional), "
                   "Left calf (occasional)");
  g_assert_true (g_str_has_prefix (kc_referral_answer_get_summary (right),
                                   "Right hip can refer pain to: often: Right hip, Right groin, "));
}

/* A knee's own pain is felt in the knee: the summary says so, but the
 * place lights as where it starts, and no arrow loops back to it. */
static void
test_start_knee_itself (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_START, "knee-front-left", NULL);

  g_assert_cmpint (role_of (answer, "knee-front-left"), ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_cmpint (role_of (answer, "shin-left"), ==, KC_REFERRAL_ROLE_REFERRED);
  g_assert_cmpuint (count_arrows (answer, "knee-front-left", "knee-front-left"), ==, 0);
  g_assert_cmpuint (count_arrows (answer, "knee-front-left", "shin-left"), ==, 1);
  assert_arrows_distinct (answer);
  g_assert_true (g_str_has_prefix (kc_referral_answer_get_summary (answer),
                                   "Front of left knee can refer pain to: often: "
                                   "Front of left knee"));
  g_assert_cmpint (source_index (answer, "knee-itself"), ==, 0);
}

static void
test_start_nothing_described (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_START, "upper-back", NULL);
  GPtrArray *places = kc_referral_answer_get_places (answer);

  g_assert_cmpuint (places->len, ==, 1);
  g_assert_cmpint (role_of (answer, "upper-back"), ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_cmpstr (((KcLitPlace *)g_ptr_array_index (places, 0))->name, ==, "Upper back");
  g_assert_cmpuint (kc_referral_answer_get_arrows (answer)->len, ==, 0);
  g_assert_cmpuint (kc_referral_answer_get_sources (answer)->len, ==, 0);
  /* A place in the back: its warning signs come first (issue #13). */
  g_assert_true (kc_referral_answer_get_warnings_first (answer));
  g_assert_cmpstr (kc_referral_answer_get_summary (answer), ==,
                   "Upper back: no referred pain is described from here.");
}

/* One place is the question: the first chosen. */
static void
test_start_first_only (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_START,
                                                   "sacroiliac-right", "lower-back", NULL);
  const char * const *chosen = kc_referral_answer_get_chosen (answer);

  g_assert_cmpuint (g_strv_length ((char **)chosen), ==, 1);
  g_assert_cmpstr (chosen[0], ==, "sacroiliac-right");
  /* The lower back is only where the joint's pain is felt, not chosen. */
  g_assert_cmpint (role_of (answer, "lower-back"), ==, KC_REFERRAL_ROLE_REFERRED);
  g_assert_cmpint (role_of (answer, "buttock-right"), ==, KC_REFERRAL_ROLE_REFERRED);
  g_assert_cmpint (how_of (answer, "calf-right"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_null (kc_referral_answer_lookup_place (answer, "buttock-left"));
  g_assert_nonnull (strstr (kc_referral_answer_get_summary (answer),
                            "; rarely: Right groin, Right foot."));
}

/* ---- "Where does it hurt?" ----------------------------------------------- */

static void
test_hurt_knee_left (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, "knee-front-left", NULL);
  KcAnswerSource *first = g_ptr_array_index (kc_referral_answer_get_sources (answer), 0);

  /* The knee hurts, even though its own pain starts there too. */
  g_assert_cmpint (role_of (answer, "knee-front-left"), ==, KC_REFERRAL_ROLE_HURT);
  g_assert_cmpint (role_of (answer, "lower-back"), ==, KC_REFERRAL_ROLE_SOURCE);
  /* The most common cause starting in the lower back gives its colour:
   * every one is a rare cause of knee pain, so it is not painted common. */
  g_assert_cmpint (how_of (answer, "lower-back"), ==, KC_COMMONNESS_RARE);
  g_assert_cmpint (role_of (answer, "hip-left"), ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_cmpint (how_of (answer, "hip-left"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_null (kc_referral_answer_lookup_place (answer, "hip-right"));

  /* Two sources start in the lower back; one arrow from it. */
  g_assert_cmpuint (count_arrows (answer, "lower-back", "knee-front-left"), ==, 1);
  g_assert_cmpuint (count_arrows (answer, "hip-left", "knee-front-left"), ==, 1);
  g_assert_cmpuint (count_arrows (answer, NULL, "knee-front-left"), ==,
                    kc_referral_answer_get_arrows (answer)->len);
  assert_arrows_distinct (answer);

  assert_sources_ordered (answer);
  g_assert_cmpint (first->how, ==, KC_COMMONNESS_COMMON);
  g_assert_cmpstr (kc_item_get_id (KC_ITEM (first->source)), ==, "knee-itself");
  g_assert_cmpstr (source_at (answer, "nerve-root-l3-l4")->reach, ==,
                   "Starts in: Lower back · a rare cause of pain here");
  g_assert_cmpstr (source_at (answer, "hip-joint")->reach, ==,
                   "Starts in: Left hip · a less common cause of pain here");
  g_assert_cmpstr (source_at (answer, "hip-joint")->start_region, ==, "hip-left");
  g_assert_true (kc_referral_answer_get_warnings_first (answer));

  g_assert_true (g_str_has_prefix (kc_referral_answer_get_summary (answer),
                                   "Pain in Front of left knee can come from, most common "
                                   "first — not what is wrong with you: The knee itself "
                                   "(common); The hip joint (occasional); "));
  g_assert_nonnull (strstr (kc_referral_answer_get_summary (answer), "The hip joint (occasional)"));
}

static void
test_hurt_knee_right (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, "knee-front-right", NULL);

  g_assert_cmpint (role_of (answer, "knee-front-right"), ==, KC_REFERRAL_ROLE_HURT);
  g_assert_cmpint (role_of (answer, "hip-right"), ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_null (kc_referral_answer_lookup_place (answer, "hip-left"));
  g_assert_cmpstr (source_at (answer, "hip-joint")->reach, ==,
                   "Starts in: Right hip · a less common cause of pain here");
}

static void
test_hurt_several (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT,
                                                   "knee-front-left", "calf-left", NULL);
  const char * const *chosen = kc_referral_answer_get_chosen (answer);

  g_assert_cmpuint (g_strv_length ((char **)chosen), ==, 2);
  g_assert_cmpint (role_of (answer, "knee-front-left"), ==, KC_REFERRAL_ROLE_HURT);
  g_assert_cmpint (role_of (answer, "calf-left"), ==, KC_REFERRAL_ROLE_HURT);
  /* The calf brings the S1 root and the sacroiliac joint in. */
  g_assert_cmpint (source_index (answer, "nerve-root-s1"), >=, 0);
  g_assert_cmpstr (source_at (answer, "sacroiliac-joint")->start_region, ==, "sacroiliac-left");
  g_assert_cmpuint (count_arrows (answer, "lower-back", "calf-left"), ==, 1);
  g_assert_cmpuint (count_arrows (answer, "lower-back", "knee-front-left"), ==, 1);
  g_assert_cmpuint (count_arrows (answer, "sacroiliac-left", "calf-left"), ==, 1);
  g_assert_cmpuint (count_arrows (answer, "sacroiliac-left", "knee-front-left"), ==, 0);
  assert_arrows_distinct (answer);
  assert_sources_ordered (answer);
  g_assert_true (g_str_has_prefix (kc_referral_answer_get_summary (answer),
                                   "Pain in Front of left knee, Left calf can come from"));
}

/* A sore hip: the hip joint itself first, the back's mechanics a rare
 * cause after it; that source starts in the back, so the warning signs
 * come first (issue #13). */
static void
test_hurt_hip (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, "hip-left", NULL);

  g_assert_cmpuint (kc_referral_answer_get_sources (answer)->len, ==, 2);
  g_assert_cmpint (source_index (answer, "hip-joint"), ==, 0);
  g_assert_cmpint (source_index (answer, "back-biomechanics"), ==, 1);
  g_assert_cmpint (role_of (answer, "hip-left"), ==, KC_REFERRAL_ROLE_HURT);
  g_assert_cmpint (role_of (answer, "lower-back"), ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_cmpint (how_of (answer, "lower-back"), ==, KC_COMMONNESS_RARE);
  g_assert_true (kc_referral_answer_get_warnings_first (answer));
  g_assert_cmpstr (kc_referral_answer_get_summary (answer), ==,
                   "Pain in Left hip can come from, most common first — not what is wrong "
                   "with you: The hip joint (common); "
                   "Changed posture and gait from back pain (rare). "
                   "Left hip hurts and may also be where the pain starts.");
}

/* A place that hurts and is itself a likely source shows both: the knee
 * hurts, and the knee itself is the most common cause of knee pain. */
static void
test_hurt_both_roles (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, "knee-front-left",
                                                   "calf-left", NULL);
  g_autoptr(KcReferralAnswer) start = answer_for (KC_BODY_MAP_MODE_START, "knee-front-left",
                                                  NULL);
  const KcLitPlace *knee = kc_referral_answer_lookup_place (answer, "knee-front-left");
  const KcLitPlace *calf = kc_referral_answer_lookup_place (answer, "calf-left");
  const KcLitPlace *back = kc_referral_answer_lookup_place (answer, "lower-back");
  const char *summary = kc_referral_answer_get_summary (answer);

  g_assert_cmpint (knee->role, ==, KC_REFERRAL_ROLE_HURT);
  g_assert_true (knee->also_source);
  g_assert_cmpint (knee->source_how, ==, KC_COMMONNESS_COMMON);
  /* No source starts in the calf; the back is a source, not chosen. */
  g_assert_cmpint (calf->role, ==, KC_REFERRAL_ROLE_HURT);
  g_assert_false (calf->also_source);
  g_assert_cmpint (back->role, ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_false (back->also_source);

  /* What a screen reader hears says both, of the knee alone. */
  g_test_message ("%s", summary);
  g_assert_nonnull (strstr (summary, "Front of left knee hurts and may also be where the pain "
                                     "starts."));
  g_assert_null (strstr (summary, "Left calf hurts"));

  /* "Where does it start?": the chosen place is the source, nothing more. */
  g_assert_false (kc_referral_answer_lookup_place (start, "knee-front-left")->also_source);
  g_assert_null (strstr (kc_referral_answer_get_summary (start), "may also be"));
}

static void
test_hurt_nothing_described (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, "upper-back", NULL);

  g_assert_cmpuint (kc_referral_answer_get_places (answer)->len, ==, 1);
  g_assert_cmpint (role_of (answer, "upper-back"), ==, KC_REFERRAL_ROLE_HURT);
  g_assert_cmpuint (kc_referral_answer_get_arrows (answer)->len, ==, 0);
  g_assert_cmpuint (kc_referral_answer_get_sources (answer)->len, ==, 0);
  /* Pain in the back itself: the warning signs first (issue #13). */
  g_assert_true (kc_referral_answer_get_warnings_first (answer));
  g_assert_cmpstr (kc_referral_answer_get_summary (answer), ==,
                   "Pain in Upper back: no source is described for this place.");
}

/* The same places give the same answer, whichever side of the body. */
static void
test_hurt_groin_mirrors (void)
{
  g_autoptr(KcReferralAnswer) left = answer_for (KC_BODY_MAP_MODE_HURT, "groin-left", NULL);
  g_autoptr(KcReferralAnswer) right = answer_for (KC_BODY_MAP_MODE_HURT, "groin-right", NULL);
  GPtrArray *left_sources = kc_referral_answer_get_sources (left);
  GPtrArray *right_sources = kc_referral_answer_get_sources (right);

  g_assert_cmpuint (left_sources->len, ==, right_sources->len);
  for (guint i = 0; i < left_sources->len; i++)
    {
      KcAnswerSource *a = g_ptr_array_index (left_sources, i);
      KcAnswerSource *b = g_ptr_array_index (right_sources, i);

      g_assert_true (a->source == b->source);
      g_assert_cmpint (a->how, ==, b->how);
    }
  /* The hip joint is the likeliest; a nerve root is possible. */
  g_assert_cmpint (source_index (left, "hip-joint"), ==, 0);
  g_assert_cmpint (how_of (left, "hip-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_true (kc_referral_answer_get_warnings_first (left));
  g_assert_cmpstr (source_at (left, "sacroiliac-joint")->start_region, ==, "sacroiliac-left");
  g_assert_cmpstr (source_at (right, "sacroiliac-joint")->start_region, ==, "sacroiliac-right");
}

/* Front or back of either knee: the knee itself is the most common cause,
 * and the back, a rare cause of knee pain, never lights as a common one. */
static void
test_hurt_knee_itself_first (void)
{
  const char *knees[] = { "knee-front-left", "knee-front-right", "knee-back-left",
                          "knee-back-right" };

  for (guint i = 0; i < G_N_ELEMENTS (knees); i++)
    {
      g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, knees[i], NULL);

      g_test_message ("%s", knees[i]);
      g_assert_cmpint (source_index (answer, "knee-itself"), ==, 0);
      g_assert_cmpint (source_at (answer, "knee-itself")->how, ==, KC_COMMONNESS_COMMON);
      g_assert_cmpint (role_of (answer, "lower-back"), ==, KC_REFERRAL_ROLE_SOURCE);
      g_assert_cmpint (how_of (answer, "lower-back"), !=, KC_COMMONNESS_COMMON);
      assert_sources_ordered (answer);
    }
}

/* Groin and front of the thigh: the hip first or second. */
static void
test_hurt_hip_high (void)
{
  const char *places[] = { "groin-left", "groin-right", "front-thigh-left",
                           "front-thigh-right" };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, places[i], NULL);

      g_test_message ("%s", places[i]);
      g_assert_cmpint (source_index (answer, "hip-joint"), >=, 0);
      g_assert_cmpint (source_index (answer, "hip-joint"), <=, 1);
      assert_sources_ordered (answer);
    }
}

/* The outer thigh: its own tendons first, the skin nerve and the back's
 * L5 root among the rest, on the same side only (issue 13). */
static void
test_hurt_outer_thigh (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, "outer-thigh-right",
                                                   NULL);

  g_assert_cmpint (source_index (answer, "outer-hip"), ==, 0);
  g_assert_cmpint (source_at (answer, "outer-hip")->how, ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (source_index (answer, "thigh-skin-nerve"), >, 0);
  g_assert_cmpint (source_index (answer, "nerve-root-l5"), >, 0);
  g_assert_cmpint (source_index (answer, "knee-itself"), ==, -1);
  g_assert_null (kc_referral_answer_lookup_place (answer, "outer-thigh-left"));
  assert_sources_ordered (answer);
}

/* Pain in the back itself: its own sources, the local ones first, and the
 * nerve roots (which need leg symptoms) after them. */
static void
test_hurt_lower_back (void)
{
  static const char *expected[] = { "back-strain", "lumbar-disc", "facet-joints",
                                    "sacroiliac-joint", "nerve-root-l3-l4", "nerve-root-l5",
                                    "nerve-root-s1" };
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, "lower-back", NULL);
  GPtrArray *sources = kc_referral_answer_get_sources (answer);
  gboolean seen_root = FALSE;

  g_assert_cmpuint (sources->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (source_index (answer, expected[i]), >=, 0);
  g_assert_cmpint (source_index (answer, "back-strain"), ==, 0);
  g_assert_cmpint (source_at (answer, "back-strain")->how, ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (source_index (answer, "hip-joint"), ==, -1);
  g_assert_cmpint (source_index (answer, "knee-itself"), ==, -1);
  assert_sources_ordered (answer);

  for (guint i = 0; i < sources->len; i++)
    {
      KcAnswerSource *source = g_ptr_array_index (sources, i);
      gboolean root = kc_pain_source_is_radicular (source->source);

      g_assert_true (root || !seen_root);
      seen_root |= root;
    }
  g_assert_true (seen_root);
  g_assert_cmpint (role_of (answer, "lower-back"), ==, KC_REFERRAL_ROLE_HURT);
  /* Pain in the middle: the sacroiliac joints of both sides, each with
   * its arrow, as a less common cause. */
  g_assert_cmpint (role_of (answer, "sacroiliac-left"), ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_cmpint (role_of (answer, "sacroiliac-right"), ==, KC_REFERRAL_ROLE_SOURCE);
  g_assert_cmpint (how_of (answer, "sacroiliac-right"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_cmpuint (count_arrows (answer, "sacroiliac-left", "lower-back"), ==, 1);
  g_assert_cmpuint (count_arrows (answer, "sacroiliac-right", "lower-back"), ==, 1);
  g_assert_cmpuint (kc_referral_answer_get_arrows (answer)->len, ==, 2);
  assert_arrows_distinct (answer);
  g_assert_true (g_str_has_prefix (kc_referral_answer_get_summary (answer),
                                   "Pain in Lower back can come from, most common first — not "
                                   "what is wrong with you: Strained muscles and ligaments of "
                                   "the back (common); "));
}

/* The studies' figures (Slipman 2000; Lesher 2008, Khan 2004; the
 * dermatomes of Lee 2008), as "where does it start?" shows them. */
static void
test_start_frequencies (void)
{
  g_autoptr(KcReferralAnswer) si = answer_for (KC_BODY_MAP_MODE_START, "sacroiliac-left", NULL);
  g_autoptr(KcReferralAnswer) hip = answer_for (KC_BODY_MAP_MODE_START, "hip-left", NULL);
  KcPainSource *l5 = KC_PAIN_SOURCE (kc_library_lookup (library, "nerve-root-l5"));
  KcPainSource *s1 = KC_PAIN_SOURCE (kc_library_lookup (library, "nerve-root-s1"));

  /* Sacroiliac joint: buttock 94 %, thigh 48 %, below the knee 28 %. */
  g_assert_cmpint (how_of (si, "buttock-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (how_of (si, "back-thigh-left"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_cmpint (how_of (si, "calf-left"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_cmpint (how_of (si, "lower-back"), ==, KC_COMMONNESS_COMMON);
  g_assert_null (kc_referral_answer_lookup_place (si, "knee-front-left"));

  /* Hip: buttock, groin, front of thigh common; knee and below occasional. */
  g_assert_cmpint (how_of (hip, "buttock-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (how_of (hip, "groin-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (how_of (hip, "front-thigh-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (how_of (hip, "knee-front-left"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_cmpint (how_of (hip, "shin-left"), ==, KC_COMMONNESS_OCCASIONAL);
  g_assert_cmpint (how_of (hip, "calf-left"), ==, KC_COMMONNESS_OCCASIONAL);

  /* L5: outer knee, outer shin, top of the foot; S1: back of the thigh,
   * calf and sole. */
  g_assert_nonnull (l5);
  g_assert_nonnull (s1);
  g_assert_cmpint (kc_pain_source_refers_to (l5, "knee-front-left"), >, 0);
  g_assert_cmpint (kc_pain_source_refers_to (l5, "shin-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (kc_pain_source_refers_to (l5, "foot-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (kc_pain_source_refers_to (l5, "calf-left"), ==, 0);
  g_assert_cmpint (kc_pain_source_refers_to (s1, "back-thigh-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (kc_pain_source_refers_to (s1, "calf-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (kc_pain_source_refers_to (s1, "foot-left"), ==, KC_COMMONNESS_COMMON);
  g_assert_cmpint (kc_pain_source_refers_to (s1, "shin-left"), ==, 0);
  g_assert_cmpint (kc_pain_source_refers_to (s1, "knee-front-left"), ==, 0);
}

/* Referred pain (a joint) and radicular pain (a nerve root) are told
 * apart in every source's card; local pain needs neither line. */
static const char *
pain_of (const char *source_id)
{
  GObject *item = kc_library_lookup (library, source_id);

  g_assert_true (KC_IS_PAIN_SOURCE (item));
  return kc_pain_source_describe_pain (KC_PAIN_SOURCE (item));
}

static void
test_pain_kinds (void)
{
  const char *radicular = pain_of ("nerve-root-s1");
  const char *referred = pain_of ("sacroiliac-joint");

  g_assert_nonnull (strstr (radicular, "shooting"));
  g_assert_nonnull (strstr (radicular, "numbness or weakness"));
  g_assert_nonnull (strstr (referred, "dull"));
  g_assert_nonnull (strstr (referred, "above the knee"));
  g_assert_cmpstr (pain_of ("hip-joint"), ==, referred);
  g_assert_cmpstr (pain_of ("facet-joints"), ==, referred);
  g_assert_cmpstr (pain_of ("nerve-root-l3-l4"), ==, radicular);
  g_assert_null (pain_of ("knee-itself"));
  g_assert_null (pain_of ("back-biomechanics"));
}

/* ---- Warning signs in tiers --------------------------------------------- */

static KcWarningSigns *
tier_of (KcReferralAnswer *answer,
         KcWarningTier     tier)
{
  GPtrArray *tiers = kc_referral_answer_get_warning_tiers (answer);

  for (guint i = 0; i < tiers->len; i++)
    {
      KcWarningSigns *signs = g_ptr_array_index (tiers, i);

      if (kc_warning_signs_get_tier (signs) == tier)
        return signs;
    }

  g_assert_not_reached ();
}

/* The first sign of @tier that contains every one of @words, or NULL. */
static const char *
find_sign (KcReferralAnswer   *answer,
           KcWarningTier       tier,
           const char * const *words)
{
  const char * const *signs = kc_warning_signs_get_signs (tier_of (answer, tier));

  for (guint i = 0; signs[i] != NULL; i++)
    {
      gboolean all = TRUE;

      for (guint j = 0; words[j] != NULL && all; j++)
        all = strstr (signs[i], words[j]) != NULL;
      if (all)
        return signs[i];
    }

  return NULL;
}

/* Three tiers, most urgent first, each with a heading, an action and signs. */
static void
test_warning_tiers (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_START, "lower-back", NULL);
  GPtrArray *tiers = kc_referral_answer_get_warning_tiers (answer);
  const char *headings[] = { "Emergency", "Same day", "Soon" };

  g_assert_cmpuint (tiers->len, ==, 3);
  for (guint i = 0; i < tiers->len; i++)
    {
      KcWarningSigns *tier = g_ptr_array_index (tiers, i);

      g_assert_cmpint (kc_warning_signs_get_tier (tier), ==, (KcWarningTier)i);
      g_assert_cmpstr (kc_warning_signs_get_heading (tier), ==, headings[i]);
      g_assert_cmpuint (strlen (kc_warning_signs_get_action (tier)), >, 10);
      g_assert_cmpuint (g_strv_length ((char **)kc_warning_signs_get_signs (tier)), >=, 5);
    }

  /* The emergency numbers are in the action, as each language gives them. */
  g_assert_nonnull (strstr (kc_warning_signs_get_action (tier_of (answer, KC_WARNING_TIER_EMERGENCY)),
                            "999"));
  g_assert_nonnull (strstr (kc_warning_signs_get_action (tier_of (answer, KC_WARNING_TIER_EMERGENCY)),
                            "112"));
  g_assert_nonnull (strstr (kc_warning_signs_get_action (tier_of (answer, KC_WARNING_TIER_EMERGENCY)),
                            "911"));
}

/* Ticking only the lower back as where it hurts: the warning signs come
 * first, with the signs of cauda equina syndrome, early ones too, as an
 * emergency. */
static void
test_warning_lower_back_hurts (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, "lower-back", NULL);

  g_assert_true (kc_referral_answer_get_warnings_first (answer));
  g_assert_nonnull (find_sign (answer, KC_WARNING_TIER_EMERGENCY,
                               (const char *[]) { "urine", NULL }));
  g_assert_nonnull (find_sign (answer, KC_WARNING_TIER_EMERGENCY,
                               (const char *[]) { "wipe", NULL }));
  g_assert_nonnull (find_sign (answer, KC_WARNING_TIER_EMERGENCY,
                               (const char *[]) { "saddle", NULL }));
  g_assert_nonnull (find_sign (answer, KC_WARNING_TIER_EMERGENCY,
                               (const char *[]) { "both legs", NULL }));
  /* Weakness in one leg is urgent, not an emergency. */
  g_assert_nonnull (find_sign (answer, KC_WARNING_TIER_SAME_DAY,
                               (const char *[]) { "one leg", NULL }));
  g_assert_null (find_sign (answer, KC_WARNING_TIER_EMERGENCY,
                            (const char *[]) { "one leg", NULL }));
}

/* A sore calf can be a blood clot: that sign is an emergency. */
static void
test_warning_calf (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_HURT, "calf-left", NULL);

  g_assert_nonnull (find_sign (answer, KC_WARNING_TIER_EMERGENCY,
                               (const char *[]) { "calf", "blood clot", "DVT", NULL }));
  g_assert_null (find_sign (answer, KC_WARNING_TIER_SAME_DAY,
                            (const char *[]) { "DVT", NULL }));
  g_assert_null (find_sign (answer, KC_WARNING_TIER_SOON, (const char *[]) { "DVT", NULL }));
}

/* The text of every block of @section of @source, joined. */
static char *
section_text (KcPainSource        *source,
              KcPainSourceSection  section)
{
  GPtrArray *blocks = kc_pain_source_get_section (source, section);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const KcTextBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == KC_TEXT_BLOCK_PARAGRAPH)
        g_string_append_printf (text, "%s\n", block->text);
      else
        for (guint j = 0; block->items[j] != NULL; j++)
          g_string_append_printf (text, "%s\n", block->items[j]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The hip, a source that concerns children: a child with a limp or knee
 * pain is a same-day sign, and the hip's own text says the same day. */
static void
test_warning_child_hip (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_START, "hip-left", NULL);
  KcAnswerSource *hip = source_at (answer, "hip-joint");
  g_autofree char *mechanism = section_text (hip->source, KC_PAIN_SOURCE_SECTION_MECHANISM);

  g_assert_nonnull (find_sign (answer, KC_WARNING_TIER_SAME_DAY,
                               (const char *[]) { "child", "limp", "knee", NULL }));
  g_assert_null (find_sign (answer, KC_WARNING_TIER_SOON, (const char *[]) { "child", NULL }));
  g_assert_nonnull (strstr (mechanism, "children"));
  g_assert_nonnull (strstr (mechanism, "the same day"));
  g_assert_null (strstr (mechanism, "soon"));
}

/* A knee you cannot put weight on after an injury is an emergency, and
 * the knee's own advice says so rather than "go soon". */
static void
test_warning_knee_weight (void)
{
  g_autoptr(KcReferralAnswer) answer = answer_for (KC_BODY_MAP_MODE_START, "knee-front-left", NULL);
  KcAnswerSource *knee = source_at (answer, "knee-itself");
  g_autofree char *what_to_do = section_text (knee->source, KC_PAIN_SOURCE_SECTION_WHAT_TO_DO);

  g_assert_nonnull (find_sign (answer, KC_WARNING_TIER_EMERGENCY,
                               (const char *[]) { "injury", "weight", NULL }));
  g_assert_nonnull (find_sign (answer, KC_WARNING_TIER_EMERGENCY,
                               (const char *[]) { "knee", "fever", NULL }));
  g_assert_nonnull (strstr (what_to_do, "weight"));
  g_assert_nonnull (strstr (what_to_do, "emergency department now"));
  g_assert_null (strstr (what_to_do, "go soon"));
}

/* Where @source is among the answer's sources. */
static guint
rank_of (KcReferralAnswer *answer,
         KcPainSource     *source)
{
  GPtrArray *sources = kc_referral_answer_get_sources (answer);

  for (guint i = 0; i < sources->len; i++)
    if (((KcAnswerSource *)g_ptr_array_index (sources, i))->source == source)
      return i;

  g_assert_not_reached ();
}

/* The ranked arrows: by source, the first source first, and of one
 * source the most common first; every arrow is among them. */
static void
assert_ranked (KcReferralAnswer *answer)
{
  g_autoptr(GPtrArray) ranked = kc_referral_answer_dup_ranked_arrows (answer);
  GPtrArray *arrows = kc_referral_answer_get_arrows (answer);

  g_assert_cmpuint (ranked->len, >=, arrows->len);
  for (guint i = 1; i < ranked->len; i++)
    {
      KcReferralArrow *before = g_ptr_array_index (ranked, i - 1);
      KcReferralArrow *arrow = g_ptr_array_index (ranked, i);
      guint rank_before = rank_of (answer, before->source);
      guint rank = rank_of (answer, arrow->source);

      g_assert_cmpuint (rank_before, <=, rank);
      if (rank_before == rank)
        g_assert_cmpint (before->how, >=, arrow->how);
    }
  for (guint i = 0; i < arrows->len; i++)
    {
      KcReferralArrow *arrow = g_ptr_array_index (arrows, i);
      gboolean found = FALSE;

      for (guint j = 0; j < ranked->len && !found; j++)
        {
          KcReferralArrow *lead = g_ptr_array_index (ranked, j);
          found = g_str_equal (lead->from, arrow->from) && g_str_equal (lead->to, arrow->to);
        }
      g_assert_true (found);
    }
}

static void
test_ranked_arrows (void)
{
  g_autoptr(KcReferralAnswer) back = answer_for (KC_BODY_MAP_MODE_START, "lower-back", NULL);
  g_autoptr(KcReferralAnswer) knee = answer_for (KC_BODY_MAP_MODE_HURT, "knee-front-left", NULL);
  g_autoptr(GPtrArray) ranked = kc_referral_answer_dup_ranked_arrows (back);
  GPtrArray *sources = kc_referral_answer_get_sources (back);

  /* Several sources start in the lower back, each with its own arrows. */
  g_assert_cmpuint (sources->len, >, 1);
  assert_ranked (back);
  assert_ranked (knee);
  g_assert_true (((KcReferralArrow *)g_ptr_array_index (ranked, 0))->source ==
                 ((KcAnswerSource *)g_ptr_array_index (sources, 0))->source);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();

  g_test_add_func ("/referral-answer/empty", test_empty);
  g_test_add_func ("/referral-answer/ranked-arrows", test_ranked_arrows);
  g_test_add_func ("/referral-answer/warnings/tiers", test_warning_tiers);
  g_test_add_func ("/referral-answer/warnings/lower-back-hurts", test_warning_lower_back_hurts);
  g_test_add_func ("/referral-answer/warnings/calf", test_warning_calf);
  g_test_add_func ("/referral-answer/warnings/child-hip", test_warning_child_hip);
  g_test_add_func ("/referral-answer/warnings/knee-weight", test_warning_knee_weight);
  g_test_add_func ("/referral-answer/start/lower-back", test_start_lower_back);
  g_test_add_func ("/referral-answer/start/hip-sides", test_start_hip_sides);
  g_test_add_func ("/referral-answer/start/knee-itself", test_start_knee_itself);
  g_test_add_func ("/referral-answer/start/nothing-described", test_start_nothing_described);
  g_test_add_func ("/referral-answer/start/first-only", test_start_first_only);
  g_test_add_func ("/referral-answer/hurt/knee-left", test_hurt_knee_left);
  g_test_add_func ("/referral-answer/hurt/knee-right", test_hurt_knee_right);
  g_test_add_func ("/referral-answer/hurt/several", test_hurt_several);
  g_test_add_func ("/referral-answer/hurt/hip", test_hurt_hip);
  g_test_add_func ("/referral-answer/hurt/nothing-described", test_hurt_nothing_described);
  g_test_add_func ("/referral-answer/hurt/both-roles", test_hurt_both_roles);
  g_test_add_func ("/referral-answer/hurt/groin-mirrors", test_hurt_groin_mirrors);
  g_test_add_func ("/referral-answer/hurt/knee-itself-first", test_hurt_knee_itself_first);
  g_test_add_func ("/referral-answer/hurt/hip-high", test_hurt_hip_high);
  g_test_add_func ("/referral-answer/hurt/outer-thigh", test_hurt_outer_thigh);
  g_test_add_func ("/referral-answer/hurt/lower-back", test_hurt_lower_back);
  g_test_add_func ("/referral-answer/start/frequencies", test_start_frequencies);
  g_test_add_func ("/referral-answer/pain-kinds", test_pain_kinds);

  status = g_test_run ();
  g_assert_finalize_object (library);

  return status;
}
