/* kc-search-row.c: one row of the search popover: a result, or "Show N more"
 *
 * A result row shows the result's title and snippet with the words that
 * matched in bold, and is read out as its title and kind. A "more" row
 * stands for the results of its kind not shown yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-search-row.h"

struct _KcSearchRow
{
  GtkListBoxRow parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *snippet_label;
  GtkLabel *more_label;

  /* Owned references */
  KcSearchResult *result;   /* NULL in a "more" row */

  KcItemKind kind;
  guint n_more;
};

G_DEFINE_FINAL_TYPE (KcSearchRow, kc_search_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_RESULT,
  PROP_KIND,
  PROP_N_MORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_text (GtkLabel   *label,
           const char *text,
           GArray     *spans)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const KcSearchSpan *span = &g_array_index (spans, KcSearchSpan, i);
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      bold->start_index = span->start;
      bold->end_index = span->end;
      pango_attr_list_insert (attributes, bold);
    }

  gtk_label_set_text (label, text);
  gtk_label_set_attributes (label, attributes);
  pango_attr_list_unref (attributes);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

static void
show_result (KcSearchRow *self)
{
  KcSearchResult *result = self->result;
  const char *snippet = kc_search_result_get_snippet (result);

  show_text (self->title_label, kc_search_result_get_title (result),
             kc_search_result_get_title_spans (result));
  if (snippet != NULL)
    show_text (self->snippet_label, snippet, kc_search_result_get_snippet_spans (result));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  kc_search_result_get_title (result),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  kc_item_kind_to_string (self->kind),
                                  -1);
}

static void
show_more (KcSearchRow *self)
{
  /* Translators: %u is a number, %s a heading such as "Questions" */
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "Show %u more in %s",
                                                        "Show %u more in %s", self->n_more),
                                           self->n_more, kc_item_kind_to_string (self->kind));

  gtk_label_set_text (self->more_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), TRUE);
}

static void
kc_search_row_constructed (GObject *object)
{
  KcSearchRow *self = KC_SEARCH_ROW (object);

  G_OBJECT_CLASS (kc_search_row_parent_class)->constructed (object);

  if (self->result != NULL)
    {
      self->kind = kc_search_result_get_kind (self->result);
      show_result (self);
    }
  else
    show_more (self);
}

static void
kc_search_row_dispose (GObject *object)
{
  KcSearchRow *self = KC_SEARCH_ROW (object);

  g_clear_object (&self->result);
  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_SEARCH_ROW);

  G_OBJECT_CLASS (kc_search_row_parent_class)->dispose (object);
}

static void
kc_search_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KcSearchRow *self = KC_SEARCH_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      g_value_set_object (value, self->result);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_N_MORE:
      g_value_set_uint (value, self->n_more);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_search_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KcSearchRow *self = KC_SEARCH_ROW (object);

  switch (prop_id)
    {
    case PROP_RESULT:
      self->result = g_value_dup_object (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_N_MORE:
      self->n_more = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_search_row_class_init (KcSearchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kc_search_row_constructed;
  object_class->dispose = kc_search_row_dispose;
  object_class->get_property = kc_search_row_get_property;
  object_class->set_property = kc_search_row_set_property;

  properties[PROP_RESULT] =
    g_param_spec_object ("result", NULL, NULL, KC_TYPE_SEARCH_RESULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* A result row's is its result's. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, KC_TYPE_ITEM_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MORE] =
    g_param_spec_uint ("n-more", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-search-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KcSearchRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KcSearchRow, snippet_label);
  gtk_widget_class_bind_template_child (widget_class, KcSearchRow, more_label);
}

static void
kc_search_row_init (KcSearchRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kc_search_row_new (KcSearchResult *result)
{
  g_return_val_if_fail (KC_IS_SEARCH_RESULT (result), NULL);

  return g_object_new (KC_TYPE_SEARCH_ROW, "result", result, NULL);
}

/**
 * kc_search_row_new_more:
 * @kind: the kind whose results are not all shown
 * @n_more: how many are not
 *
 * Returns: a row that, activated, is to show the rest of @kind's results
 */
GtkWidget *
kc_search_row_new_more (KcItemKind kind,
                        guint      n_more)
{
  g_return_val_if_fail (kind < KC_ITEM_N_KINDS, NULL);

  return g_object_new (KC_TYPE_SEARCH_ROW, "kind", kind, "n-more", n_more, NULL);
}

/* Returns: (transfer none) (nullable): the result, NULL in a "more" row */
KcSearchResult *
kc_search_row_get_result (KcSearchRow *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_ROW (self), NULL);
  return self->result;
}

KcItemKind
kc_search_row_get_kind (KcSearchRow *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_ROW (self), 0);
  return self->kind;
}

/* Returns: how many results a "more" row stands for; 0 in a result row */
guint
kc_search_row_get_n_more (KcSearchRow *self)
{
  g_return_val_if_fail (KC_IS_SEARCH_ROW (self), 0);
  return self->n_more;
}
