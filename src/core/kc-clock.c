/* kc-clock.c: the time of day and timeouts, replaceable in tests
 *
 * The base class is the real clock: local time and GLib's timeouts.  A
 * test subclasses it with a clock it moves forward itself, so what
 * happens at a time of day is tested without waiting for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-core"

#include "config.h"

#include "kc-clock.h"

G_DEFINE_TYPE (KcClock, kc_clock, G_TYPE_OBJECT)

static GDateTime *
kc_clock_real_now (KcClock *self)
{
  return g_date_time_new_now_local ();
}

static guint
kc_clock_real_add_timeout (KcClock     *self,
                           guint        seconds,
                           GSourceFunc  func,
                           gpointer     data)
{
  return g_timeout_add_seconds (seconds, func, data);
}

static void
kc_clock_real_remove_timeout (KcClock *self,
                              guint    id)
{
  g_source_remove (id);
}

static void
kc_clock_class_init (KcClockClass *klass)
{
  klass->now = kc_clock_real_now;
  klass->add_timeout = kc_clock_real_add_timeout;
  klass->remove_timeout = kc_clock_real_remove_timeout;
}

static void
kc_clock_init (KcClock *self)
{
}

/* The system's clock, in the local time zone. */
KcClock *
kc_clock_new (void)
{
  return g_object_new (KC_TYPE_CLOCK, NULL);
}

/* Returns: (transfer full): the time now, local */
GDateTime *
kc_clock_now (KcClock *self)
{
  g_return_val_if_fail (KC_IS_CLOCK (self), NULL);
  return KC_CLOCK_GET_CLASS (self)->now (self);
}

/* Calls @func after @seconds, again while it returns %G_SOURCE_CONTINUE. */
guint
kc_clock_add_timeout (KcClock     *self,
                      guint        seconds,
                      GSourceFunc  func,
                      gpointer     data)
{
  g_return_val_if_fail (KC_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);
  return KC_CLOCK_GET_CLASS (self)->add_timeout (self, seconds, func, data);
}

void
kc_clock_remove_timeout (KcClock *self,
                         guint    id)
{
  g_return_if_fail (KC_IS_CLOCK (self));
  g_return_if_fail (id != 0);
  KC_CLOCK_GET_CLASS (self)->remove_timeout (self, id);
}
