/* kc-visit-summary.c: one printed page of what a consultation showed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The body map as chosen and drawn, the anatomy part last chosen with its
 * picture, the plan's exercises, the warning signs and the clinician's
 * next steps, on exactly one page.  The page is filled in steps of less
 * detail — fewer exercises in full, smaller pictures, the sources without
 * where they reach — until it fits: whole sentences always, never a
 * line cut off.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-exercise.h"
#include "content/kc-warning-signs.h"
#include "kc-body-map-sheet.h"
#include "kc-visit-summary.h"

/* One way to fill the page, from the most to the least detail. */
typedef struct
{
  guint n_full;          /* exercises with their steps */
  double share;          /* the pictures' share of the page's height */
  gboolean reach;        /* a line per source, with where it reaches; else names in a row */
  gboolean part_detail;  /* how the part links back and knee */
  KcPrintStyle signs;    /* of the warning signs */
  gboolean in_row;       /* the exercises run on in one paragraph */
} Detail;

static const Detail details[] = {
  { 3, 0.30, TRUE, TRUE, KC_PRINT_STYLE_BODY },
  { 2, 0.27, TRUE, TRUE, KC_PRINT_STYLE_BODY },
  { 1, 0.25, TRUE, FALSE, KC_PRINT_STYLE_BODY },
  { 1, 0.22, FALSE, FALSE, KC_PRINT_STYLE_BODY },
  { 1, 0.22, FALSE, FALSE, KC_PRINT_STYLE_SMALL },
  { 1, 0.16, FALSE, FALSE, KC_PRINT_STYLE_SMALL },
  { 0, 0.16, FALSE, FALSE, KC_PRINT_STYLE_SMALL },
  { 0, 0.12, FALSE, FALSE, KC_PRINT_STYLE_SMALL },
  { 0, 0.12, FALSE, FALSE, KC_PRINT_STYLE_SMALL, TRUE },
};

static void
add_figure (KcPrintFlow   *flow,
            const KcVisit *visit,
            double         share)
{
  const char *captions[4] = { NULL };
  guint n = 0;

  if (visit->draw_figure == NULL)
    return;
  if (visit->answer != NULL)
    {
      captions[n++] = kc_body_map_view_caption (0);
      captions[n++] = kc_body_map_view_caption (1);
    }
  if (visit->part != NULL)
    captions[n++] = kc_item_get_name (KC_ITEM (visit->part));
  if (n > 0)
    kc_print_flow_add_figure (flow, share, captions, visit->draw_figure, visit->figure_data,
                              NULL);
}

static char *
join_places (KcReferralAnswer *answer)
{
  const char * const *chosen = kc_referral_answer_get_chosen (answer);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; chosen[i] != NULL; i++)
    {
      const KcLitPlace *place = kc_referral_answer_lookup_place (answer, chosen[i]);

      g_ptr_array_add (names, (char *)(place != NULL ? place->name : chosen[i]));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **)names->pdata);
}

/* The sources' names in a row, most common first. */
static char *
join_sources (GPtrArray *sources)
{
  GString *row = g_string_new (NULL);

  for (guint i = 0; i < sources->len; i++)
    {
      const KcAnswerSource *source = g_ptr_array_index (sources, i);

      g_string_append_printf (row, "%s%s", i > 0 ? "; " : "",
                              kc_item_get_name (KC_ITEM (source->source)));
    }
  return g_string_free (row, FALSE);
}

