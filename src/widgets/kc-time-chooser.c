/* kc-time-chooser.c: a time of day, as hours and minutes
 *
 * Two spin buttons, as GNOME Clocks has them: GTK 4.8 has no time picker.
 * The time is minutes after midnight, the unit the settings keep.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include "kc-time-chooser.h"

#define MINUTES_PER_DAY (24 * 60)

struct _KcTimeChooser
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkSpinButton *hours;
  GtkSpinButton *minutes;

  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (KcTimeChooser, kc_time_chooser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "07", not "7": a clock's digits. */
static gboolean
on_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
on_value_changed_cb (KcTimeChooser *self)
{
  if (!self->syncing)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

static void
kc_time_chooser_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KcTimeChooser *self = KC_TIME_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_TIME:
      g_value_set_int (value, kc_time_chooser_get_time (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_time_chooser_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KcTimeChooser *self = KC_TIME_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_TIME:
      kc_time_chooser_set_time (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The row's mnemonic and a click on the row lead to the hours. */
static gboolean
kc_time_chooser_mnemonic_activate (GtkWidget *widget,
                                   gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (KC_TIME_CHOOSER (widget)->hours),
                                       group_cycling);
}

static gboolean
kc_time_chooser_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (KC_TIME_CHOOSER (widget)->hours));
}

static void
kc_time_chooser_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), KC_TYPE_TIME_CHOOSER);
  /* The colon between them is not bound. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kc_time_chooser_parent_class)->dispose (object);
}

static void
kc_time_chooser_class_init (KcTimeChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_time_chooser_dispose;
  object_class->get_property = kc_time_chooser_get_property;
  object_class->set_property = kc_time_chooser_set_property;

  properties[PROP_TIME] =
    g_param_spec_int ("time", NULL, NULL, 0, MINUTES_PER_DAY - 1, 18 * 60,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->mnemonic_activate = kc_time_chooser_mnemonic_activate;
  widget_class->grab_focus = kc_time_chooser_grab_focus;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-time-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, KcTimeChooser, hours);
  gtk_widget_class_bind_template_child (widget_class, KcTimeChooser, minutes);
  gtk_widget_class_bind_template_callback (widget_class, on_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_value_changed_cb);
}

static void
kc_time_chooser_init (KcTimeChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kc_time_chooser_new (void)
{
  return g_object_new (KC_TYPE_TIME_CHOOSER, NULL);
}

/* Returns: the time shown, in minutes after midnight */
int
kc_time_chooser_get_time (KcTimeChooser *self)
{
  g_return_val_if_fail (KC_IS_TIME_CHOOSER (self), 0);

  return gtk_spin_button_get_value_as_int (self->hours) * 60 +
         gtk_spin_button_get_value_as_int (self->minutes);
}

void
kc_time_chooser_set_time (KcTimeChooser *self,
                          int            minute_of_day)
{
  g_return_if_fail (KC_IS_TIME_CHOOSER (self));
  g_return_if_fail (minute_of_day >= 0 && minute_of_day < MINUTES_PER_DAY);

  if (minute_of_day == kc_time_chooser_get_time (self))
    return;

  self->syncing = TRUE;
  gtk_spin_button_set_value (self->hours, minute_of_day / 60);
  gtk_spin_button_set_value (self->minutes, minute_of_day % 60);
  self->syncing = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}
