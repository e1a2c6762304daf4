/* fuzz-progress.c: libFuzzer target for progress files and their merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a progress file a patient brings.  A refusal says why.
 * What is accepted survives a round trip (exported again and read back,
 * the same file), merges into a plan of its id, and merged a second time
 * adds nothing.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "plan/kc-progress-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
assert_added_nothing (const KcProgressAdded *added)
{
  if (added->records + added->sessions + added->ratings + added->activities + added->changes +
      added->log_days != 0 || g_date_valid (&added->newest_week))
    __builtin_trap ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) progress = kc_progress_from_bytes (bytes, "fuzz.xml", problems, &error);
  g_autoptr(KcPlan) again = NULL;
  g_autoptr(KcPlan) plan = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autofree char *xml = NULL, *xml_again = NULL;
  GDate today;
  KcProgressAdded added;

  if (progress == NULL)
    {
      if (error == NULL || error->message[0] == '\0')
        __builtin_trap ();
      return 0;
    }

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 2, G_DATE_DECEMBER, 2026);
  xml = kc_progress_to_xml (progress, &today);
  written = g_bytes_new (xml, strlen (xml));
  again = kc_progress_from_bytes (written, "again.xml", NULL, NULL);
  if (again == NULL)
    __builtin_trap ();
  xml_again = kc_progress_to_xml (again, &today);
  if (strcmp (xml, xml_again) != 0)
    __builtin_trap ();

  /* Merged into the physiotherapist's plan of that id: a full plan may
   * refuse, with a reason; otherwise a second merge adds nothing. */
  plan = kc_plan_new (kc_plan_get_id (progress), kc_plan_get_name (progress));
  g_clear_error (&error);
  if (!kc_progress_merge (plan, progress, &added, &error))
    {
      if (error == NULL || error->message[0] == '\0')
        __builtin_trap ();
      return 0;
    }
  if (!kc_progress_merge (plan, progress, &added, &error))
    __builtin_trap ();
  assert_added_nothing (&added);

  return 0;
}
