/* kc-print-brand.c: the clinic's name and logo, and the patient's name,
 * in a printed page's header
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A practice prints its own name and logo on what it hands out
 * (Preferences → Practice); the patient's name is asked for each print
 * and never saved.  The logo is a PNG or JPEG drawn from its pixels, or
 * an SVG drawn as vectors.  A logo that cannot be read is left out: the
 * handout still prints.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <librsvg/rsvg.h>

#include "kc-print-brand.h"

#define LOGO_HEIGHT 32.0    /* points */
#define LOGO_MAX_WIDTH 140.0
#define LOGO_GAP 8.0
#define MAX_LOGO_BYTES (8 * 1024 * 1024)
#define FONT "Sans 10"
#define CLINIC_FONT "Sans Bold 11"

struct _KcPrintBrand
{
  GObject parent_instance;

  char *clinic;
  char *clinician;
  char *patient;

  /* The logo: one of the two, or neither */
  RsvgHandle *svg;
  cairo_surface_t *pixels;
};

G_DEFINE_FINAL_TYPE (KcPrintBrand, kc_print_brand, G_TYPE_OBJECT)

static void
kc_print_brand_finalize (GObject *object)
{
  KcPrintBrand *self = KC_PRINT_BRAND (object);

  g_clear_pointer (&self->clinic, g_free);
  g_clear_pointer (&self->clinician, g_free);
  g_clear_pointer (&self->patient, g_free);
  g_clear_object (&self->svg);
  g_clear_pointer (&self->pixels, cairo_surface_destroy);

  G_OBJECT_CLASS (kc_print_brand_parent_class)->finalize (object);
}

static void
kc_print_brand_class_init (KcPrintBrandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_print_brand_finalize;
}

static void
kc_print_brand_init (KcPrintBrand *self)
{
}

KcPrintBrand *
kc_print_brand_new (void)
{
  return g_object_new (KC_TYPE_PRINT_BRAND, NULL);
}

/**
 * kc_print_brand_new_from_settings:
 * @settings: the app's settings, with `clinic-name`, `clinician-name` and
 *   `clinic-logo`
 *
 * Returns: (transfer full): the practice's brand; a logo that cannot be
 *   read is left out (Preferences says why)
 */
KcPrintBrand *
kc_print_brand_new_from_settings (GSettings *settings)
{
  KcPrintBrand *self = kc_print_brand_new ();
  g_autofree char *clinic = g_settings_get_string (settings, "clinic-name");
  g_autofree char *clinician = g_settings_get_string (settings, "clinician-name");
  g_autofree char *logo = g_settings_get_string (settings, "clinic-logo");

  kc_print_brand_set_clinic (self, clinic);
  kc_print_brand_set_clinician (self, clinician);
  if (*logo != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (logo);
      g_autoptr(GError) error = NULL;

      if (!kc_print_brand_set_logo (self, file, &error))
        g_debug ("Printing without the logo: %s", error->message);
    }

  return self;
}

static char *
strip_or_null (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy != '\0' ? g_steal_pointer (&copy) : NULL;
}

/* @clinic: (nullable): empty for none */
void
kc_print_brand_set_clinic (KcPrintBrand *self,
                           const char   *clinic)
{
  g_return_if_fail (KC_IS_PRINT_BRAND (self));

  g_free (self->clinic);
  self->clinic = strip_or_null (clinic);
}

const char *
kc_print_brand_get_clinic (KcPrintBrand *self)
{
  g_return_val_if_fail (KC_IS_PRINT_BRAND (self), NULL);
  return self->clinic;
}

/* @clinician: (nullable): empty for none */
void
kc_print_brand_set_clinician (KcPrintBrand *self,
                              const char   *clinician)
{
  g_return_if_fail (KC_IS_PRINT_BRAND (self));

  g_free (self->clinician);
  self->clinician = strip_or_null (clinician);
}

const char *
kc_print_brand_get_clinician (KcPrintBrand *self)
{
  g_return_val_if_fail (KC_IS_PRINT_BRAND (self), NULL);
  return self->clinician;
}

/* @patient: (nullable): empty for none */
void
kc_print_brand_set_patient (KcPrintBrand *self,
                            const char   *patient)
{
  g_return_if_fail (KC_IS_PRINT_BRAND (self));

  g_free (self->patient);
  self->patient = strip_or_null (patient);
}

