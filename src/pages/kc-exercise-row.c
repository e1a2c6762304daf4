/* kc-exercise-row.c: one exercise as a row of the library list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "kc-exercise-row.h"
#include "kc-exercises-page-private.h"

struct _KcExerciseRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkLabel *name_label;
  GtkLabel *meta_label;

  /* Owned references */
  KcExercise *exercise;
};

G_DEFINE_FINAL_TYPE (KcExerciseRow, kc_exercise_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_exercise_row_constructed (GObject *object)
{
  KcExerciseRow *self = (KcExerciseRow *)object;

  G_OBJECT_CLASS (kc_exercise_row_parent_class)->constructed (object);

  _kc_exercise_label (GTK_WIDGET (self), self->name_label, self->meta_label, self->exercise);
}

static void
kc_exercise_row_dispose (GObject *object)
{
  KcExerciseRow *self = (KcExerciseRow *)object;

  /* The row's own child first: disposing the template would unparent it
   * behind the row's back, and the row would unparent it again. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_EXERCISE_ROW);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (kc_exercise_row_parent_class)->dispose (object);
}

static void
kc_exercise_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KcExerciseRow *self = KC_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_exercise_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KcExerciseRow *self = KC_EXERCISE_ROW (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      self->exercise = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_exercise_row_class_init (KcExerciseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_exercise_row_constructed;
  object_class->dispose = kc_exercise_row_dispose;
  object_class->get_property = kc_exercise_row_get_property;
  object_class->set_property = kc_exercise_row_set_property;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, KC_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-exercise-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcExerciseRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, KcExerciseRow, meta_label);
}

static void
kc_exercise_row_init (KcExerciseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kc_exercise_row_new (KcExercise *exercise)
{
  g_return_val_if_fail (KC_IS_EXERCISE (exercise), NULL);

  return g_object_new (KC_TYPE_EXERCISE_ROW, "exercise", exercise, NULL);
}

KcExercise *
kc_exercise_row_get_exercise (KcExerciseRow *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE_ROW (self), NULL);
  return self->exercise;
}
