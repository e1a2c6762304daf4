/* fuzz-content.c: libFuzzer target for the content loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes, as a user's content file, through the whole pipeline: the
 * size cap, the safe parser, the schema chosen by the root element, the
 * readers and the cross-file checks.  A crash, a leak or a sanitizer
 * report is a bug; a refusal with problems is the expected answer.
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

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  GListModel *problems;

  kc_library_add_bytes (library, "fuzz.xml", bytes);
  kc_library_load (library);

  /* Every refusal must say where and why. */
  problems = kc_library_get_problems (library);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = kc_problem_to_string (problem);

      if (text == NULL || kc_problem_get_message (problem)[0] == '\0' ||
          (strstr (text, UNREGISTERED) != NULL &&
           memmem (data, size, UNREGISTERED, strlen (UNREGISTERED)) == NULL))
        __builtin_trap ();
    }

  return 0;
}
