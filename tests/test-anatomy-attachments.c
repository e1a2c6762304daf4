/* test-anatomy-attachments.c: the diagrams join what anatomy joins
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A physiotherapist's checks of ../shared/ANATOMY.md, made on the pictures
 * themselves: each part is drawn alone in the light colours and its
 * pixels are compared with another's.  The LCL is a cord to the fibular
 * head, the MCL a broad band well down the tibia, the patellar tendon
 * runs to the tibial tuberosity below the joint line, the fibular head
 * sits outside and below that line; the L4 root leaves through the
 * L4–L5 foramen, below its own pedicle, and the cord ends at L1–L2; the
 * greater trochanter is level with the femoral head's centre.  No
 * display: librsvg and cairo only.
 */
#include "config.h"

#include <librsvg/rsvg.h>
#include <math.h>

#include "kc-test-pixels.h"

typedef struct
{
  RsvgHandle *handle;
  int width, height;
} Diagram;

/* Where a part paints: its pixels, their box and their middle. */
typedef struct
{
  cairo_surface_t *mask;
  int left, top, right, bottom;   /* inclusive */
  guint area;
  double centre_x, centre_y;
} Ink;

static Diagram
load_diagram (const char *name)
{
  g_autofree char *resource = g_strdup_printf (RESOURCE_PREFIX "/diagrams/%s.svg", name);
  g_autoptr(GBytes) svg = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GBytes) css = g_resources_lookup_data (RESOURCE_PREFIX "/diagrams/diagram-light.css",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  Diagram diagram = { 0 };
  double width, height;

  g_assert_nonnull (svg);
  g_assert_nonnull (css);
  diagram.handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL),
                                              g_bytes_get_size (svg), &error);
  g_assert_no_error (error);
  g_assert_true (rsvg_handle_set_stylesheet (diagram.handle, g_bytes_get_data (css, NULL),
                                             g_bytes_get_size (css), &error));
  g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (diagram.handle, &width, &height));
  diagram.width = (int)width;
  diagram.height = (int)height;
  return diagram;
}

static Ink
ink_of (const Diagram *diagram,
        const char    *id)
{
  g_autofree char *ref = g_strconcat ("#", id, NULL);
  Ink ink = { .left = G_MAXINT, .top = G_MAXINT, .right = -1, .bottom = -1 };
  double sum_x = 0, sum_y = 0;
  const guchar *data;
  int stride;

  g_assert_true (rsvg_handle_has_sub (diagram->handle, ref));
  ink.mask = kc_test_render_layer_mask (diagram->handle, ref, diagram->width, diagram->height);
  data = cairo_image_surface_get_data (ink.mask);
  stride = cairo_image_surface_get_stride (ink.mask);
  for (int y = 0; y < diagram->height; y++)
    for (int x = 0; x < diagram->width; x++)
      if (data[y * stride + x] > 127)
        {
          ink.left = MIN (ink.left, x);
          ink.right = MAX (ink.right, x);
          ink.top = MIN (ink.top, y);
          ink.bottom = MAX (ink.bottom, y);
          ink.area++;
          sum_x += x;
          sum_y += y;
        }

  g_assert_cmpuint (ink.area, >, 0);
  ink.centre_x = sum_x / ink.area;
  ink.centre_y = sum_y / ink.area;
  return ink;
}

static void
ink_clear (Ink *ink)
{
  g_clear_pointer (&ink->mask, cairo_surface_destroy);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Ink, ink_clear)

static guint
overlap (const Ink *a,
         const Ink *b,
         double    *centre_y)
{
  return kc_test_count_overlap (a->mask, b->mask, centre_y);
}

/* How wide a part is on average across its length (which runs down). */
static double
mean_width (const Ink *ink)
{
  return (double)ink->area / (ink->bottom - ink->top + 1);
}

