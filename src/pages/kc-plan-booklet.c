/* kc-plan-booklet.c: a plan as a printed booklet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a patient takes home with a plan: a cover (the plan, the patient,
 * the start date, the clinic), the week as a table, four weeks of a
 * paper log to tick, then each exercise in full, and the warning signs
 * on the last page.  It is a KcPrintFlow like the body-map sheet, so it
 * fits any page size, flows onto as many pages as it needs and numbers
 * them.  Only black, greys and outlines carry meaning.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "content/kc-pain-rule.h"
#include "kc-plan-booklet.h"
#include "kc-print-warnings.h"
#include "widgets/kc-exercise-poses.h"

#define LONGEST_UNBROKEN 32   /* characters of a word before a break is offered */
#define PICTURE_SHARE 0.2     /* of a page's height */
#define COMPACT_PICTURE_SHARE 0.15
#define N_LOG_WEEKS 4
#define NO_BREAK_SPACE "\302\240"

static const char *
weekday_name (guint weekday)
{
  const char *names[KC_N_WEEKDAYS] = {
    _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
    _("Sunday"),
  };

  return names[weekday];
}

/* Text the user typed.  Pango looks for a line break in a long word by
 * measuring ever longer pieces of it: a 100 000-character word (pasted,
 * or a file written by another program) took seconds per layout.  A
 * zero-width space every few dozen characters of a word gives it places
 * to break, and prints as nothing. */
static char *
breakable (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  guint run = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      run = g_unichar_isspace (c) ? 0 : run + 1;
      if (run > LONGEST_UNBROKEN)
        {
          g_string_append_unichar (out, 0x200B);
          run = 1;
        }
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* GDateTime's names of days and months follow the translation. */
static char *
dup_date (const GDate *date,
          const char  *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (g_date_get_year (date),
                                                   g_date_get_month (date),
                                                   g_date_get_day (date), 12, 0, 0);

  return g_date_time_format (time, format);
}

/* A dose on one line: "3 sets × 10" never breaks before its 10. */
static char *
dup_dose (KcPlanItem *item)
{
  g_autofree char *dose = kc_dose_to_string (kc_plan_item_get_dose (item));
  g_auto(GStrv) words = g_strsplit (dose, " ", -1);

  return g_strjoinv (NO_BREAK_SPACE, words);
}

static const char *
exercise_name (KcLibrary  *library,
               KcPlanItem *item)
{
  KcExercise *exercise = kc_library_lookup_exercise (library, kc_plan_item_get_exercise_id (item));

  return exercise != NULL ? kc_item_get_name (KC_ITEM (exercise))
                          : kc_plan_item_get_exercise_id (item);
}

static void
add_field (KcPrintFlow *flow,
           const char  *label,
           const char  *value)
{
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;

  if (value == NULL || *value == '\0')
    return;

  shown = breakable (value);
  /* Translators: a line of the printed plan's cover, e.g. "Patient: Anna" */
  text = g_strdup_printf (_("%s: %s"), label, shown);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, text);
}

/* The one pain rule, in words: the booklet is printed in black and white. */
static void
add_pain_rule (KcPrintFlow *flow)
{
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, _("How much pain is all right"));
  for (KcPainBand band = 0; band < KC_N_PAIN_BANDS; band++)
    {
      g_autofree char *text = g_strdup_printf ("%s — %s", kc_pain_rule_get_label (band),
                                               kc_pain_rule_get_advice (band));

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, text);
    }
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SMALL, kc_pain_rule_get_source ());
}

static void
add_cover (KcPrintFlow  *flow,
           KcPlan       *plan,
           const GDate  *start,
           KcPrintBrand *brand)
{
  g_autofree char *name = breakable (kc_plan_get_name (plan));
  /* Translators: the plan's start date on the printed cover, a g_date_time_format() format */
  g_autofree char *start_text = dup_date (start, _("%A %-d %B %Y"));

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_TITLE, name);
  add_field (flow, _("Patient"), kc_plan_get_patient (plan));
  add_field (flow, _("Starts"), start_text);
  if (brand != NULL)
    {
      add_field (flow, _("Clinician"), kc_print_brand_get_clinician (brand));
      add_field (flow, _("Clinic"), kc_print_brand_get_clinic (brand));
    }
  if (*kc_plan_get_notes (plan) != '\0')
    {
      g_autofree char *notes = breakable (kc_plan_get_notes (plan));

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, _("Notes"));
      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, notes);
    }
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_EMPHASIS, _("Start gently and build up."));
  add_pain_rule (flow);
}

