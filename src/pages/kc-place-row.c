/* kc-place-row.c: a place on the body map's list, to tick
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row carries its place (the "region" property) and says when its
 * check button is ticked or unticked ("toggled"); the page decides what a
 * tick means in each mode.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include "kc-place-row.h"
#include "widgets/kc-accessible.h"

struct _KcPlaceRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkCheckButton *check;     /* the row's child: the row unparents it */
  GtkLabel *name_label;

  /* Owned references */
  KcBodyRegion *region;
};

G_DEFINE_FINAL_TYPE (KcPlaceRow, kc_place_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_REGION,
  N_PROPS
};

enum {
  TOGGLED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_check_toggled_cb (KcPlaceRow *self)
{
  g_signal_emit (self, signals[TOGGLED], 0);
}

static void
set_region (KcPlaceRow   *self,
            KcBodyRegion *region)
{
  const char *name;

  if (!g_set_object (&self->region, region) || region == NULL)
    return;

  name = kc_item_get_name (KC_ITEM (region));
  gtk_label_set_label (self->name_label, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
}

static void
kc_place_row_dispose (GObject *object)
{
  KcPlaceRow *self = (KcPlaceRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PLACE_ROW);
  g_clear_object (&self->region);

  G_OBJECT_CLASS (kc_place_row_parent_class)->dispose (object);
}

static void
kc_place_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KcPlaceRow *self = KC_PLACE_ROW (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_object (value, self->region);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_place_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KcPlaceRow *self = KC_PLACE_ROW (object);

  switch (prop_id)
    {
    case PROP_REGION:
      set_region (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_place_row_class_init (KcPlaceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_place_row_dispose;
  object_class->get_property = kc_place_row_get_property;
  object_class->set_property = kc_place_row_set_property;

  properties[PROP_REGION] =
    g_param_spec_object ("region", NULL, NULL, KC_TYPE_BODY_REGION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KcPlaceRow::toggled:
   *
   * The place was ticked or unticked, by the user or by
   * kc_place_row_set_active().
   */
  signals[TOGGLED] = g_signal_new ("toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-place-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcPlaceRow, name_label);
  gtk_widget_class_bind_template_callback (widget_class, on_check_toggled_cb);
}

static void
kc_place_row_init (KcPlaceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_hide_decorations (GTK_WIDGET (self));
  /* Not bound in the template: gtk_widget_dispose_template() would
   * unparent it before GtkListBoxRow lets go of its child. */
  self->check = GTK_CHECK_BUTTON (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self)));
}

GtkWidget *
kc_place_row_new (KcBodyRegion *region)
{
  g_return_val_if_fail (KC_IS_BODY_REGION (region), NULL);

  return g_object_new (KC_TYPE_PLACE_ROW, "region", region, NULL);
}

KcBodyRegion *
kc_place_row_get_region (KcPlaceRow *self)
{
  g_return_val_if_fail (KC_IS_PLACE_ROW (self), NULL);
  return self->region;
}

/* The check button is the row's only focusable part: the list's Tab
 * stop moves between rows' check buttons. */
GtkCheckButton *
kc_place_row_get_check (KcPlaceRow *self)
{
  g_return_val_if_fail (KC_IS_PLACE_ROW (self), NULL);
  return self->check;
}

gboolean
kc_place_row_get_active (KcPlaceRow *self)
{
  g_return_val_if_fail (KC_IS_PLACE_ROW (self), FALSE);
  return gtk_check_button_get_active (self->check);
}

void
kc_place_row_set_active (KcPlaceRow *self,
                         gboolean    active)
{
  g_return_if_fail (KC_IS_PLACE_ROW (self));
  gtk_check_button_set_active (self->check, active);
}

/**
 * kc_place_row_set_group:
 * @group: (nullable): another row to share a radio group with
 *
 * Makes the rows' check buttons radio buttons: one place at a time.
 */
void
kc_place_row_set_group (KcPlaceRow *self,
                        KcPlaceRow *group)
{
  g_return_if_fail (KC_IS_PLACE_ROW (self));
  g_return_if_fail (group == NULL || KC_IS_PLACE_ROW (group));

  gtk_check_button_set_group (self->check, group ? group->check : NULL);
}
