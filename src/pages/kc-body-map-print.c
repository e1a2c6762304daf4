/* kc-body-map-print.c: the body map as a one-page handout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Title, the two views as they are lit (with any drawing), the
 * explanation, and the warning signs, on one page of A4 or Letter.  Text
 * that does not fit is cut at a line with an ellipsis; the handout points
 * to the app and to a professional for the rest.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-body-map-explanation.h"
#include "kc-body-map-page-private.h"
#include "widgets/kc-print.h"

#define MARGIN 0.0        /* the print context's page already has margins */
#define GAP 12.0

typedef struct
{
  KcBodyMapPage *page;
  char *text;
  char *warnings;
} Handout;

static void
handout_free (Handout *handout)
{
  g_free (handout->text);
  g_free (handout->warnings);
  g_free (handout);
}

static PangoLayout *
new_layout (GtkPrintContext *context,
            const char      *text,
            const char      *font,
            double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* Draws @layout at (x, y), at most @max_height tall; returns its height. */
static double
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             double       max_height)
{
  int width, height;

  pango_layout_set_height (layout, (int)(max_height * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &width, &height);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);

  return height;
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 Handout           *handout)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double y = MARGIN;
  double map_width = width * 0.42;
  double text_x = map_width + GAP;
  double text_width = width - text_x;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) body = NULL;
  g_autoptr(PangoLayout) warnings = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  double warnings_height, footer_height, map_height;
  int w, h;

  cairo_set_source_rgb (cr, 0, 0, 0);

  title = new_layout (context, _("Kinetic Chain — Body map"), "Sans Bold 16", width);
  y += show_layout (cr, title, 0, y, 40) + GAP;

  warnings = new_layout (context, handout->warnings, "Sans 9", width - 2 * 8);
  pango_layout_get_pixel_size (warnings, &w, &h);
  warnings_height = h + 16;

  footer = new_layout (context, _("This handout explains possibilities; it is not a diagnosis. "
                                  "Talk it through with your doctor or physiotherapist."),
                       "Sans Italic 8", width);
  pango_layout_get_pixel_size (footer, &w, &h);
  footer_height = h;

  map_height = height - y - warnings_height - footer_height - 2 * GAP;

  /* The two views, side by side, as lit on screen. */
  for (guint i = 0; i < 2; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, i * map_width / 2.0, y);
      kc_diagram_view_render (_kc_body_map_page_get_view (handout->page, i), cr,
                              map_width / 2.0 - 4, map_height);
      cairo_restore (cr);
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  body = new_layout (context, handout->text, "Sans 9", text_width);
  show_layout (cr, body, text_x, y, map_height);
  y += map_height + GAP;

  /* The warning signs in a box that survives black-and-white printing. */
  cairo_set_line_width (cr, 1.5);
  cairo_rectangle (cr, 0, y, width, warnings_height);
  cairo_stroke (cr);
  show_layout (cr, warnings, 8, y + 8, warnings_height);
  y += warnings_height + GAP;

  show_layout (cr, footer, 0, y, footer_height + 2);
}

/**
 * kc_body_map_page_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @export_pdf: (nullable): a file to write a PDF to, without any dialog
 *
 * Prints the current map and explanation on one page, or saves it as PDF.
 */
gboolean
kc_body_map_page_print (KcBodyMapPage  *self,
                        GtkWindow      *parent,
                        const char     *export_pdf,
                        GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  Handout *handout = g_new0 (Handout, 1);

  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), FALSE);

  _kc_body_map_page_ensure_built (self);

  handout->page = self;
  handout->text = _kc_body_map_page_dup_handout_text (self);
  handout->warnings = _kc_body_map_page_dup_warning_text (self);

  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_job_name (operation, _("Body map handout"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb), handout,
                         (GClosureNotify)(void (*)(void))handout_free, 0);

  return kc_print_run (operation, parent, export_pdf, error);
}
