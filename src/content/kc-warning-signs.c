/* kc-warning-signs.c: the warning signs of one tier
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A tier says how soon its signs need help (an emergency, the same day,
 * soon) and what to do: the action line, which names each country's
 * numbers in its own translation.  The content gives the action and the
 * signs; the heading is the tier's name.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-warning-signs-private.h"

struct _KcWarningSigns
{
  GObject parent_instance;

  char *action;
  GStrv signs;
  KcWarningTier tier;
};

G_DEFINE_FINAL_TYPE (KcWarningSigns, kc_warning_signs, G_TYPE_OBJECT)

static void
kc_warning_signs_finalize (GObject *object)
{
  KcWarningSigns *self = (KcWarningSigns *)object;

  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->signs, g_strfreev);

  G_OBJECT_CLASS (kc_warning_signs_parent_class)->finalize (object);
}

static void
kc_warning_signs_class_init (KcWarningSignsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kc_warning_signs_finalize;
}

static void
kc_warning_signs_init (KcWarningSigns *self)
{
}

KcWarningSigns *
_kc_warning_signs_new (KcWarningTier       tier,
                       const char         *action,
                       const char * const *signs)
{
  KcWarningSigns *self;

  g_return_val_if_fail (action != NULL, NULL);
  g_return_val_if_fail (signs != NULL, NULL);

  self = g_object_new (KC_TYPE_WARNING_SIGNS, NULL);
  self->tier = tier;
  self->action = g_strdup (action);
  self->signs = g_strdupv ((char **)signs);

  return self;
}

KcWarningTier
kc_warning_signs_get_tier (KcWarningSigns *self)
{
  g_return_val_if_fail (KC_IS_WARNING_SIGNS (self), KC_WARNING_TIER_EMERGENCY);
  return self->tier;
}

/* Returns: the tier's name, e.g. "Emergency" */
const char *
kc_warning_signs_get_heading (KcWarningSigns *self)
{
  g_return_val_if_fail (KC_IS_WARNING_SIGNS (self), NULL);
  return kc_warning_tier_to_string (self->tier);
}

/* Returns: what to do, e.g. "Call 999 … or go to A&E now." */
const char *
kc_warning_signs_get_action (KcWarningSigns *self)
{
  g_return_val_if_fail (KC_IS_WARNING_SIGNS (self), NULL);
  return self->action;
}

/* Returns: (transfer none): the signs, %NULL-terminated, at least one */
const char * const *
kc_warning_signs_get_signs (KcWarningSigns *self)
{
  g_return_val_if_fail (KC_IS_WARNING_SIGNS (self), NULL);
  return (const char * const *)self->signs;
}
