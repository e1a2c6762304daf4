/* kc-exercise-figure.c: an exercise's figure, moving at its tempo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows one frame of the exercise's figure (KcExercisePoses).  An animated
 * figure moves through its frames on the frame clock while it is mapped,
 * at the tempo of the exercise's dose (KcExerciseMotion), cross-fading
 * each frame into the next so that twelve frames read as a smooth
 * movement; when the desktop
 * asks for no animations (gtk-enable-animations) it stands still and shows
 * the start and the end pose side by side.  A figure that is not animated
 * (a card) shows the end pose.  Each frame is rendered once per size and
 * theme and kept as a texture: a tick draws at most two textures.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kc-diagram-view-private.h"
#include "kc-exercise-figure.h"
#include "kc-exercise-poses.h"

#define GAP 12   /* between the start and the end pose, side by side */
/* How often a moving figure redraws: each redraw costs a frame of the
 * whole window, a few milliseconds of CPU (more than the cross-fade). */
#define REDRAWS_PER_SECOND 24
#define MAX_BLEND_STEPS 8

struct _KcExerciseFigure
{
  GtkWidget parent_instance;

  /* owned */
  KcExercise *exercise;
  KcExercisePoses *poses;     /* in the colours of the theme it was made for */
  GPtrArray *textures;        /* GdkTexture per frame, or NULL until drawn */
  GPtrArray *surfaces;        /* cairo_surface_t per frame, for the cairo renderer */
  GtkSettings *settings;      /* watched while mapped */

  gboolean animate;
  gboolean dark;
  int texture_width;          /* the size in pixels the textures were drawn at */
  int texture_height;
  guint tick_id;
  gint64 start_ms;
  guint frame;
  double position;            /* the frame, and the fraction faded into the next */
};

enum {
  PROP_0,
  PROP_EXERCISE,
  PROP_ANIMATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (KcExerciseFigure, kc_exercise_figure, GTK_TYPE_WIDGET)

static gboolean
animations_enabled (KcExerciseFigure *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled,
                NULL);
  return enabled;
}

static void
clear_textures (KcExerciseFigure *self)
{
  for (guint i = 0; i < self->textures->len; i++)
    g_clear_object (&g_ptr_array_index (self->textures, i));
  for (guint i = 0; i < self->surfaces->len; i++)
    g_clear_pointer (&g_ptr_array_index (self->surfaces, i), cairo_surface_destroy);
}

/* Loads the figure in the colours of the current theme, if it changed. */
static void
ensure_poses (KcExerciseFigure *self)
{
  gboolean dark = _kc_diagram_style_is_dark (GTK_WIDGET (self));
  g_autoptr(GBytes) css = NULL;
  g_autoptr(GError) error = NULL;

  if (self->poses != NULL && dark == self->dark)
    return;

  css = _kc_diagram_style_dup_base (GTK_WIDGET (self));
  clear_textures (self);
  g_clear_object (&self->poses);
  self->dark = dark;
  self->poses = kc_exercise_poses_new (self->exercise, css, &error);
  if (self->poses == NULL)
    {
      g_critical ("Figure of %s: %s", kc_item_get_id (KC_ITEM (self->exercise)), error->message);
      return;
    }
  g_ptr_array_set_size (self->textures, (int)kc_exercise_poses_get_n_frames (self->poses));
  g_ptr_array_set_size (self->surfaces, (int)kc_exercise_poses_get_n_frames (self->poses));
  self->frame = kc_exercise_poses_get_frame_of (self->poses, self->animate
                                                ? KC_EXERCISE_POSE_START
                                                : KC_EXERCISE_POSE_END);
}

