/* kc-test-pixels.h: comparing pictures drawn by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <librsvg/rsvg.h>

#include "widgets/kc-exercise-poses.h"

G_BEGIN_DECLS

guint kc_test_count_different_pixels (cairo_surface_t *a,
                                      cairo_surface_t *b);
guint kc_test_count_painted_pixels   (cairo_surface_t *surface);

cairo_surface_t *kc_test_render_pose_frame (KcExercisePoses *poses,
                                            guint            frame,
                                            int              width,
                                            int              height);

cairo_surface_t *kc_test_render_layer_mask (RsvgHandle      *handle,
                                            const char      *id,
                                            int              width,
                                            int              height);
guint            kc_test_count_overlap     (cairo_surface_t *a,
                                            cairo_surface_t *b,
                                            double          *centre_y);

G_END_DECLS