static void
add_body_map (KcPrintFlow      *flow,
              KcReferralAnswer *answer,
              const Detail     *detail)
{
  GPtrArray *sources;
  g_autofree char *places = NULL;
  g_autofree char *line = NULL;

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("Body map"));
  if (answer == NULL || kc_referral_answer_is_empty (answer))
    {
      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, _("No place was chosen on the map."));
      return;
    }

  places = join_places (answer);
  line = g_strdup_printf (kc_referral_answer_get_mode (answer) == KC_BODY_MAP_MODE_START
                            /* Translators: in the visit summary, then the places chosen */
                            ? _("Where the pain starts: %s") : _("Where it hurts: %s"),
                          places);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, line);

  sources = kc_referral_answer_get_sources (answer);
  if (sources->len > 0)
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, _("Possible sources, most common first"));
  if (!detail->reach)
    {
      g_autofree char *row = join_sources (sources);

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, row);
      return;
    }
  for (guint i = 0; i < sources->len; i++)
    {
      const KcAnswerSource *source = g_ptr_array_index (sources, i);
      const char *name = kc_item_get_name (KC_ITEM (source->source));
      /* Translators: a source in the visit summary, then where it reaches */
      g_autofree char *text = source->reach != NULL ? g_strdup_printf (_("%s — %s"), name,
                                                                       source->reach)
                                                    : g_strdup (name);

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, text);
    }
}

static void
add_part (KcPrintFlow   *flow,
          KcAnatomyPart *part,
          const Detail  *detail)
{
  const char *function, *back_knee;

  if (part == NULL)
    return;

  function = kc_anatomy_part_get_function (part);
  back_knee = kc_anatomy_part_get_back_knee (part);
  /* Translators: a heading of the visit summary, then an anatomy part's name */
  {
    g_autofree char *heading = g_strdup_printf (_("Anatomy: %s"), kc_item_get_name (KC_ITEM (part)));

    kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, heading);
  }
  if (function != NULL && *function != '\0')
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, function);
  if (detail->part_detail && back_knee != NULL && *back_knee != '\0')
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, back_knee);
}

/* The plan's exercises, each once, in the order of the week, with the
 * dose of its first day. */
static GPtrArray *
dup_plan_items (KcPlan *plan)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *list = kc_plan_get_day (plan, day);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (list, i);

          if (g_hash_table_add (seen, (char *)kc_plan_item_get_exercise_id (item)))
            g_ptr_array_add (items, g_steal_pointer (&item));
        }
    }

  return items;
}

/* Returns: "Bridge — 3 sets × 10" */
static char *
dup_exercise_line (KcLibrary  *library,
                   KcPlanItem *item)
{
  KcExercise *exercise = kc_library_lookup_exercise (library, kc_plan_item_get_exercise_id (item));
  const char *name = exercise != NULL ? kc_item_get_name (KC_ITEM (exercise))
                                      : kc_plan_item_get_exercise_id (item);
  g_autofree char *dose = kc_dose_to_string (kc_plan_item_get_dose (item));

  /* Translators: an exercise in the visit summary, e.g. "Bridge — 3 sets × 10" */
  return g_strdup_printf (_("%s — %s"), name, dose);
}

static void
add_exercise (KcPrintFlow *flow,
              KcLibrary   *library,
              KcPlanItem  *item,
              gboolean     in_full)
{
  KcExercise *exercise = kc_library_lookup_exercise (library, kc_plan_item_get_exercise_id (item));
  g_autofree char *line = dup_exercise_line (library, item);
  const char * const *steps;

  if (!in_full || exercise == NULL)
    {
      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, line);
      return;
    }

  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, line);
  steps = kc_exercise_get_steps (exercise);
  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autofree char *step = g_strdup_printf ("%u. %s", i + 1, steps[i]);

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, step);
    }
}

/* Every exercise, run on in one paragraph: the least room they can take. */
static void
add_exercise_row (KcPrintFlow *flow,
                  KcLibrary   *library,
                  GPtrArray   *items)
{
  g_autoptr(GString) row = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *line = dup_exercise_line (library, g_ptr_array_index (items, i));

      g_string_append_printf (row, "%s%s", i > 0 ? "; " : "", line);
    }
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, row->str);
}