/* Right knee from the front, its outer side on the left. */
static void
test_knee (void)
{
  Diagram knee = load_diagram ("knee");
  g_auto(Ink) tibia = ink_of (&knee, "tibia");
  g_auto(Ink) fibula = ink_of (&knee, "fibula");
  g_auto(Ink) patella = ink_of (&knee, "patella");
  g_auto(Ink) lcl = ink_of (&knee, "lateral-collateral-ligament");
  g_auto(Ink) mcl = ink_of (&knee, "medial-collateral-ligament");
  g_auto(Ink) tendon = ink_of (&knee, "patellar-tendon");
  int joint_line = tibia.top;   /* the top of the tibial plateau */

  /* The fibular head: outside and below the joint line. */
  g_assert_cmpint (fibula.top, >, joint_line);
  g_assert_cmpfloat (fibula.centre_x, <, tibia.centre_x);

  /* The LCL, a cord from above the joint line to the fibular head. */
  g_assert_cmpint (lcl.top, <, joint_line);
  g_assert_cmpuint (overlap (&lcl, &fibula, NULL), >, 0);
  g_assert_cmpint (lcl.bottom, <, fibula.top + 40);

  /* The MCL, a broad band on the inner side down to the tibia, 5–7 cm
   * below the joint line (the plateau, about 7.5 cm, is some 240 px). */
  g_assert_cmpfloat (mcl.centre_x, >, tibia.centre_x);
  g_assert_cmpint (mcl.top, <, joint_line);
  g_assert_cmpuint (overlap (&mcl, &tibia, NULL), >, 0);
  g_assert_cmpint (mcl.bottom - joint_line, >, 120);
  g_assert_cmpfloat (mean_width (&mcl), >, 1.3 * mean_width (&lcl));

  /* The patellar tendon, from the kneecap to the tuberosity 2–3 cm below
   * the joint line. */
  g_assert_cmpuint (overlap (&tendon, &patella, NULL), >, 0);
  g_assert_cmpuint (overlap (&tendon, &tibia, NULL), >, 0);
  g_assert_cmpint (tendon.bottom - joint_line, >, 50);

  g_object_unref (knee.handle);
}

/* The lumbar spine from the side: a root leaves below its own pedicle. */
static void
test_spine (void)
{
  Diagram spine = load_diagram ("lumbar-spine");
  g_auto(Ink) root = ink_of (&spine, "l4-nerve-root");
  g_auto(Ink) foramen = ink_of (&spine, "l4-l5-foramen");
  g_auto(Ink) pedicle = ink_of (&spine, "l4-pedicle");
  g_auto(Ink) cord = ink_of (&spine, "spinal-cord");
  g_auto(Ink) l1 = ink_of (&spine, "l1-vertebra");
  g_auto(Ink) l2 = ink_of (&spine, "l2-vertebra");
  double exit_y;

  g_assert_cmpuint (overlap (&root, &foramen, &exit_y), >, 20);
  g_assert_cmpfloat (exit_y, >, pedicle.centre_y);
  g_assert_cmpfloat (exit_y, >, pedicle.bottom);

  /* The cord ends at L1–L2: between the middles of the two vertebrae. */
  g_assert_cmpfloat (cord.bottom, >, l1.centre_y);
  g_assert_cmpfloat (cord.bottom, <, l2.centre_y);

  g_object_unref (spine.handle);
}

/* The hip from the front: the greater trochanter is level with the
 * femoral head's centre, outside it. */
static void
test_hip (void)
{
  Diagram hip = load_diagram ("hip");
  g_auto(Ink) head = ink_of (&hip, "femoral-head");
  g_auto(Ink) trochanter = ink_of (&hip, "greater-trochanter");
  double radius = (head.bottom - head.top) / 2.0;

  g_assert_cmpfloat (fabs (trochanter.centre_y - head.centre_y), <, radius);
  g_assert_cmpfloat (trochanter.centre_x, <, head.left);

  g_object_unref (hip.handle);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/anatomy-attachments/knee", test_knee);
  g_test_add_func ("/anatomy-attachments/spine", test_spine);
  g_test_add_func ("/anatomy-attachments/hip", test_hip);

  return g_test_run ();
}
