/* test-item.c: every kind of content answers as a KcItem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "kc-library.h"
#include "kc-search-index.h"
#include "kc-test-library.h"

static KcLibrary *library;

/* What each kind must answer; written out here, not taken from the code. */
static const struct {
  KcItemKind kind;
  const char *nick;
  const char *page;
  gboolean searched;
  const char *id;        /* one bundled item of the kind */
  const char *name;
} kinds[] = {
  { KC_ITEM_KIND_ANATOMY_DIAGRAM, "anatomy-diagram", "anatomy", FALSE, "knee", "Knee" },
  { KC_ITEM_KIND_ANATOMY_PART, "anatomy-part", "anatomy", TRUE, "medial-meniscus",
    "Medial meniscus" },
  { KC_ITEM_KIND_CONDITION, "condition", "anatomy", TRUE, "sciatica",
    "Sciatica and nerve-root irritation" },
  { KC_ITEM_KIND_STORY, "story", NULL, FALSE, "story-office-worker",
    "An office worker's back and knees" },
  { KC_ITEM_KIND_PAIN_SOURCE, "pain-source", "bodymap", TRUE, "sacroiliac-joint",
    "The sacroiliac joint" },
  { KC_ITEM_KIND_BODY_VIEW, "body-view", NULL, FALSE, "body-front", "Front" },
  { KC_ITEM_KIND_BODY_REGION, "body-region", "bodymap", TRUE, "groin-left", "Left groin" },
  { KC_ITEM_KIND_EXERCISE, "exercise", "exercises", TRUE, "clamshell", "Clamshell" },
  { KC_ITEM_KIND_PLAN_TEMPLATE, "plan-template", NULL, FALSE, "gentle-start",
    "Gentle start for back-related knee pain" },
  { KC_ITEM_KIND_FAQ_TOPIC, "faq-topic", NULL, FALSE, "connection", "The back–knee connection" },
  { KC_ITEM_KIND_FAQ_ENTRY, "faq-entry", "questions", TRUE, "what-are-warning-signs",
    "Which warning signs need a doctor straight away?" },
  { KC_ITEM_KIND_GLOSSARY_TERM, "glossary-term", "questions", TRUE, "term-dermatome",
    "Dermatome" },
};

/* The table above covers every kind, once, in the enum's order. */
static void
test_kind_enum (void)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (KC_TYPE_ITEM_KIND);

  g_assert_cmpuint (G_N_ELEMENTS (kinds), ==, KC_ITEM_N_KINDS);
  g_assert_cmpuint (enum_class->n_values, ==, KC_ITEM_N_KINDS);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GEnumValue *value = g_enum_get_value (enum_class, kinds[i].kind);

      g_assert_cmpuint (kinds[i].kind, ==, i);
      g_assert_nonnull (value);
      g_assert_cmpstr (value->value_nick, ==, kinds[i].nick);
      g_assert_cmpstr (kc_item_kind_to_string (kinds[i].kind), !=, "");
      g_assert_cmpstr (kc_item_kind_describe (kinds[i].kind), !=, "");
      for (guint j = 0; j < i; j++)
        {
          g_assert_cmpstr (kc_item_kind_to_string (kinds[i].kind), !=,
                           kc_item_kind_to_string (kinds[j].kind));
          g_assert_cmpstr (kc_item_kind_describe (kinds[i].kind), !=,
                           kc_item_kind_describe (kinds[j].kind));
        }
    }

  /* The search headings stay what they were. */
  g_assert_cmpstr (kc_item_kind_to_string (KC_ITEM_KIND_ANATOMY_PART), ==, "Anatomy");
  g_assert_cmpstr (kc_item_kind_to_string (KC_ITEM_KIND_FAQ_ENTRY), ==, "Questions");
  g_assert_cmpstr (kc_item_kind_describe (KC_ITEM_KIND_FAQ_ENTRY), ==, "a question");
}

/* Every subclass of KcItem is one kind, and every kind has one subclass:
 * a new subclass that forgot its kind fails here. */
static void
test_one_class_per_kind (void)
{
  GType seen[KC_ITEM_N_KINDS] = { 0, };
  guint n_children = 0;
  g_autofree GType *children = NULL;

  /* Types register on first use. */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    g_assert_nonnull (kc_library_lookup (library, kinds[i].id));

  children = g_type_children (KC_TYPE_ITEM, &n_children);
  g_assert_cmpuint (n_children, ==, KC_ITEM_N_KINDS);
  for (guint i = 0; i < n_children; i++)
    {
      KcItemKind kind = kc_item_kind_for_type (children[i]);

      g_test_message ("%s", g_type_name (children[i]));
      g_assert_cmpuint (kind, <, KC_ITEM_N_KINDS);
      g_assert_cmpuint (seen[kind], ==, 0);
      seen[kind] = children[i];
    }
}

/* An item class that sets no kind is refused loudly when made. */
typedef struct { KcItem parent_instance; } KcTestKindless;
typedef struct { KcItemClass parent_class; } KcTestKindlessClass;
GType kc_test_kindless_get_type (void);
G_DEFINE_TYPE (KcTestKindless, kc_test_kindless, KC_TYPE_ITEM)
static void kc_test_kindless_class_init (KcTestKindlessClass *klass) { }
static void kc_test_kindless_init (KcTestKindless *self) { }