/* The frame drawn once at the current size, kept for every later draw. */
static cairo_surface_t *
ensure_surface (KcExerciseFigure *self,
                guint             frame)
{
  cairo_surface_t *surface = g_ptr_array_index (self->surfaces, frame);
  cairo_t *cr;

  if (surface != NULL)
    return surface;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, self->texture_width,
                                        self->texture_height);
  cr = cairo_create (surface);
  kc_exercise_poses_render (self->poses, cr, frame, self->texture_width, self->texture_height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_ptr_array_index (self->surfaces, frame) = surface;
  return surface;
}

static GdkTexture *
render_texture (KcExerciseFigure *self,
                guint             frame)
{
  cairo_surface_t *surface = ensure_surface (self, frame);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                                         (gsize)stride * (gsize)self->texture_height);

  /* Cairo's ARGB32 is GDK's default memory format. */
  return gdk_memory_texture_new (self->texture_width, self->texture_height,
                                 GDK_MEMORY_DEFAULT, bytes, (gsize)stride);
}

/* GTK 4.8's cairo renderer converts a memory texture's every pixel on
 * every draw; a cairo node paints the kept surface, and only where the
 * window is redrawn.  The GL renderer keeps a texture on the GPU. */
static gboolean
draws_with_cairo (KcExerciseFigure *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native ? gtk_native_get_renderer (native) : NULL;

  return renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
}

static void
append_frame (KcExerciseFigure *self,
              GtkSnapshot      *snapshot,
              guint             frame,
              double            x,
              double            width,
              double            height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int pixel_width = MAX (1, (int)(width * scale));
  int pixel_height = MAX (1, (int)(height * scale));
  GdkTexture *texture;

  if (pixel_width != self->texture_width || pixel_height != self->texture_height)
    {
      clear_textures (self);
      self->texture_width = pixel_width;
      self->texture_height = pixel_height;
    }

  if (draws_with_cairo (self))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, 0, width, height));

      cairo_translate (cr, x, 0);
      cairo_scale (cr, width / pixel_width, height / pixel_height);
      cairo_set_source_surface (cr, ensure_surface (self, frame), 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      return;
    }

  texture = g_ptr_array_index (self->textures, frame);
  if (texture == NULL)
    texture = g_ptr_array_index (self->textures, frame) = render_texture (self, frame);

  gtk_snapshot_append_texture (snapshot, texture, &GRAPHENE_RECT_INIT (x, 0, width, height));
}

/* The frame at the position, cross-faded into the next by the fraction
 * (a cycle's last frame into frame 0). */
static void
append_blend (KcExerciseFigure *self,
              GtkSnapshot      *snapshot,
              double            width,
              double            height)
{
  guint n_frames = kc_exercise_poses_get_n_frames (self->poses);
  guint below = (guint)self->position;
  double fade = self->position - below;

  if (fade <= 0)
    {
      append_frame (self, snapshot, below % n_frames, 0, width, height);
      return;
    }

  gtk_snapshot_push_cross_fade (snapshot, fade);
  append_frame (self, snapshot, below % n_frames, 0, width, height);
  gtk_snapshot_pop (snapshot);
  append_frame (self, snapshot, (below + 1) % n_frames, 0, width, height);
  gtk_snapshot_pop (snapshot);
}

static void
kc_exercise_figure_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  KcExerciseFigure *self = KC_EXERCISE_FIGURE (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);

  ensure_poses (self);
  if (self->poses == NULL || width < 1 || height < 1)
    return;

  if (kc_exercise_figure_is_side_by_side (self))
    {
      double half = (width - GAP) / 2;

      append_frame (self, snapshot,
                    kc_exercise_poses_get_frame_of (self->poses, KC_EXERCISE_POSE_START),
                    0, half, height);
      append_frame (self, snapshot,
                    kc_exercise_poses_get_frame_of (self->poses, KC_EXERCISE_POSE_END),
                    width - half, half, height);
      return;
    }

  if (kc_exercise_figure_is_animating (self))
    append_blend (self, snapshot, width, height);
  else
    append_frame (self, snapshot, self->frame, 0, width, height);
}

