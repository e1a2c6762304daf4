/* kc-exercise-card.c: one exercise as a card of the library grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its pictogram, name and what kind it is; dragged onto a day of the
 * plan, it carries the exercise's id.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "kc-exercise-card.h"
#include "kc-exercises-page-private.h"

struct _KcExerciseCard
{
  GtkFlowBoxChild parent_instance;

  /* Template widgets */
  GtkBox *box;
  GtkLabel *name_label;
  GtkLabel *meta_label;

  /* Owned references */
  KcExercise *exercise;
};

G_DEFINE_FINAL_TYPE (KcExerciseCard, kc_exercise_card, GTK_TYPE_FLOW_BOX_CHILD)

enum {
  PROP_0,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GdkContentProvider *
on_drag_prepare_cb (KcExerciseCard *self,
                    double          x,
                    double          y,
                    GtkDragSource  *source)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, kc_item_get_id (KC_ITEM (self->exercise)));
}

static void
kc_exercise_card_constructed (GObject *object)
{
  KcExerciseCard *self = (KcExerciseCard *)object;

  G_OBJECT_CLASS (kc_exercise_card_parent_class)->constructed (object);

  gtk_box_prepend (self->box, _kc_exercise_pictogram_new (self->exercise, 150, 100, FALSE));
  _kc_exercise_label (GTK_WIDGET (self), self->name_label, self->meta_label, self->exercise);
}

static void
kc_exercise_card_dispose (GObject *object)
{
  KcExerciseCard *self = (KcExerciseCard *)object;

  /* The card's own child first: disposing the template would unparent it
   * behind the card's back, and the card would unparent it again. */
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_EXERCISE_CARD);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (kc_exercise_card_parent_class)->dispose (object);
}

static void
kc_exercise_card_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KcExerciseCard *self = KC_EXERCISE_CARD (object);

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
kc_exercise_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KcExerciseCard *self = KC_EXERCISE_CARD (object);

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
kc_exercise_card_class_init (KcExerciseCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_exercise_card_constructed;
  object_class->dispose = kc_exercise_card_dispose;
  object_class->get_property = kc_exercise_card_get_property;
  object_class->set_property = kc_exercise_card_set_property;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, KC_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-exercise-card.ui");
  gtk_widget_class_bind_template_child (widget_class, KcExerciseCard, box);
  gtk_widget_class_bind_template_child (widget_class, KcExerciseCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, KcExerciseCard, meta_label);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_prepare_cb);
}

static void
kc_exercise_card_init (KcExerciseCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kc_exercise_card_new (KcExercise *exercise)
{
  g_return_val_if_fail (KC_IS_EXERCISE (exercise), NULL);

  return g_object_new (KC_TYPE_EXERCISE_CARD, "exercise", exercise, NULL);
}

KcExercise *
kc_exercise_card_get_exercise (KcExerciseCard *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE_CARD (self), NULL);
  return self->exercise;
}
