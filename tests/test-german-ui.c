/* test-german-ui.c: the whole window in German
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every tab shows German from the interface (.ui and C) and from the
 * content, and search works on the German text.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "content/kc-library.h"
#include "kc-test-german.h"
#include "kc-window.h"
#include "pages/kc-body-map-page.h"
#include "pages/kc-exercises-page.h"
#include "pages/kc-search-popover.h"
#include "pages/kc-template-card.h"
#include "kc-test-a11y.h"
#include "kc-test-widgets.h"

/* A label that shows @text exactly, on the tab shown or anywhere. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static void
test_every_tab (void)
{
  static const struct {
    const char *page;
    const char *title;
    const char *texts[3];   /* interface, content */
  } tabs[] = {
    { "anatomy", "Anatomie", { "Lendenwirbelsäule", "Lendenwirbel L1", NULL } },
    { "bodymap", "Körperkarte", { "Wo beginnt es?", "Unterer Rücken", NULL } },
    { "exercises", "Übungen", { "Bibliothek", "Brücke", NULL } },
    { "questions", "Fragen", { "Ursachen", "Brauche ich ein Röntgenbild oder eine MRT?", NULL } },
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_window_new (NULL, library, settings);
  AdwViewStack *stack;

  gtk_window_present (GTK_WINDOW (window));
  stack = ADW_VIEW_STACK (kc_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      GtkWidget *child;

      g_assert_true (kc_window_show_page (window, tabs[i].page));
      child = adw_view_stack_get_visible_child (stack);
      g_assert_cmpstr (adw_view_stack_page_get_title (adw_view_stack_get_page (stack, child)), ==,
                       tabs[i].title);
      for (guint j = 0; tabs[i].texts[j] != NULL; j++)
        {
          g_test_message ("%s: %s", tabs[i].page, tabs[i].texts[j]);
          g_assert_true (shows_label (child, tabs[i].texts[j]));
        }
    }

  /* The header bar too. */
  g_assert_true (shows_label (GTK_WIDGET (window),
                              "Kinetic Chain erklärt, wie Rücken- und Knieschmerzen "
                              "zusammenhängen können. Die App kann Sie nicht untersuchen "
                              "und nicht sagen, was Ihre Schmerzen verursacht. Gehen Sie mit "
                              "Ihren eigenen Beschwerden zur Ärztin, zum Arzt oder in die "
                              "Physiotherapie. Die Warnzeichen unter „Fragen“ sagen, wann "
                              "Sie Hilfe brauchen und wie schnell: Einige sind ein Notfall."));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Search finds German words, with German headings. */
static void
test_search_in_german (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_window_new (NULL, library, settings);
  KcSearchPopover *popover;
  GtkListBoxRow *first;

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  popover = KC_SEARCH_POPOVER (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_SEARCH_POPOVER));

  kc_search_popover_search (popover, "brucke");   /* without the umlaut */
  first = gtk_list_box_get_row_at_index (kc_search_popover_get_results (popover), 0);
  g_assert_nonnull (first);
  g_assert_true (shows_label (GTK_WIDGET (first), "Brücke"));
  g_assert_true (shows_label (GTK_WIDGET (kc_search_popover_get_results (popover)), "Übungen"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A label under @widget whose text contains @part, shown on screen. */
static gboolean
shows_text_containing (GtkWidget  *widget,
                       const char *part)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), part) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_text_containing (child, part))
        return TRUE;
    }

  return FALSE;
}

/* The warning tiers in German, with Germany's numbers, for pain in the
 * lower back, in the calf, and for the hip. */
static void
test_warning_tiers_in_german (void)
{
  static const struct {
    const char *mode;
    const char *region;
    const char *sign;     /* a sign this choice is about */
  } cases[] = {
    { "hurt", "lower-back", "Reithosenbereich" },
    { "hurt", "calf-left", "Beinvenenthrombose" },
    { "start", "hip-left", "Kinder und Jugendliche, die hinken" },
  };
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_window_new (NULL, library, settings);
  KcBodyMapPage *page;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (kc_window_show_page (window, "bodymap"));
  page = KC_BODY_MAP_PAGE (kc_test_find_by_type (GTK_WIDGET (window), KC_TYPE_BODY_MAP_PAGE));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *chosen[] = { cases[i].region, NULL };
      GtkWidget *explanation;

      gtk_widget_activate_action (GTK_WIDGET (page), "bodymap.mode", "s", cases[i].mode);
      kc_body_map_page_choose (page, chosen);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      explanation = kc_test_find_by_css_class (GTK_WIDGET (page), "kc-explanation");

      g_test_message ("%s %s", cases[i].mode, cases[i].region);
      g_assert_true (shows_label (explanation, "Warnzeichen"));
      g_assert_true (shows_text_containing (explanation, "Notfall"));
      g_assert_true (shows_text_containing (explanation, "Noch heute"));
      g_assert_true (shows_text_containing (explanation, "Bald"));
      g_assert_true (shows_text_containing (explanation, "Notruf 112"));
      g_assert_true (shows_text_containing (explanation, "116117"));
      g_assert_false (shows_text_containing (explanation, "999"));
      g_assert_true (shows_text_containing (explanation, cases[i].sign));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A plan template's card in German: its description and its "Sources". */
static void
test_template_card_in_german (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(KcPlanTemplate) template =
    g_list_model_get_item (kc_library_get_plan_templates (library), 0);
  GtkWidget *card = g_object_ref_sink (kc_template_card_new (template));
  GtkWidget *expander = kc_test_find_by_css_class (card, "kc-sources-expander");

  g_assert_true (shows_label (card, "Sanfter Einstieg bei rückenbedingten Knieschmerzen"));
  g_assert_true (shows_label (card, "Plan aus dieser Vorlage beginnen"));
  g_assert_nonnull (expander);
  g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (expander)), ==, "Quellen");
  g_assert_finalize_object (card);
}

