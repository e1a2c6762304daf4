/* test-plan-calendar.c: a plan as an iCalendar file, read back with libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "kc-test-library.h"
#include "plan/kc-plan-calendar.h"
#include "plan/kc-plan-duration.h"

static KcLibrary *library;

/* Bridge and clamshell on Monday, bird dog on Wednesday, a walk on Friday. */
static KcPlan *
new_week_plan (void)
{
  KcPlan *plan = kc_plan_new ("knee-plan", "Knees, back; hips");
  KcDose strength = { 3, 10, 0, 0 };
  KcDose hold = { 2, 8, 5, 0 };
  KcDose walk = { 0, 0, 0, 20 };

  kc_plan_add_item (plan, 0, "bridge", &strength);
  kc_plan_add_item (plan, 0, "clamshell", &strength);
  kc_plan_add_item (plan, 2, "bird-dog", &hold);
  kc_plan_add_item (plan, 4, "walking", &walk);
  return plan;
}

static icalcomponent *
parse (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  return calendar;
}

static const char *
name_of (const char *id)
{
  return kc_item_get_name (KC_ITEM (kc_library_lookup_exercise (library, id)));
}

typedef struct
{
  icalrecurrencetype_weekday weekday;
  int day_of_month;    /* of the first event, December 2026 */
  const char *exercises[3];
  guint minutes;
} Expected;

static void
assert_event (icalcomponent  *event,
              const Expected *expected)
{
  icalproperty *rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
  struct icalrecurrencetype rule;
  struct icaltimetype start = icalcomponent_get_dtstart (event);
  const char *description = icalcomponent_get_description (event);

  g_assert_nonnull (rrule);
  g_assert_null (icalcomponent_get_next_property (event, ICAL_RRULE_PROPERTY));
  rule = icalproperty_get_rrule (rrule);
  g_assert_cmpint (rule.freq, ==, ICAL_WEEKLY_RECURRENCE);
  g_assert_cmpint (rule.interval, ==, 1);
  g_assert_cmpint (icalrecurrencetype_day_day_of_week (rule.by_day[0]), ==, expected->weekday);
  g_assert_cmpint (icalrecurrencetype_day_position (rule.by_day[0]), ==, 0);
  g_assert_cmpint (rule.by_day[1], ==, ICAL_RECURRENCE_ARRAY_MAX);

  /* Floating local time, on the rule's own weekday. */
  g_assert_null (start.zone);
  g_assert_false (icaltime_is_utc (start));
  g_assert_null (icalproperty_get_first_parameter (
    icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY), ICAL_TZID_PARAMETER));
  g_assert_false (icaltime_is_date (start));
  g_assert_cmpint (start.year, ==, 2026);
  g_assert_cmpint (start.month, ==, 12);
  g_assert_cmpint (start.day, ==, expected->day_of_month);
  g_assert_cmpint (start.hour, ==, 7);
  g_assert_cmpint (start.minute, ==, 30);
  g_assert_cmpint (icaltime_day_of_week (start), ==, expected->weekday);

  g_assert_cmpint (icaldurationtype_as_int (icalcomponent_get_duration (event)), ==,
                   expected->minutes * 60);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Exercises: Knees, back; hips");
  /* One line per exercise, with its name. */
  {
    g_auto(GStrv) lines = g_strsplit (description, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, g_strv_length ((char **)expected->exercises));
    for (guint i = 0; expected->exercises[i] != NULL; i++)
      g_assert_true (g_str_has_prefix (lines[i], name_of (expected->exercises[i])));
  }
}

