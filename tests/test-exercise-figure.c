/* test-exercise-figure.c: the exercise figure moves, and stands still
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "content/kc-library.h"
#include "kc-test-pixels.h"
#include "widgets/kc-exercise-figure.h"
#include "kc-test-library.h"

#define WIDTH 240
#define HEIGHT 160
#define PATIENCE_US (10 * G_USEC_PER_SEC)
/* build-aux/make-exercise-svgs.py writes twelve frames */
#define LAST_FRAME 11
#define HALFWAY_FRAME 6

typedef struct
{
  KcLibrary *library;
  GtkWidget *window;
  GtkWidget *figure;
} Fixture;

static void
set_animations (gboolean enabled)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", enabled, NULL);
}

static void
show_figure (Fixture    *fixture,
             const char *id,
             gboolean    animate)
{
  KcExercise *exercise = kc_library_lookup_exercise (fixture->library, id);

  g_assert_nonnull (exercise);
  fixture->figure = kc_exercise_figure_new (exercise, animate);
  gtk_widget_set_size_request (fixture->figure, WIDTH, HEIGHT);
  fixture->window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->figure);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_true (gtk_widget_get_mapped (fixture->figure));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  set_animations (TRUE);
  fixture->library = kc_test_bundled_library ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->figure), (gpointer *)&fixture->figure);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (fixture->figure != NULL)
    g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (fixture->library);
  set_animations (TRUE);
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* One turn of the main loop (the frame clock, events), woken at least
 * every 20 ms. */
static void
iterate (void)
{
  guint wake = g_timeout_add (20, wake_cb, NULL);

  g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

/* Runs the main loop until the figure shows @frame (or, with @frame
 * G_MAXUINT, any frame but the one it shows now); fails after ten
 * seconds. */
static void
wait_for_frame (KcExerciseFigure *figure,
                guint             frame)
{
  guint now = kc_exercise_figure_get_frame (figure);
  gint64 deadline = g_get_monotonic_time () + PATIENCE_US;

  while (frame == G_MAXUINT ? kc_exercise_figure_get_frame (figure) == now
                            : kc_exercise_figure_get_frame (figure) != frame)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      iterate ();
    }
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    iterate ();
}

