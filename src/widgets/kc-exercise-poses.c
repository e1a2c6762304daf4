/* kc-exercise-poses.c: an exercise's figure, frame by frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/exercises/NAME.svg holds the floor and props in a layer "props"
 * and the figure's frames as layers "frame-0" (the start pose) to
 * "frame-N", one after the other; build-aux/make-exercise-svgs.py writes
 * them, with a viewBox around what they cover.  All frames but the first
 * are hidden in the file, so that it opens in Inkscape as one picture.
 *
 * librsvg's time goes with the size of a document, and rendering one
 * layer of a large one costs about as much as rendering all of it: so
 * each frame is cut out as a document of its own (the file's start and
 * props, the frame, the end), parsed when first drawn, with a rule added
 * to the stylesheet that shows it.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <gio/gio.h>
#include <librsvg/rsvg.h>
#include <string.h>

#include "kc-exercise-poses.h"

#define MAX_FRAMES 64

static const char show_frames[] = "\n.frame { display: inline !important; }\n";

struct _KcExercisePoses
{
  GObject parent_instance;

  /* owned */
  GBytes *svg;
  char *css;
  GPtrArray *handles;         /* RsvgHandle per frame, NULL until first drawn */
  char *resource;

  gsize head_length;          /* the file up to the first frame */
  GArray *frame_offsets;      /* gsize: where each frame starts; then where the last ends */
  KcExerciseMotion motion;
};

G_DEFINE_FINAL_TYPE (KcExercisePoses, kc_exercise_poses, G_TYPE_OBJECT)

static void
kc_exercise_poses_finalize (GObject *object)
{
  KcExercisePoses *self = KC_EXERCISE_POSES (object);

  g_clear_pointer (&self->handles, g_ptr_array_unref);
  g_clear_pointer (&self->frame_offsets, g_array_unref);
  g_clear_pointer (&self->svg, g_bytes_unref);
  g_clear_pointer (&self->css, g_free);
  g_clear_pointer (&self->resource, g_free);

  G_OBJECT_CLASS (kc_exercise_poses_parent_class)->finalize (object);
}

static void
kc_exercise_poses_class_init (KcExercisePosesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_exercise_poses_finalize;
}

static void
kc_exercise_poses_init (KcExercisePoses *self)
{
}

/* Finds where each frame-N group starts, in order (the groups inside a
 * frame, "frame-N-near" and so on, do not match), and where the last one
 * ends, at "</svg>". */
static gboolean
find_frames (KcExercisePoses *self)
{
  gsize length;
  const char *text = g_bytes_get_data (self->svg, &length);
  g_autofree char *doc = g_strndup (text, length);
  const char *end = g_strrstr (doc, "</svg>");
  const char *previous = doc;

  for (guint n = 0; n < MAX_FRAMES; n++)
    {
      g_autofree char *start = g_strdup_printf ("<g id=\"frame-%u\" ", n);
      const char *at = strstr (doc, start);
      gsize offset;

      if (at == NULL || end == NULL || at > end)
        break;
      if (at < previous)
        return FALSE;
      offset = (gsize)(at - doc);
      g_array_append_val (self->frame_offsets, offset);
      previous = at;
    }
  if (self->frame_offsets->len == 0)
    return FALSE;

  self->head_length = g_array_index (self->frame_offsets, gsize, 0);
  length = (gsize)(end - doc);
  g_array_append_val (self->frame_offsets, length);
  return TRUE;
}

static void
unref_handle (gpointer handle)
{
  if (handle != NULL)
    g_object_unref (handle);
}

/* Parses frame @frame as a document of its own, if not done yet. */
static gboolean
ensure_frame (KcExercisePoses  *self,
              guint             frame,
              GError          **error)
{
  const char *text = g_bytes_get_data (self->svg, NULL);
  gsize start = g_array_index (self->frame_offsets, gsize, frame);
  gsize end = g_array_index (self->frame_offsets, gsize, frame + 1);
  g_autoptr(GString) doc = NULL;
  RsvgHandle *handle;

  if (g_ptr_array_index (self->handles, frame) != NULL)
    return TRUE;

  doc = g_string_sized_new (self->head_length + end - start + 8);
  g_string_append_len (doc, text, (gssize)self->head_length);
  g_string_append_len (doc, text + start, (gssize)(end - start));
  g_string_append (doc, "</svg>\n");

  handle = rsvg_handle_new_from_data ((const guint8 *)doc->str, doc->len, error);
  if (handle == NULL)
    return FALSE;
  if (!rsvg_handle_set_stylesheet (handle, (const guint8 *)self->css, strlen (self->css), error))
    {
      g_object_unref (handle);
      return FALSE;
    }

  g_ptr_array_index (self->handles, frame) = handle;
  return TRUE;
}

