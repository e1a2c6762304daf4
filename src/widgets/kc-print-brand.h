/* kc-print-brand.h: the clinic's name and logo, and the patient's name,
 * in a printed page's header
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KC_TYPE_PRINT_BRAND (kc_print_brand_get_type ())

G_DECLARE_FINAL_TYPE (KcPrintBrand, kc_print_brand, KC, PRINT_BRAND, GObject)

KcPrintBrand *kc_print_brand_new               (void);
KcPrintBrand *kc_print_brand_new_from_settings (GSettings     *settings);
void          kc_print_brand_set_clinic        (KcPrintBrand  *self,
                                                const char    *clinic);
const char   *kc_print_brand_get_clinic        (KcPrintBrand  *self);
gboolean      kc_print_brand_set_logo          (KcPrintBrand  *self,
                                                GFile         *file,
                                                GError       **error);
gboolean      kc_print_brand_has_logo          (KcPrintBrand  *self);
void          kc_print_brand_set_clinician     (KcPrintBrand  *self,
                                                const char    *clinician);
const char   *kc_print_brand_get_clinician     (KcPrintBrand  *self);
void          kc_print_brand_set_patient       (KcPrintBrand  *self,
                                                const char    *patient);
const char   *kc_print_brand_get_patient       (KcPrintBrand  *self);
gboolean      kc_print_brand_is_empty          (KcPrintBrand  *self);
double        kc_print_brand_measure           (KcPrintBrand  *self,
                                                PangoContext  *context,
                                                double         width);
void          kc_print_brand_draw              (KcPrintBrand  *self,
                                                cairo_t       *cr,
                                                PangoContext  *context,
                                                double         width);

gboolean      kc_print_brand_check_logo        (GFile         *file,
                                                GError       **error);

G_END_DECLS