static void
test_kindless_refused (void)
{
  if (g_test_subprocess ())
    {
      GObject *item = g_object_new (kc_test_kindless_get_type (), "id", "x", NULL);
      g_clear_object (&item);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*KcTestKindless sets no KcItemKind*");
}

/* One bundled item of each kind answers id, name, kind, page and search
 * text through KcItem, and the same through its properties. */
static void
test_dispatch (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      KcItem *item = KC_ITEM (kc_library_lookup (library, kinds[i].id));
      g_autofree char *text = kc_item_dup_search_text (item, library);
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      KcItemKind kind;

      g_test_message ("%s", kinds[i].id);
      g_assert_cmpstr (kc_item_get_id (item), ==, kinds[i].id);
      g_assert_cmpstr (kc_item_get_name (item), ==, kinds[i].name);
      g_assert_cmpint (kc_item_get_kind (item), ==, kinds[i].kind);
      g_assert_cmpstr (kc_item_get_page (item), ==, kinds[i].page);
      g_assert_cmpint (kc_item_is_searched (item), ==, kinds[i].searched);
      if (kinds[i].searched)
        g_assert_nonnull (text);
      else
        g_assert_null (text);

      g_object_get (item, "id", &id, "name", &name, "item-kind", &kind, NULL);
      g_assert_cmpstr (id, ==, kinds[i].id);
      g_assert_cmpstr (name, ==, kinds[i].name);
      g_assert_cmpint (kind, ==, kinds[i].kind);
    }
}

static char *
search_text_of (const char *id)
{
  return kc_item_dup_search_text (KC_ITEM (kc_library_lookup (library, id)), library);
}

/* What search finds an item by comes from the item itself. */
static void
test_search_text (void)
{
  g_autofree char *part = search_text_of ("medial-meniscus");
  g_autofree char *region = search_text_of ("groin-left");
  g_autofree char *exercise = search_text_of ("clamshell");
  g_autofree char *question = search_text_of ("what-are-warning-signs");

  g_assert_true (g_str_has_prefix (part, "A C-shaped cushion on the inner half of the tibia."));
  g_assert_true (g_str_has_prefix (region, "Pain felt here can start in: "));
  g_assert_nonnull (strstr (exercise, "\n"));
  g_assert_cmpstr (question, !=, "");
}

/* Each kind's list holds every item of the kind, nested ones too, in
 * content order, and nothing else. */
static void
test_items_by_kind (void)
{
  GListModel *diagrams = kc_library_get_items (library, KC_ITEM_KIND_ANATOMY_DIAGRAM);
  GListModel *parts = kc_library_get_items (library, KC_ITEM_KIND_ANATOMY_PART);
  guint n = 0;

  g_assert_true (diagrams == kc_library_get_diagrams (library));
  for (guint i = 0; i < g_list_model_get_n_items (diagrams); i++)
    {
      g_autoptr(KcAnatomyDiagram) diagram = g_list_model_get_item (diagrams, i);
      GListModel *own = kc_anatomy_diagram_get_parts (diagram);

      for (guint j = 0; j < g_list_model_get_n_items (own); j++, n++)
        {
          g_autoptr(GObject) a = g_list_model_get_item (own, j);
          g_autoptr(GObject) b = g_list_model_get_item (parts, n);

          g_assert_true (a == b);
        }
    }
  g_assert_cmpuint (g_list_model_get_n_items (parts), ==, n);

  for (guint k = 0; k < KC_ITEM_N_KINDS; k++)
    {
      GListModel *items = kc_library_get_items (library, k);

      g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(KcItem) item = g_list_model_get_item (items, i);

          g_assert_cmpint (kc_item_get_kind (item), ==, k);
          g_assert_true (kc_library_lookup (library, kc_item_get_id (item)) == G_OBJECT (item));
        }
    }
}

/* A search result's kind is its item's kind. */
static void
test_search_kinds (void)
{
  g_autoptr(KcSearchIndex) index = kc_search_index_new (library);
  g_autoptr(GPtrArray) results = kc_search_index_query (index, "knee", 1000);

  g_assert_cmpuint (results->len, >, 0);
  for (guint i = 0; i < results->len; i++)
    {
      KcSearchResult *result = g_ptr_array_index (results, i);
      KcItem *item = KC_ITEM (kc_library_lookup (library, kc_search_result_get_id (result)));

      g_assert_cmpint (kc_search_result_get_kind (result), ==, kc_item_get_kind (item));
      g_assert_cmpstr (kc_search_result_get_title (result), ==, kc_item_get_name (item));
      g_assert_true (kc_item_is_searched (item));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  library = kc_test_bundled_library ();

  g_test_add_func ("/item/kind-enum", test_kind_enum);
  g_test_add_func ("/item/one-class-per-kind", test_one_class_per_kind);
  g_test_add_func ("/item/kindless-refused", test_kindless_refused);
  g_test_add_func ("/item/dispatch", test_dispatch);
  g_test_add_func ("/item/search-text", test_search_text);
  g_test_add_func ("/item/items-by-kind", test_items_by_kind);
  g_test_add_func ("/item/search-kinds", test_search_kinds);

  status = g_test_run ();
  g_object_unref (library);
  return status;
}
