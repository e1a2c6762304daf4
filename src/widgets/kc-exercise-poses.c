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
#define MARGIN 6.0   /* around the ink, in the picture's units */

static const char show_frames[] = "\n.frame { display: inline !important; }\n";

struct _KcExercisePoses
{
  GObject parent_instance;

  /* owned */
  RsvgHandle *handle;

  guint n_frames;
  KcExerciseMotion motion;
  RsvgRectangle document;     /* the picture's own size */
  RsvgRectangle box;          /* what every frame and prop covers, within it */
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

static void
union_ink (RsvgHandle    *handle,
           const char    *id,
           RsvgRectangle *document,
           RsvgRectangle *box)
{
  RsvgRectangle ink, logical;
  double right, bottom;

  if (!rsvg_handle_get_geometry_for_layer (handle, id, document, &ink, &logical, NULL) ||
      ink.width <= 0 || ink.height <= 0)
    return;

  right = MAX (box->x + box->width, ink.x + ink.width);
  bottom = MAX (box->y + box->height, ink.y + ink.height);
  box->x = MIN (box->x, ink.x);
  box->y = MIN (box->y, ink.y);
  box->width = right - box->x;
  box->height = bottom - box->y;
}

/* The part of the picture that anything is drawn in, over all frames,
 * so that a figure lying on the floor fills a wide slot rather than
 * leaving the sky above it empty, and the frame does not jump. */
static void
find_box (KcExercisePoses *self)
{
  RsvgRectangle *box = &self->box;
  double width, height;

  if (!rsvg_handle_get_intrinsic_size_in_pixels (self->handle, &width, &height))
    width = 240, height = 160;
  self->document = (RsvgRectangle) { 0, 0, width, height };
  *box = (RsvgRectangle) { width, height, 0, 0 };

  union_ink (self->handle, "#props", &self->document, box);
  for (guint i = 0; i < self->n_frames; i++)
    {
      g_autofree char *id = g_strdup_printf ("#frame-%u", i);

      union_ink (self->handle, id, &self->document, box);
    }

  if (box->width <= 0 || box->height <= 0)
    {
      *box = self->document;
      return;
    }
  /* the whole width: the floor runs across it */
  box->x = 0;
  box->width = width;
  box->y = MAX (0, box->y - MARGIN);
  box->height = MIN (height, box->y + box->height + MARGIN) - box->y;
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
  find_box (self);

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
 * as large as the part drawn in fits, centred. */
gboolean
kc_exercise_poses_render (KcExercisePoses *self,
                          cairo_t         *cr,
                          guint            frame,
                          double           width,
                          double           height)
{
  RsvgRectangle viewport;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  double scale;

  g_return_val_if_fail (KC_IS_EXERCISE_POSES (self), FALSE);
  g_return_val_if_fail (frame < self->n_frames, FALSE);

  scale = MIN (width / self->box.width, height / self->box.height);
  viewport.width = self->document.width * scale;
  viewport.height = self->document.height * scale;
  viewport.x = (width - self->box.width * scale) / 2 - self->box.x * scale;
  viewport.y = (height - self->box.height * scale) / 2 - self->box.y * scale;

  id = g_strdup_printf ("#frame-%u", frame);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (!rsvg_handle_render_layer (self->handle, cr, "#props", &viewport, &error) ||
      !rsvg_handle_render_layer (self->handle, cr, id, &viewport, &error))
    g_warning ("Cannot draw %s: %s", id, error->message);
  cairo_restore (cr);
  return error == NULL;
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
