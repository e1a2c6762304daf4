/* kc-psfs-activity-row.c: one activity of the functional scale, named
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry row with the activity in the patient's words, numbered as the
 * patient named them; its remove button is the dialog's
 * psfs.remove-activity with the activity's id.  The dialog renames the
 * activity as the text changes.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-psfs-activity-row.h"

struct _KcPsfsActivityRow
{
  AdwEntryRow parent_instance;

  /* Template widgets */
  GtkButton *remove_button;

  /* Owned references */
  char *activity_id;
};

G_DEFINE_FINAL_TYPE (KcPsfsActivityRow, kc_psfs_activity_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_ACTIVITY_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_psfs_activity_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  KcPsfsActivityRow *self = KC_PSFS_ACTIVITY_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTIVITY_ID:
      g_value_set_string (value, self->activity_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_psfs_activity_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  KcPsfsActivityRow *self = KC_PSFS_ACTIVITY_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTIVITY_ID:
      self->activity_id = g_value_dup_string (value);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s",
                                        self->activity_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_psfs_activity_row_finalize (GObject *object)
{
  KcPsfsActivityRow *self = (KcPsfsActivityRow *)object;

  g_clear_pointer (&self->activity_id, g_free);

  G_OBJECT_CLASS (kc_psfs_activity_row_parent_class)->finalize (object);
}

static void
kc_psfs_activity_row_class_init (KcPsfsActivityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = kc_psfs_activity_row_get_property;
  object_class->set_property = kc_psfs_activity_row_set_property;
  object_class->finalize = kc_psfs_activity_row_finalize;

  properties[PROP_ACTIVITY_ID] =
    g_param_spec_string ("activity-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-psfs-activity-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPsfsActivityRow, remove_button);
}

static void
kc_psfs_activity_row_init (KcPsfsActivityRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kc_psfs_activity_row_new:
 * @number: counted from 1, in the order the activities were named
 */
GtkWidget *
kc_psfs_activity_row_new (const KcPsfsActivity *activity,
                          guint                 number)
{
  GtkWidget *self;
  /* Translators: the title of an activity's entry, e.g. "Activity 2" */
  g_autofree char *title = g_strdup_printf (_("Activity %u"), number);
  /* Translators: a button's accessible name, e.g. "Remove activity 2" */
  g_autofree char *remove = g_strdup_printf (_("Remove activity %u"), number);

  g_return_val_if_fail (activity != NULL, NULL);

  self = g_object_new (KC_TYPE_PSFS_ACTIVITY_ROW, "activity-id", activity->id, "title", title,
                       "text", activity->name, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (KC_PSFS_ACTIVITY_ROW (self)->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  return self;
}

const char *
kc_psfs_activity_row_get_activity_id (KcPsfsActivityRow *self)
{
  g_return_val_if_fail (KC_IS_PSFS_ACTIVITY_ROW (self), NULL);
  return self->activity_id;
}
