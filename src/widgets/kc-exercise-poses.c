/* kc-exercise-poses.c: an exercise's figure, frame by frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/exercises/NAME.svg holds the floor and props in a layer "props"
 * and the figure's frames as layers "frame-0" (the start pose) to
 * "frame-N"; build-aux/make-exercise-svgs.py writes them.  All frames but
 * the first are hidden in the file, so that it opens in Inkscape as one
 * picture; a rule added to the stylesheet shows whichever is rendered.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <gio/gio.h>
#include <librsvg/rsvg.h>

#include "kc-exercise-poses.h"

#define MAX_FRAMES 64

static const char show_frames[] = "\n.frame { display: inline !important; }\n";

struct _KcExercisePoses
{
  GObject parent_instance;

  /* owned */
  RsvgHandle *handle;

  guint n_frames;
  KcExerciseMotion motion;
};

G_DEFINE_FINAL_TYPE (KcExercisePoses, kc_exercise_poses, G_TYPE_OBJECT)

static void
kc_exercise_poses_finalize (GObject *object)
{
  KcExercisePoses *self = KC_EXERCISE_POSES (object);

  g_clear_object (&self->handle);

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

static guint
count_frames (RsvgHandle *handle)
{
  guint n = 0;

  while (n < MAX_FRAMES)
    {
      g_autofree char *id = g_strdup_printf ("#frame-%u", n);

      if (!rsvg_handle_has_sub (handle, id))
        break;
      n++;
    }
  return n;
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
  self->handle = rsvg_handle_new_from_data (g_bytes_get_data (svg, NULL),
                                            g_bytes_get_size (svg), error);
  if (self->handle == NULL)
    return NULL;

  self->n_frames = count_frames (self->handle);
  if (self->n_frames == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s has no frame-0", kc_exercise_get_illustration_resource (exercise));
      return NULL;
    }

  if (stylesheet != NULL)
    g_string_append_len (css, g_bytes_get_data (stylesheet, NULL),
                         (gssize)g_bytes_get_size (stylesheet));
  g_string_append (css, show_frames);
  if (!rsvg_handle_set_stylesheet (self->handle, (const guint8 *)css->str, css->len, error))
    return NULL;

  kc_exercise_motion_init (&self->motion, kc_exercise_get_dose (exercise));

  return g_steal_pointer (&self);
}

guint
kc_exercise_poses_get_n_frames (KcExercisePoses *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE_POSES (self), 0);
  return self->n_frames;
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
  return kc_exercise_motion_end_frame (&self->motion, self->n_frames);
}

/* Draws the props and frame @frame into (0, 0, @width, @height) of @cr,
 * keeping the picture's proportions. */
gboolean
kc_exercise_poses_render (KcExercisePoses *self,
                          cairo_t         *cr,
                          guint            frame,
                          double           width,
                          double           height)
{
  RsvgRectangle viewport = { 0, 0, width, height };
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KC_IS_EXERCISE_POSES (self), FALSE);
  g_return_val_if_fail (frame < self->n_frames, FALSE);

  id = g_strdup_printf ("#frame-%u", frame);
  if (!rsvg_handle_render_layer (self->handle, cr, "#props", &viewport, &error) ||
      !rsvg_handle_render_layer (self->handle, cr, id, &viewport, &error))
    {
      g_warning ("Cannot draw %s: %s", id, error->message);
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
