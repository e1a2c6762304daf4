/* kc-item.c: what every kind of content has: an id, a name, a kind, and
 * a way to be searched and opened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A subclass says what it is in class_init (kind, page, search text);
 * everything that treats items alike asks here instead of testing types.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-item-private.h"

G_DEFINE_ENUM_TYPE (KcItemKind, kc_item_kind,
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_ANATOMY_DIAGRAM, "anatomy-diagram"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_ANATOMY_PART, "anatomy-part"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_CONDITION, "condition"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_STORY, "story"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_PAIN_SOURCE, "pain-source"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_BODY_VIEW, "body-view"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_BODY_REGION, "body-region"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_EXERCISE, "exercise"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_PLAN_TEMPLATE, "plan-template"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_FAQ_TOPIC, "faq-topic"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_FAQ_ENTRY, "faq-entry"),
  G_DEFINE_ENUM_VALUE (KC_ITEM_KIND_GLOSSARY_TERM, "glossary-term"))

/* Per kind: the heading it is listed under, and how a sentence names one. */
static const struct
{
  const char *title;
  const char *described;
} kind_names[KC_ITEM_N_KINDS] = {
  [KC_ITEM_KIND_ANATOMY_DIAGRAM] = { N_("Diagrams"), N_("a diagram") },
  [KC_ITEM_KIND_ANATOMY_PART] = { N_("Anatomy"), N_("a part of a diagram") },
  [KC_ITEM_KIND_CONDITION] = { N_("Conditions and causes"), N_("a condition") },
  [KC_ITEM_KIND_STORY] = { N_("Stories"), N_("a story") },
  [KC_ITEM_KIND_PAIN_SOURCE] = { N_("Where pain starts"), N_("a source of pain") },
  [KC_ITEM_KIND_BODY_VIEW] = { N_("Body map views"), N_("a view of the body map") },
  [KC_ITEM_KIND_BODY_REGION] = { N_("Body map"), N_("a region of the body map") },
  [KC_ITEM_KIND_EXERCISE] = { N_("Exercises"), N_("an exercise") },
  [KC_ITEM_KIND_PLAN_TEMPLATE] = { N_("Plan templates"), N_("a plan template") },
  [KC_ITEM_KIND_FAQ_TOPIC] = { N_("Topics"), N_("a topic of questions") },
  [KC_ITEM_KIND_FAQ_ENTRY] = { N_("Questions"), N_("a question") },
  [KC_ITEM_KIND_GLOSSARY_TERM] = { N_("Glossary"), N_("a term in the glossary") },
};

/**
 * kc_item_kind_to_string:
 *
 * Returns: the heading items of @kind are listed under, e.g. search results
 */
const char *
kc_item_kind_to_string (KcItemKind kind)
{
  g_return_val_if_fail (kind < KC_ITEM_N_KINDS, "");
  return _(kind_names[kind].title);
}

/**
 * kc_item_kind_describe:
 *
 * Returns: how a sentence names one item of @kind, e.g. "a question"
 */
const char *
kc_item_kind_describe (KcItemKind kind)
{
  g_return_val_if_fail (kind < KC_ITEM_N_KINDS, "");
  return _(kind_names[kind].described);
}

/**
 * kc_item_kind_for_type:
 * @type: %KC_TYPE_ITEM or a subclass
 *
 * Returns: the kind of the items of @type, or %KC_ITEM_N_KINDS for
 *   %KC_TYPE_ITEM itself
 */
KcItemKind
kc_item_kind_for_type (GType type)
{
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (g_type_is_a (type, KC_TYPE_ITEM), KC_ITEM_N_KINDS);

  klass = g_type_class_ref (type);
  return KC_ITEM_CLASS (klass)->kind;
}

typedef struct
{
  char *id;
  char *name;
  GPtrArray *references;  /* of KcReference, never NULL */
  GDateTime *reviewed;    /* nullable: the date its file was last reviewed */
} KcItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KcItem, kc_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ITEM_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A subclass that forgot its kind would be filed nowhere: say so early. */
static void
kc_item_constructed (GObject *object)
{
  KcItemPrivate *priv = kc_item_get_instance_private (KC_ITEM (object));

  G_OBJECT_CLASS (kc_item_parent_class)->constructed (object);

  if (KC_ITEM_GET_CLASS (object)->kind >= KC_ITEM_N_KINDS)
    g_critical ("%s sets no KcItemKind in its class_init", G_OBJECT_TYPE_NAME (object));
  if (priv->id == NULL)
    g_critical ("A %s was made without an id", G_OBJECT_TYPE_NAME (object));
}

static void
kc_item_finalize (GObject *object)
{
  KcItemPrivate *priv = kc_item_get_instance_private (KC_ITEM (object));

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->name, g_free);
  g_clear_pointer (&priv->references, g_ptr_array_unref);
  g_clear_pointer (&priv->reviewed, g_date_time_unref);

  G_OBJECT_CLASS (kc_item_parent_class)->finalize (object);
}

