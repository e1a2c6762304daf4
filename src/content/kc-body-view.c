/* kc-body-view.c: one view of the body map (front or back)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-body-view-private.h"

struct _KcBodyView
{
  KcItem parent_instance;

  char *svg_resource;
};

G_DEFINE_FINAL_TYPE (KcBodyView, kc_body_view, KC_TYPE_ITEM)

static void
kc_body_view_finalize (GObject *object)
{
  KcBodyView *self = (KcBodyView *)object;

  g_clear_pointer (&self->svg_resource, g_free);

  G_OBJECT_CLASS (kc_body_view_parent_class)->finalize (object);
}

static void
kc_body_view_class_init (KcBodyViewClass *klass)
{
  KcItemClass *item_class = KC_ITEM_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kc_body_view_finalize;

  item_class->kind = KC_ITEM_KIND_BODY_VIEW;
}

static void
kc_body_view_init (KcBodyView *self)
{
}

KcBodyView *
_kc_body_view_new (const char *id,
                   const char *title,
                   const char *svg_resource)
{
  KcBodyView *self = g_object_new (KC_TYPE_BODY_VIEW, "id", id, "name", title, NULL);

  self->svg_resource = g_strdup (svg_resource);

  return self;
}

/* The GResource path of the view's SVG. */
const char *
kc_body_view_get_svg_resource (KcBodyView *self)
{
  g_return_val_if_fail (KC_IS_BODY_VIEW (self), NULL);
  return self->svg_resource;
}
