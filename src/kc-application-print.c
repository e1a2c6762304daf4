/* kc-application-print.c: printing handouts from the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For clinics that print in batches, and for tests:
 *   kinetic-chain --print-handout=PLACE[,PLACE…] [--mode=start|hurt] --output=FILE.pdf
 *   kinetic-chain --print-plan=NAME --output=FILE.pdf
 *   kinetic-chain --print-progress=NAME --output=FILE.pdf
 * No window opens and no display is needed: the documents are laid out
 * as the print buttons lay them out (kc_body_map_sheet_new(),
 * kc_plan_print_new_booklet(), kc_progress_report_new()), the map drawn on paper
 * (kc_body_map_sheet_new_on_paper()), and written with cairo's PDF
 * surface.
 */
#define G_LOG_DOMAIN "kinetic-chain"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-library.h"
#include "kc-application-private.h"
#include "pages/kc-body-map-sheet.h"
#include "pages/kc-plan-print.h"
#include "pages/kc-progress-report.h"
#include "plan/kc-plan-store.h"
#include "widgets/kc-print-pdf.h"
#include "widgets/kc-print.h"

static const GOptionEntry print_entries[] = {
  { "print-handout", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print the body map’s handout for these places, separated by commas, and exit"),
    N_("PLACE") },
  { "mode", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --print-handout: “hurt” (where pain comes from, the default) or “start” "
       "(where pain is felt)"), N_("MODE") },
  { "print-plan", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print the booklet of one of your plans, by its name, and exit"), N_("NAME") },
  { "print-progress", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("Print the progress report of one of your plans, by its name, and exit"), N_("NAME") },
  { "output", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("The PDF file to print to; one already there is replaced"), N_("FILE") },
  { "compact", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --print-handout or --print-plan: fewer pages, several exercises or sources to a "
       "page"), NULL },
  { "paper", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("The paper size: “a4” or “letter”; the locale’s by default"), N_("SIZE") },
  { NULL }
};

void
_kc_application_add_print_options (GApplication *app)
{
  g_application_add_main_option_entries (app, print_entries);
}

/* Says what was wrong, @message, and what @valid names would do. */
static void
print_choices (char               *message,
               const char * const *valid)
{
  g_autofree char *list = g_strjoinv (", ", (char **)valid);

  g_printerr ("%s\n", message);
  /* Translators: after an unknown name on the command line */
  g_printerr (_("Valid: %s\n"), list);
  g_free (message);
}

/* @text as a region's id: an id as it is, or a region's name. */
static const char *
find_place (KcLibrary  *library,
            const char *text)
{
  GListModel *regions = kc_library_get_regions (library);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KcItem) region = g_list_model_get_item (regions, i);

      if (g_strcmp0 (kc_item_get_id (region), text) == 0 ||
          g_utf8_collate (kc_item_get_name (region), text) == 0)
        return kc_item_get_id (region);
    }

  return NULL;
}

static GPtrArray *
dup_place_ids (KcLibrary *library)
{
  GListModel *regions = kc_library_get_regions (library);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KcItem) region = g_list_model_get_item (regions, i);

      g_ptr_array_add (ids, g_strdup (kc_item_get_id (region)));
    }

  return ids;
}

/* Returns: (transfer full) (nullable): the places' ids, or %NULL after
 * saying which one is unknown. */
static GStrv
parse_places (KcLibrary  *library,
              const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *id = find_place (library, g_strstrip (words[i]));

      if (id == NULL)
        {
          g_autoptr(GPtrArray) valid = dup_place_ids (library);

          g_ptr_array_add (valid, NULL);
          print_choices (g_strdup_printf (_("There is no place called “%s” on the body map."),
                                          words[i]),
                         (const char * const *)valid->pdata);
          return NULL;
        }
      g_strv_builder_add (ids, id);
    }

  return g_strv_builder_end (ids);
}

static KcPrintFlow *
new_handout (KcLibrary   *library,
             GVariantDict *options)
{
  g_autofree char *places = NULL;
  g_autofree char *mode = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(KcReferralAnswer) answer = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_variant_dict_lookup (options, "print-handout", "s", &places);
  g_variant_dict_lookup (options, "mode", "s", &mode);
  if (mode != NULL && g_strcmp0 (mode, "start") != 0 && g_strcmp0 (mode, "hurt") != 0)
    {
      const char *valid[] = { "start", "hurt", NULL };

      print_choices (g_strdup_printf (_("There is no mode “%s”."), mode), valid);
      return NULL;
    }

  ids = parse_places (library, places);
  if (ids == NULL)
    return NULL;

  answer = kc_referral_answer_new (library, g_strcmp0 (mode, "start") == 0
                                             ? KC_BODY_MAP_MODE_START : KC_BODY_MAP_MODE_HURT,
                                   (const char * const *)ids);
  now = g_date_time_new_now_local ();

  return kc_body_map_sheet_new_on_paper (library, answer, now,
                                         g_variant_dict_contains (options, "compact"));
}

