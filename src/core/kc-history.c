/* kc-history.c: where the user has been, to go back and forward
 *
 * A place is the action that led there and its target ("win.open-item",
 * "sciatica"), so going back replays it: the history needs to know
 * nothing about tabs or items. Like a web browser's: a new visit drops
 * the places ahead, and visiting the current place again adds nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-core"

#include "config.h"

#include "kc-history.h"

/* Enough for a consultation; the oldest places go first. */
#define MAX_PLACES 100

typedef struct
{
  char *action_name;
  GVariant *target;   /* nullable */
} Place;

struct _KcHistory
{
  GObject parent_instance;

  GArray *places;   /* Place */
  guint current;    /* index into places, valid when places is not empty */
};

G_DEFINE_FINAL_TYPE (KcHistory, kc_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
place_clear (gpointer data)
{
  Place *place = data;

  g_free (place->action_name);
  g_clear_pointer (&place->target, g_variant_unref);
}

static gboolean
place_equal (const Place *place,
             const char  *action_name,
             GVariant    *target)
{
  if (g_strcmp0 (place->action_name, action_name) != 0)
    return FALSE;
  if (place->target == NULL || target == NULL)
    return place->target == target;
  return g_variant_equal (place->target, target);
}

static void
notify_moves (KcHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
}

static void
kc_history_finalize (GObject *object)
{
  KcHistory *self = KC_HISTORY (object);

  g_clear_pointer (&self->places, g_array_unref);

  G_OBJECT_CLASS (kc_history_parent_class)->finalize (object);
}

static void
kc_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  KcHistory *self = KC_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, kc_history_can_go_back (self));
      break;

    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, kc_history_can_go_forward (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_history_class_init (KcHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kc_history_finalize;
  object_class->get_property = kc_history_get_property;

  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_FORWARD] =
    g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kc_history_init (KcHistory *self)
{
  self->places = g_array_new (FALSE, FALSE, sizeof (Place));
  g_array_set_clear_func (self->places, place_clear);
}

KcHistory *
kc_history_new (void)
{
  return g_object_new (KC_TYPE_HISTORY, NULL);
}

/**
 * kc_history_visit:
 * @action_name: the action that led to the place, e.g. "win.open-item"
 * @target: (nullable): its target; a floating reference is sunk
 *
 * Records a place the user went to, after the current one.
 */
void
kc_history_visit (KcHistory  *self,
                  const char *action_name,
                  GVariant   *target)
{
  Place place;

  g_return_if_fail (KC_IS_HISTORY (self));
  g_return_if_fail (action_name != NULL);

  if (target != NULL)
    g_variant_ref_sink (target);

  if (self->places->len > 0 &&
      place_equal (&g_array_index (self->places, Place, self->current), action_name, target))
    {
      g_clear_pointer (&target, g_variant_unref);
      return;
    }

  if (self->places->len > 0)
    g_array_set_size (self->places, self->current + 1);
  if (self->places->len == MAX_PLACES)
    g_array_remove_index (self->places, 0);

  place = (Place) { g_strdup (action_name), target };
  g_array_append_val (self->places, place);
  self->current = self->places->len - 1;
  notify_moves (self);
}

/**
 * kc_history_go:
 * @delta: -1 to go back, 1 to go forward
 * @action_name: (out) (transfer none): the action to replay
 * @target: (out) (transfer none) (nullable): its target
 *
 * Returns: %TRUE if there was a place there; it is now the current one
 */
gboolean
kc_history_go (KcHistory   *self,
               int          delta,
               const char **action_name,
               GVariant   **target)
{
  const Place *place;
  gint64 index;

  g_return_val_if_fail (KC_IS_HISTORY (self), FALSE);

  index = (gint64)self->current + delta;
  if (self->places->len == 0 || index < 0 || index >= self->places->len)
    return FALSE;

  self->current = (guint)index;
  place = &g_array_index (self->places, Place, self->current);
  *action_name = place->action_name;
  *target = place->target;
  notify_moves (self);
  return TRUE;
}

gboolean
kc_history_can_go_back (KcHistory *self)
{
  g_return_val_if_fail (KC_IS_HISTORY (self), FALSE);
  return self->places->len > 0 && self->current > 0;
}

gboolean
kc_history_can_go_forward (KcHistory *self)
{
  g_return_val_if_fail (KC_IS_HISTORY (self), FALSE);
  return self->places->len > 0 && self->current + 1 < self->places->len;
}
