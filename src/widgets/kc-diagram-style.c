/* kc-diagram-style.c: a diagram's colours, as one stylesheet for librsvg
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The base colours per theme come from data/diagrams/diagram-*.css; the
 * state (hovered, selected, emphasised) is appended as rules on ids.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <librsvg/rsvg.h>
#include <string.h>

#include "kc-diagram-view-private.h"

static const Palette light_palette = {
  RESOURCE_PREFIX "/diagrams/diagram-light.css", "#1c71d8", "#99c1f1", "#1a5fb4",
};
static const Palette dark_palette = {
  RESOURCE_PREFIX "/diagrams/diagram-dark.css", "#99c1f1", "#1c71d8", "#c0dcfa",
};

static const Palette *
current_palette (KcDiagramView *self)
{
  GdkRGBA color;

  /* Light text means a dark theme. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return 0.299 * color.red + 0.587 * color.green + 0.114 * color.blue > 0.5
           ? &dark_palette : &light_palette;
}

static void
append_state_rule (GString    *css,
                   const char *id,
                   const char *declarations)
{
  /* "#id *" reaches the shapes inside a group, whose class rules would
   * otherwise win over what they inherit. */
  g_string_append_printf (css, "#%s, #%s * { %s }\n", id, id, declarations);
}

static char *
build_stylesheet (KcDiagramView *self,
                  const Palette *palette)
{
  g_autoptr(GBytes) base = g_resources_lookup_data (palette->resource,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GString *css = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;

  if (base != NULL)
    g_string_append_len (css, g_bytes_get_data (base, NULL), g_bytes_get_size (base));

  g_hash_table_iter_init (&iter, self->emphasis);
  while (g_hash_table_iter_next (&iter, &key, &value))
    append_state_rule (css, key, value);

  if (self->hovered != NULL && g_strcmp0 (self->hovered, self->selected) != 0)
    {
      g_autofree char *rule = g_strdup_printf ("stroke: %s; stroke-width: 4;",
                                               palette->hover_stroke);
      append_state_rule (css, self->hovered, rule);
    }

  if (self->selected != NULL)
    {
      g_autofree char *rule = g_strdup_printf ("fill: %s; fill-opacity: 1; stroke: %s; "
                                               "stroke-width: 3;",
                                               palette->selected_fill,
                                               palette->selected_stroke);
      append_state_rule (css, self->selected, rule);
    }

  return g_string_free (css, FALSE);
}

void
_kc_diagram_view_update_stylesheet (KcDiagramView *self)
{
  const Palette *palette = current_palette (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *css = NULL;

  if (self->handle == NULL || (!self->style_dirty && palette == self->palette))
    return;

  css = build_stylesheet (self, palette);
  if (!rsvg_handle_set_stylesheet (self->handle, (const guint8 *)css, strlen (css), &error))
    g_critical ("Diagram stylesheet refused: %s", error->message);

  self->palette = palette;
  self->style_dirty = FALSE;
}

void
_kc_diagram_view_invalidate_style (KcDiagramView *self)
{
  self->style_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