const char *
kc_print_brand_get_patient (KcPrintBrand *self)
{
  g_return_val_if_fail (KC_IS_PRINT_BRAND (self), NULL);
  return self->patient;
}

static cairo_surface_t *
surface_from_texture (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  /* GDK's default download format is cairo's ARGB32, premultiplied. */
  gdk_texture_download (texture, cairo_image_surface_get_data (surface),
                        (gsize)cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);

  return surface;
}

static gboolean
load_logo (GFile            *file,
           RsvgHandle      **svg,
           cairo_surface_t **pixels,
           GError          **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *type = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL,
                            &local_error);
  if (info != NULL && g_file_info_get_size (info) > MAX_LOGO_BYTES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The logo “%s” is larger than 8 MB"), name);
      return FALSE;
    }
  if (info != NULL)
    bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The logo “%s” cannot be read: %s"), name, local_error->message);
      return FALSE;
    }

  type = g_content_type_guess (name, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               NULL);
  if (g_content_type_is_a (type, "image/svg+xml"))
    *svg = rsvg_handle_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      NULL);
  else if (g_content_type_is_a (type, "image/png") || g_content_type_is_a (type, "image/jpeg"))
    texture = gdk_texture_new_from_bytes (bytes, NULL);
  if (texture != NULL)
    *pixels = surface_from_texture (texture);

  if (*svg == NULL && *pixels == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a PNG, JPEG or SVG image"), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * kc_print_brand_check_logo:
 *
 * Returns: whether @file is an image a handout can print, with @error
 *   saying why not in words for the user
 */
gboolean
kc_print_brand_check_logo (GFile   *file,
                           GError **error)
{
  RsvgHandle *svg = NULL;
  cairo_surface_t *pixels = NULL;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  ok = load_logo (file, &svg, &pixels, error);
  g_clear_object (&svg);
  g_clear_pointer (&pixels, cairo_surface_destroy);
  return ok;
}

gboolean
kc_print_brand_set_logo (KcPrintBrand  *self,
                         GFile         *file,
                         GError       **error)
{
  g_return_val_if_fail (KC_IS_PRINT_BRAND (self), FALSE);

  g_clear_object (&self->svg);
  g_clear_pointer (&self->pixels, cairo_surface_destroy);
  return file == NULL || load_logo (file, &self->svg, &self->pixels, error);
}

gboolean
kc_print_brand_has_logo (KcPrintBrand *self)
{
  g_return_val_if_fail (KC_IS_PRINT_BRAND (self), FALSE);
  return self->svg != NULL || self->pixels != NULL;
}

gboolean
kc_print_brand_is_empty (KcPrintBrand *self)
{
  g_return_val_if_fail (KC_IS_PRINT_BRAND (self), TRUE);
  return self->clinic == NULL && self->clinician == NULL && self->patient == NULL &&
         !kc_print_brand_has_logo (self);
}

/* The logo's size on paper: LOGO_HEIGHT high unless that makes it too wide. */
static void
logo_size (KcPrintBrand *self,
           double       *width,
           double       *height)
{
  double w = 0, h = 0;

  *width = *height = 0;
  if (self->svg != NULL && !rsvg_handle_get_intrinsic_size_in_pixels (self->svg, &w, &h))
    {
      /* Sized only by its viewBox, if even that */
      gboolean has_viewbox = FALSE;
      RsvgRectangle viewbox = { 0 };

      rsvg_handle_get_intrinsic_dimensions (self->svg, NULL, NULL, NULL, NULL, &has_viewbox,
                                            &viewbox);
      w = has_viewbox ? viewbox.width : LOGO_HEIGHT;
      h = has_viewbox ? viewbox.height : LOGO_HEIGHT;
    }
  else if (self->pixels != NULL)
    {
      w = cairo_image_surface_get_width (self->pixels);
      h = cairo_image_surface_get_height (self->pixels);
    }
  if (w <= 0 || h <= 0)
    return;

  *height = LOGO_HEIGHT;
  *width = w * LOGO_HEIGHT / h;
  if (*width > LOGO_MAX_WIDTH)
    {
      *height *= LOGO_MAX_WIDTH / *width;
      *width = LOGO_MAX_WIDTH;
    }
}

static PangoLayout *
new_layout (PangoContext *context,
            const char   *font,
            const char   *text,
            double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* The people, right-aligned: the patient, then the clinician. */
static char *
dup_people (KcPrintBrand *self)
{
  g_autofree char *patient = NULL;
  g_autofree char *clinician = NULL;

  if (self->patient != NULL)
    /* Translators: in a printed handout's header */
    patient = g_strdup_printf (_("Patient: %s"), self->patient);
  if (self->clinician != NULL)
    /* Translators: in a printed handout's header */
    clinician = g_strdup_printf (_("Clinician: %s"), self->clinician);
  if (patient != NULL && clinician != NULL)
    return g_strjoin ("\n", patient, clinician, NULL);

  return patient != NULL ? g_steal_pointer (&patient) : g_steal_pointer (&clinician);
}

/* The clinic beside the logo takes what the people's names leave. */
static void
make_layouts (KcPrintBrand  *self,
              PangoContext  *context,
              double         width,
              PangoLayout  **clinic,
              PangoLayout  **people)
{
  g_autofree char *text = dup_people (self);
  double logo_width, logo_height;

  logo_size (self, &logo_width, &logo_height);
  *clinic = *people = NULL;
  if (text != NULL)
    {
      *people = new_layout (context, FONT, text, width / 2);
      pango_layout_set_alignment (*people, PANGO_ALIGN_RIGHT);
    }
  if (self->clinic != NULL)
    *clinic = new_layout (context, CLINIC_FONT, self->clinic,
                          width / (text != NULL ? 2 : 1) - logo_width -
                          (logo_width > 0 ? LOGO_GAP : 0));
}

static double
layout_height (PangoLayout *layout)
{
  int width, height;

  if (layout == NULL)
    return 0;
  pango_layout_get_size (layout, &width, &height);
  return (double)height / PANGO_SCALE;
}

/**
 * kc_print_brand_measure:
 *
 * Returns: the height of the band kc_print_brand_draw() draws above a
 *   page's title; 0 for an empty brand
 */
double
kc_print_brand_measure (KcPrintBrand *self,
                        PangoContext *context,
                        double        width)
{
  g_autoptr(PangoLayout) clinic = NULL;
  g_autoptr(PangoLayout) people = NULL;
  double logo_width, logo_height;

  g_return_val_if_fail (KC_IS_PRINT_BRAND (self), 0);

  make_layouts (self, context, width, &clinic, &people);
  logo_size (self, &logo_width, &logo_height);
  return MAX (logo_height, MAX (layout_height (clinic), layout_height (people)));
}

static void
draw_logo (KcPrintBrand *self,
           cairo_t      *cr,
           double        width,
           double        height)
{
  cairo_save (cr);
  if (self->svg != NULL)
    {
      RsvgRectangle viewport = { 0, 0, width, height };

      rsvg_handle_render_document (self->svg, cr, &viewport, NULL);
    }
  else
    {
      cairo_scale (cr, width / cairo_image_surface_get_width (self->pixels),
                   height / cairo_image_surface_get_height (self->pixels));
      cairo_set_source_surface (cr, self->pixels, 0, 0);
      cairo_paint (cr);
    }
  cairo_restore (cr);
}

/* Draws the band at the origin of @cr, @width wide. */
void
kc_print_brand_draw (KcPrintBrand *self,
                     cairo_t      *cr,
                     PangoContext *context,
                     double        width)
{
  g_autoptr(PangoLayout) clinic = NULL;
  g_autoptr(PangoLayout) people = NULL;
  double logo_width, logo_height, band;

  g_return_if_fail (KC_IS_PRINT_BRAND (self));

  make_layouts (self, context, width, &clinic, &people);
  logo_size (self, &logo_width, &logo_height);
  band = kc_print_brand_measure (self, context, width);

  if (logo_width > 0)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, (band - logo_height) / 2);
      draw_logo (self, cr, logo_width, logo_height);
      cairo_restore (cr);
    }
  if (clinic != NULL)
    {
      cairo_move_to (cr, logo_width > 0 ? logo_width + LOGO_GAP : 0,
                     (band - layout_height (clinic)) / 2);
      pango_cairo_show_layout (cr, clinic);
    }
  if (people != NULL)
    {
      cairo_move_to (cr, width / 2, (band - layout_height (people)) / 2);
      pango_cairo_show_layout (cr, people);
    }
}
