/* kc-diagram-swatch.c: a legend's square, in a diagram stylesheet's colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A swatch is a one-shape SVG drawn with the theme's diagram stylesheet,
 * so it shows exactly the fill the diagram gives a part of the same class
 * ("kc-role-source"), in the light and the dark theme alike.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <librsvg/rsvg.h>
#include <string.h>

#include "kc-diagram-swatch.h"
#include "kc-diagram-view-private.h"

#define SWATCH_SIZE 16

struct _KcDiagramSwatch
{
  GtkWidget parent_instance;

  /* Owned references */
  char *style_class;
  RsvgHandle *handle;   /* made for the current theme, dropped when it changes */
};

G_DEFINE_FINAL_TYPE (KcDiagramSwatch, kc_diagram_swatch, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STYLE_CLASS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static RsvgHandle *
new_handle (KcDiagramSwatch *self)
{
  g_autoptr(GBytes) css = _kc_diagram_style_dup_base (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;
  g_autofree char *rule = NULL;
  g_autofree char *svg = NULL;

  if (css != NULL)
    rule = _kc_diagram_style_dup_class_rule (g_bytes_get_data (css, NULL), self->style_class);
  /* A swatch is the fill, without the outline every lit place has (the
   * inline style beats the class's stroke); a dashed outline is what a
   * role adds to another, so its swatch shows it, to scale.  A dermatome
   * keeps its own outline, a shade of its fill: on the dark theme the
   * fill alone is too dark to stand out from the page (L5 was 2:1). */
  if (g_str_has_prefix (self->style_class, "dermatome-"))
    svg = g_strdup_printf ("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>"
                           "<rect class='%s' x='1' y='1' width='%d' height='%d' rx='3' "
                           "style='stroke-width: 2'/></svg>",
                           SWATCH_SIZE, SWATCH_SIZE, self->style_class,
                           SWATCH_SIZE - 2, SWATCH_SIZE - 2);
  else if (rule != NULL && strstr (rule, "stroke-dasharray") != NULL)
    svg = g_strdup_printf ("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>"
                           "<rect class='%s' x='1.5' y='1.5' width='%d' height='%d' rx='3' "
                           "style='stroke-width: 3; stroke-dasharray: 4 2'/></svg>",
                           SWATCH_SIZE, SWATCH_SIZE, self->style_class,
                           SWATCH_SIZE - 3, SWATCH_SIZE - 3);
  else
    svg = g_strdup_printf ("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d'>"
                           "<rect class='%s' width='%d' height='%d' rx='3' style='stroke: none'/>"
                           "</svg>",
                           SWATCH_SIZE, SWATCH_SIZE, self->style_class, SWATCH_SIZE, SWATCH_SIZE);

  handle = rsvg_handle_new_from_data ((const guint8 *)svg, strlen (svg), &error);
  if (handle == NULL || css == NULL ||
      !rsvg_handle_set_stylesheet (handle, g_bytes_get_data (css, NULL), g_bytes_get_size (css),
                                   &error))
    {
      g_critical ("Swatch “%s”: %s", self->style_class, error ? error->message : "no stylesheet");
      g_clear_object (&handle);
      return NULL;
    }

  return handle;
}

static void
kc_diagram_swatch_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KcDiagramSwatch *self = KC_DIAGRAM_SWATCH (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RsvgRectangle viewport = { 0, 0, width, height };
  cairo_t *cr;

  if (self->handle == NULL && self->style_class != NULL)
    self->handle = new_handle (self);
  if (self->handle == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rsvg_handle_render_document (self->handle, cr, &viewport, NULL);
  cairo_destroy (cr);
}

static void
kc_diagram_swatch_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  KcDiagramSwatch *self = KC_DIAGRAM_SWATCH (widget);

  GTK_WIDGET_CLASS (kc_diagram_swatch_parent_class)->css_changed (widget, change);

  /* The theme may have turned dark or light. */
  g_clear_object (&self->handle);
  gtk_widget_queue_draw (widget);
}

static void
kc_diagram_swatch_dispose (GObject *object)
{
  KcDiagramSwatch *self = (KcDiagramSwatch *)object;

  g_clear_object (&self->handle);

  G_OBJECT_CLASS (kc_diagram_swatch_parent_class)->dispose (object);
}

static void
kc_diagram_swatch_finalize (GObject *object)
{
  KcDiagramSwatch *self = (KcDiagramSwatch *)object;

  g_clear_pointer (&self->style_class, g_free);

  G_OBJECT_CLASS (kc_diagram_swatch_parent_class)->finalize (object);
}

static void
kc_diagram_swatch_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KcDiagramSwatch *self = KC_DIAGRAM_SWATCH (object);

  switch (prop_id)
    {
    case PROP_STYLE_CLASS:
      g_value_set_string (value, self->style_class);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_diagram_swatch_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KcDiagramSwatch *self = KC_DIAGRAM_SWATCH (object);

  switch (prop_id)
    {
    case PROP_STYLE_CLASS:
      g_free (self->style_class);
      self->style_class = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_diagram_swatch_class_init (KcDiagramSwatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_diagram_swatch_dispose;
  object_class->finalize = kc_diagram_swatch_finalize;
  object_class->get_property = kc_diagram_swatch_get_property;
  object_class->set_property = kc_diagram_swatch_set_property;
  widget_class->snapshot = kc_diagram_swatch_snapshot;
  widget_class->css_changed = kc_diagram_swatch_css_changed;

  /**
   * KcDiagramSwatch:style-class:
   *
   * The class of the diagram stylesheets whose fill the swatch shows,
   * e.g. "kc-role-source".
   */
  properties[PROP_STYLE_CLASS] =
    g_param_spec_string ("style-class", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The label beside it says what it means. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
kc_diagram_swatch_init (KcDiagramSwatch *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), SWATCH_SIZE, SWATCH_SIZE);
}

GtkWidget *
kc_diagram_swatch_new (const char *style_class)
{
  return g_object_new (KC_TYPE_DIAGRAM_SWATCH, "style-class", style_class, NULL);
}

const char *
kc_diagram_swatch_get_style_class (KcDiagramSwatch *self)
{
  g_return_val_if_fail (KC_IS_DIAGRAM_SWATCH (self), NULL);
  return self->style_class;
}
