/* test-diagram-labels.c: name labels on every anatomy diagram, in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At 1024×600 (and 1280×800), fitted and zoomed in: every part in sight
 * has its label, whole (never ellipsized, at most two lines), inside the
 * view, clear of every other label, and no two leader lines cross.  Run
 * once in English and, with KC_TEST_GERMAN=1, once in German, whose
 * names are longer.  With a part chosen on the short view, only it and
 * its nearest neighbours are labelled; on the tall one, every part.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <math.h>

#include "content/kc-library.h"
#include "kc-test-german.h"
#include "kc-window.h"
#include "pages/kc-anatomy-page.h"
#include "widgets/kc-diagram-view-private.h"
#include "kc-test-widgets.h"

static const char *diagrams[] = { "lumbar-spine", "knee", "hip" };

/* A part of each diagram, in the middle of a crowd of named parts. */
static const char *chosen_parts[] = { "l4-nerve-root", "medial-collateral-ligament",
                                      "femoral-nerve" };

typedef struct
{
  KcLibrary *library;
  GSettings *settings;
  KcWindow *window;
  KcAnatomyPage *page;
  KcDiagramView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const int *size = data;

  fixture->library = kc_test_bundled_library ();
  fixture->settings = g_settings_new (APP_ID);
  g_settings_set_boolean (fixture->settings, "disclaimer-dismissed", TRUE);
  fixture->window = kc_window_new (NULL, fixture->library, fixture->settings);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), size[0], size[1]);
  gtk_window_present (GTK_WINDOW (fixture->window));
  g_assert_true (kc_window_show_page (fixture->window, "anatomy"));
  fixture->page = KC_ANATOMY_PAGE (kc_test_find_by_type (GTK_WIDGET (fixture->window),
                                                         KC_TYPE_ANATOMY_PAGE));
  fixture->view = KC_DIAGRAM_VIEW (kc_test_find_by_type (GTK_WIDGET (fixture->page),
                                                         KC_TYPE_DIAGRAM_VIEW));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  /* A page that folds its columns on a narrow window (kc-fold-layout.c)
   * is laid out folded a frame later, when libadwaita's fold has run. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  /* The size asked for, less the frame GTK draws itself with no window manager. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), >, size[0] - 24);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Every test here dismisses the disclaimer: nothing to reset. */
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->settings);
  g_assert_finalize_object (fixture->library);
}

static guint
count_named_parts (KcDiagramView *view)
{
  guint n = 0;

  for (guint i = 0; i < _kc_diagram_view_get_n_parts (view); i++)
    {
      const char *name;

      _kc_diagram_view_get_part (view, i, &name);
      n += name != NULL;
    }

  return n;
}

/* @text as a reader sees it: without the word joiners that keep a range
 * such as “L1–L2” on one line. */
static char *
dup_visible (const char *text)
{
  g_auto(GStrv) pieces = g_strsplit (text, "\u2060", -1);

  return g_strjoinv ("", pieces);
}

/* The label shows its part's whole name, on one or two lines. */
static void
assert_whole (const Label *label)
{
  PangoLayoutIter *iter = pango_layout_get_iter (label->layout);
  g_autoptr(GString) shown = g_string_new (NULL);
  const char *text = pango_layout_get_text (label->layout);
  g_autofree char *visible = dup_visible (text);
  g_autofree char *visible_shown = NULL;

  g_test_message ("“%s”: %d lines, %g px wide", label->part->name,
                  pango_layout_get_line_count (label->layout), label->rect.size.width);
  g_assert_cmpstr (visible, ==, label->part->name);
  g_assert_false (pango_layout_is_ellipsized (label->layout));
  g_assert_cmpint (pango_layout_get_line_count (label->layout), <=, 2);

  /* What the lines hold, put together, is the name: nothing dropped. */
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);

      g_string_append_len (shown, text + line->start_index, line->length);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  visible_shown = dup_visible (shown->str);
  g_assert_cmpstr (visible_shown, ==, label->part->name);
}

static void
assert_inside (const Label *label,
               double       width,
               double       height)
{
  const graphene_rect_t *r = &label->rect;

  g_assert_cmpfloat (r->origin.x, >=, 0);
  g_assert_cmpfloat (r->origin.y, >=, 0);
  g_assert_cmpfloat (r->origin.x + r->size.width, <=, width);
  g_assert_cmpfloat (r->origin.y + r->size.height, <=, height);
  g_assert_cmpfloat (label->to.x, >=, 0);
  g_assert_cmpfloat (label->to.x, <=, width);
}

/* Whether segments p1–p2 and q1–q2 meet at a point inside both: solved
 * for the parameters along each. */
