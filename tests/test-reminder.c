/* test-reminder.c: the exercise reminder, on a clock the test moves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/kc-reminder.h"

/* A clock that stands still until the test moves it, and then runs each
 * timeout that falls due on the way, at its time. */
#define FAKE_TYPE_CLOCK (fake_clock_get_type ())
G_DECLARE_FINAL_TYPE (FakeClock, fake_clock, FAKE, CLOCK, KcClock)

typedef struct
{
  guint id;
  GDateTime *due;
  GSourceFunc func;
  gpointer data;
} Timeout;

struct _FakeClock
{
  KcClock parent_instance;

  GDateTime *now;
  GArray *timeouts;   /* Timeout */
  guint last_id;
};

G_DEFINE_FINAL_TYPE (FakeClock, fake_clock, KC_TYPE_CLOCK)

static void
timeout_clear (Timeout *timeout)
{
  g_clear_pointer (&timeout->due, g_date_time_unref);
}

static GDateTime *
fake_clock_now (KcClock *clock)
{
  return g_date_time_ref (FAKE_CLOCK (clock)->now);
}

static guint
fake_clock_add_timeout (KcClock     *clock,
                        guint        seconds,
                        GSourceFunc  func,
                        gpointer     data)
{
  FakeClock *self = FAKE_CLOCK (clock);
  Timeout timeout = { ++self->last_id, g_date_time_add_seconds (self->now, seconds), func, data };

  g_array_append_val (self->timeouts, timeout);
  return timeout.id;
}

static void
fake_clock_remove_timeout (KcClock *clock,
                           guint    id)
{
  FakeClock *self = FAKE_CLOCK (clock);

  for (guint i = 0; i < self->timeouts->len; i++)
    if (g_array_index (self->timeouts, Timeout, i).id == id)
      {
        g_array_remove_index (self->timeouts, i);
        return;
      }
  g_assert_not_reached ();
}

static void
fake_clock_finalize (GObject *object)
{
  FakeClock *self = FAKE_CLOCK (object);

  g_clear_pointer (&self->timeouts, g_array_unref);
  g_clear_pointer (&self->now, g_date_time_unref);
  G_OBJECT_CLASS (fake_clock_parent_class)->finalize (object);
}

static void
fake_clock_class_init (FakeClockClass *klass)
{
  KcClockClass *clock_class = KC_CLOCK_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fake_clock_finalize;
  clock_class->now = fake_clock_now;
  clock_class->add_timeout = fake_clock_add_timeout;
  clock_class->remove_timeout = fake_clock_remove_timeout;
}

static void
fake_clock_init (FakeClock *self)
{
  self->timeouts = g_array_new (FALSE, FALSE, sizeof (Timeout));
  g_array_set_clear_func (self->timeouts, (GDestroyNotify)timeout_clear);
}

static FakeClock *
fake_clock_new (int year,
                int month,
                int day,
                int hour,
                int minute)
{
  FakeClock *self = g_object_new (FAKE_TYPE_CLOCK, NULL);

  self->now = g_date_time_new_local (year, month, day, hour, minute, 0);
  return self;
}

/* The timeout due first, at or before @until; -1 if none. */
static int
first_due (FakeClock *self,
           GDateTime *until)
{
  int first = -1;

  for (guint i = 0; i < self->timeouts->len; i++)
    {
      Timeout *timeout = &g_array_index (self->timeouts, Timeout, i);

      if (g_date_time_compare (timeout->due, until) <= 0 &&
          (first < 0 ||
           g_date_time_compare (timeout->due,
                                g_array_index (self->timeouts, Timeout, first).due) < 0))
        first = (int)i;
    }
  return first;
}

/* Moves the clock on to @until, running the timeouts on the way. */
static void
fake_clock_run_until (FakeClock *self,
                      GDateTime *until)
{
  int i;

  while ((i = first_due (self, until)) >= 0)
    {
      Timeout timeout = g_array_index (self->timeouts, Timeout, i);

      /* One that fell due while asleep runs when woken, not back then. */
      if (g_date_time_compare (timeout.due, self->now) > 0)
        {
          g_clear_pointer (&self->now, g_date_time_unref);
          self->now = g_date_time_ref (timeout.due);
        }
      g_array_remove_index (self->timeouts, (guint)i);
      if (timeout.func (timeout.data) == G_SOURCE_CONTINUE)
        g_assert_not_reached ();
    }
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_ref (until);
}

