/* kc-plan-calendar.c: a plan as weekly events of an iCalendar file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One event per planned weekday, repeating every week on that day, at the
 * time the user chose, as long as the day's exercises take.  Its UID is
 * made of the plan's id and the day, so importing a newer export updates
 * the events a calendar already has instead of doubling them.
 *
 * The times are floating (no TZID): "18:00" stays 18:00 wherever the
 * calendar is, which is what a daily routine wants, and the file needs no
 * VTIMEZONE, whose rules libical would have to take from its own copy of
 * the zone database and which some calendars import badly.
 */
#define G_LOG_DOMAIN "kc-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <stdlib.h>

#include "kc-plan-calendar.h"
#include "kc-plan-duration.h"

G_DEFINE_QUARK (kc-calendar-error-quark, kc_calendar_error)

static const struct {
  icalrecurrencetype_weekday weekday;
  const char *code;
} ical_days[KC_N_WEEKDAYS] = {
  { ICAL_MONDAY_WEEKDAY, "mo" },
  { ICAL_TUESDAY_WEEKDAY, "tu" },
  { ICAL_WEDNESDAY_WEEKDAY, "we" },
  { ICAL_THURSDAY_WEEKDAY, "th" },
  { ICAL_FRIDAY_WEEKDAY, "fr" },
  { ICAL_SATURDAY_WEEKDAY, "sa" },
  { ICAL_SUNDAY_WEEKDAY, "su" },
};

/* The day's exercises, one a line: "Bridge — 3 sets × 10". */
static char *
describe_day (KcPlan    *plan,
              KcLibrary *library,
              guint      weekday)
{
  GListModel *items = kc_plan_get_day (plan, weekday);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);
      const char *id = kc_plan_item_get_exercise_id (item);
      KcExercise *exercise = kc_library_lookup_exercise (library, id);
      g_autofree char *dose = kc_dose_to_string (kc_plan_item_get_dose (item));

      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: an exercise and its dose, e.g. "Bridge — 3 sets × 10" */
      g_string_append_printf (text, _("%s — %s"),
                              exercise != NULL ? kc_item_get_name (KC_ITEM (exercise)) : id,
                              dose);
    }

  return g_string_free (text, FALSE);
}

/* @weekday's first day on or after @now's day, at @minute_of_day, floating. */
static struct icaltimetype
first_start (GDateTime *now,
             guint      weekday,
             guint      minute_of_day)
{
  g_autoptr(GDateTime) day = NULL;
  guint today = (guint)g_date_time_get_day_of_week (now) - 1;   /* Monday 0 */
  struct icaltimetype start = icaltime_null_time ();

  day = g_date_time_add_days (now, (int)((weekday + KC_N_WEEKDAYS - today) % KC_N_WEEKDAYS));
  start.year = g_date_time_get_year (day);
  start.month = g_date_time_get_month (day);
  start.day = g_date_time_get_day_of_month (day);
  start.hour = (int)(minute_of_day / 60);
  start.minute = (int)(minute_of_day % 60);
  return start;
}

static icalcomponent *
new_day_event (KcPlan    *plan,
               KcLibrary *library,
               guint      weekday,
               guint      minute_of_day,
               GDateTime *now)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  struct icalrecurrencetype rule;
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = describe_day (plan, library, weekday);
  struct icaltimetype stamp;

  uid = g_strdup_printf ("%s-%s@kinetic-chain", kc_plan_get_id (plan), ical_days[weekday].code);
  /* Translators: a calendar event's title, e.g. "Exercises: Knee plan" */
  summary = g_strdup_printf (_("Exercises: %s"), kc_plan_get_name (plan));
  stamp = icaltime_from_timet_with_zone ((time_t)g_date_time_to_unix (now), 0,
                                         icaltimezone_get_utc_timezone ());

  icalrecurrencetype_clear (&rule);
  rule.freq = ICAL_WEEKLY_RECURRENCE;
  rule.by_day[0] = (short)ical_days[weekday].weekday;

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  icalcomponent_add_property (event, icalproperty_new_dtstart (first_start (now, weekday,
                                                                            minute_of_day)));
  icalcomponent_add_property (event, icalproperty_new_duration (
    icaldurationtype_from_int ((int)kc_plan_get_day_minutes (plan, weekday) * 60)));
  icalcomponent_add_property (event, icalproperty_new_rrule (rule));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event, icalproperty_new_description (description));
  return event;
}

/**
 * kc_plan_check_calendar:
 *
 * Returns: whether @plan has anything to export, else %FALSE with
 *   %KC_CALENDAR_ERROR_NOTHING_PLANNED
 */
gboolean
kc_plan_check_calendar (KcPlan  *plan,
                        GError **error)
{
  g_return_val_if_fail (KC_IS_PLAN (plan), FALSE);

  if (kc_plan_get_n_items (plan) > 0)
    return TRUE;

  g_set_error (error, KC_CALENDAR_ERROR, KC_CALENDAR_ERROR_NOTHING_PLANNED,
               _("“%s” has no exercises on any day: there is nothing to put in a calendar."),
               kc_plan_get_name (plan));
  return FALSE;
}

/**
 * kc_plan_to_icalendar:
 * @minute_of_day: when the events start, in minutes after midnight
 * @now: the time of the export: the events start on or after its day
 *
 * Returns: (transfer full): the text of an iCalendar file with a weekly
 *   event for each day of @plan that has exercises, or %NULL with
 *   %KC_CALENDAR_ERROR_NOTHING_PLANNED if no day has any
 */
char *
kc_plan_to_icalendar (KcPlan     *plan,
                      KcLibrary  *library,
                      guint       minute_of_day,
                      GDateTime  *now,
                      GError    **error)
{
  icalcomponent *calendar;
  char *ical;
  char *text;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (minute_of_day < 24 * 60, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  if (!kc_plan_check_calendar (plan, error))
    return NULL;

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Kinetic Chain//"
                                                                 PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    if (g_list_model_get_n_items (kc_plan_get_day (plan, day)) > 0)
      icalcomponent_add_component (calendar, new_day_event (plan, library, day, minute_of_day,
                                                            now));

  /* libical's strings come from malloc. */
  ical = icalcomponent_as_ical_string_r (calendar);
  text = g_strdup (ical);
  free (ical);
  icalcomponent_free (calendar);
  return text;
}