static gboolean
segments_meet (const graphene_point_t *p1,
               const graphene_point_t *p2,
               const graphene_point_t *q1,
               const graphene_point_t *q2)
{
  double rx = p2->x - p1->x, ry = p2->y - p1->y;
  double sx = q2->x - q1->x, sy = q2->y - q1->y;
  double denominator = rx * sy - ry * sx;
  double t, u;

  if (G_APPROX_VALUE (denominator, 0, 1e-9))
    return FALSE;

  t = ((q1->x - p1->x) * sy - (q1->y - p1->y) * sx) / denominator;
  u = ((q1->x - p1->x) * ry - (q1->y - p1->y) * rx) / denominator;
  return t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6;
}

static void
assert_labels_clear (Fixture  *fixture,
                     gboolean  every_part)
{
  GArray *labels = _kc_diagram_view_get_labels (fixture->view);
  double width = gtk_widget_get_width (GTK_WIDGET (fixture->view));
  double height = gtk_widget_get_height (GTK_WIDGET (fixture->view));

  g_test_message ("%u labels in %g × %g", labels->len, width, height);
  g_assert_cmpuint (labels->len, >, 0);
  if (every_part)
    g_assert_cmpuint (labels->len, ==, count_named_parts (fixture->view));

  for (guint i = 0; i < labels->len; i++)
    {
      const Label *a = &g_array_index (labels, Label, i);

      assert_whole (a);
      assert_inside (a, width, height);
      for (guint j = i + 1; j < labels->len; j++)
        {
          const Label *b = &g_array_index (labels, Label, j);

          if (graphene_rect_intersection (&a->rect, &b->rect, NULL))
            g_error ("“%s” overlaps “%s”", a->part->name, b->part->name);
          if (segments_meet (&a->from, &a->to, &b->from, &b->to))
            g_error ("The lines of “%s” and “%s” cross", a->part->name, b->part->name);
        }
    }
}

static void
test_labels_fit (Fixture       *fixture,
                 gconstpointer  data)
{
  for (guint d = 0; d < G_N_ELEMENTS (diagrams); d++)
    {
      g_test_message ("%s", diagrams[d]);
      g_assert_true (kc_anatomy_page_show_diagram (fixture->page, diagrams[d]));
      kc_diagram_view_set_show_labels (fixture->view, TRUE);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
      assert_labels_clear (fixture, TRUE);
    }
}

/* Zoomed in, the labels of parts still in sight stay inside the view. */
static void
test_labels_fit_zoomed (Fixture       *fixture,
                        gconstpointer  data)
{
  for (guint d = 0; d < G_N_ELEMENTS (diagrams); d++)
    {
      g_assert_true (kc_anatomy_page_show_diagram (fixture->page, diagrams[d]));
      kc_diagram_view_set_show_labels (fixture->view, TRUE);
      kc_diagram_view_set_zoom (fixture->view, 2.0);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
      assert_labels_clear (fixture, FALSE);
    }
}

/* The layout is found once per size, not on every pointer move or frame;
 * a new name is laid out again. */
static void
test_labels_cached (Fixture       *fixture,
                    gconstpointer  data)
{
  GArray *labels;
  Label *first;
  PangoLayout *layout;
  const char *id;

  g_assert_true (kc_anatomy_page_show_diagram (fixture->page, "knee"));
  kc_diagram_view_set_show_labels (fixture->view, TRUE);
  labels = _kc_diagram_view_get_labels (fixture->view);
  first = &g_array_index (labels, Label, 0);
  layout = g_object_ref (first->layout);
  id = first->part->id;
  gtk_widget_queue_draw (GTK_WIDGET (fixture->view));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
  g_assert_true (g_array_index (_kc_diagram_view_get_labels (fixture->view), Label, 0).layout ==
                 layout);

  kc_diagram_view_set_part_name (fixture->view, id, "Renamed");
  labels = _kc_diagram_view_get_labels (fixture->view);
  for (guint i = 0; i < labels->len; i++)
    {
      Label *label = &g_array_index (labels, Label, i);

      g_assert_true (label->layout != layout);
      if (g_str_equal (label->part->id, id))
        g_assert_cmpstr (pango_layout_get_text (label->layout), ==, "Renamed");
    }
  g_object_unref (layout);
}

/* Whether the labels name @id. */
static gboolean
labels_name (GArray     *labels,
             const char *id)
{
  for (guint i = 0; i < labels->len; i++)
    if (g_str_equal (g_array_index (labels, Label, i).part->id, id))
      return TRUE;

  return FALSE;
}

/* How far the anchors of @a and @b lie apart, in document units. */
static double
anchor_distance (const Part *a,
                 const Part *b)
{
  return hypot (a->anchor_x - b->anchor_x, a->anchor_y - b->anchor_y);
}

