/* kc-clock.h: the time of day and timeouts, replaceable in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KC_TYPE_CLOCK (kc_clock_get_type ())

G_DECLARE_DERIVABLE_TYPE (KcClock, kc_clock, KC, CLOCK, GObject)

struct _KcClockClass
{
  GObjectClass parent_class;

  GDateTime *(*now)            (KcClock     *self);
  guint      (*add_timeout)    (KcClock     *self,
                                guint        seconds,
                                GSourceFunc  func,
                                gpointer     data);
  void       (*remove_timeout) (KcClock     *self,
                                guint        id);

  gpointer padding[4];
};

KcClock   *kc_clock_new            (void);
GDateTime *kc_clock_now            (KcClock     *self);
guint      kc_clock_add_timeout    (KcClock     *self,
                                    guint        seconds,
                                    GSourceFunc  func,
                                    gpointer     data);
void       kc_clock_remove_timeout (KcClock     *self,
                                    guint        id);

G_END_DECLS