static void
fake_clock_run_to (FakeClock *self,
                   int        day,
                   int        hour,
                   int        minute,
                   int        second)
{
  g_autoptr(GDateTime) until = g_date_time_new_local (2026, 12, day, hour, minute, second);

  fake_clock_run_until (self, until);
}

/* Like a laptop shut: time passes, no timeout runs until it wakes. */
static void
fake_clock_sleep_to (FakeClock *self,
                     int        day,
                     int        hour,
                     int        minute)
{
  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = g_date_time_new_local (2026, 12, day, hour, minute, 0);
}

typedef struct
{
  FakeClock *clock;
  KcReminder *reminder;
  guint left;           /* what the work function says */
  guint asked;          /* how often it was asked */
  GDate asked_for;
  guint reminded;
  guint reminded_n;
  guint reminded_minutes;
} Fixture;

static guint
work_cb (GDate    *date,
         guint    *minutes,
         gpointer  data)
{
  Fixture *fixture = data;

  fixture->asked++;
  fixture->asked_for = *date;
  *minutes = fixture->left * 4;
  return fixture->left;
}

static void
on_remind_cb (KcReminder *reminder,
              guint       n,
              guint       minutes,
              Fixture    *fixture)
{
  fixture->reminded++;
  fixture->reminded_n = n;
  fixture->reminded_minutes = minutes;
}

/* Monday 7 December 2026, 17:00; the reminder is set for 18:00, on. */
static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  fixture->clock = fake_clock_new (2026, 12, 7, 17, 0);
  fixture->reminder = kc_reminder_new (KC_CLOCK (fixture->clock));
  fixture->left = 3;
  kc_reminder_set_work_func (fixture->reminder, work_cb, fixture, NULL);
  g_signal_connect (fixture->reminder, "remind", G_CALLBACK (on_remind_cb), fixture);
  kc_reminder_set_time (fixture->reminder, 18 * 60);
  kc_reminder_set_enabled (fixture->reminder, TRUE);
}

static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  g_assert_finalize_object (fixture->reminder);
  g_assert_cmpuint (fixture->clock->timeouts->len, ==, 0);
  g_assert_finalize_object (fixture->clock);
}

static void
assert_asked_for_day (Fixture *fixture,
                      int      day)
{
  g_assert_true (g_date_valid (&fixture->asked_for));
  g_assert_cmpint (g_date_get_day (&fixture->asked_for), ==, day);
  g_assert_cmpint (g_date_get_month (&fixture->asked_for), ==, G_DATE_DECEMBER);
}

static void
test_once_at_the_time (Fixture       *fixture,
                       gconstpointer  data)
{
  fake_clock_run_to (fixture->clock, 7, 17, 59, 59);
  g_assert_cmpuint (fixture->reminded, ==, 0);
  g_assert_cmpuint (fixture->asked, ==, 0);

  fake_clock_run_to (fixture->clock, 7, 18, 0, 0);
  g_assert_cmpuint (fixture->reminded, ==, 1);
  g_assert_cmpuint (fixture->reminded_n, ==, 3);
  g_assert_cmpuint (fixture->reminded_minutes, ==, 12);
  assert_asked_for_day (fixture, 7);

  /* Not again that day, however long the app runs… */
  fake_clock_run_to (fixture->clock, 7, 23, 59, 59);
  g_assert_cmpuint (fixture->reminded, ==, 1);
  g_assert_cmpuint (fixture->asked, ==, 1);

  /* …but the next day, at the time. */
  fake_clock_run_to (fixture->clock, 8, 17, 59, 0);
  g_assert_cmpuint (fixture->reminded, ==, 1);
  fake_clock_run_to (fixture->clock, 8, 18, 0, 0);
  g_assert_cmpuint (fixture->reminded, ==, 2);
  assert_asked_for_day (fixture, 8);
}

