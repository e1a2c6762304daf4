/* kc-link.c: a link from one content item to a tab, or an item in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-link.h"

struct _KcLink
{
  GObject parent_instance;

  char *page;
  char *ref;
  char *label;
};

G_DEFINE_FINAL_TYPE (KcLink, kc_link, G_TYPE_OBJECT)

static void
kc_link_finalize (GObject *object)
{
  KcLink *self = (KcLink *)object;

  g_clear_pointer (&self->page, g_free);
  g_clear_pointer (&self->ref, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (kc_link_parent_class)->finalize (object);
}

static void
kc_link_class_init (KcLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kc_link_finalize;
}

static void
kc_link_init (KcLink *self)
{
}

/**
 * kc_link_new:
 * @page: the tab the link leads to (a page name such as "bodymap")
 * @ref: (nullable): the id of an item on that tab
 * @label: what the link says
 */
KcLink *
kc_link_new (const char *page,
             const char *ref,
             const char *label)
{
  KcLink *self;

  g_return_val_if_fail (page != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (KC_TYPE_LINK, NULL);
  self->page = g_strdup (page);
  self->ref = g_strdup (ref);
  self->label = g_strdup (label);

  return self;
}

const char *
kc_link_get_page (KcLink *self)
{
  g_return_val_if_fail (KC_IS_LINK (self), NULL);
  return self->page;
}

const char *
kc_link_get_ref (KcLink *self)
{
  g_return_val_if_fail (KC_IS_LINK (self), NULL);
  return self->ref;
}

const char *
kc_link_get_label (KcLink *self)
{
  g_return_val_if_fail (KC_IS_LINK (self), NULL);
  return self->label;
}
