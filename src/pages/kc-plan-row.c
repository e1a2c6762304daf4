/* kc-plan-row.c: one plan in the planner's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's whole name, wrapped, with the patient under it; a second file
 * with the id of another plan also says which file it is, so that the two
 * can be told apart and one removed.  The row follows the plan's edits.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plan-row.h"

struct _KcPlanRow
{
  AdwActionRow parent_instance;

  /* Owned references */
  KcPlan *plan;
  GFile *copy_file;      /* nullable: a second file with another plan's id */
  char *copy_note;       /* nullable: "Copy with the same id: …", for it */
};

G_DEFINE_FINAL_TYPE (KcPlanRow, kc_plan_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_COPY_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_name_notify_cb (KcPlanRow *self)
{
  const char *name = kc_plan_get_name (self->plan);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), *name ? name : _("Unnamed plan"));
}

/* The patient, and under it the note of a copy; libadwaita hides an
 * empty subtitle, so a plan without either has no empty line. */
static void
on_patient_notify_cb (KcPlanRow *self)
{
  const char *patient = kc_plan_get_patient (self->plan);
  g_autofree char *subtitle = NULL;

  if (self->copy_note == NULL)
    subtitle = g_strdup (patient);
  else if (*patient == '\0')
    subtitle = g_strdup (self->copy_note);
  else
    subtitle = g_strconcat (patient, "\n", self->copy_note, NULL);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

static void
kc_plan_row_constructed (GObject *object)
{
  KcPlanRow *self = (KcPlanRow *)object;

  G_OBJECT_CLASS (kc_plan_row_parent_class)->constructed (object);

  if (self->copy_file != NULL)
    {
      g_autofree char *base = g_file_get_basename (self->copy_file);

      /* Translators: under a plan's name in the list; %s is its file's name */
      self->copy_note = g_strdup_printf (_("Copy with the same id: %s"), base);
    }
  on_name_notify_cb (self);
  on_patient_notify_cb (self);
  g_signal_connect_object (self->plan, "notify::name", G_CALLBACK (on_name_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan, "notify::patient", G_CALLBACK (on_patient_notify_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
kc_plan_row_dispose (GObject *object)
{
  KcPlanRow *self = (KcPlanRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PLAN_ROW);
  g_clear_object (&self->plan);
  g_clear_object (&self->copy_file);

  G_OBJECT_CLASS (kc_plan_row_parent_class)->dispose (object);
}

static void
kc_plan_row_finalize (GObject *object)
{
  KcPlanRow *self = (KcPlanRow *)object;

  g_clear_pointer (&self->copy_note, g_free);

  G_OBJECT_CLASS (kc_plan_row_parent_class)->finalize (object);
}

static void
kc_plan_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KcPlanRow *self = KC_PLAN_ROW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_COPY_FILE:
      g_value_set_object (value, self->copy_file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_plan_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KcPlanRow *self = KC_PLAN_ROW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_COPY_FILE:
      self->copy_file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_plan_row_class_init (KcPlanRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_plan_row_constructed;
  object_class->dispose = kc_plan_row_dispose;
  object_class->finalize = kc_plan_row_finalize;
  object_class->get_property = kc_plan_row_get_property;
  object_class->set_property = kc_plan_row_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, KC_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COPY_FILE] =
    g_param_spec_object ("copy-file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kc-plan-row.ui");
}

static void
kc_plan_row_init (KcPlanRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * kc_plan_row_new:
 * @copy_file: (nullable): the file of @plan when it is a second file with
 *   the id of another plan, which the row names
 */
GtkWidget *
kc_plan_row_new (KcPlan *plan,
                 GFile  *copy_file)
{
  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (copy_file == NULL || G_IS_FILE (copy_file), NULL);

  return g_object_new (KC_TYPE_PLAN_ROW, "plan", plan, "copy-file", copy_file, NULL);
}

KcPlan *
kc_plan_row_get_plan (KcPlanRow *self)
{
  g_return_val_if_fail (KC_IS_PLAN_ROW (self), NULL);
  return self->plan;
}