/**
 * kc_exercise_poses_new:
 * @stylesheet: (nullable): the diagram colours of a theme
 *   (data/diagrams/diagram-light.css or -dark.css)
 *
 * Returns: (transfer full) (nullable): the figure of @exercise, or %NULL
 *   with @error set if its picture cannot be read or has no frames
 */
KcExercisePoses *
kc_exercise_poses_new (KcExercise  *exercise,
                       GBytes      *stylesheet,
                       GError     **error)
{
  g_autoptr(KcExercisePoses) self = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GString) css = g_string_new (NULL);

  g_return_val_if_fail (KC_IS_EXERCISE (exercise), NULL);

  svg = g_resources_lookup_data (kc_exercise_get_illustration_resource (exercise),
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (svg == NULL)
    return NULL;

  self = g_object_new (KC_TYPE_EXERCISE_POSES, NULL);
  self->svg = g_steal_pointer (&svg);
  self->resource = g_strdup (kc_exercise_get_illustration_resource (exercise));
  self->frame_offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  if (!find_frames (self))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s has no frames frame-0, frame-1, … one after the other", self->resource);
      return NULL;
    }
  self->handles = g_ptr_array_new_with_free_func (unref_handle);
  for (guint i = 0; i < kc_exercise_poses_get_n_frames (self); i++)
    g_ptr_array_add (self->handles, NULL);

  if (stylesheet != NULL)
    g_string_append_len (css, g_bytes_get_data (stylesheet, NULL),
                         (gssize)g_bytes_get_size (stylesheet));
  g_string_append (css, show_frames);
  self->css = g_string_free (g_steal_pointer (&css), FALSE);

  kc_exercise_motion_init (&self->motion, kc_exercise_get_dose (exercise));

  /* Parse the start pose now, so that a broken file fails here. */
  if (!ensure_frame (self, 0, error))
    return NULL;

  return g_steal_pointer (&self);
}

guint
kc_exercise_poses_get_n_frames (KcExercisePoses *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE_POSES (self), 0);
  return self->frame_offsets->len - 1;
}

/* The tempo: when which frame shows. */
const KcExerciseMotion *
kc_exercise_poses_get_motion (KcExercisePoses *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE_POSES (self), NULL);
  return &self->motion;
}

guint
kc_exercise_poses_get_frame_of (KcExercisePoses *self,
                                KcExercisePose   pose)
{
  g_return_val_if_fail (KC_IS_EXERCISE_POSES (self), 0);

  if (pose == KC_EXERCISE_POSE_START)
    return 0;
  return kc_exercise_motion_end_frame (&self->motion, kc_exercise_poses_get_n_frames (self));
}

/* Draws the props and frame @frame into (0, 0, @width, @height) of @cr,
 * as large as it fits, centred. */
gboolean
kc_exercise_poses_render (KcExercisePoses *self,
                          cairo_t         *cr,
                          guint            frame,
                          double           width,
                          double           height)
{
  RsvgRectangle viewport = { 0, 0, width, height };
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KC_IS_EXERCISE_POSES (self), FALSE);
  g_return_val_if_fail (frame < kc_exercise_poses_get_n_frames (self), FALSE);

  if (!ensure_frame (self, frame, &error) ||
      !rsvg_handle_render_document (g_ptr_array_index (self->handles, frame), cr, &viewport,
                                    &error))
    {
      g_warning ("Cannot draw frame %u of %s: %s", frame, self->resource, error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * kc_exercise_draw_pose:
 *
 * Draws the start or end pose of @exercise into (0, 0, @width, @height)
 * of @cr in the light theme's colours, as printed.
 */
void
kc_exercise_draw_pose (KcExercise     *exercise,
                       KcExercisePose  pose,
                       cairo_t        *cr,
                       double          width,
                       double          height)
{
  g_autoptr(GBytes) css = g_resources_lookup_data (RESOURCE_PREFIX "/diagrams/diagram-light.css",
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(KcExercisePoses) poses = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KC_IS_EXERCISE (exercise));

  poses = kc_exercise_poses_new (exercise, css, &error);
  if (poses == NULL)
    {
      g_warning ("Cannot draw the figure of %s: %s", kc_item_get_id (KC_ITEM (exercise)),
                 error->message);
      return;
    }
  kc_exercise_poses_render (poses, cr, kc_exercise_poses_get_frame_of (poses, pose), width,
                            height);
}
