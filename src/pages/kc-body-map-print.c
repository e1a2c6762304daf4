/* kc-body-map-print.c: printing the body map's sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sheet (kc-body-map-sheet.c) is laid out when the print begins, on
 * the printer's page size, and has as many pages as it needs; each page
 * is drawn from that one layout.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-body-map-page-private.h"
#include "kc-body-map-sheet.h"
#include "widgets/kc-print.h"

/* Draws view @index of the page as it is lit and drawn on now. */
static void
draw_view (cairo_t  *cr,
           guint     index,
           double    width,
           double    height,
           gpointer  user_data)
{
  kc_diagram_view_render (_kc_body_map_page_get_view (user_data, index), cr, width, height);
}

/**
 * kc_body_map_page_new_sheet:
 * @compact: fewer pages, see kc_body_map_sheet_new()
 *
 * Returns: (transfer full): the sheet of the map as chosen and drawn now,
 *   dated today, to paginate on any page size
 */
KcPrintFlow *
kc_body_map_page_new_sheet (KcBodyMapPage *self,
                            gboolean       compact)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GPtrArray) roots = NULL;

  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), NULL);

  _kc_body_map_page_ensure_built (self);
  roots = _kc_body_map_page_dup_drawn_roots (self);
  return kc_body_map_sheet_new (self->answer, now, compact, roots, draw_view, g_object_ref (self),
                                g_object_unref);
}

/**
 * kc_body_map_page_get_answer:
 *
 * Returns: (transfer none) (nullable): what the map shows now; %NULL
 *   before the page was built
 */
KcReferralAnswer *
kc_body_map_page_get_answer (KcBodyMapPage *self)
{
  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), NULL);
  return self->built ? self->answer : NULL;
}

/* Draws view @index (0 front, 1 back) as lit and drawn on, into a
 * @width × @height box: for the visit summary. */
void
kc_body_map_page_draw_view (KcBodyMapPage *self,
                            guint          index,
                            cairo_t       *cr,
                            double         width,
                            double         height)
{
  g_return_if_fail (KC_IS_BODY_MAP_PAGE (self));
  g_return_if_fail (self->built && index < 2);
  draw_view (cr, index, width, height, self);
}

static KcPrintFlow *
build_sheet (gboolean compact,
             gpointer user_data)
{
  return kc_body_map_page_new_sheet (user_data, compact);
}

/**
 * kc_body_map_page_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @export_pdf: (nullable): a file to write a PDF to, without any dialog
 *
 * Prints the current map and its answer on as many pages as they need,
 * or saves them as PDF.
 */
gboolean
kc_body_map_page_print (KcBodyMapPage  *self,
                        GtkWindow      *parent,
                        const char     *export_pdf,
                        GError        **error)
{
  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), FALSE);

  return kc_print_run_flow (build_sheet, g_object_ref (self), g_object_unref,
                            _("Body map handout"), parent, export_pdf, error);
}