/* Day | Exercise | Dose, a row per exercise of a day, "Rest" on a day
 * without one. */
static void
add_week (KcPrintFlow *flow,
          KcPlan      *plan,
          KcLibrary   *library)
{
  static const double widths[] = { 0.2, 0.5, 0.3 };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (_("Day")));
  g_ptr_array_add (cells, g_strdup (_("Exercise")));
  g_ptr_array_add (cells, g_strdup (_("Dose")));
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (plan, day);
      guint n = g_list_model_get_n_items (items);

      for (guint i = 0; i < MAX (n, 1); i++)
        {
          g_autoptr(KcPlanItem) item = i < n ? g_list_model_get_item (items, i) : NULL;

          g_ptr_array_add (cells, g_strdup (i == 0 ? weekday_name (day) : ""));
          g_ptr_array_add (cells, g_strdup (item ? exercise_name (library, item) : _("Rest")));
          g_ptr_array_add (cells, item ? dup_dose (item) : g_strdup (""));
        }
    }
  g_ptr_array_add (cells, NULL);

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("The week at a glance"));
  kc_print_flow_add_table (flow, 3, widths, (const char * const *)cells->pdata);
}

/* A box to tick for each exercise of @weekday: one a line with its name,
 * or compact, numbered as in @numbers, in a row with room for the pain. */
static char *
dup_boxes (KcPlan    *plan,
           KcLibrary *library,
           guint      weekday,
           GPtrArray *numbers)
{
  GListModel *items = kc_plan_get_day (plan, weekday);
  const char *between = numbers != NULL ? "  " : "\n";
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);
      KcExercise *exercise = kc_library_lookup_exercise (library,
                                                         kc_plan_item_get_exercise_id (item));
      guint number;

      g_string_append_printf (text, "%s☐" NO_BREAK_SPACE, i > 0 ? between : "");
      if (numbers != NULL && exercise != NULL && g_ptr_array_find (numbers, exercise, &number))
        g_string_append_printf (text, "%u", number + 1);
      else
        g_string_append (text, exercise_name (library, item));
    }
  if (text->len == 0)
    g_string_append (text, _("Rest"));
  else if (numbers != NULL)
    /* Translators: under a day's boxes in the compact printed log, room to write the pain */
    g_string_append_printf (text, "\n%s", _("Pain: ___"));

  return g_string_free (text, FALSE);
}

static void
add_log_week (KcPrintFlow *flow,
              KcPlan      *plan,
              KcLibrary   *library,
              const GDate *start,
              guint        week)
{
  static const double widths[] = { 0.2, 0.6, 0.2 };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *heading = NULL;
  GDate date = *start;

  /* Translators: a week of the printed log */
  heading = g_strdup_printf (_("Week %u"), week + 1);
  g_ptr_array_add (cells, g_strdup (_("Day")));
  g_ptr_array_add (cells, g_strdup (_("Done")));
  g_ptr_array_add (cells, g_strdup (_("Pain 0–10")));

  g_date_add_days (&date, week * KC_N_WEEKDAYS);
  for (guint i = 0; i < KC_N_WEEKDAYS; i++, g_date_add_days (&date, 1))
    {
      /* Translators: a day of the printed log, a g_date_time_format() format: "Mon 7 Dec" */
      g_ptr_array_add (cells, dup_date (&date, _("%a %-d %b")));
      g_ptr_array_add (cells, dup_boxes (plan, library, kc_weekday_of (&date), NULL));
      g_ptr_array_add (cells, g_strdup (""));
    }
  g_ptr_array_add (cells, NULL);

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, heading);
  kc_print_flow_add_table (flow, 3, widths, (const char * const *)cells->pdata);
}