/* Cross-fade steps from one frame to the next, so that the figure redraws
 * about REDRAWS_PER_SECOND while it moves (and not at all while it holds
 * or rests): four for a two-second movement over twelve frames. */
static guint
blend_steps (KcExercisePoses *poses)
{
  const KcExerciseMotion *motion = kc_exercise_poses_get_motion (poses);
  guint n_frames = kc_exercise_poses_get_n_frames (poses);
  double frame_ms = motion->move_ms / (double)(motion->cycle ? n_frames : MAX (n_frames, 2) - 1);

  return CLAMP ((guint)round (frame_ms * REDRAWS_PER_SECOND / 1000), 1, MAX_BLEND_STEPS);
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  KcExerciseFigure *self = KC_EXERCISE_FIGURE (widget);
  gint64 now_ms = gdk_frame_clock_get_frame_time (clock) / 1000;
  const KcExerciseMotion *motion;
  guint n_frames, steps;
  double position;

  if (self->poses == NULL)
    return G_SOURCE_CONTINUE;

  if (self->start_ms < 0)
    self->start_ms = now_ms;
  motion = kc_exercise_poses_get_motion (self->poses);
  n_frames = kc_exercise_poses_get_n_frames (self->poses);
  position = kc_exercise_motion_position_at (motion, now_ms - self->start_ms, n_frames);
  steps = blend_steps (self->poses);
  position = floor (position * steps) / steps;
  self->frame = kc_exercise_motion_frame_at (motion, now_ms - self->start_ms, n_frames);
  if (position != self->position)
    {
      self->position = position;
      gtk_widget_queue_draw (widget);
    }
  return G_SOURCE_CONTINUE;
}

/* Ticks only while it is animated, shown, and animations are wanted: no
 * wake-ups for a figure on a hidden page. */
