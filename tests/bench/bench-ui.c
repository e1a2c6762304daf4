/* bench-ui.c: a pointer moving over the diagrams, and printing a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (tests/bench/run starts one). For the body map, the
 * knee, the lumbar spine and the hip at 1280×800 (the last three also with
 * labels), each pointer move is handled the way GTK delivers it
 * (the view's motion controller: exact hit test, hover style) and, when
 * the part under the pointer changed, the view is drawn again (its
 * snapshot, rendered into an image); the time per move is printed. Then
 * the longest possible plan (every exercise on every day) is exported to
 * PDF.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "content/kc-library.h"
#include "content/kc-exercise.h"
#include "pages/kc-plan-print.h"
#include "widgets/kc-print-pdf.h"
#include "plan/kc-plan.h"
#include "widgets/kc-diagram-view.h"

#define WIDTH 1280
#define HEIGHT 800
#define MOVES 600

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static GtkEventController *
motion_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        return controller;   /* the widget keeps it */
    }

  g_error ("The diagram view has no motion controller");
}

static void
redraw (GtkWidget       *view,
        cairo_surface_t *target)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_t *cr;

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  cr = cairo_create (target);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
}

static void
bench_diagram (const char *name,
               const char *resource,
               gboolean    labels)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = kc_diagram_view_new ();
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  GtkEventController *motion;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double total = 0;
  guint redraws = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), view);
  if (!kc_diagram_view_load_resource (KC_DIAGRAM_VIEW (view), resource, &error))
    g_error ("%s: %s", resource, error->message);
  /* Every part named by its id: as many labels as the Anatomy tab shows. */
  for (const char * const *id = kc_diagram_view_get_part_ids (KC_DIAGRAM_VIEW (view));
       labels && *id != NULL; id++)
    kc_diagram_view_set_part_name (KC_DIAGRAM_VIEW (view), *id, *id);
  kc_diagram_view_set_show_labels (KC_DIAGRAM_VIEW (view), labels);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  /* The pointer arrives after the first frame has been on screen a
   * moment: what the view does when idle is done by then, and the image
   * it is drawn into has been drawn before, as a window's has. */
  while (g_main_context_iteration (NULL, FALSE));
  redraw (view, target);
  motion = motion_controller (view);

  for (guint i = 0; i < MOVES; i++)
    {
      /* Back and forth across the figure, down its height. */
      double x = WIDTH * (0.3 + 0.4 * fabs (sin (i * 0.05)));
      double y = HEIGHT * (0.05 + 0.9 * i / MOVES);
      g_autofree char *before = g_strdup (kc_diagram_view_get_hovered_part (KC_DIAGRAM_VIEW (view)));
      gint64 start = g_get_monotonic_time ();
      double ms;

      g_signal_emit_by_name (motion, "motion", x, y);
      if (g_strcmp0 (before, kc_diagram_view_get_hovered_part (KC_DIAGRAM_VIEW (view))) != 0)
        {
          redraw (view, target);
          redraws++;
        }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      total += ms;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  printf ("pointer-%s-mean-ms %.3f\n", name, total / MOVES);
  printf ("pointer-%s-p95-ms %.3f\n", name, g_array_index (times, double, MOVES * 95 / 100));
  printf ("pointer-%s-worst-ms %.3f\n", name, g_array_index (times, double, MOVES - 1));
  printf ("pointer-%s-redraws %u\n", name, redraws);
  cairo_surface_destroy (target);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
bench_print (KcLibrary *library,
             gboolean   compact)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("longest", "Every exercise, every day");
  GListModel *exercises = kc_library_get_exercises (library);
  g_autofree char *dir = g_dir_make_tmp ("kc-bench-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPrintFlow) booklet = NULL;
  GtkPaperSize *paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GStatBuf info;
  gint64 start;

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
      {
        g_autoptr(KcExercise) exercise = g_list_model_get_item (exercises, i);
        kc_plan_add_item (plan, day, kc_item_get_id (KC_ITEM (exercise)),
                          kc_exercise_get_dose (exercise));
      }

  /* As the command line prints it: the booklet laid out and drawn. */
  start = g_get_monotonic_time ();
  booklet = kc_plan_print_new_booklet (plan, library, compact);
  if (!kc_print_flow_write_pdf (booklet, paper, pdf, &error))
    g_error ("Printing failed: %s", error->message);
  printf ("print%s-ms %.1f\n", compact ? "-compact" : "",
          (g_get_monotonic_time () - start) / 1000.0);
  printf ("print%s-pages %u\n", compact ? "-compact" : "", kc_print_flow_get_n_pages (booklet));
  gtk_paper_size_free (paper);
  g_assert (g_stat (pdf, &info) == 0 && info.st_size > 0);
  printf ("print%s-kb %.0f\n", compact ? "-compact" : "", info.st_size / 1024.0);

  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KcLibrary) library = kc_library_new ();

  gtk_init ();
  kc_library_add_bundled (library);
  kc_library_load (library);

  /* "bench-ui print": the booklet's rows alone */
  if (argc > 1 && g_str_equal (argv[1], "print"))
    {
      bench_print (library, FALSE);
      bench_print (library, TRUE);
      return 0;
    }

  bench_diagram ("bodymap", RESOURCE_PREFIX "/diagrams/body-front.svg", FALSE);
  bench_diagram ("knee", RESOURCE_PREFIX "/diagrams/knee.svg", FALSE);
  bench_diagram ("spine", RESOURCE_PREFIX "/diagrams/lumbar-spine.svg", FALSE);
  bench_diagram ("knee-labels", RESOURCE_PREFIX "/diagrams/knee.svg", TRUE);
  bench_diagram ("spine-labels", RESOURCE_PREFIX "/diagrams/lumbar-spine.svg", TRUE);
  bench_diagram ("hip", RESOURCE_PREFIX "/diagrams/hip.svg", FALSE);
  bench_diagram ("hip-labels", RESOURCE_PREFIX "/diagrams/hip.svg", TRUE);
  bench_print (library, FALSE);
  bench_print (library, TRUE);
  return 0;
}
