/* test-dermatome-map.c: the dermatome overlay lies where each root's skin is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each root's layer of the body figures (build-aux/make-body-svgs.py) is
 * drawn alone, at the figure's own size, and compared pixel by pixel with
 * the body map's regions: L4 must cover both shins and stay off the
 * thighs, S1 the calves and heels, and so on, after Lee et al. 2008
 * (../shared/ANATOMY.md).  No display: librsvg and cairo only.
 */
#include "config.h"

#include <librsvg/rsvg.h>

#define WIDTH 400
#define HEIGHT 900

typedef struct
{
  const char *view;
  const char *root;
  const char *over[3];     /* regions (without "-left"/"-right") each leg's patch covers */
  const char *not_over[4]; /* regions it must not touch */
} Expected;

static const Expected expected[] = {
  { "front", "l2", { "front-thigh" }, { "knee-front", "shin", "foot" } },
  { "front", "l3", { "front-thigh", "knee-front" }, { "groin", "ankle", "foot" } },
  { "front", "l4", { "shin", "ankle" }, { "front-thigh", "groin", "foot" } },
  { "front", "l5", { "shin", "ankle", "foot" }, { "front-thigh", "groin" } },
  { "back", "l2", { "back-thigh" }, { "knee-back", "calf", "foot" } },
  { "back", "l3", { "back-thigh", "knee-back" }, { "buttock", "ankle", "foot" } },
  { "back", "l4", { "calf", "ankle" }, { "back-thigh", "buttock", "foot" } },
  { "back", "l5", { "calf", "ankle" }, { "back-thigh", "buttock", "foot" } },
  { "back", "s1", { "calf", "ankle", "foot" }, { "back-thigh", "buttock", "lower-back" } },
};

/* Leg regions of each view, for "the overlay stays on the body". */
static const char *front_regions[] = {
  "hip", "groin", "front-thigh", "outer-thigh", "knee-front", "shin", "ankle", "foot", NULL
};
static const char *back_regions[] = {
  "hip", "buttock", "outer-thigh", "back-thigh", "knee-back", "calf", "ankle", "foot", NULL
};

static RsvgHandle *
load_view (const char *view)
{
  g_autofree char *resource = g_strdup_printf (RESOURCE_PREFIX "/diagrams/body-%s.svg", view);
  g_autoptr(GBytes) svg = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;

  g_assert_nonnull (svg);
  handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg),
                                      &error);
  g_assert_no_error (error);
  return handle;
}

/* Where @id paints, as an alpha mask of the whole figure; %NULL if absent. */
static cairo_surface_t *
mask_of (RsvgHandle *handle,
         const char *id)
{
  RsvgRectangle viewport = { 0, 0, WIDTH, HEIGHT };
  g_autofree char *ref = g_strconcat ("#", id, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (!rsvg_handle_has_sub (handle, ref))
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, WIDTH, HEIGHT);
  cr = cairo_create (surface);
  g_assert_true (rsvg_handle_render_layer (handle, cr, ref, &viewport, NULL));
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Pixels painted in @a, and in @b too if @b is given. */
static guint
count_pixels (cairo_surface_t *a,
              cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);
  const guchar *pa = cairo_image_surface_get_data (a);
  const guchar *pb = b != NULL ? cairo_image_surface_get_data (b) : NULL;
  guint n = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      if (pa[y * stride + x] > 127 && (pb == NULL || pb[y * stride + x] > 127))
        n++;

  return n;
}

static guint
overlap (RsvgHandle      *handle,
         cairo_surface_t *skin,
         const char      *region)
{
  cairo_surface_t *mask = mask_of (handle, region);
  guint n;

  g_assert_nonnull (mask);
  n = count_pixels (skin, mask);
  cairo_surface_destroy (mask);
  return n;
}

/* Each leg's patch of a root lies over the regions the map names for it,
 * and touches none of those it must not. */
static void
test_root_over_regions (gconstpointer data)
{
  const Expected *e = data;
  RsvgHandle *handle = load_view (e->view);
  g_autofree char *layer = g_strdup_printf ("dermatome-%s", e->root);
  cairo_surface_t *skin = mask_of (handle, layer);
  guint total;

  g_assert_nonnull (skin);
  total = count_pixels (skin, NULL);
  g_assert_cmpuint (total, >, 500);

  for (guint side = 0; side < 2; side++)
    {
      const char *suffix = side == 0 ? "left" : "right";

      for (guint i = 0; i < G_N_ELEMENTS (e->over) && e->over[i] != NULL; i++)
        {
          g_autofree char *region = g_strdup_printf ("%s-%s", e->over[i], suffix);

          /* A real share of the region, not an edge that touches it. */
          if (overlap (handle, skin, region) < 40)
            g_error ("%s %s: nothing over %s", e->view, e->root, region);
        }
      for (guint i = 0; i < G_N_ELEMENTS (e->not_over) && e->not_over[i] != NULL; i++)
        {
          g_autofree char *region = g_str_equal (e->not_over[i], "lower-back")
                                      ? g_strdup ("lower-back")
                                      : g_strdup_printf ("%s-%s", e->not_over[i], suffix);
          /* Anti-aliased edges of neighbours aside. */
          if (overlap (handle, skin, region) > 20)
            g_error ("%s %s: spills over %s", e->view, e->root, region);
        }
    }

  cairo_surface_destroy (skin);
  g_object_unref (handle);
}

/* Every root's skin is on the legs: none of it off the body. */
static void
test_overlay_on_body (void)
{
  for (guint v = 0; v < 2; v++)
    {
      const char *view = v == 0 ? "front" : "back";
      const char **regions = v == 0 ? front_regions : back_regions;
      RsvgHandle *handle = load_view (view);
      const char *roots[] = { "l2", "l3", "l4", "l5", "s1" };

      for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
        {
          g_autofree char *layer = g_strdup_printf ("dermatome-%s", roots[r]);
          cairo_surface_t *skin = mask_of (handle, layer);
          guint total, inside = 0;

          /* Every root has a layer in both views, even where it draws nothing. */
          g_assert_nonnull (skin);
          total = count_pixels (skin, NULL);
          for (guint i = 0; regions[i] != NULL; i++)
            for (guint side = 0; side < 2; side++)
              {
                g_autofree char *region = g_strdup_printf ("%s-%s", regions[i],
                                                           side == 0 ? "left" : "right");
                inside += overlap (handle, skin, region);
              }
          /* Regions meet edge to edge: a pixel may count twice there. */
          g_assert_cmpuint (inside + total / 50, >=, total);
          cairo_surface_destroy (skin);
        }
      g_object_unref (handle);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dermatome-map/%s/%s", expected[i].view,
                                               expected[i].root);
      g_test_add_data_func (path, &expected[i], test_root_over_regions);
    }
  g_test_add_func ("/dermatome-map/on-body", test_overlay_on_body);

  return g_test_run ();
}