/* No named part left without a label lies nearer the chosen part than a
 * labelled neighbour. */
static void
assert_nearest (KcDiagramView *view,
                GArray        *labels,
                const char    *chosen_id)
{
  Part *chosen = _kc_diagram_view_find_part (view, chosen_id);
  double farthest = 0;

  for (guint i = 0; i < labels->len; i++)
    farthest = MAX (farthest, anchor_distance (chosen, g_array_index (labels, Label, i).part));

  for (guint i = 0; i < view->parts->len; i++)
    {
      Part *part = g_ptr_array_index (view->parts, i);

      if (part->name != NULL && part->has_anchor && !labels_name (labels, part->id))
        g_assert_cmpfloat (anchor_distance (chosen, part), >=, farthest);
    }
}

/* At 1024×600 a chosen part and its four nearest neighbours keep their
 * labels, whole and clear, and no other part has one; choosing nothing
 * brings every label back. */
static void
test_labels_near_choice (Fixture       *fixture,
                         gconstpointer  data)
{
  for (guint d = 0; d < G_N_ELEMENTS (diagrams); d++)
    {
      GArray *labels;

      g_test_message ("%s: %s", diagrams[d], chosen_parts[d]);
      g_assert_true (kc_anatomy_page_show_diagram (fixture->page, diagrams[d]));
      kc_diagram_view_set_show_labels (fixture->view, TRUE);
      g_assert_true (_kc_diagram_view_labels_crowd (fixture->view));
      kc_diagram_view_set_selected_part (fixture->view, chosen_parts[d]);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
      g_assert_cmpstr (kc_diagram_view_get_selected_part (fixture->view), ==, chosen_parts[d]);

      labels = _kc_diagram_view_get_labels (fixture->view);
      g_assert_cmpuint (labels->len, ==, 1 + KC_DIAGRAM_LABELS_NEIGHBOURS);
      g_assert_true (labels_name (labels, chosen_parts[d]));
      assert_nearest (fixture->view, labels, chosen_parts[d]);
      assert_labels_clear (fixture, FALSE);

      kc_diagram_view_set_selected_part (fixture->view, NULL);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
      assert_labels_clear (fixture, TRUE);
    }
}

/* A tall view has room for every label, chosen part or not. */
static void
test_labels_all_when_tall (Fixture       *fixture,
                           gconstpointer  data)
{
  for (guint d = 0; d < G_N_ELEMENTS (diagrams); d++)
    {
      g_assert_true (kc_anatomy_page_show_diagram (fixture->page, diagrams[d]));
      kc_diagram_view_set_show_labels (fixture->view, TRUE);
      kc_diagram_view_set_selected_part (fixture->view, chosen_parts[d]);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
      g_assert_false (_kc_diagram_view_labels_crowd (fixture->view));
      assert_labels_clear (fixture, TRUE);
    }
}

static void
test_lines_cross (void)
{
  graphene_point_t a = GRAPHENE_POINT_INIT (0, 0), b = GRAPHENE_POINT_INIT (10, 10);
  graphene_point_t c = GRAPHENE_POINT_INIT (0, 10), d = GRAPHENE_POINT_INIT (10, 0);
  graphene_point_t e = GRAPHENE_POINT_INIT (0, 5), f = GRAPHENE_POINT_INIT (4, 9);

  g_assert_true (_kc_diagram_view_lines_cross (&a, &b, &c, &d));
  g_assert_true (segments_meet (&a, &b, &c, &d));
  g_assert_false (_kc_diagram_view_lines_cross (&a, &b, &e, &f));
  g_assert_false (segments_meet (&a, &b, &e, &f));
}

int
main (int   argc,
      char *argv[])
{
  static const int small[] = { 1024, 600 };
  static const int large[] = { 1280, 800 };
  g_autofree char *german = NULL;
  int status;

  if (g_strcmp0 (g_getenv ("KC_TEST_GERMAN"), "1") == 0)
    german = kc_test_switch_to_german ();
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, size, func) \
  g_test_add (path, Fixture, size, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/diagram-labels/lines-cross", test_lines_cross);
  ADD ("/diagram-labels/1024x600", small, test_labels_fit);
  ADD ("/diagram-labels/1280x800", large, test_labels_fit);
  ADD ("/diagram-labels/1024x600-zoomed", small, test_labels_fit_zoomed);
  ADD ("/diagram-labels/cached", small, test_labels_cached);
  ADD ("/diagram-labels/1024x600-chosen", small, test_labels_near_choice);
  ADD ("/diagram-labels/1280x800-chosen", large, test_labels_all_when_tall);

#undef ADD

  status = g_test_run ();
  if (german != NULL)
    kc_test_remove_tree (german);
  return status;
}
