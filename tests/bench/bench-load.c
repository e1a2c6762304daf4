/* bench-load.c: loading the content, at 1×, 10× and 100× its size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-load [FOLDER] [ROUNDS]
 *
 * Loads the bundled content plus the copies in FOLDER (make-library.py)
 * ROUNDS times and prints the fastest load in milliseconds: reading,
 * safe parsing, RELAX NG validation and the cross-reference checks.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "kc-library.h"

int
main (int   argc,
      char *argv[])
{
  int rounds = argc > 2 ? atoi (argv[2]) : 5;
  double best = G_MAXDOUBLE;
  guint problems = 0;

  for (int round = 0; round < rounds; round++)
    {
      g_autoptr(KcLibrary) library = kc_library_new ();
      gint64 start = g_get_monotonic_time ();

      kc_library_add_bundled (library);
      if (argc > 1 && argv[1][0] != '\0')
        {
          g_autoptr(GFile) folder = g_file_new_for_commandline_arg (argv[1]);
          kc_library_add_directory (library, folder, TRUE);
        }
      kc_library_load (library);
      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
      problems = g_list_model_get_n_items (kc_library_get_problems (library));
    }

  printf ("load-ms %.2f\nproblems %u\n", best, problems);
  return problems == 0 ? 0 : 1;
}
