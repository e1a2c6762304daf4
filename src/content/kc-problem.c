/* kc-problem.c: one thing wrong with a content file, with its place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-problem.h"

struct _KcProblem
{
  GObject parent_instance;

  char *file;
  char *message;
  guint line;
  KcContentError code;
};

G_DEFINE_FINAL_TYPE (KcProblem, kc_problem, G_TYPE_OBJECT)

G_DEFINE_QUARK (kc-content-error-quark, kc_content_error)

static void
kc_problem_finalize (GObject *object)
{
  KcProblem *self = (KcProblem *)object;

  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (kc_problem_parent_class)->finalize (object);
}

static void
kc_problem_class_init (KcProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kc_problem_finalize;
}

static void
kc_problem_init (KcProblem *self)
{
}

KcProblem *
kc_problem_new (const char     *file,
                guint           line,
                KcContentError  code,
                const char     *message)
{
  KcProblem *self;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (KC_TYPE_PROBLEM, NULL);
  self->file = g_strdup (file);
  self->line = line;
  self->code = code;
  self->message = g_strdup (message);

  return self;
}

const char *
kc_problem_get_file (KcProblem *self)
{
  g_return_val_if_fail (KC_IS_PROBLEM (self), NULL);
  return self->file;
}

guint
kc_problem_get_line (KcProblem *self)
{
  g_return_val_if_fail (KC_IS_PROBLEM (self), 0);
  return self->line;
}

KcContentError
kc_problem_get_code (KcProblem *self)
{
  g_return_val_if_fail (KC_IS_PROBLEM (self), 0);
  return self->code;
}

const char *
kc_problem_get_message (KcProblem *self)
{
  g_return_val_if_fail (KC_IS_PROBLEM (self), NULL);
  return self->message;
}

/* "file:line: message", the form compilers use, so editors can jump there. */
char *
kc_problem_to_string (KcProblem *self)
{
  g_return_val_if_fail (KC_IS_PROBLEM (self), NULL);

  if (self->line > 0)
    return g_strdup_printf ("%s:%u: %s", self->file, self->line, self->message);

  return g_strdup_printf ("%s: %s", self->file, self->message);
}
