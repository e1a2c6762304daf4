/* fuzz-model.c: libFuzzer target for the plan model's setters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is a script of edits a user could make: any text as name,
 * patient and notes (pasted from anywhere: control characters, broken
 * UTF-8), exercises added and moved with any dose, days ticked and pain
 * logged on any date.  Whatever the model accepted must be saved and read
 * back exactly: a plan the app saved is a plan the app can read.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "plan/kc-plan-file.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

typedef struct
{
  const uint8_t *data;
  size_t size;
} Script;

static guint
take_byte (Script *script)
{
  guint byte;

  if (script->size == 0)
    return 0;
  byte = script->data[0];
  script->data++;
  script->size--;
  return byte;
}

/* Text up to the next NUL byte (or the end), as typed: any bytes at all. */
static char *
take_text (Script *script)
{
  const uint8_t *end = memchr (script->data, 0, script->size);
  size_t length = end ? (size_t)(end - script->data) : script->size;
  char *text = g_strndup ((const char *)script->data, length);

  script->data += MIN (length + 1, script->size);
  script->size -= MIN (length + 1, script->size);
  return text;
}

/* Ids as the exercise list gives them: the library's, or a clinic's own. */
static const char *
take_exercise (Script *script)
{
  static const char * const ids[] = {
    "bridge", "clamshell", "wall-squat", "cat-camel", "walking", "a", "clinic-own-1",
    "x_y.z", "Z9",
  };

  return ids[take_byte (script) % G_N_ELEMENTS (ids)];
}

static void
take_dose (Script *script,
           KcDose *dose)
{
  guint *fields[] = { &dose->sets, &dose->reps, &dose->hold, &dose->minutes };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    *fields[i] = ((take_byte (script) << 8) | take_byte (script)) % (KC_PLAN_MAX_DOSE + 1);
}

static void
take_date (Script *script,
           GDate  *date)
{
  guint year = 1 + ((take_byte (script) << 8) | take_byte (script)) % 9999;
  guint month = 1 + take_byte (script) % 12;
  guint day = 1 + take_byte (script) % g_date_get_days_in_month (month, year);

  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay)day, (GDateMonth)month, (GDateYear)year);
}

static void
edit (KcPlan *plan,
      Script *script)
{
  guint op = take_byte (script) % 8;
  guint weekday = take_byte (script) % KC_N_WEEKDAYS;
  g_autofree char *text = NULL;
  KcDose dose = { 0 };
  GDate date;

  switch (op)
    {
    case 0:
      text = take_text (script);
      kc_plan_set_name (plan, text);
      break;
    case 1:
      text = take_text (script);
      kc_plan_set_patient (plan, text);
      break;
    case 2:
      text = take_text (script);
      kc_plan_set_notes (plan, text);
      break;
    case 3:
      take_dose (script, &dose);
      kc_plan_add_item (plan, weekday, take_exercise (script), &dose);
      break;
    case 4:
      {
        KcPlanItem *removed = kc_plan_remove_item (plan, weekday, take_byte (script) % 4);

        g_clear_object (&removed);
      }
      break;
    case 5:
      {
        guint n = g_list_model_get_n_items (kc_plan_get_day (plan, weekday));

        if (n > 0)
          kc_plan_move_item (plan, weekday, take_byte (script) % n, take_byte (script) % n);
      }
      break;
    case 6:
      take_date (script, &date);
      kc_plan_set_done (plan, &date, take_exercise (script), take_byte (script) % 2);
      break;
    default:
      take_date (script, &date);
      kc_plan_set_pain (plan, &date, (int)(take_byte (script) % 12) - 1);
      break;
    }
}

static void
check_same (KcPlan *plan,
            KcPlan *again)
{
  if (g_strcmp0 (kc_plan_get_id (plan), kc_plan_get_id (again)) != 0 ||
      g_strcmp0 (kc_plan_get_name (plan), kc_plan_get_name (again)) != 0 ||
      g_strcmp0 (kc_plan_get_patient (plan), kc_plan_get_patient (again)) != 0 ||
      g_strcmp0 (kc_plan_get_notes (plan), kc_plan_get_notes (again)) != 0)
    __builtin_trap ();

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (plan, day);
      GListModel *items_again = kc_plan_get_day (again, day);

      if (g_list_model_get_n_items (items) != g_list_model_get_n_items (items_again))
        __builtin_trap ();
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) a = g_list_model_get_item (items, i);
          g_autoptr(KcPlanItem) b = g_list_model_get_item (items_again, i);

          if (g_strcmp0 (kc_plan_item_get_exercise_id (a), kc_plan_item_get_exercise_id (b)) ||
              !kc_dose_equal (kc_plan_item_get_dose (a), kc_plan_item_get_dose (b)))
            __builtin_trap ();
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  Script script = { data, size };
  g_autoptr(KcPlan) plan = kc_plan_new ("fuzz-model", "");
  g_autoptr(KcPlan) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *xml_again = NULL;

  for (guint steps = 0; script.size > 0 && steps < 256; steps++)
    edit (plan, &script);

  xml = kc_plan_to_xml (plan);
  bytes = g_bytes_new (xml, strlen (xml));
  again = kc_plan_from_bytes (bytes, "model.xml", NULL, &error);
  if (again == NULL)
    {
      g_printerr ("A plan the model accepted did not load: %s\n", error->message);
      __builtin_trap ();
    }

  check_same (plan, again);
  xml_again = kc_plan_to_xml (again);
  if (strcmp (xml, xml_again) != 0)
    __builtin_trap ();

  return 0;
}
