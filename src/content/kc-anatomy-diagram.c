/* kc-anatomy-diagram.c: an anatomy diagram and its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-anatomy-diagram-private.h"

/* A picture of a condition: a hidden layer of the SVG and the parts it
 * lights, shown while one of its conditions is. */
typedef struct
{
  char *layer;
  char **lit_parts;
  char **conditions;
} State;

struct _KcAnatomyDiagram
{
  KcItem parent_instance;

  char *description;
  char *svg_resource;
  KcExerciseArea exercise_area;
  gboolean has_exercise_area;
  GListStore *parts;
  GPtrArray *states;   /* of State */
};

G_DEFINE_FINAL_TYPE (KcAnatomyDiagram, kc_anatomy_diagram, KC_TYPE_ITEM)

static void
state_free (State *state)
{
  g_free (state->layer);
  g_strfreev (state->lit_parts);
  g_strfreev (state->conditions);
  g_free (state);
}

static void
kc_anatomy_diagram_dispose (GObject *object)
{
  KcAnatomyDiagram *self = (KcAnatomyDiagram *)object;

  g_clear_object (&self->parts);

  G_OBJECT_CLASS (kc_anatomy_diagram_parent_class)->dispose (object);
}

static void
kc_anatomy_diagram_finalize (GObject *object)
{
  KcAnatomyDiagram *self = (KcAnatomyDiagram *)object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->svg_resource, g_free);
  g_clear_pointer (&self->states, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_anatomy_diagram_parent_class)->finalize (object);
}

static void
kc_anatomy_diagram_class_init (KcAnatomyDiagramClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  object_class->dispose = kc_anatomy_diagram_dispose;
  object_class->finalize = kc_anatomy_diagram_finalize;

  item_class->kind = KC_ITEM_KIND_ANATOMY_DIAGRAM;
  item_class->page = "anatomy";
}

static void
kc_anatomy_diagram_init (KcAnatomyDiagram *self)
{
  self->parts = g_list_store_new (KC_TYPE_ANATOMY_PART);
  self->states = g_ptr_array_new_with_free_func ((GDestroyNotify)state_free);
}

KcAnatomyDiagram *
_kc_anatomy_diagram_new (const char *id,
                         const char *title,
                         const char *description,
                         const char *svg_resource)
{
  KcAnatomyDiagram *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (svg_resource != NULL, NULL);

  self = g_object_new (KC_TYPE_ANATOMY_DIAGRAM, "id", id, "name", title, NULL);
  self->description = g_strdup (description);
  self->svg_resource = g_strdup (svg_resource);

  return self;
}

void
_kc_anatomy_diagram_set_exercise_area (KcAnatomyDiagram *self,
                                       KcExerciseArea    area)
{
  self->exercise_area = area;
  self->has_exercise_area = TRUE;
}

/**
 * kc_anatomy_diagram_get_exercise_area:
 * @area: (out): the exercise area that helps this diagram's parts
 *
 * Returns: %TRUE if the diagram names one
 */
gboolean
kc_anatomy_diagram_get_exercise_area (KcAnatomyDiagram *self,
                                      KcExerciseArea   *area)
{
  g_return_val_if_fail (KC_IS_ANATOMY_DIAGRAM (self), FALSE);
  g_return_val_if_fail (area != NULL, FALSE);

  *area = self->exercise_area;
  return self->has_exercise_area;
}

void
_kc_anatomy_diagram_add_part (KcAnatomyDiagram *self,
                              KcAnatomyPart    *part)
{
  g_return_if_fail (KC_IS_ANATOMY_DIAGRAM (self));
  g_return_if_fail (KC_IS_ANATOMY_PART (part));

  g_list_store_append (self->parts, part);
}

const char *
kc_anatomy_diagram_get_description (KcAnatomyDiagram *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_DIAGRAM (self), NULL);
  return self->description;
}

/* The GResource path of the diagram's SVG. */
const char *
kc_anatomy_diagram_get_svg_resource (KcAnatomyDiagram *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_DIAGRAM (self), NULL);
  return self->svg_resource;
}

/**
 * kc_anatomy_diagram_get_parts:
 *
 * Returns: (transfer none): a #GListModel of #KcAnatomyPart, in content order
 */
GListModel *
kc_anatomy_diagram_get_parts (KcAnatomyDiagram *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_DIAGRAM (self), NULL);
  return G_LIST_MODEL (self->parts);
}

void
_kc_anatomy_diagram_add_state (KcAnatomyDiagram   *self,
                               const char         *layer,
                               const char * const *lit_parts,
                               const char * const *conditions)
{
  State *state;

  g_return_if_fail (KC_IS_ANATOMY_DIAGRAM (self));
  g_return_if_fail (layer != NULL);

  state = g_new0 (State, 1);
  state->layer = g_strdup (layer);
  state->lit_parts = g_strdupv ((char **)lit_parts);
  state->conditions = g_strdupv ((char **)conditions);
  g_ptr_array_add (self->states, state);
}

/**
 * kc_anatomy_diagram_find_state:
 * @condition_id: a condition
 * @lit_parts: (out) (optional) (transfer none): the ids of the parts the
 *   state lights, %NULL-terminated
 *
 * Finds the picture of @condition_id on this diagram, e.g. a disc bulging
 * onto a root for a herniated disc: a layer of the SVG (an element with
 * class="state") that is hidden until shown.
 *
 * Returns: (nullable): the id of the layer, or %NULL if the diagram has
 *   no picture of @condition_id
 */
const char *
kc_anatomy_diagram_find_state (KcAnatomyDiagram    *self,
                               const char          *condition_id,
                               const char * const **lit_parts)
{
  g_return_val_if_fail (KC_IS_ANATOMY_DIAGRAM (self), NULL);
  g_return_val_if_fail (condition_id != NULL, NULL);

  for (guint i = 0; i < self->states->len; i++)
    {
      State *state = g_ptr_array_index (self->states, i);

      if (!g_strv_contains ((const char * const *)state->conditions, condition_id))
        continue;

      if (lit_parts != NULL)
        *lit_parts = (const char * const *)state->lit_parts;
      return state->layer;
    }

  return NULL;
}

/**
 * kc_anatomy_diagram_get_state_layers:
 *
 * Returns: (transfer container): the ids of every state's layer, for
 *   checks; free with g_free()
 */
const char **
kc_anatomy_diagram_get_state_layers (KcAnatomyDiagram *self)
{
  const char **layers;

  g_return_val_if_fail (KC_IS_ANATOMY_DIAGRAM (self), NULL);

  layers = g_new0 (const char *, self->states->len + 1);
  for (guint i = 0; i < self->states->len; i++)
    layers[i] = ((State *)g_ptr_array_index (self->states, i))->layer;

  return layers;
}