static void
test_weekly_events (void)
{
  g_autoptr(KcPlan) plan = new_week_plan ();
  /* A Thursday: Friday's event starts the next day, Monday's next week. */
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 3, 10, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kc_plan_to_icalendar (plan, library, 7 * 60 + 30, now, &error);
  const Expected expected[] = {
    { ICAL_MONDAY_WEEKDAY, 7, { "bridge", "clamshell", NULL }, 6 },
    { ICAL_WEDNESDAY_WEEKDAY, 9, { "bird-dog", NULL }, 3 },
    { ICAL_FRIDAY_WEEKDAY, 4, { "walking", NULL }, 20 },
  };
  icalcomponent *calendar;
  icalcomponent *event;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "BEGIN:VCALENDAR"));
  calendar = parse (text);
  g_assert_cmpstr (icalproperty_get_version (
    icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)), ==, "2.0");

  for (event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      assert_event (event, &expected[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (kc_plan_get_day_minutes (plan, 0), ==, 6);

  icalcomponent_free (calendar);
}

static GPtrArray *
uids_of (const char *text)
{
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);
  icalcomponent *calendar = parse (text);

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    g_ptr_array_add (uids, g_strdup (icalcomponent_get_uid (event)));

  icalcomponent_free (calendar);
  return uids;
}

/* Exported again later, at another time, each day keeps its UID. */
static void
test_stable_uids (void)
{
  g_autoptr(KcPlan) plan = new_week_plan ();
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 12, 3, 10, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_local (2027, 2, 14, 21, 15, 0);
  g_autofree char *text1 = kc_plan_to_icalendar (plan, library, 18 * 60, first, NULL);
  g_autofree char *text2 = kc_plan_to_icalendar (plan, library, 6 * 60, later, NULL);
  g_autoptr(GPtrArray) uids1 = uids_of (text1);
  g_autoptr(GPtrArray) uids2 = uids_of (text2);
  g_autoptr(KcPlan) other = kc_plan_duplicate (plan);
  g_autofree char *text3 = kc_plan_to_icalendar (other, library, 18 * 60, first, NULL);
  g_autoptr(GPtrArray) uids3 = uids_of (text3);

  g_assert_cmpuint (uids1->len, ==, 3);
  g_assert_cmpuint (uids2->len, ==, 3);
  for (guint i = 0; i < uids1->len; i++)
    {
      g_assert_cmpstr (uids1->pdata[i], ==, uids2->pdata[i]);
      g_assert_cmpstr (uids1->pdata[i], !=, uids3->pdata[i]);
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (uids1->pdata[i], !=, uids1->pdata[j]);
    }
}

/* On the planned weekday itself, the first event is that very day. */
static void
test_starts_today (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("sunday", "Sunday");
  KcDose dose = { 1, 5, 0, 0 };
  g_autoptr(GDateTime) sunday = g_date_time_new_local (2026, 12, 6, 9, 0, 0);
  g_autofree char *text = NULL;
  icalcomponent *calendar;
  struct icaltimetype start;

  kc_plan_add_item (plan, 6, "bridge", &dose);
  text = kc_plan_to_icalendar (plan, library, 0, sunday, NULL);
  calendar = parse (text);
  start = icalcomponent_get_dtstart (icalcomponent_get_first_component (calendar,
                                                                        ICAL_VEVENT_COMPONENT));
  g_assert_cmpint (start.day, ==, 6);
  g_assert_cmpint (start.hour, ==, 0);
  g_assert_cmpint (icaltime_day_of_week (start), ==, ICAL_SUNDAY_WEEKDAY);
  icalcomponent_free (calendar);
}

static void
test_empty_plan (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("empty", "Nothing yet");
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 12, 3, 10, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kc_plan_to_icalendar (plan, library, 18 * 60, now, &error);

  g_assert_null (text);
  g_assert_error (error, KC_CALENDAR_ERROR, KC_CALENDAR_ERROR_NOTHING_PLANNED);
  g_assert_nonnull (strstr (error->message, "Nothing yet"));
}

/* What the reminder counts: exercises not yet ticked, and their minutes. */
static void
test_count_left (void)
{
  g_autoptr(KcPlan) plan = new_week_plan ();
  GDate monday, tuesday;

  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 7, G_DATE_DECEMBER, 2026);
  tuesday = monday;
  g_date_add_days (&tuesday, 1);

  g_assert_cmpuint (kc_plan_count_left (plan, &monday, NULL), ==, 2);
  g_assert_cmpuint (kc_plan_count_left (plan, &tuesday, NULL), ==, 0);

  kc_plan_set_done (plan, &monday, "bridge", TRUE);
  {
    guint minutes = 0;

    g_assert_cmpuint (kc_plan_count_left (plan, &monday, &minutes), ==, 1);
    /* 3 × 10 at four seconds a time, and two rests of half a minute */
    g_assert_cmpuint (minutes, ==, 3);
  }
  kc_plan_set_done (plan, &monday, "clamshell", TRUE);
  g_assert_cmpuint (kc_plan_count_left (plan, &monday, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  library = kc_test_bundled_library ();

  g_test_add_func ("/plan-calendar/weekly-events", test_weekly_events);
  g_test_add_func ("/plan-calendar/stable-uids", test_stable_uids);
  g_test_add_func ("/plan-calendar/starts-today", test_starts_today);
  g_test_add_func ("/plan-calendar/empty-plan", test_empty_plan);
  g_test_add_func ("/plan-calendar/count-left", test_count_left);

  result = g_test_run ();
  g_object_unref (library);
  return result;
}
