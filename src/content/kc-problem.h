/* kc-problem.h: one thing wrong with a content file, with its place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KC_CONTENT_ERROR (kc_content_error_quark ())

typedef enum
{
  KC_CONTENT_ERROR_IO,
  KC_CONTENT_ERROR_EMPTY,
  KC_CONTENT_ERROR_TOO_LARGE,
  KC_CONTENT_ERROR_TOO_DEEP,
  KC_CONTENT_ERROR_UNSAFE,
  KC_CONTENT_ERROR_MALFORMED,
  KC_CONTENT_ERROR_UNKNOWN_KIND,
  KC_CONTENT_ERROR_SCHEMA,
  KC_CONTENT_ERROR_DUPLICATE_ID,
  KC_CONTENT_ERROR_DANGLING_REFERENCE,
} KcContentError;

GQuark kc_content_error_quark (void);

#define KC_TYPE_PROBLEM (kc_problem_get_type ())

G_DECLARE_FINAL_TYPE (KcProblem, kc_problem, KC, PROBLEM, GObject)

KcProblem      *kc_problem_new         (const char     *file,
                                        guint           line,
                                        KcContentError  code,
                                        const char     *message);
const char     *kc_problem_get_file    (KcProblem      *self);
guint           kc_problem_get_line    (KcProblem      *self);
KcContentError  kc_problem_get_code    (KcProblem      *self);
const char     *kc_problem_get_message (KcProblem      *self);
char           *kc_problem_to_string   (KcProblem      *self);

G_END_DECLS