/* The figure as it draws itself now, on a cairo image. */
static cairo_surface_t *
draw (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  gdk_paintable_snapshot (paintable, snapshot, WIDTH, HEIGHT);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* It steps from the start pose to the end pose as time passes, and draws
 * different pixels for the two. */
static void
test_animates (Fixture       *fixture,
               gconstpointer  data)
{
  KcExerciseFigure *figure;
  cairo_surface_t *start, *end;
  guint n_frames_seen = 1;

  show_figure (fixture, "dead-bug", TRUE);
  figure = KC_EXERCISE_FIGURE (fixture->figure);
  g_assert_true (kc_exercise_figure_is_animating (figure));
  g_assert_false (kc_exercise_figure_is_side_by_side (figure));

  wait_for_frame (figure, 0);
  start = draw (fixture->figure);
  for (guint last = 0; kc_exercise_figure_get_frame (figure) < LAST_FRAME;)
    {
      wait_for_frame (figure, G_MAXUINT);
      g_assert_cmpuint (kc_exercise_figure_get_frame (figure), >, last);
      last = kc_exercise_figure_get_frame (figure);
      n_frames_seen++;
    }
  g_assert_cmpuint (n_frames_seen, >=, 4);
  end = draw (fixture->figure);
  g_assert_cmpuint (kc_test_count_different_pixels (start, end), >, 20);

  /* and back again */
  wait_for_frame (figure, 0);
  cairo_surface_destroy (start);
  cairo_surface_destroy (end);
}

/* @exercise's frame @frame alone, as the figure draws it in the light
 * theme at the test's size. */
static cairo_surface_t *
render_frame (KcExercise *exercise,
              guint       frame)
{
  g_autoptr(GBytes) css = g_resources_lookup_data (RESOURCE_PREFIX "/diagrams/diagram-light.css",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(KcExercisePoses) poses = kc_exercise_poses_new (exercise, css, NULL);

  return kc_test_render_pose_frame (poses, frame, WIDTH, HEIGHT);
}

/* How many pixels of @mix are not between @a and @b, channel by channel
 * (with a little room for rounding). */
static guint
count_outside (cairo_surface_t *mix,
               cairo_surface_t *a,
               cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (mix);
  const guint8 *m = cairo_image_surface_get_data (mix);
  const guint8 *p = cairo_image_surface_get_data (a);
  const guint8 *q = cairo_image_surface_get_data (b);
  guint outside = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      for (int c = 0; c < 4; c++)
        {
          int i = y * stride + x * 4 + c;

          if (m[i] + 2 < MIN (p[i], q[i]) || m[i] > MAX (p[i], q[i]) + 2)
            {
              outside++;
              break;
            }
        }
  return outside;
}

/* While it moves, it fades each frame into the next: between two frames
 * it draws neither alone but a mix of the two, every pixel between them. */
static void
test_cross_fades (Fixture       *fixture,
                  gconstpointer  data)
{
  KcExercise *bridge = kc_library_lookup_exercise (fixture->library, "bridge");
  KcExerciseFigure *figure;
  gint64 deadline = g_get_monotonic_time () + PATIENCE_US;
  cairo_surface_t *mix, *below, *above;
  double position;

  show_figure (fixture, "bridge", TRUE);
  figure = KC_EXERCISE_FIGURE (fixture->figure);
  for (position = 0; position == floor (position);
       position = kc_exercise_figure_get_position (figure))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      iterate ();
    }

  /* no tick between reading the position and drawing */
  mix = draw (fixture->figure);
  g_assert_cmpfloat (kc_exercise_figure_get_position (figure), ==, position);
  below = render_frame (bridge, (guint)position);
  above = render_frame (bridge, (guint)position + 1);
  g_assert_cmpuint (kc_test_count_different_pixels (mix, below), >, 20);
  g_assert_cmpuint (kc_test_count_different_pixels (mix, above), >, 20);
  g_assert_cmpuint (count_outside (mix, below, above), ==, 0);
  cairo_surface_destroy (mix);
  cairo_surface_destroy (below);
  cairo_surface_destroy (above);
}

/* With animations off (reduced motion) it stands still, start and end
 * side by side, until they are turned on. */
static void
test_still_without_animations (Fixture       *fixture,
                               gconstpointer  data)
{
  KcExerciseFigure *figure;
  cairo_surface_t *before, *after;

  set_animations (FALSE);
  show_figure (fixture, "bridge", TRUE);
  figure = KC_EXERCISE_FIGURE (fixture->figure);

  g_assert_false (kc_exercise_figure_is_animating (figure));
  g_assert_true (kc_exercise_figure_is_side_by_side (figure));
  before = draw (fixture->figure);
  run_for (600);
  after = draw (fixture->figure);
  g_assert_cmpuint (kc_test_count_different_pixels (before, after), ==, 0);
  g_assert_cmpuint (kc_exercise_figure_get_frame (figure), ==, LAST_FRAME);

  set_animations (TRUE);
  g_assert_true (kc_exercise_figure_is_animating (figure));
  g_assert_false (kc_exercise_figure_is_side_by_side (figure));
  set_animations (FALSE);
  g_assert_false (kc_exercise_figure_is_animating (figure));
  cairo_surface_destroy (before);
  cairo_surface_destroy (after);
}

/* Hidden, it does not tick. */
static void
test_stops_when_hidden (Fixture       *fixture,
                        gconstpointer  data)
{
  KcExerciseFigure *figure;

  show_figure (fixture, "plank", TRUE);
  figure = KC_EXERCISE_FIGURE (fixture->figure);
  g_assert_true (kc_exercise_figure_is_animating (figure));

  gtk_widget_set_visible (fixture->figure, FALSE);
  g_assert_false (gtk_widget_get_mapped (fixture->figure));
  g_assert_false (kc_exercise_figure_is_animating (figure));

  gtk_widget_set_visible (fixture->figure, TRUE);
  g_assert_true (kc_exercise_figure_is_animating (figure));
}

/* A card's figure shows the end pose and never moves; walking's end pose
 * is halfway round its stride. */
static void
test_card_shows_end_pose (Fixture       *fixture,
                          gconstpointer  data)
{
  KcExerciseFigure *figure;

  show_figure (fixture, "walking", FALSE);
  figure = KC_EXERCISE_FIGURE (fixture->figure);
  g_assert_false (kc_exercise_figure_is_animating (figure));
  g_assert_false (kc_exercise_figure_is_side_by_side (figure));
  g_assert_cmpuint (kc_exercise_figure_get_frame (figure), ==, HALFWAY_FRAME);
}

/* A screen reader hears what the two poses show. */
static void
test_description (Fixture       *fixture,
                  gconstpointer  data)
{
  show_figure (fixture, "bridge", TRUE);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (fixture->figure), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->figure),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Picture: Bridge");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->figure),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Start: Lying on your back, knees bent, feet flat. "
                                       "End: Hips lifted, in line with shoulders and knees.");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/exercise-figure/animates", Fixture, NULL, fixture_set_up, test_animates,
              fixture_tear_down);
  g_test_add ("/exercise-figure/cross-fades", Fixture, NULL, fixture_set_up, test_cross_fades,
              fixture_tear_down);
  g_test_add ("/exercise-figure/still-without-animations", Fixture, NULL, fixture_set_up,
              test_still_without_animations, fixture_tear_down);
  g_test_add ("/exercise-figure/stops-when-hidden", Fixture, NULL, fixture_set_up,
              test_stops_when_hidden, fixture_tear_down);
  g_test_add ("/exercise-figure/card-shows-end-pose", Fixture, NULL, fixture_set_up,
              test_card_shows_end_pose, fixture_tear_down);
  g_test_add ("/exercise-figure/description", Fixture, NULL, fixture_set_up, test_description,
              fixture_tear_down);

  return g_test_run ();
}
