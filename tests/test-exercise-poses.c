/* test-exercise-poses.c: every exercise has a start, an end and frames
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawn with librsvg and cairo: no display needed.
 */
#include "config.h"

#include <librsvg/rsvg.h>
#include <string.h>

#include "content/kc-library.h"
#include "kc-test-pixels.h"
#include "widgets/kc-exercise-poses.h"
#include "kc-test-library.h"

#define WIDTH 240
#define HEIGHT 160

static KcLibrary *library;

static GBytes *
stylesheet (const char *theme)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PREFIX "/diagrams/diagram-%s.css", theme);
  GBytes *css = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert_nonnull (css);
  return css;
}

static cairo_surface_t *
render (KcExercisePoses *poses,
        guint            frame)
{
  return kc_test_render_pose_frame (poses, frame, WIDTH, HEIGHT);
}

/* A pose animation for every exercise: a start, an end that differs
 * from it, and frames between, in both themes; and words for each pose. */
static void
test_every_exercise_has_poses (void)
{
  GListModel *exercises = kc_library_get_exercises (library);
  const char *themes[] = { "light", "dark" };

  g_assert_cmpuint (g_list_model_get_n_items (exercises), >=, 20);
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
      const char *id = kc_item_get_id (KC_ITEM (exercise));

      g_test_message ("%s", id);
      g_assert_nonnull (kc_exercise_get_picture_start (exercise));
      g_assert_nonnull (kc_exercise_get_picture_end (exercise));
      g_assert_cmpstr (kc_exercise_get_picture_start (exercise), !=,
                       kc_exercise_get_picture_end (exercise));

      for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
        {
          g_autoptr(GBytes) css = stylesheet (themes[t]);
          g_autoptr(GError) error = NULL;
          g_autoptr(KcExercisePoses) poses = kc_exercise_poses_new (exercise, css, &error);
          guint start, end, n_frames;
          cairo_surface_t *first, *last, *middle;

          g_assert_no_error (error);
          n_frames = kc_exercise_poses_get_n_frames (poses);
          g_assert_cmpuint (n_frames, >=, 8);
          start = kc_exercise_poses_get_frame_of (poses, KC_EXERCISE_POSE_START);
          end = kc_exercise_poses_get_frame_of (poses, KC_EXERCISE_POSE_END);
          g_assert_cmpuint (start, ==, 0);
          g_assert_cmpuint (end, <, n_frames);
          g_assert_cmpuint (end, >, start + 1);

          first = render (poses, start);
          last = render (poses, end);
          middle = render (poses, (start + end) / 2);
          /* a figure, not an empty frame; and it moves */
          g_assert_cmpuint (kc_test_count_painted_pixels (first), >, WIDTH * HEIGHT / 20);
          g_assert_cmpuint (kc_test_count_different_pixels (first, last), >, 150);
          g_assert_cmpuint (kc_test_count_different_pixels (first, middle), >, 0);
          g_assert_cmpuint (kc_test_count_different_pixels (middle, last), >, 0);
          cairo_surface_destroy (first);
          cairo_surface_destroy (last);
          cairo_surface_destroy (middle);
        }
    }
}

/* Only one frame shows at a time: frames after the first are hidden in
 * the file (it opens in Inkscape as the start pose), and rendering one
 * does not draw another over it. */
static void
test_one_frame_at_a_time (void)
{
  KcExercise *exercise = kc_library_lookup_exercise (library, "bridge");
  g_autoptr(GBytes) css = stylesheet ("light");
  g_autoptr(KcExercisePoses) poses = kc_exercise_poses_new (exercise, css, NULL);
  cairo_surface_t *end = render (poses, kc_exercise_poses_get_frame_of (poses,
                                                                       KC_EXERCISE_POSE_END));
  cairo_surface_t *again = render (poses, kc_exercise_poses_get_frame_of (poses,
                                                                         KC_EXERCISE_POSE_END));
  cairo_surface_t *start = render (poses, 0);

  g_assert_cmpuint (kc_test_count_different_pixels (end, again), ==, 0);
  /* Less ink than two figures over each other would leave. */
  g_assert_cmpuint (kc_test_count_painted_pixels (end), <,
                    kc_test_count_painted_pixels (start) + kc_test_count_painted_pixels (end) / 4);
  cairo_surface_destroy (end);
  cairo_surface_destroy (again);
  cairo_surface_destroy (start);
}

/* What the printed plan calls: a pose drawn at a size onto cairo. */
static void
test_draw_pose_for_print (void)
{
  KcExercise *exercise = kc_library_lookup_exercise (library, "side-plank");
  cairo_surface_t *start = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_surface_t *end = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr;

  cr = cairo_create (start);
  kc_exercise_draw_pose (exercise, KC_EXERCISE_POSE_START, cr, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cr = cairo_create (end);
  kc_exercise_draw_pose (exercise, KC_EXERCISE_POSE_END, cr, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (start);
  cairo_surface_flush (end);

  g_assert_cmpuint (kc_test_count_painted_pixels (start), >, WIDTH * HEIGHT / 20);
  g_assert_cmpuint (kc_test_count_different_pixels (start, end), >, 150);
  cairo_surface_destroy (start);
  cairo_surface_destroy (end);
}

/* The file of @exercise as generated, in the light colours with every
 * frame shown, for measuring its pieces by id. */
static RsvgHandle *
load_every_frame (KcExercise *exercise)
{
  static const char show[] = ".frame { display: inline !important; }";
  g_autoptr(GBytes) svg = g_resources_lookup_data (kc_exercise_get_illustration_resource (exercise),
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GBytes) css = stylesheet ("light");
  g_autofree char *rules = g_strconcat (g_bytes_get_data (css, NULL), show, NULL);
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;

  g_assert_nonnull (svg);
  handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg),
                                      &error);
  g_assert_no_error (error);
  g_assert_true (rsvg_handle_set_stylesheet (handle, (const guint8 *)rules, strlen (rules),
                                             &error));
  return handle;
}

