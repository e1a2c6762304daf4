/* kc-patient-header.c: a patient's name over their plans in the plans list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The patient, how many plans they have, and a button that deletes the
 * patient with all of them (plans.delete-patient, which asks first).  The
 * plans without a patient have a heading too, but no such button: they
 * belong to no one to delete.  A screen reader hears the group's name and
 * count, and the button says what it deletes.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-patient-header.h"

struct _KcPatientHeader
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *name_label;
  GtkLabel *count_label;
  GtkButton *delete_button;

  /* Owned */
  char *patient;
};

G_DEFINE_FINAL_TYPE (KcPatientHeader, kc_patient_header, GTK_TYPE_WIDGET)

static void
kc_patient_header_dispose (GObject *object)
{
  KcPatientHeader *self = (KcPatientHeader *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PATIENT_HEADER);
  /* The grid is not bound: unparented here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kc_patient_header_parent_class)->dispose (object);
}

static void
kc_patient_header_finalize (GObject *object)
{
  KcPatientHeader *self = (KcPatientHeader *)object;

  g_clear_pointer (&self->patient, g_free);

  G_OBJECT_CLASS (kc_patient_header_parent_class)->finalize (object);
}

static void
kc_patient_header_class_init (KcPatientHeaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_patient_header_dispose;
  object_class->finalize = kc_patient_header_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-patient-header.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPatientHeader, name_label);
  gtk_widget_class_bind_template_child (widget_class, KcPatientHeader, count_label);
  gtk_widget_class_bind_template_child (widget_class, KcPatientHeader, delete_button);
}

static void
kc_patient_header_init (KcPatientHeader *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kc_patient_header_new (void)
{
  return g_object_new (KC_TYPE_PATIENT_HEADER, NULL);
}

/**
 * kc_patient_header_set:
 * @patient: the name as the patient's first plan spells it, or "" for no patient
 * @n_plans: how many plans the patient has, all of them, shown or not
 */
void
kc_patient_header_set (KcPatientHeader *self,
                       const char      *patient,
                       guint            n_plans)
{
  g_autofree char *stripped = NULL;
  g_autofree char *count = NULL;
  g_autofree char *group = NULL;
  g_autofree char *delete = NULL;
  const char *name;

  g_return_if_fail (KC_IS_PATIENT_HEADER (self));

  stripped = g_strstrip (g_strdup (patient != NULL ? patient : ""));
  name = *stripped != '\0' ? stripped : _("No patient named");
  g_free (self->patient);
  self->patient = g_steal_pointer (&stripped);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u plan", "%u plans", n_plans),
                           n_plans);
  /* Translators: a group of plans in the list, e.g. "Zoë, 3 plans" */
  group = g_strdup_printf (C_("patient group", "%s, %s"), name, count);
  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->count_label, count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, group,
                                  -1);

  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), *self->patient != '\0');
  delete = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete Patient %s and %u Plan…",
                                         "Delete Patient %s and %u Plans…", n_plans),
                            name, n_plans);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->delete_button), delete);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", self->patient);
}

const char *
kc_patient_header_get_patient (KcPatientHeader *self)
{
  g_return_val_if_fail (KC_IS_PATIENT_HEADER (self), NULL);
  return self->patient;
}

GtkButton *
kc_patient_header_get_delete (KcPatientHeader *self)
{
  g_return_val_if_fail (KC_IS_PATIENT_HEADER (self), NULL);
  return self->delete_button;
}
