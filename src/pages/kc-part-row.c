/* kc-part-row.c: one part of an anatomy diagram in the parts list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list groups parts by kind; within a kind they keep the order of
 * the content file, which the row remembers as its position.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "kc-part-row.h"

struct _KcPartRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkLabel *name_label;

  /* Owned references */
  KcAnatomyPart *part;

  guint position;
};

G_DEFINE_FINAL_TYPE (KcPartRow, kc_part_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_PART,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kc_part_row_constructed (GObject *object)
{
  KcPartRow *self = (KcPartRow *)object;
  const char *name = kc_item_get_name (KC_ITEM (self->part));

  G_OBJECT_CLASS (kc_part_row_parent_class)->constructed (object);

  gtk_label_set_label (self->name_label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
kc_part_row_dispose (GObject *object)
{
  KcPartRow *self = (KcPartRow *)object;

  /* The row's own child first: disposing the template would unparent it
   * behind the row's back, and the row would unparent it again. */
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PART_ROW);
  g_clear_object (&self->part);

  G_OBJECT_CLASS (kc_part_row_parent_class)->dispose (object);
}

static void
kc_part_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KcPartRow *self = KC_PART_ROW (object);

  switch (prop_id)
    {
    case PROP_PART:
      g_value_set_object (value, self->part);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_part_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KcPartRow *self = KC_PART_ROW (object);

  switch (prop_id)
    {
    case PROP_PART:
      self->part = g_value_dup_object (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_part_row_class_init (KcPartRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_part_row_constructed;
  object_class->dispose = kc_part_row_dispose;
  object_class->get_property = kc_part_row_get_property;
  object_class->set_property = kc_part_row_set_property;

  properties[PROP_PART] =
    g_param_spec_object ("part", NULL, NULL, KC_TYPE_ANATOMY_PART,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Where the part stands in its diagram in the content file. */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/kc-part-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPartRow, name_label);
}

static void
kc_part_row_init (KcPartRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kc_part_row_new (KcAnatomyPart *part,
                 guint          position)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PART (part), NULL);

  return g_object_new (KC_TYPE_PART_ROW, "part", part, "position", position, NULL);
}

KcAnatomyPart *
kc_part_row_get_part (KcPartRow *self)
{
  g_return_val_if_fail (KC_IS_PART_ROW (self), NULL);
  return self->part;
}

guint
kc_part_row_get_position (KcPartRow *self)
{
  g_return_val_if_fail (KC_IS_PART_ROW (self), 0);
  return self->position;
}

/* Grouped by kind in the order KcAnatomyPartKind lists them (bones,
 * discs, nerves…), each group in content order. */
int
kc_part_row_compare (KcPartRow *a,
                     KcPartRow *b)
{
  KcAnatomyPartKind kind_a = kc_anatomy_part_get_kind (a->part);
  KcAnatomyPartKind kind_b = kc_anatomy_part_get_kind (b->part);

  if (kind_a != kind_b)
    return kind_a < kind_b ? -1 : 1;

  return a->position < b->position ? -1 : a->position > b->position;
}