static KcPlan *
find_plan (KcPlanStore *store,
           const char  *name)
{
  GListModel *plans = kc_plan_store_get_plans (store);

  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(KcPlan) plan = g_list_model_get_item (plans, i);

      if (g_utf8_collate (kc_plan_get_name (plan), name) == 0 ||
          g_strcmp0 (kc_plan_get_id (plan), name) == 0)
        return plan;   /* the store keeps it */
    }

  return NULL;
}

/* Returns: (transfer none) (nullable): the plan of the store called
 * @name, or %NULL after saying which plans there are */
static KcPlan *
find_plan_or_say (KcPlanStore *store,
                  const char  *name)
{
  g_autoptr(GPtrArray) valid = g_ptr_array_new_with_free_func (g_free);
  KcPlan *plan = find_plan (store, name);
  GListModel *plans;

  if (plan != NULL)
    return plan;

  plans = kc_plan_store_get_plans (store);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(KcPlan) known = g_list_model_get_item (plans, i);

      g_ptr_array_add (valid, g_strdup_printf ("“%s”", kc_plan_get_name (known)));
    }
  g_ptr_array_add (valid, NULL);
  print_choices (g_strdup_printf (_("There is no plan called “%s”."), name),
                 (const char * const *)valid->pdata);
  return NULL;
}

static KcPlanStore *
load_plans (KcLibrary *library)
{
  g_autoptr(GFile) dir = g_file_new_build_filename (g_get_user_data_dir (), "kinetic-chain",
                                                    "plans", NULL);
  KcPlanStore *store = kc_plan_store_new (dir, library);

  kc_plan_store_load (store);
  return store;
}

static KcPrintFlow *
new_booklet (KcLibrary    *library,
             GVariantDict *options)
{
  g_autoptr(KcPlanStore) store = load_plans (library);
  g_autofree char *name = NULL;
  KcPlan *plan;

  g_variant_dict_lookup (options, "print-plan", "s", &name);
  plan = find_plan_or_say (store, name);
  if (plan == NULL)
    return NULL;
  return kc_plan_print_new_booklet (plan, library, g_variant_dict_contains (options, "compact"));
}

static KcPrintFlow *
new_progress_report (KcLibrary    *library,
                     GVariantDict *options)
{
  g_autoptr(KcPlanStore) store = load_plans (library);
  g_autofree char *name = NULL;
  KcPlan *plan;

  g_variant_dict_lookup (options, "print-progress", "s", &name);
  plan = find_plan_or_say (store, name);
  if (plan == NULL)
    return NULL;
  return kc_progress_report_new_today (plan, library);
}

static GtkPaperSize *
paper_for (GVariantDict *options)
{
  g_autofree char *paper = NULL;

  g_variant_dict_lookup (options, "paper", "s", &paper);
  if (paper == NULL)
    return gtk_paper_size_new (NULL);
  if (g_ascii_strcasecmp (paper, "a4") == 0)
    return gtk_paper_size_new (GTK_PAPER_NAME_A4);
  if (g_ascii_strcasecmp (paper, "letter") == 0)
    return gtk_paper_size_new (GTK_PAPER_NAME_LETTER);

  {
    const char *valid[] = { "a4", "letter", NULL };

    print_choices (g_strdup_printf (_("There is no paper size “%s”."), paper), valid);
  }
  return NULL;
}

static int
print_to (KcPrintFlow  *flow,
          GVariantDict *options,
          const char   *output)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPrintBrand) brand = NULL;
  GtkPaperSize *paper;
  gboolean written;

  if (flow == NULL || (paper = paper_for (options)) == NULL)
    return EXIT_FAILURE;

  brand = kc_print_dup_brand ();
  kc_print_flow_set_brand (flow, brand);

  written = kc_print_flow_write_pdf (flow, paper, output, &error);
  gtk_paper_size_free (paper);
  if (!written)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/**
 * _kc_application_print:
 * @options: with --print-handout or --print-plan
 *
 * Returns: the exit status
 */
int
_kc_application_print (GVariantDict *options,
                       KcLibrary    *library)
{
  gboolean handout = g_variant_dict_contains (options, "print-handout");
  gboolean plan = g_variant_dict_contains (options, "print-plan");
  gboolean progress = g_variant_dict_contains (options, "print-progress");
  g_autofree char *output = NULL;
  g_autoptr(KcPrintFlow) flow = NULL;

  g_variant_dict_lookup (options, "output", "^ay", &output);
  if (output == NULL || handout + plan + progress != 1)
    {
      g_printerr ("%s\n", _("Give one of --print-handout, --print-plan or --print-progress, and "
                            "--output=FILE.pdf to print to."));
      return EXIT_FAILURE;
    }

  if (handout)
    flow = new_handout (library, options);
  else if (plan)
    flow = new_booklet (library, options);
  else
    flow = new_progress_report (library, options);

  return print_to (flow, options, output);
}

gboolean
_kc_application_asks_to_print (GVariantDict *options)
{
  return g_variant_dict_contains (options, "print-handout") ||
         g_variant_dict_contains (options, "print-plan") ||
         g_variant_dict_contains (options, "print-progress");
}
