/* kc-diagram-style.c: a diagram's colours, as one stylesheet for librsvg
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The colours per theme come from data/diagrams/diagram-*.css, those of
 * the selection and the hover too (.kc-selected, .kc-hover), so that
 * tests/test-diagram-contrast.c measures them all; the state (hovered,
 * selected, lit in a class, a hidden layer shown) is appended as rules on
 * ids.  The view draws its picture without hover
 * once and outlines the hovered part over it, each with its stylesheet.
 * librsvg cannot give an element a class after loading, so a part lit in
 * a class gets a rule on its id with that class's declarations, copied
 * from the same stylesheet.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <librsvg/rsvg.h>
#include <string.h>

#include "kc-diagram-view-private.h"

#define DARK_STYLESHEET RESOURCE_PREFIX "/diagrams/diagram-dark.css"

/* Returns: the resource path of the diagram stylesheet for @widget's theme */
static const char *
stylesheet_for (GtkWidget *widget)
{
  GdkRGBA color;

  /* Light text means a dark theme. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  return 0.299 * color.red + 0.587 * color.green + 0.114 * color.blue > 0.5
           ? DARK_STYLESHEET : LIGHT_STYLESHEET;
}

/* Whether @widget's theme is dark, so its pictures take diagram-dark.css. */
gboolean
_kc_diagram_style_is_dark (GtkWidget *widget)
{
  return g_str_equal (stylesheet_for (widget), DARK_STYLESHEET);
}

/* Returns: (transfer full) (nullable): the diagram stylesheet of
 *   @widget's theme */
GBytes *
_kc_diagram_style_dup_base (GtkWidget *widget)
{
  return g_resources_lookup_data (stylesheet_for (widget),
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/**
 * _kc_diagram_style_dup_class_rule:
 * @css: a diagram stylesheet, NUL-terminated
 *
 * Finds the rule of a line that starts ".@style_class {".
 *
 * Returns: (nullable): its declarations, e.g. "fill: #f66151;"
 */
char *
_kc_diagram_style_dup_class_rule (const char *css,
                                  const char *style_class)
{
  g_autofree char *selector = g_strconcat (".", style_class, NULL);
  gsize length = strlen (selector);

  for (const char *line = css; line != NULL && *line != '\0'; line = strchr (line, '\n'))
    {
      const char *open, *close;

      while (*line == '\n')
        line++;
      if (strncmp (line, selector, length) != 0)
        continue;

      open = line + length;
      while (*open == ' ')
        open++;
      close = *open == '{' ? strchr (open, '}') : NULL;
      if (close != NULL)
        return g_strstrip (g_strndup (open + 1, close - open - 1));
    }

  return NULL;
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

typedef enum {
  HOVER_NONE,      /* the base picture */
  HOVER_IN_PLACE,  /* everything, the hovered part outlined where it lies */
  HOVER_OUTLINE,   /* for drawing the hovered part alone over the base */
} HoverStyle;

/* The declarations of @style_class's rule in @css, or none (and a
 * critical: the stylesheets are ours). */
static char *
dup_rule (const char *css,
          const char *style_class,
          const char *resource)
{
  char *rule = _kc_diagram_style_dup_class_rule (css, style_class);

  if (rule == NULL)
    {
      g_critical ("No rule for class “%s” in %s", style_class, resource);
      return g_strdup ("");
    }

  return rule;
}

/**
 * _kc_diagram_style_build_lit:
 * @resource: a diagram stylesheet
 * @part_classes: id → a class of that stylesheet
 * @shown_layers: (nullable): ids of class="state" layers shown, a set
 * @base_css: (out): the stylesheet alone
 *
 * Returns: the stylesheet with a rule for each part lit in a class and
 *   each layer shown; needs no widget
 */
GString *
_kc_diagram_style_build_lit (const char  *resource,
                             GHashTable  *part_classes,
                             GHashTable  *shown_layers,
                             char       **base_css)
{
  g_autoptr(GBytes) base = g_resources_lookup_data (resource,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GString *css = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;

  if (base != NULL)
    g_string_append_len (css, g_bytes_get_data (base, NULL), g_bytes_get_size (base));
  *base_css = g_strdup (css->str);

  g_hash_table_iter_init (&iter, part_classes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      /* Searched in the base only: the rules appended here are on ids. */
      g_autofree char *rule = dup_rule (*base_css, value, resource);

      append_state_rule (css, key, rule);
    }

  /* The stylesheets hide every class="state" layer; an id wins over a class. */
  if (shown_layers != NULL)
    {
      g_hash_table_iter_init (&iter, shown_layers);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_string_append_printf (css, "#%s { display: inline; }\n", (char *)key);
    }

  return css;
}

static char *
build_stylesheet (KcDiagramView *self,
                  const char    *resource,
                  HoverStyle     hover)
{
  g_autofree char *base_css = NULL;
  GString *css = _kc_diagram_style_build_lit (resource, self->part_classes, self->shown_layers,
                                              &base_css);

  if (self->selected != NULL)
    {
      g_autofree char *colours = dup_rule (base_css, "kc-selected", resource);
      g_autofree char *rule = g_strdup_printf ("%s fill-opacity: 1; stroke-width: 3;", colours);

      append_state_rule (css, self->selected, rule);
    }

  /* After the selection: the hovered part is never the selected one. */
  if (hover != HOVER_NONE && self->hovered != NULL &&
      g_strcmp0 (self->hovered, self->selected) != 0)
    {
      g_autofree char *colours = dup_rule (base_css, "kc-hover", resource);
      g_autofree char *rule = g_strdup_printf ("%s%s stroke-width: 4;",
                                               hover == HOVER_OUTLINE ? "fill: none; " : "",
                                               colours);
      append_state_rule (css, self->hovered, rule);
    }

  return g_string_free (css, FALSE);
}

/* Gives @handle @css (transfer full) unless it has it already (@loaded):
 * parsing restyles the whole document. */
static void
load_css (RsvgHandle  *handle,
          char       **loaded,
          char        *css)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (css, *loaded) == 0)
    {
      g_free (css);
      return;
    }

  if (!rsvg_handle_set_stylesheet (handle, (const guint8 *)css, strlen (css), &error))
    g_critical ("Diagram stylesheet refused: %s", error->message);
  g_free (*loaded);
  *loaded = css;
}

/* Everything, the hovered part outlined in place: for printing and for
 * a picture drawn in one go. */
void
_kc_diagram_view_update_stylesheet (KcDiagramView *self)
{
  if (self->handle != NULL)
    load_css (self->handle, &self->loaded_css,
              build_stylesheet (self, stylesheet_for (GTK_WIDGET (self)), HOVER_IN_PLACE));
}

/* Paper is white whatever the theme, and has no pointer over it: the
 * light colours, nothing hovered. */
void
_kc_diagram_view_use_paper_stylesheet (KcDiagramView *self)
{
  if (self->handle != NULL)
    load_css (self->handle, &self->loaded_css,
              build_stylesheet (self, LIGHT_STYLESHEET, HOVER_NONE));
}

/* Returns: (transfer none): the stylesheet of the base picture, now
 *   loaded; hit tests use it too */
const char *
_kc_diagram_view_load_base_stylesheet (KcDiagramView *self)
{
  if (self->handle != NULL)
    load_css (self->handle, &self->loaded_css,
              build_stylesheet (self, stylesheet_for (GTK_WIDGET (self)), HOVER_NONE));
  return self->loaded_css;
}

/**
 * _kc_diagram_view_get_outline_handle:
 *
 * The document again, styled to draw the hovered part as an outline only,
 * over the base picture, without hiding what lies on top of it there.
 * Made when the pointer first hovers a part.
 *
 * Returns: (transfer none) (nullable): the handle
 */
RsvgHandle *
_kc_diagram_view_get_outline_handle (KcDiagramView *self)
{
  if (self->outline_handle == NULL && self->svg != NULL)
    {
      self->outline_handle = rsvg_handle_new_from_data (g_bytes_get_data (self->svg, NULL),
                                                        g_bytes_get_size (self->svg), NULL);
      g_clear_pointer (&self->outline_css, g_free);
    }
  if (self->outline_handle != NULL)
    load_css (self->outline_handle, &self->outline_css,
              build_stylesheet (self, stylesheet_for (GTK_WIDGET (self)), HOVER_OUTLINE));

  return self->outline_handle;
}

void
_kc_diagram_view_invalidate_style (KcDiagramView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