/* Each exercise once, in the order the week first has it. */
static GPtrArray *
dup_exercises (KcPlan    *plan,
               KcLibrary *library)
{
  GPtrArray *exercises = g_ptr_array_new ();   /* borrowed from @library */

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (plan, day);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);
          KcExercise *exercise = kc_library_lookup_exercise (library,
                                                             kc_plan_item_get_exercise_id (item));

          if (exercise != NULL && !g_ptr_array_find (exercises, exercise, NULL))
            g_ptr_array_add (exercises, exercise);
        }
    }

  return exercises;
}

/* The four weeks side by side, a row per day of the week: one table. */
static void
add_compact_log (KcPrintFlow *flow,
                 KcPlan      *plan,
                 KcLibrary   *library,
                 const GDate *start)
{
  static const double widths[] = { 0.16, 0.21, 0.21, 0.21, 0.21 };
  g_autoptr(GPtrArray) exercises = dup_exercises (plan, library);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < exercises->len; i++)
    g_string_append_printf (key, "%s%u" NO_BREAK_SPACE "=" NO_BREAK_SPACE "%s", i > 0 ? " · " : "",
                            i + 1, kc_item_get_name (g_ptr_array_index (exercises, i)));

  g_ptr_array_add (cells, g_strdup (_("Day")));
  for (guint week = 0; week < N_LOG_WEEKS; week++)
    {
      GDate first = *start;
      /* Translators: a column of the compact printed log, its first day a
       * g_date_time_format() format after the week's number */
      g_autofree char *format = g_strdup_printf (_("Week %u\n%%-d %%b"), week + 1);

      g_date_add_days (&first, week * KC_N_WEEKDAYS);
      g_ptr_array_add (cells, dup_date (&first, format));
    }
  for (guint i = 0; i < KC_N_WEEKDAYS; i++)
    {
      GDate date = *start;

      g_date_add_days (&date, i);
      g_ptr_array_add (cells, g_strdup (weekday_name (kc_weekday_of (&date))));
      for (guint week = 0; week < N_LOG_WEEKS; week++)
        g_ptr_array_add (cells, dup_boxes (plan, library, kc_weekday_of (&date), exercises));
    }
  g_ptr_array_add (cells, NULL);

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, key->str);
  kc_print_flow_add_table (flow, 5, widths, (const char * const *)cells->pdata);
}

static void
add_log (KcPrintFlow *flow,
         KcPlan      *plan,
         KcLibrary   *library,
         const GDate *start,
         gboolean     compact)
{
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("Your log for four weeks"));
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_EMPHASIS,
                          _("Tick each exercise you did, and write down how much it hurt that "
                            "day, from 0 (no pain) to 10 (the worst pain you can imagine)."));
  if (compact)
    {
      add_compact_log (flow, plan, library, start);
      return;
    }
  for (guint week = 0; week < N_LOG_WEEKS; week++)
    add_log_week (flow, plan, library, start, week);
}

/* The one place an exercise's picture is drawn: fitted into the box. */
/* Column 0 is the start pose, column 1 the end pose, each in a thin frame
 * so the picture reads as one on paper. */
static void
draw_picture_cb (cairo_t  *cr,
                 guint     column,
                 double    width,
                 double    height,
                 gpointer  user_data)
{
  KcExercisePose pose = column == 0 ? KC_EXERCISE_POSE_START : KC_EXERCISE_POSE_END;

  kc_exercise_draw_pose (KC_EXERCISE (user_data), pose, cr, width, height);

  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.75);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_stroke (cr);
}

/* The days @exercise is planned for, and its dose the first of them. */
static char *
dup_schedule (KcPlan     *plan,
              KcExercise *exercise)
{
  g_autoptr(GString) days = g_string_new (NULL);
  g_autofree char *dose = NULL;

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (plan, day);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);

          if (g_strcmp0 (kc_plan_item_get_exercise_id (item),
                         kc_item_get_id (KC_ITEM (exercise))) != 0)
            continue;
          if (dose == NULL)
            dose = dup_dose (item);
          g_string_append_printf (days, "%s%s", days->len ? ", " : "", weekday_name (day));
          break;
        }
    }

  /* Translators: in the printed plan, e.g. "3 sets × 10 — Monday, Wednesday" */
  return g_strdup_printf (_("%s — %s"), dose, days->str);
}

