/* kc-diagram-labels-near.c: which parts are labelled on a small screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a short view (a 1024×600 screen) the labels of twenty parts fill
 * their columns, and each is pushed far from its part.  There, once a
 * part is chosen, only it and its nearest named neighbours keep their
 * labels: a few names beside what the patient is looking at.  The
 * columns keep the widths found for every name, so the picture does not
 * change size as the choice changes.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <math.h>

#include "kc-diagram-view-private.h"

typedef struct
{
  Part *part;       /* borrowed */
  double distance;  /* from the chosen part's anchor, document units */
} Neighbour;

static int
compare_by_distance (gconstpointer a,
                     gconstpointer b)
{
  const Neighbour *na = a;
  const Neighbour *nb = b;

  return (na->distance > nb->distance) - (na->distance < nb->distance);
}

/* Whether the view is short enough for every label to crowd. */
gboolean
_kc_diagram_view_labels_crowd (KcDiagramView *self)
{
  double height;

  if (self->paper != NULL)
    return FALSE;   /* a printed picture names every part */

  _kc_diagram_view_get_room (self, NULL, &height);
  return height < KC_DIAGRAM_LABELS_SMALL_HEIGHT;
}

/**
 * _kc_diagram_view_dup_labelled_parts:
 *
 * The parts whose labels are shown: on a short view with a named part
 * chosen, that part and its %KC_DIAGRAM_LABELS_NEIGHBOURS nearest named
 * parts (by their anchors); otherwise every part.
 *
 * Returns: (transfer full) (nullable): a set of `Part *`, or %NULL for
 *   every part
 */
GHashTable *
_kc_diagram_view_dup_labelled_parts (KcDiagramView *self)
{
  g_autoptr(GArray) neighbours = NULL;
  GHashTable *shown;
  Part *chosen;

  if (self->selected == NULL || !_kc_diagram_view_labels_crowd (self))
    return NULL;
  chosen = _kc_diagram_view_find_part (self, self->selected);
  if (chosen == NULL || chosen->name == NULL || !_kc_diagram_view_find_anchor (self, chosen))
    return NULL;

  neighbours = g_array_new (FALSE, FALSE, sizeof (Neighbour));
  for (guint i = 0; i < self->parts->len; i++)
    {
      Part *part = g_ptr_array_index (self->parts, i);
      Neighbour neighbour = { part, 0 };

      if (part == chosen || part->name == NULL || !_kc_diagram_view_find_anchor (self, part))
        continue;
      neighbour.distance = hypot (part->anchor_x - chosen->anchor_x,
                                  part->anchor_y - chosen->anchor_y);
      g_array_append_val (neighbours, neighbour);
    }
  g_array_sort (neighbours, compare_by_distance);

  shown = g_hash_table_new (NULL, NULL);
  g_hash_table_add (shown, chosen);
  for (guint i = 0; i < MIN (neighbours->len, KC_DIAGRAM_LABELS_NEIGHBOURS); i++)
    g_hash_table_add (shown, g_array_index (neighbours, Neighbour, i).part);

  return shown;
}