/* The conditions to tell apart, in German: the kneecap's two on the
 * Anatomy tab, and a possible blood clot opened on the body map with the
 * emergency tier and Germany's number. */
static void
test_conditions_in_german (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_window_new (NULL, library, settings);
  g_autoptr(GPtrArray) expanders = g_ptr_array_new ();
  GtkWidget *explanation, *clot = NULL;

  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (kc_window_open_item (window, "patella"));
  g_assert_cmpstr (kc_window_get_page (window), ==, "anatomy");
  g_assert_true (shows_label (GTK_WIDGET (window),
                              "Schmerzen an der Kniescheibe (patellofemoraler Schmerz)"));
  g_assert_true (shows_label (GTK_WIDGET (window), "Patellasehnenreizung (Springerknie)"));

  g_assert_true (kc_window_open_item (window, "dvt-bakers-cyst"));
  g_assert_cmpstr (kc_window_get_page (window), ==, "bodymap");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  explanation = kc_test_find_by_css_class (GTK_WIDGET (window), "kc-explanation");
  kc_test_collect_by_type (explanation, GTK_TYPE_EXPANDER, expanders);
  for (guint i = 0; i < expanders->len; i++)
    if (g_str_equal (gtk_widget_get_name (g_ptr_array_index (expanders, i)), "dvt-bakers-cyst"))
      clot = g_ptr_array_index (expanders, i);
  g_assert_nonnull (clot);
  g_assert_true (shows_label (clot,
                              "Blutgerinnsel im Bein (tiefe Beinvenenthrombose) oder Baker-Zyste"));
  g_assert_true (shows_text_containing (clot, "„wahrscheinlich eine Zyste“"));
  g_assert_true (shows_label (clot, "Wann zur Ärztin oder zum Arzt?"));
  g_assert_true (shows_text_containing (clot, "Notruf 112"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* German words are longer: every tab still fits 1024×600, presenting too. */
static void
test_fits_small_screen (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_window_new (NULL, library, settings);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  kc_test_assert_fits (window, 1024, 600);
  kc_window_set_presenting (window, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  kc_test_assert_fits (window, 1024, 600);

  /* With an exercise open, too. */
  g_assert_true (kc_window_show_page (window, "exercises"));
  g_assert_true (kc_exercises_page_show_exercise (
    KC_EXERCISES_PAGE (kc_window_get_tab (window, "exercises")), "bridge"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  kc_test_assert_fits (window, 1024, 600);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Nothing read out by its type name in German either. */
static void
test_everything_named (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_window_new (NULL, library, settings);

  gtk_window_present (GTK_WINDOW (window));
  kc_test_assert_everything_named (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Longer German labels change no Tab stop. */
static void
test_tab_walk (void)
{
  g_autoptr(KcLibrary) library = kc_test_bundled_library ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  KcWindow *window = kc_window_new (NULL, library, settings);

  gtk_window_present (GTK_WINDOW (window));
  kc_test_assert_tab_walk (window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The same, folded on a small screen (test-fold), with the toggles. */
static void
test_narrow_named_and_walked (void)
{
  kc_test_assert_keyboard_at_size (1024, 600);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *top = kc_test_switch_to_german ();
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/german/every-tab", test_every_tab);
  g_test_add_func ("/german/search", test_search_in_german);
  g_test_add_func ("/german/warning-tiers", test_warning_tiers_in_german);
  g_test_add_func ("/german/conditions", test_conditions_in_german);
  g_test_add_func ("/german/fits-small-screen", test_fits_small_screen);
  g_test_add_func ("/german/template-card", test_template_card_in_german);
  g_test_add_func ("/german/everything-named", test_everything_named);
  g_test_add_func ("/german/tab-walk", test_tab_walk);
  g_test_add_func ("/german/narrow-named-and-walked", test_narrow_named_and_walked);

  status = g_test_run ();
  kc_test_remove_tree (top);
  return status;
}
