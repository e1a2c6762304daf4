/* kc-plan-handout.c: a plan's printed handout, laid out on pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * First the plan's name, the patient and the notes, and the week at a
 * glance; then one block per exercise with its picture, steps, dose and
 * cautions.  Blocks are measured first and laid out on pages so that none
 * is cut in two.  Only black, greys and outlines carry meaning, so it
 * reads in black and white.  Pango and cairo only, no GTK: the print
 * operation (kc-plan-print.c) and the fuzz target both draw with it.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <librsvg/rsvg.h>
#include <string.h>

#include "content/kc-pain-rule.h"
#include "kc-plan-handout.h"
#include "widgets/kc-exercise-poses.h"

#define GAP 14.0
#define LONGEST_UNBROKEN 32   /* characters of a word before a break is offered */
#define PICTURE_WIDTH 180.0     /* the start and the end pose, 3:2 each */
#define PICTURE_HEIGHT 60.0

typedef enum
{
  BLOCK_HEADER,
  BLOCK_WEEK,
  BLOCK_EXERCISE,
} BlockKind;

typedef struct
{
  BlockKind kind;
  KcExercise *exercise;     /* borrowed from the library */
  char *text;               /* the block's text, as Pango markup */
  double height;
  int page;
} Block;

struct _KcPlanHandout
{
  KcPlan *plan;
  KcLibrary *library;
  GPtrArray *blocks;        /* of Block */
  int n_pages;
};

static void
block_free (Block *block)
{
  g_free (block->text);
  g_free (block);
}

void
kc_plan_handout_free (KcPlanHandout *handout)
{
  g_clear_object (&handout->plan);
  g_clear_object (&handout->library);
  g_clear_pointer (&handout->blocks, g_ptr_array_unref);
  g_free (handout);
}

static const char *
weekday_name (guint weekday)
{
  const char *names[KC_N_WEEKDAYS] = {
    _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"),
    _("Sunday"),
  };

  return names[weekday];
}

static void
add_block (KcPlanHandout *handout,
           BlockKind      kind,
           KcExercise    *exercise,
           char          *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->exercise = exercise;
  block->text = text;
  g_ptr_array_add (handout->blocks, block);
}

/* The one pain rule, in words: the handout is printed in black and white. */
static void
append_pain_rule (GString *text)
{
  g_string_append_printf (text, "<b>%s</b>\n", _("How much pain is all right"));
  for (KcPainBand band = 0; band < KC_N_PAIN_BANDS; band++)
    {
      g_autofree char *label = g_markup_escape_text (kc_pain_rule_get_label (band), -1);
      g_autofree char *advice = g_markup_escape_text (kc_pain_rule_get_advice (band), -1);

      g_string_append_printf (text, "• <b>%s</b> — %s\n", label, advice);
    }
  g_string_append_printf (text, "<small>%s</small>", kc_pain_rule_get_source ());
}

/* Text the user typed, as markup.  Pango looks for a line break in a
 * long word by measuring ever longer pieces of it: a 100 000-character
 * word (pasted, or a file written by another program) took seconds per
 * layout.  A zero-width space every few dozen characters of a word gives
 * it places to break, and prints as nothing. */
static char *
user_text_markup (const char *text)
{
  g_autoptr(GString) breakable = g_string_sized_new (strlen (text));
  guint run = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      run = g_unichar_isspace (c) ? 0 : run + 1;
      if (run > LONGEST_UNBROKEN)
        {
          g_string_append_unichar (breakable, 0x200B);
          run = 1;
        }
      g_string_append_unichar (breakable, c);
    }

  return g_markup_escape_text (breakable->str, -1);
}

static char *
header_markup (KcPlan *plan)
{
  GString *text = g_string_new (NULL);
  g_autofree char *name = user_text_markup (kc_plan_get_name (plan));

  g_string_append_printf (text, "<span size='xx-large' weight='bold'>%s</span>\n", name);
  if (*kc_plan_get_patient (plan) != '\0')
    {
      g_autofree char *patient = user_text_markup (kc_plan_get_patient (plan));
      /* Translators: in the printed plan, before the patient's name */
      g_string_append_printf (text, "<b>%s</b> %s\n", _("For:"), patient);
    }
  if (*kc_plan_get_notes (plan) != '\0')
    {
      g_autofree char *notes = user_text_markup (kc_plan_get_notes (plan));
      g_string_append_printf (text, "%s\n", notes);
    }
  g_string_append_printf (text, "<i>%s</i>\n", _("Start gently and build up."));
  append_pain_rule (text);

  return g_string_free (text, FALSE);
}

