/* fuzz-content-bundled.c: libFuzzer target for a user's content file
 * loaded beside the bundled library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * As the app loads it (README: "Your own content"): the bundled files
 * first, then the user's file, whose ids may clash with bundled ones and
 * whose references may point into them.  A crash, a leak or a sanitizer
 * report is a bug; so is a user's file that costs the bundled library an
 * item, or a refusal that does not say where and why.
 */
#define _GNU_SOURCE   /* memmem */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "kc-library.h"
#include "kc-problem.h"

/* libxml2's text for an error it has no words for; a refused value is
 * quoted, so the input itself may hold it. */
#define UNREGISTERED "Unregistered error message"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static guint
count_items (KcLibrary *library)
{
  guint n = 0;

  for (KcItemKind kind = 0; kind < KC_ITEM_N_KINDS; kind++)
    n += g_list_model_get_n_items (kc_library_get_items (library, kind));
  return n;
}

/* How many items the bundled library alone has: measured once. */
static guint
bundled_items (void)
{
  static guint n = 0;

  if (n == 0)
    {
      g_autoptr(KcLibrary) library = kc_library_new ();

      kc_library_add_bundled (library);
      kc_library_load (library);
      n = count_items (library);
    }
  return n;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  GListModel *problems;

  kc_library_add_bundled (library);
  kc_library_add_bytes (library, "user.xml", bytes);
  kc_library_load (library);

  /* The user's file is skipped whole or adds items: it never takes any. */
  if (count_items (library) < bundled_items ())
    __builtin_trap ();

  problems = kc_library_get_problems (library);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = kc_problem_to_string (problem);

      /* Only the user's file can be wrong; the bundled files never are. */
      if (g_strcmp0 (kc_problem_get_file (problem), "user.xml") != 0 ||
          kc_problem_get_message (problem)[0] == '\0' ||
          (strstr (text, UNREGISTERED) != NULL &&
           memmem (data, size, UNREGISTERED, strlen (UNREGISTERED)) == NULL))
        __builtin_trap ();
    }

  return 0;
}