static void
add_plan (KcPrintFlow   *flow,
          const KcVisit *visit,
          const Detail  *detail)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *heading = NULL;

  if (visit->plan == NULL)
    return;

  /* Translators: a heading of the visit summary, then the plan's name */
  heading = g_strdup_printf (_("Exercises: %s"), kc_plan_get_name (visit->plan));
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, heading);
  items = dup_plan_items (visit->plan);
  if (items->len == 0)
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, _("The plan has no exercises yet."));
  if (detail->in_row && items->len > 0)
    add_exercise_row (flow, visit->library, items);
  for (guint i = 0; !detail->in_row && i < items->len; i++)
    add_exercise (flow, visit->library, g_ptr_array_index (items, i), i < detail->n_full);
  if (items->len > detail->n_full && detail->n_full > 0)
    kc_print_flow_add_text (flow, KC_PRINT_STYLE_SMALL,
                            _("Every exercise’s steps are in the plan’s own handout."));
}

/* Each tier on one line, its signs run on: the card stays short and
 * every sign is there. */
static void
add_warnings (KcPrintFlow   *flow,
              const KcVisit *visit,
              const Detail  *detail)
{
  g_autoptr(GPtrArray) tiers = visit->answer != NULL
                                 ? g_ptr_array_ref (kc_referral_answer_get_warning_tiers (visit->answer))
                                 : kc_library_dup_warning_tiers (visit->library);

  kc_print_flow_begin_box (flow);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("Warning signs"));
  for (guint i = 0; tiers != NULL && i < tiers->len; i++)
    {
      KcWarningSigns *tier = g_ptr_array_index (tiers, i);
      g_autofree char *heading = g_utf8_strup (kc_warning_signs_get_heading (tier), -1);
      g_autofree char *signs = g_strjoinv (" ", (char **)kc_warning_signs_get_signs (tier));
      /* Translators: a tier in the visit summary: heading, what to do, then the signs */
      g_autofree char *text = g_strdup_printf (_("%s: %s Signs: %s"), heading,
                                               kc_warning_signs_get_action (tier), signs);

      kc_print_flow_add_text (flow, detail->signs, text);
    }
  kc_print_flow_end_box (flow);
}

static void
add_next_steps (KcPrintFlow *flow,
                const char  *next_steps)
{
  g_autofree char *text = g_strstrip (g_strdup (next_steps != NULL ? next_steps : ""));

  kc_print_flow_begin_box (flow);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("Next steps"));
  /* Blank, the box leaves room to write by hand. */
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_BODY, *text != '\0' ? text : "\n\n");
  kc_print_flow_end_box (flow);
}

static KcPrintFlow *
build (const KcVisit *visit,
       const Detail  *detail)
{
  /* Translators: the visit summary's date, a g_date_time_format() format */
  g_autofree char *day = g_date_time_format (visit->date, _("%-d %B %Y"));
  KcPrintFlow *flow = kc_print_flow_new (_("Kinetic Chain — Visit summary"), day);

  kc_print_flow_set_brand (flow, visit->brand);
  add_figure (flow, visit, detail->share);
  add_body_map (flow, visit->answer, detail);
  add_part (flow, visit->part, detail);
  add_plan (flow, visit, detail);
  add_warnings (flow, visit, detail);
  add_next_steps (flow, visit->next_steps);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_SMALL,
                          _("This summary explains possibilities; it is not a diagnosis."));

  return flow;
}

/**
 * kc_visit_summary_fit:
 * @width: of the page's printable area, in the units of @context
 * @height: likewise
 *
 * Returns: (transfer full): the summary with as much detail as one page
 *   holds, paginated on @context
 */
KcPrintFlow *
kc_visit_summary_fit (const KcVisit *visit,
                      PangoContext  *context,
                      double         width,
                      double         height)
{
  g_return_val_if_fail (visit != NULL && KC_IS_LIBRARY (visit->library), NULL);
  g_return_val_if_fail (visit->date != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      g_autoptr(KcPrintFlow) flow = build (visit, &details[i]);

      if (kc_print_flow_paginate (flow, context, width, height) == 1 ||
          i + 1 == G_N_ELEMENTS (details))
        return g_steal_pointer (&flow);
    }

  g_assert_not_reached ();
}
