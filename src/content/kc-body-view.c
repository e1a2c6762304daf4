/* kc-body-view.c: one view of the body map (front or back)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-body-view.h"

struct _KcBodyView
{
  GObject parent_instance;

  char *id;
  char *title;
  char *svg_resource;
};

G_DEFINE_FINAL_TYPE (KcBodyView, kc_body_view, G_TYPE_OBJECT)

static void
kc_body_view_finalize (GObject *object)
{
  KcBodyView *self = (KcBodyView *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->svg_resource, g_free);

  G_OBJECT_CLASS (kc_body_view_parent_class)->finalize (object);
}

static void
kc_body_view_class_init (KcBodyViewClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_body_view_finalize;
}

static void
kc_body_view_init (KcBodyView *self)
{
}

/* For the loader only. */
KcBodyView *
_kc_body_view_new (const char *id,
                   const char *title,
                   const char *svg_resource)
{
  KcBodyView *self = g_object_new (KC_TYPE_BODY_VIEW, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->svg_resource = g_strdup (svg_resource);

  return self;
}

const char *
kc_body_view_get_id (KcBodyView *self)
{
  g_return_val_if_fail (KC_IS_BODY_VIEW (self), NULL);
  return self->id;
}

const char *
kc_body_view_get_title (KcBodyView *self)
{
  g_return_val_if_fail (KC_IS_BODY_VIEW (self), NULL);
  return self->title;
}

/* The GResource path of the view's SVG. */
const char *
kc_body_view_get_svg_resource (KcBodyView *self)
{
  g_return_val_if_fail (KC_IS_BODY_VIEW (self), NULL);
  return self->svg_resource;
}