static void
test_nothing_left (Fixture       *fixture,
                   gconstpointer  data)
{
  /* A rest day, or everything ticked: asked, and quiet. */
  fixture->left = 0;
  fake_clock_run_to (fixture->clock, 7, 20, 0, 0);
  g_assert_cmpuint (fixture->asked, ==, 1);
  g_assert_cmpuint (fixture->reminded, ==, 0);

  /* Asked once a day only: ticking one off again later does not remind. */
  fixture->left = 1;
  fake_clock_run_to (fixture->clock, 7, 23, 0, 0);
  g_assert_cmpuint (fixture->asked, ==, 1);
  g_assert_cmpuint (fixture->reminded, ==, 0);
}

static void
test_off (Fixture       *fixture,
          gconstpointer  data)
{
  kc_reminder_set_enabled (fixture->reminder, FALSE);
  g_assert_cmpuint (fixture->clock->timeouts->len, ==, 0);
  fake_clock_run_to (fixture->clock, 9, 20, 0, 0);
  g_assert_cmpuint (fixture->asked, ==, 0);
  g_assert_cmpuint (fixture->reminded, ==, 0);

  /* Switched on again after the time: from the next day. */
  kc_reminder_set_enabled (fixture->reminder, TRUE);
  fake_clock_run_to (fixture->clock, 9, 23, 0, 0);
  g_assert_cmpuint (fixture->reminded, ==, 0);
  fake_clock_run_to (fixture->clock, 10, 18, 0, 0);
  g_assert_cmpuint (fixture->reminded, ==, 1);
  assert_asked_for_day (fixture, 10);
}

static void
test_time_changed (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Moved earlier before it came: the new time is the one. */
  fake_clock_run_to (fixture->clock, 7, 17, 10, 0);
  kc_reminder_set_time (fixture->reminder, 17 * 60 + 30);
  fake_clock_run_to (fixture->clock, 7, 17, 29, 59);
  g_assert_cmpuint (fixture->reminded, ==, 0);
  fake_clock_run_to (fixture->clock, 7, 17, 30, 0);
  g_assert_cmpuint (fixture->reminded, ==, 1);

  /* Moved later the same day: still once a day. */
  kc_reminder_set_time (fixture->reminder, 19 * 60);
  fake_clock_run_to (fixture->clock, 7, 23, 0, 0);
  g_assert_cmpuint (fixture->reminded, ==, 1);

  /* The next day, at the new time and not the old ones. */
  fake_clock_run_to (fixture->clock, 8, 18, 59, 59);
  g_assert_cmpuint (fixture->reminded, ==, 1);
  fake_clock_run_to (fixture->clock, 8, 19, 0, 0);
  g_assert_cmpuint (fixture->reminded, ==, 2);
}

/* Asleep through the time: a reminder hours late is no use. */
static void
test_slept_through (Fixture       *fixture,
                    gconstpointer  data)
{
  fake_clock_sleep_to (fixture->clock, 7, 21, 0);
  fake_clock_run_to (fixture->clock, 7, 22, 0, 0);
  g_assert_cmpuint (fixture->reminded, ==, 0);

  /* Woken a few minutes after it, the reminder still comes. */
  fake_clock_run_to (fixture->clock, 8, 17, 59, 0);
  fake_clock_sleep_to (fixture->clock, 8, 18, 10);
  fake_clock_run_to (fixture->clock, 8, 18, 20, 0);
  g_assert_cmpuint (fixture->reminded, ==, 1);
  assert_asked_for_day (fixture, 8);
}

static void
test_text (void)
{
  g_autofree char *many = kc_reminder_dup_text (3, 12);
  g_autofree char *one = kc_reminder_dup_text (1, 1);

  g_assert_cmpstr (many, ==, "3 exercises, about 12 minutes");
  g_assert_cmpstr (one, ==, "1 exercise, about 1 minute");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/reminder/once-at-the-time", Fixture, NULL, set_up, test_once_at_the_time,
              tear_down);
  g_test_add ("/reminder/nothing-left", Fixture, NULL, set_up, test_nothing_left, tear_down);
  g_test_add ("/reminder/off", Fixture, NULL, set_up, test_off, tear_down);
  g_test_add ("/reminder/time-changed", Fixture, NULL, set_up, test_time_changed, tear_down);
  g_test_add ("/reminder/slept-through", Fixture, NULL, set_up, test_slept_through, tear_down);
  g_test_add_func ("/reminder/text", test_text);

  return g_test_run ();
}
