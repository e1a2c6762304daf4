/* kc-anatomy-diagram.c: an anatomy diagram and its parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-anatomy-diagram-private.h"

struct _KcAnatomyDiagram
{
  KcItem parent_instance;

  char *description;
  char *svg_resource;
  KcExerciseArea exercise_area;
  gboolean has_exercise_area;
  GListStore *parts;
};

G_DEFINE_FINAL_TYPE (KcAnatomyDiagram, kc_anatomy_diagram, KC_TYPE_ITEM)

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
