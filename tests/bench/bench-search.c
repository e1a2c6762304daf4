/* bench-search.c: search as you type, over a library N times today's size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-search [FOLDER]
 *
 * Loads the bundled content plus the copies in FOLDER (written by
 * make-library.py), then types a few queries one character at a time and
 * reports the time per keystroke, the way the search popover queries.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kc-library.h"
#include "kc-search-index.h"

#define MAX_RESULTS G_MAXUINT

static const char *queries[] = {
  "sciatica knee",
  "hamstrimg stretch",       /* a typo */
  "pain in the front of the thigh",
  "brdige",
  "warning signs",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KcLibrary) library = kc_library_new ();
  g_autoptr(KcSearchIndex) index = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double load_ms, index_ms, total = 0, worst = 0;
  gint64 start;

  start = g_get_monotonic_time ();
  kc_library_add_bundled (library);
  if (argc > 1)
    {
      g_autoptr(GFile) folder = g_file_new_for_commandline_arg (argv[1]);
      kc_library_add_directory (library, folder, TRUE);
    }
  kc_library_load (library);
  load_ms = ms_since (start);

  start = g_get_monotonic_time ();
  index = kc_search_index_new (library);
  index_ms = ms_since (start);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (gsize length = 1; length <= strlen (queries[q]); length++)
      {
        g_autofree char *typed = g_strndup (queries[q], length);
        g_autoptr(GPtrArray) results = NULL;
        double ms;

        start = g_get_monotonic_time ();
        results = kc_search_index_query (index, typed, MAX_RESULTS);
        ms = ms_since (start);
        g_array_append_val (times, ms);
        total += ms;
        worst = MAX (worst, ms);
      }

  g_array_sort (times, compare_doubles);
  printf ("items indexed        %u\n", kc_search_index_get_n_items (index));
  printf ("problems on loading  %u\n", g_list_model_get_n_items (kc_library_get_problems (library)));
  printf ("load                 %.1f ms\n", load_ms);
  printf ("build index          %.1f ms (on the first search)\n", index_ms);
  printf ("keystrokes           %u\n", times->len);
  printf ("per keystroke        median %.2f ms, mean %.2f ms, worst %.2f ms\n",
          g_array_index (times, double, times->len / 2), total / times->len, worst);
  return 0;
}
