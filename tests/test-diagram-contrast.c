/* test-diagram-contrast.c: the diagram colours, measured as WCAG 2 does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In data/diagrams/diagram-light.css and diagram-dark.css: the name
 * labels' text against the plate they are drawn on (the page's colour)
 * at least 4.5:1, as for text; their leader lines, and the outline of
 * every kind of part, at least 3:1, as for graphics, against the page and
 * against the skin and muscle that parts are drawn over.  The selection's
 * and the hover's outlines likewise, and the selection's against its own
 * fill; the exercise figures' outlines and props, drawn on the page alone,
 * against the page.
 */
#include "config.h"

#include <glib.h>
#include <math.h>
#include <string.h>

/* Classes whose stroke is what shows a part's shape. */
static const char *outlines[] = {
  "bone", "disc", "cord", "nerve", "nerve-fine", "ligament", "cartilage", "meniscus",
  "tendon", "region", "nucleus", "foramen", "facet", "pressure", "kc-state-lit",
  "kc-role-source", "kc-role-possible", "kc-role-common", "kc-role-occasional",
  "kc-role-rare", "kc-role-hurt", "kc-role-hurt-source", "muscle-part", "nerve-thin",
  "artery", "vein",
  "kc-selected", "kc-hover",
  "dermatome-l2", "dermatome-l3", "dermatome-l4", "dermatome-l5", "dermatome-s1",
};

/* Outlines of the exercise figures (the near body, the far limbs) and of
 * what they stand on, which stand on the page alone. */
static const char *pictogram_lines[] = {
  "figure-outline", "limb-far-outline", "floor", "mat", "prop", "water",
};

/* The "#rrggbb" of @property in @style_class's rule of @css. */
static guint32
rule_color (const char *css,
            const char *style_class,
            const char *property)
{
  g_autofree char *pattern = g_strdup_printf ("^\\.%s \\{[^}]*[ ;{]%s: *#([0-9a-fA-F]{6})",
                                              style_class, property);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *hex = NULL;

  if (!g_regex_match (regex, css, 0, &match))
    g_error ("No %s for .%s", property, style_class);
  hex = g_match_info_fetch (match, 1);
  return (guint32)g_ascii_strtoull (hex, NULL, 16);
}

static double
channel (guint32 rgb,
         int     shift)
{
  double c = ((rgb >> shift) & 0xff) / 255.0;

  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* WCAG 2's relative luminance and contrast ratio. */
static double
luminance (guint32 rgb)
{
  return 0.2126 * channel (rgb, 16) + 0.7152 * channel (rgb, 8) + 0.0722 * channel (rgb, 0);
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
assert_contrast (const char *what,
                 guint32     color,
                 const char *against,
                 guint32     background,
                 double      minimum)
{
  double ratio = contrast (color, background);

  g_test_message ("%s #%06x on %s #%06x: %.2f:1", what, color, against, background, ratio);
  if (ratio < minimum)
    g_error ("%s #%06x on %s #%06x is %.2f:1, less than %.1f:1",
             what, color, against, background, ratio, minimum);
}

static void
test_stylesheet (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "diagrams", name,
                                                 NULL);
  g_autofree char *css = NULL;
  g_autoptr(GError) error = NULL;
  guint32 page, backgrounds[3];
  const char *background_names[] = { "page", "skin", "muscle" };

  g_assert_true (g_file_get_contents (path, &css, NULL, &error));
  g_assert_no_error (error);

  /* The plate under each label is the page's colour. */
  page = rule_color (css, "kc-label", "stroke");
  backgrounds[0] = page;
  backgrounds[1] = rule_color (css, "skin", "fill");
  backgrounds[2] = rule_color (css, "muscle", "fill");

  assert_contrast ("label", rule_color (css, "kc-label", "fill"), "page", page, 4.5);
  assert_contrast ("leader line", rule_color (css, "kc-leader", "stroke"), "page", page, 3.0);
  for (guint i = 0; i < G_N_ELEMENTS (outlines); i++)
    for (guint j = 0; j < G_N_ELEMENTS (backgrounds); j++)
      assert_contrast (outlines[i], rule_color (css, outlines[i], "stroke"),
                       background_names[j], backgrounds[j], 3.0);
  for (guint i = 0; i < G_N_ELEMENTS (pictogram_lines); i++)
    assert_contrast (pictogram_lines[i], rule_color (css, pictogram_lines[i], "stroke"),
                     "page", page, 3.0);
  assert_contrast ("selection outline", rule_color (css, "kc-selected", "stroke"),
                   "selection", rule_color (css, "kc-selected", "fill"), 3.0);
}

/* The measure itself, on pairs whose ratios are known. */
static void
test_measure (void)
{
  g_assert_cmpfloat_with_epsilon (contrast (0x000000, 0xffffff), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (contrast (0x777777, 0xffffff), 4.48, 0.01);
  g_assert_cmpfloat_with_epsilon (contrast (0x123456, 0x123456), 1.0, 1e-9);
  g_assert_cmpuint (rule_color (".a { fill: #010203; stroke: #0a0b0c; }\n.b-c { stroke: #ffffff; }",
                                "a", "stroke"), ==, 0x0a0b0c);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diagram-contrast/measure", test_measure);
  g_test_add_data_func ("/diagram-contrast/light", "diagram-light.css", test_stylesheet);
  g_test_add_data_func ("/diagram-contrast/dark", "diagram-dark.css", test_stylesheet);

  return g_test_run ();
}
