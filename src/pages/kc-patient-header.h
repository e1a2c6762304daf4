/* kc-patient-header.h: a patient's name over their plans in the plans list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KC_TYPE_PATIENT_HEADER (kc_patient_header_get_type ())

G_DECLARE_FINAL_TYPE (KcPatientHeader, kc_patient_header, KC, PATIENT_HEADER, GtkWidget)

GtkWidget  *kc_patient_header_new         (void);
void        kc_patient_header_set         (KcPatientHeader *self,
                                           const char      *patient,
                                           guint            n_plans);
const char *kc_patient_header_get_patient (KcPatientHeader *self);
GtkButton  *kc_patient_header_get_delete  (KcPatientHeader *self);

G_END_DECLS