/* A compact booklet gives the pain rule once, on its cover. */
static void
add_exercise (KcPrintFlow *flow,
              KcPlan      *plan,
              KcExercise  *exercise,
              gboolean     compact)
{
  /* Translators: under the pictures of an exercise's first and last pose */
  const char *captions[] = { C_("pose", "Start"), C_("pose", "End"), NULL };
  const char * const *steps = kc_exercise_get_steps (exercise);
  const char * const *cautions = kc_exercise_get_cautions (exercise);
  g_autofree char *schedule = dup_schedule (plan, exercise);

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, kc_item_get_name (KC_ITEM (exercise)));
  kc_print_flow_add_figure (flow, compact ? COMPACT_PICTURE_SHARE : PICTURE_SHARE, captions,
                            draw_picture_cb,
                            g_object_ref (exercise), g_object_unref);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, _("Dose"));
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, schedule);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, _("Steps"));
  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autofree char *step = g_strdup_printf ("%u. %s", i + 1, steps[i]);

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, step);
    }
  if (!compact)
    add_pain_rule (flow);
  if (cautions[0] == NULL)
    return;
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, _("Take care"));
  for (guint i = 0; cautions[i] != NULL; i++)
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, cautions[i]);
}

/* Each exercise on a page of its own, or compact: one after another,
 * none broken across pages that a page would hold. */
static void
add_exercises (KcPrintFlow *flow,
               KcPlan      *plan,
               KcLibrary   *library,
               gboolean     compact)
{
  g_autoptr(GPtrArray) exercises = dup_exercises (plan, library);

  for (guint i = 0; i < exercises->len; i++)
    {
      if (compact)
        kc_print_flow_begin_keep (flow);
      else
        kc_print_flow_add_page_break (flow);
      add_exercise (flow, plan, g_ptr_array_index (exercises, i), compact);
      if (compact)
        kc_print_flow_end_keep (flow);
    }
}

/**
 * kc_plan_booklet_new:
 * @start: the plan's first day, where the log's dates begin
 * @printed: the day printed, in every page's header
 * @brand: (nullable): the clinic and clinician, for the cover
 * @compact: fewer pages: the cover, the week and the log as one table run
 *   on, the exercises one after another, none broken across pages
 *
 * Returns: (transfer full): the booklet, to paginate and draw
 */
KcPrintFlow *
kc_plan_booklet_new (KcPlan       *plan,
                     KcLibrary    *library,
                     const GDate  *start,
                     GDateTime    *printed,
                     KcPrintBrand *brand,
                     gboolean      compact)
{
  /* Translators: the printed plan's date in each page's header, a g_date_time_format() format */
  g_autofree char *day = g_date_time_format (printed, _("%-d %B %Y"));
  g_autoptr(GPtrArray) tiers = NULL;
  KcPrintFlow *flow;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);
  g_return_val_if_fail (start != NULL && g_date_valid (start), NULL);
  g_return_val_if_fail (brand == NULL || KC_IS_PRINT_BRAND (brand), NULL);

  /* Translators: every page's header of the printed plan */
  flow = kc_print_flow_new (_("Kinetic Chain — Exercise plan"), day);
  kc_print_flow_set_compact (flow, compact);

  add_cover (flow, plan, start, brand);
  if (!compact)
    kc_print_flow_add_page_break (flow);
  add_week (flow, plan, library);
  if (!compact)
    kc_print_flow_add_page_break (flow);
  add_log (flow, plan, library, start, compact);
  add_exercises (flow, plan, library, compact);

  tiers = kc_library_dup_warning_tiers (library);
  if (compact)
    kc_print_flow_begin_keep (flow);
  else
    kc_print_flow_add_page_break (flow);
  kc_print_warnings_add (flow, tiers);
  if (compact)
    kc_print_flow_end_keep (flow);

  return flow;
}
