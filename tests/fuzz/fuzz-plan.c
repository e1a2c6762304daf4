/* fuzz-plan.c: libFuzzer target for plan files and plan import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a plan file.  What is accepted must survive a round trip:
 * written out and read back, it is accepted again, with the same content.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "plan/kc-plan-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = kc_plan_from_bytes (bytes, "fuzz.xml", NULL, &error);
  g_autoptr(KcPlan) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *xml_again = NULL;

  if (plan == NULL)
    {
      if (error == NULL || error->message[0] == '\0')
        __builtin_trap ();
      return 0;
    }

  xml = kc_plan_to_xml (plan);
  written = g_bytes_new (xml, strlen (xml));
  again = kc_plan_from_bytes (written, "again.xml", NULL, NULL);
  if (again == NULL)
    __builtin_trap ();

  xml_again = kc_plan_to_xml (again);
  if (strcmp (xml, xml_again) != 0)
    __builtin_trap ();

  return 0;
}