static void
update_ticking (KcExerciseFigure *self)
{
  gboolean want = self->animate && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
                  animations_enabled (self);

  if (want && self->tick_id == 0)
    {
      ensure_poses (self);
      self->start_ms = -1;
      self->frame = 0;
      self->position = 0;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
    }
  else if (!want && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
}

static void
on_enable_animations_changed_cb (KcExerciseFigure *self)
{
  update_ticking (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
kc_exercise_figure_map (GtkWidget *widget)
{
  KcExerciseFigure *self = KC_EXERCISE_FIGURE (widget);

  GTK_WIDGET_CLASS (kc_exercise_figure_parent_class)->map (widget);

  g_set_object (&self->settings, gtk_widget_get_settings (widget));
  g_signal_connect_object (self->settings, "notify::gtk-enable-animations",
                           G_CALLBACK (on_enable_animations_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_ticking (self);
}

static void
kc_exercise_figure_unmap (GtkWidget *widget)
{
  KcExerciseFigure *self = KC_EXERCISE_FIGURE (widget);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  GTK_WIDGET_CLASS (kc_exercise_figure_parent_class)->unmap (widget);
  update_ticking (self);
}

static void
kc_exercise_figure_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kc_exercise_figure_parent_class)->css_changed (widget, change);
  /* The theme may have turned dark: ensure_poses() notices on the next draw. */
  gtk_widget_queue_draw (widget);
}

static void
set_description (KcExerciseFigure *self)
{
  const char *start = kc_exercise_get_picture_start (self->exercise);
  const char *end = kc_exercise_get_picture_end (self->exercise);
  g_autofree char *label = g_strdup_printf (_("Picture: %s"),
                                            kc_item_get_name (KC_ITEM (self->exercise)));
  g_autofree char *description = NULL;

  /* Translators: what an exercise's moving picture shows, e.g. "Start:
   * Lying on your back, knees bent. End: Hips lifted." */
  if (start != NULL && end != NULL)
    description = g_strdup_printf (_("Start: %s End: %s"), start, end);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
kc_exercise_figure_constructed (GObject *object)
{
  KcExerciseFigure *self = KC_EXERCISE_FIGURE (object);

  G_OBJECT_CLASS (kc_exercise_figure_parent_class)->constructed (object);
  g_return_if_fail (KC_IS_EXERCISE (self->exercise));
  set_description (self);
}

static void
kc_exercise_figure_dispose (GObject *object)
{
  KcExerciseFigure *self = KC_EXERCISE_FIGURE (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  g_clear_object (&self->poses);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (kc_exercise_figure_parent_class)->dispose (object);
}

static void
kc_exercise_figure_finalize (GObject *object)
{
  KcExerciseFigure *self = KC_EXERCISE_FIGURE (object);

  clear_textures (self);
  g_clear_pointer (&self->textures, g_ptr_array_unref);
  g_clear_pointer (&self->surfaces, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_exercise_figure_parent_class)->finalize (object);
}

static void
kc_exercise_figure_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KcExerciseFigure *self = KC_EXERCISE_FIGURE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;
    case PROP_ANIMATE:
      g_value_set_boolean (value, self->animate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_exercise_figure_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  KcExerciseFigure *self = KC_EXERCISE_FIGURE (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      self->exercise = g_value_dup_object (value);
      break;
    case PROP_ANIMATE:
      self->animate = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_exercise_figure_class_init (KcExerciseFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_exercise_figure_constructed;
  object_class->dispose = kc_exercise_figure_dispose;
  object_class->finalize = kc_exercise_figure_finalize;
  object_class->get_property = kc_exercise_figure_get_property;
  object_class->set_property = kc_exercise_figure_set_property;

  widget_class->snapshot = kc_exercise_figure_snapshot;
  widget_class->map = kc_exercise_figure_map;
  widget_class->unmap = kc_exercise_figure_unmap;
  widget_class->css_changed = kc_exercise_figure_css_changed;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, KC_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANIMATE] =
    g_param_spec_boolean ("animate", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "exercise-figure");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kc_exercise_figure_init (KcExerciseFigure *self)
{
  /* Holds NULL for frames not drawn yet: clear_textures() frees them. */
  self->textures = g_ptr_array_new ();
  self->surfaces = g_ptr_array_new ();
  self->start_ms = -1;
}

/**
 * kc_exercise_figure_new:
 * @animate: whether it moves between its poses (the detail view) or shows
 *   the end pose (a card)
 */
GtkWidget *
kc_exercise_figure_new (KcExercise *exercise,
                        gboolean    animate)
{
  g_return_val_if_fail (KC_IS_EXERCISE (exercise), NULL);

  return g_object_new (KC_TYPE_EXERCISE_FIGURE, "exercise", exercise, "animate", animate, NULL);
}

/* The frame shown now; the end pose's when it stands still. */
guint
kc_exercise_figure_get_frame (KcExerciseFigure *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE_FIGURE (self), 0);

  ensure_poses (self);
  if (self->poses != NULL && !kc_exercise_figure_is_animating (self) && self->animate)
    return kc_exercise_poses_get_frame_of (self->poses, KC_EXERCISE_POSE_END);
  return self->frame;
}

/* Where it is while it moves: the frame drawn, and the fraction of the
 * next frame faded in over it; the frame shown when it stands still. */
double
kc_exercise_figure_get_position (KcExerciseFigure *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE_FIGURE (self), 0);

  if (kc_exercise_figure_is_animating (self))
    return self->position;
  return kc_exercise_figure_get_frame (self);
}

/* Whether it is moving through its frames now. */
gboolean
kc_exercise_figure_is_animating (KcExerciseFigure *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE_FIGURE (self), FALSE);
  return self->tick_id != 0;
}

/* Whether it shows start and end side by side: animated, but the desktop
 * wants no animations. */
gboolean
kc_exercise_figure_is_side_by_side (KcExerciseFigure *self)
{
  g_return_val_if_fail (KC_IS_EXERCISE_FIGURE (self), FALSE);
  return self->animate && !animations_enabled (self);
}