/* The box of the element @id (“#…”): with its strokes (@ink) or of its
 * geometry alone; FALSE if the file has no such element. */
static gboolean
find_box (RsvgHandle    *handle,
          const char    *id,
          gboolean       ink,
          RsvgRectangle *box)
{
  RsvgRectangle viewport = { 0, 0, WIDTH, HEIGHT };
  RsvgRectangle ink_box, logical;
  g_autoptr(GError) error = NULL;

  if (!rsvg_handle_has_sub (handle, id))
    return FALSE;
  g_assert_true (rsvg_handle_get_geometry_for_layer (handle, id, &viewport, &ink_box, &logical,
                                                     &error));
  g_assert_no_error (error);
  *box = ink ? ink_box : logical;
  return TRUE;
}

/* The lowest point of the trunk in frame @frame of @exercise's file. */
static double
trunk_bottom (KcExercise *exercise,
              guint       frame)
{
  RsvgHandle *handle = load_every_frame (exercise);
  g_autofree char *id = g_strdup_printf ("#frame-%u-trunk", frame);
  RsvgRectangle ink;

  g_assert_true (find_box (handle, id, TRUE, &ink));
  g_object_unref (handle);
  g_assert_cmpfloat (ink.height, >, 0);
  return ink.y + ink.height;
}

/* A side plank's hips leave the mat: propped on the forearm, the trunk's
 * lowest point is the hip resting on the mat at the start, and well above
 * it at the end, the body in a line. */
static void
test_side_plank_hips_lift (void)
{
  KcExercise *exercise = kc_library_lookup_exercise (library, "side-plank");
  g_autoptr(KcExercisePoses) poses = kc_exercise_poses_new (exercise, NULL, NULL);
  guint end = kc_exercise_poses_get_frame_of (poses, KC_EXERCISE_POSE_END);

  g_assert_cmpfloat (trunk_bottom (exercise, end), <, trunk_bottom (exercise, 0) - 8);
}

/* Nothing goes through the floor in any frame: a foot, knee or back
 * rests on it, the figure's outline (half its width, 2) over the floor
 * line (half its width, 1) at most.  Figures seen from above the mat have
 * no floor. */
static void
test_nothing_through_floor (void)
{
  GListModel *exercises = kc_library_get_exercises (library);
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
      g_autoptr(KcExercisePoses) poses = kc_exercise_poses_new (exercise, NULL, NULL);
      RsvgHandle *handle = load_every_frame (exercise);
      RsvgRectangle floor, ink;
      double floor_y;

      if (!find_box (handle, "#floor", FALSE, &floor))
        {
          g_object_unref (handle);
          continue;
        }

      floor_y = floor.y;   /* the line's middle */
      for (guint f = 0; f < kc_exercise_poses_get_n_frames (poses); f++)
        {
          g_autofree char *id = g_strdup_printf ("#frame-%u", f);

          g_assert_true (find_box (handle, id, TRUE, &ink));
          g_test_message ("%s, frame %u: %g", kc_item_get_id (KC_ITEM (exercise)), f,
                          ink.y + ink.height - floor_y);
          if (ink.y + ink.height > floor_y + 3.5)
            g_error ("%s, frame %u: the figure reaches %g below the floor",
                     kc_item_get_id (KC_ITEM (exercise)), f, ink.y + ink.height - floor_y);
        }
      checked++;
      g_object_unref (handle);
    }

  g_assert_cmpuint (checked, >=, 15);
}

/* Its steps say “holding a rail”: the step-up has one, and a hand is on
 * it in every frame, stepping up and back down. */
static void
test_step_up_holds_rail (void)
{
  KcExercise *exercise = kc_library_lookup_exercise (library, "step-up");
  g_autoptr(KcExercisePoses) poses = kc_exercise_poses_new (exercise, NULL, NULL);
  RsvgHandle *handle = load_every_frame (exercise);
  cairo_surface_t *rail;

  g_assert_nonnull (strstr (kc_exercise_get_steps (exercise)[0], "rail"));
  g_assert_true (rsvg_handle_has_sub (handle, "#rail"));
  rail = kc_test_render_layer_mask (handle, "#rail", WIDTH, HEIGHT);
  for (guint f = 0; f < kc_exercise_poses_get_n_frames (poses); f++)
    {
      g_autofree char *id = g_strdup_printf ("#frame-%u-far-hand", f);
      cairo_surface_t *hand = kc_test_render_layer_mask (handle, id, WIDTH, HEIGHT);
      guint on_rail = kc_test_count_overlap (hand, rail, NULL);

      g_test_message ("frame %u: %u pixels of the hand on the rail", f, on_rail);
      g_assert_cmpuint (on_rail, >=, 4);
      cairo_surface_destroy (hand);
    }

  cairo_surface_destroy (rail);
  g_object_unref (handle);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();

  g_test_add_func ("/exercise-poses/every-exercise", test_every_exercise_has_poses);
  g_test_add_func ("/exercise-poses/one-frame-at-a-time", test_one_frame_at_a_time);
  g_test_add_func ("/exercise-poses/draw-pose-for-print", test_draw_pose_for_print);
  g_test_add_func ("/exercise-poses/side-plank-hips-lift", test_side_plank_hips_lift);
  g_test_add_func ("/exercise-poses/nothing-through-floor", test_nothing_through_floor);
  g_test_add_func ("/exercise-poses/step-up-holds-rail", test_step_up_holds_rail);

  status = g_test_run ();
  g_assert_finalize_object (library);
  return status;
}