static char *
week_markup (KcPlanHandout *handout)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "<span size='large' weight='bold'>%s</span>\n",
                          _("The week at a glance"));
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (handout->plan, day);
      guint n = g_list_model_get_n_items (items);

      g_string_append_printf (text, "<b>%s</b>: ", weekday_name (day));
      if (n == 0)
        g_string_append (text, _("rest"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);
          KcExercise *exercise = kc_library_lookup_exercise (handout->library,
                                                             kc_plan_item_get_exercise_id (item));
          g_autofree char *dose = kc_dose_to_string (kc_plan_item_get_dose (item));
          g_autofree char *name = g_markup_escape_text (exercise ? kc_item_get_name (KC_ITEM (exercise))
                                                                 : kc_plan_item_get_exercise_id (item),
                                                        -1);

          g_string_append_printf (text, "%s%s (%s)", i > 0 ? "; " : "", name, dose);
        }
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static char *
exercise_markup (KcPlanHandout *handout,
                 KcExercise    *exercise)
{
  GString *text = g_string_new (NULL);
  g_autofree char *name = g_markup_escape_text (kc_item_get_name (KC_ITEM (exercise)), -1);
  const char * const *steps = kc_exercise_get_steps (exercise);
  const char * const *cautions = kc_exercise_get_cautions (exercise);
  g_autoptr(GString) days = g_string_new (NULL);
  g_autofree char *dose = NULL;

  /* The days it is planned for, and the dose of its first appearance. */
  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (handout->plan, day);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);

          if (g_strcmp0 (kc_plan_item_get_exercise_id (item), kc_item_get_id (KC_ITEM (exercise))) != 0)
            continue;
          if (dose == NULL)
            dose = kc_dose_to_string (kc_plan_item_get_dose (item));
          g_string_append_printf (days, "%s%s", days->len ? ", " : "", weekday_name (day));
          break;
        }
    }

  g_string_append_printf (text, "<span size='large' weight='bold'>%s</span>\n", name);
  /* Translators: in the printed plan, e.g. "3 sets × 10 — Monday, Wednesday" */
  g_string_append_printf (text, _("<b>%s</b> — %s\n"), dose ? dose : "", days->str);
  for (guint i = 0; steps[i] != NULL; i++)
    {
      g_autofree char *step = g_markup_escape_text (steps[i], -1);
      g_string_append_printf (text, "%u. %s\n", i + 1, step);
    }
  g_string_append_printf (text, "<b>%s</b>\n", _("Take care"));
  for (guint i = 0; cautions[i] != NULL; i++)
    {
      g_autofree char *caution = g_markup_escape_text (cautions[i], -1);
      g_string_append_printf (text, "• %s\n", caution);
    }

  g_strchomp (text->str);
  return g_string_free (text, FALSE);
}

static void
collect_blocks (KcPlanHandout *handout)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  add_block (handout, BLOCK_HEADER, NULL, header_markup (handout->plan));
  add_block (handout, BLOCK_WEEK, NULL, week_markup (handout));

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *items = kc_plan_get_day (handout->plan, day);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcPlanItem) item = g_list_model_get_item (items, i);
          KcExercise *exercise = kc_library_lookup_exercise (handout->library,
                                                             kc_plan_item_get_exercise_id (item));

          if (exercise == NULL || !g_hash_table_add (seen, (char *)kc_item_get_id (KC_ITEM (exercise))))
            continue;
          add_block (handout, BLOCK_EXERCISE, exercise, exercise_markup (handout, exercise));
        }
    }
}

/**
 * kc_plan_handout_new:
 *
 * Returns: (transfer full): @plan's handout, its blocks written but not
 *   yet laid out
 */