static void
kc_item_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KcItem *self = KC_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, kc_item_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, kc_item_get_name (self));
      break;

    case PROP_ITEM_KIND:
      g_value_set_enum (value, kc_item_get_kind (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_item_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  KcItemPrivate *priv = kc_item_get_instance_private (KC_ITEM (object));

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      priv->name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_item_class_init (KcItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kc_item_constructed;
  object_class->finalize = kc_item_finalize;
  object_class->get_property = kc_item_get_property;
  object_class->set_property = kc_item_set_property;

  /* Not a kind: each subclass must set its own (checked in constructed). */
  klass->kind = KC_ITEM_N_KINDS;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* Not "kind": some kinds have a kind of their own (a part is a bone, a nerve…). */
  properties[PROP_ITEM_KIND] =
    g_param_spec_enum ("item-kind", NULL, NULL, KC_TYPE_ITEM_KIND, KC_ITEM_KIND_ANATOMY_DIAGRAM,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kc_item_init (KcItem *self)
{
  KcItemPrivate *priv = kc_item_get_instance_private (self);

  priv->references = g_ptr_array_new_with_free_func ((GDestroyNotify)kc_reference_unref);
}

const char *
kc_item_get_id (KcItem *self)
{
  KcItemPrivate *priv = kc_item_get_instance_private (self);

  g_return_val_if_fail (KC_IS_ITEM (self), NULL);
  return priv->id;
}

/* Returns: what the item is called: a name, a title, or a question */
const char *
kc_item_get_name (KcItem *self)
{
  KcItemPrivate *priv = kc_item_get_instance_private (self);

  g_return_val_if_fail (KC_IS_ITEM (self), NULL);
  return priv->name;
}

KcItemKind
kc_item_get_kind (KcItem *self)
{
  g_return_val_if_fail (KC_IS_ITEM (self), KC_ITEM_N_KINDS);
  return KC_ITEM_GET_CLASS (self)->kind;
}

/**
 * kc_item_get_page:
 *
 * The item opens on this tab, at its own id.
 *
 * Returns: (nullable): the name of the tab that shows the item ("anatomy",
 *   "bodymap", "exercises", "questions"), or %NULL if none opens it
 */
const char *
kc_item_get_page (KcItem *self)
{
  g_return_val_if_fail (KC_IS_ITEM (self), NULL);
  return KC_ITEM_GET_CLASS (self)->page;
}

/* Returns: whether search finds items of this kind */
gboolean
kc_item_is_searched (KcItem *self)
{
  g_return_val_if_fail (KC_IS_ITEM (self), FALSE);
  return KC_ITEM_GET_CLASS (self)->dup_search_text != NULL;
}

/**
 * kc_item_dup_search_text:
 * @library: the library the item is in, for text about its relations
 *
 * Returns: (transfer full) (nullable): the text search finds the item by
 *   besides its name, or %NULL for a kind search leaves out
 */
char *
kc_item_dup_search_text (KcItem    *self,
                         KcLibrary *library)
{
  KcItemClass *klass;

  g_return_val_if_fail (KC_IS_ITEM (self), NULL);

  klass = KC_ITEM_GET_CLASS (self);
  return klass->dup_search_text != NULL ? klass->dup_search_text (self, library) : NULL;
}

/**
 * kc_item_get_references:
 *
 * The guidelines and papers that back what the item says, as its content
 * file cites them (every condition, pain source, question, exercise and
 * plan template has at least one).
 *
 * Returns: (transfer none) (element-type KcReference): the item's
 *   references, in content order; empty, never %NULL, if it cites none
 */
GPtrArray *
kc_item_get_references (KcItem *self)
{
  KcItemPrivate *priv = kc_item_get_instance_private (self);

  g_return_val_if_fail (KC_IS_ITEM (self), NULL);
  return priv->references;
}

/**
 * kc_item_get_reviewed:
 *
 * Returns: (transfer none) (nullable): the day the item's content file
 *   was last reviewed, or %NULL if the file gives none
 */
GDateTime *
kc_item_get_reviewed (KcItem *self)
{
  KcItemPrivate *priv = kc_item_get_instance_private (self);

  g_return_val_if_fail (KC_IS_ITEM (self), NULL);
  return priv->reviewed;
}

/* For the loader: the item's <references>, read when its id is declared. */
void
_kc_item_add_reference (KcItem      *self,
                        KcReference *reference)
{
  KcItemPrivate *priv = kc_item_get_instance_private (self);

  g_return_if_fail (KC_IS_ITEM (self));
  g_return_if_fail (reference != NULL);

  g_ptr_array_add (priv->references, kc_reference_ref (reference));
}

void
_kc_item_set_reviewed (KcItem    *self,
                       GDateTime *reviewed)
{
  KcItemPrivate *priv = kc_item_get_instance_private (self);

  g_return_if_fail (KC_IS_ITEM (self));

  g_clear_pointer (&priv->reviewed, g_date_time_unref);
  priv->reviewed = reviewed != NULL ? g_date_time_ref (reviewed) : NULL;
}