KcPlanHandout *
kc_plan_handout_new (KcPlan    *plan,
                     KcLibrary *library)
{
  KcPlanHandout *handout;

  g_return_val_if_fail (KC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);

  handout = g_new0 (KcPlanHandout, 1);
  handout->plan = g_object_ref (plan);
  handout->library = g_object_ref (library);
  handout->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)block_free);
  collect_blocks (handout);

  return handout;
}

static PangoLayout *
block_layout (PangoContext *context,
              Block        *block,
              double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  double text_width = block->kind == BLOCK_EXERCISE ? width - PICTURE_WIDTH - GAP : width;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)(text_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, block->text, -1);

  return layout;
}

/**
 * kc_plan_handout_paginate:
 * @context: the Pango context text is measured in (the printer's)
 *
 * Measures every block, then fills pages of @width × @height top to
 * bottom without splitting one.
 *
 * Returns: the number of pages
 */
int
kc_plan_handout_paginate (KcPlanHandout *handout,
                          PangoContext  *context,
                          double         width,
                          double         height)
{
  double y = 0;
  int page = 0;

  g_return_val_if_fail (handout != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  for (guint i = 0; i < handout->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (handout->blocks, i);
      g_autoptr(PangoLayout) layout = block_layout (context, block, width);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      block->height = block->kind == BLOCK_EXERCISE ? MAX (h, PICTURE_HEIGHT) : h;

      if (y > 0 && y + block->height > height)
        {
          page++;
          y = 0;
        }
      block->page = page;
      y += block->height + GAP;
    }

  handout->n_pages = page + 1;
  return handout->n_pages;
}

/* The start and the end pose side by side, each in a thin frame, so the
 * picture reads as one on paper. */
static void
draw_picture (cairo_t    *cr,
              KcExercise *exercise,
              double      x,
              double      y)
{
  double pose_width = PICTURE_WIDTH / 2;

  for (KcExercisePose pose = KC_EXERCISE_POSE_START; pose <= KC_EXERCISE_POSE_END; pose++)
    {
      double left = x + pose * pose_width;

      cairo_save (cr);
      cairo_translate (cr, left, y);
      kc_exercise_draw_pose (exercise, pose, cr, pose_width, PICTURE_HEIGHT);
      cairo_restore (cr);

      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (cr, 0.75);
      cairo_rectangle (cr, left, y, pose_width, PICTURE_HEIGHT);
      cairo_stroke (cr);
    }
}

/**
 * kc_plan_handout_draw_page:
 *
 * Draws page @page_nr, as kc_plan_handout_paginate() laid it out, on @cr.
 */
void
kc_plan_handout_draw_page (KcPlanHandout *handout,
                           PangoContext  *context,
                           cairo_t       *cr,
                           int            page_nr,
                           double         width)
{
  double y = 0;

  g_return_if_fail (handout != NULL);

  pango_cairo_update_context (cr, context);
  for (guint i = 0; i < handout->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (handout->blocks, i);
      g_autoptr(PangoLayout) layout = NULL;
      double x = 0;

      if (block->page != page_nr)
        continue;

      if (block->kind == BLOCK_EXERCISE)
        {
          draw_picture (cr, block->exercise, 0, y);
          x = PICTURE_WIDTH + GAP;
        }

      layout = block_layout (context, block, width);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);

      y += block->height + GAP;
    }
}

/**
 * kc_plan_handout_print_all:
 * @cr: a context on a surface of pages (a PDF surface), @width × @height
 *
 * Lays the handout out as printing would, in a Pango context made for
 * @cr, and draws every page, each ended with cairo_show_page().  For a
 * handout made without a print dialog: tests, and fuzzing the layout.
 *
 * Returns: the number of pages
 */
int
kc_plan_handout_print_all (KcPlanHandout *handout,
                           cairo_t       *cr,
                           double         width,
                           double         height)
{
  PangoContext *context;
  int n_pages;

  g_return_val_if_fail (handout != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  context = pango_cairo_create_context (cr);
  n_pages = kc_plan_handout_paginate (handout, context, width, height);
  for (int page = 0; page < n_pages; page++)
    {
      kc_plan_handout_draw_page (handout, context, cr, page, width);
      cairo_show_page (cr);
    }
  g_object_unref (context);

  return n_pages;
}
