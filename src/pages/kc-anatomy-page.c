/* kc-anatomy-page.c: the Anatomy tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three columns: the parts as a list (the keyboard and screen-reader way
 * in), the diagram, and what the chosen part does and what goes wrong with
 * it.  The list and the diagram are two views of one selection.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-anatomy-page-private.h"
#include "kc-part-row.h"
#include "widgets/kc-accessible.h"
#include "widgets/kc-content-widgets.h"
#include "widgets/kc-diagram-view.h"
#include "widgets/kc-focus-group.h"

#define ZOOM_STEP 1.25


static void page_iface_init (KcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KcAnatomyPage, kc_anatomy_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KC_TYPE_PAGE, page_iface_init))

enum {
  PROP_0,
  PROP_SHOW_LABELS,
  PROP_DIAGRAM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static KcAnatomyPart *
row_get_part (GtkListBoxRow *row)
{
  return kc_part_row_get_part (KC_PART_ROW (row));
}

/* ---- Selection, kept in step both ways ------------------------------------ */

static GtkListBoxRow *
find_row (KcAnatomyPage *self,
          const char    *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->parts_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!KC_IS_PART_ROW (child))
        continue;
      if (g_strcmp0 (kc_item_get_id (KC_ITEM (row_get_part (GTK_LIST_BOX_ROW (child)))), id) == 0)
        return GTK_LIST_BOX_ROW (child);
    }

  return NULL;
}

static void
select_part (KcAnatomyPage *self,
             const char    *id)
{
  GtkListBoxRow *row = id ? find_row (self, id) : NULL;

  if (self->syncing)
    return;

  self->syncing = TRUE;
  kc_diagram_view_set_selected_part (self->view, row ? id : NULL);
  if (row != NULL)
    {
      gtk_list_box_select_row (self->parts_list, row);
      kc_scroll_into_view (GTK_WIDGET (row), GTK_WIDGET (self->parts_list));
    }
  else
    gtk_list_box_unselect_all (self->parts_list);
  self->syncing = FALSE;

  if (row != NULL)
    _kc_anatomy_page_show_part_details (self, row_get_part (row));
  else
    _kc_anatomy_page_show_empty_details (self);
}

static void
on_row_selected_cb (KcAnatomyPage *self,
                    GtkListBoxRow *row,
                    GtkListBox    *list)
{
  if (row != NULL)
    select_part (self, kc_item_get_id (KC_ITEM (row_get_part (row))));
}

static void
on_view_selection_changed_cb (KcAnatomyPage *self,
                              GParamSpec    *pspec,
                              KcDiagramView *view)
{
  select_part (self, kc_diagram_view_get_selected_part (view));
}

static void
on_view_zoom_changed_cb (KcAnatomyPage *self,
                         GParamSpec    *pspec,
                         KcDiagramView *view)
{
  double zoom = kc_diagram_view_get_zoom (view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "anatomy.zoom-in",
                                 zoom < KC_DIAGRAM_ZOOM_MAX - 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "anatomy.zoom-out",
                                 zoom > KC_DIAGRAM_ZOOM_MIN + 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "anatomy.zoom-reset",
                                 zoom > KC_DIAGRAM_ZOOM_MIN + 1e-6);
}

/* ---- Diagrams ------------------------------------------------------------ */

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  KcAnatomyPartKind kind = kc_anatomy_part_get_kind (row_get_part (row));

  if (before != NULL && kc_anatomy_part_get_kind (row_get_part (before)) == kind)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, kc_heading_label_new (kc_anatomy_part_kind_to_string (kind),
                                                            "kc-list-heading"));
}

static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  return kc_part_row_compare (KC_PART_ROW (a), KC_PART_ROW (b));
}

static void
show_diagram (KcAnatomyPage    *self,
              KcAnatomyDiagram *diagram)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  GListModel *parts;

  if (diagram == self->diagram)
    return;

  g_set_object (&self->diagram, diagram);
  kc_remove_children (GTK_WIDGET (self->parts_list));

  if (!kc_diagram_view_load_resource (self->view, kc_anatomy_diagram_get_svg_resource (diagram),
                                      &error))
    g_critical ("Diagram %s: %s", kc_item_get_id (KC_ITEM (diagram)), error->message);

  parts = kc_anatomy_diagram_get_parts (diagram);
  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(KcAnatomyPart) part = g_list_model_get_item (parts, i);

      gtk_list_box_append (self->parts_list, kc_part_row_new (part, i));
      kc_diagram_view_set_part_name (self->view, kc_item_get_id (KC_ITEM (part)),
                                     kc_item_get_name (KC_ITEM (part)));
    }

  /* Translators: what a screen reader says for the picture, e.g. "Diagram: Knee" */
  description = g_strdup_printf (_("Diagram: %s"), kc_item_get_name (KC_ITEM (diagram)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  on_view_zoom_changed_cb (self, NULL, self->view);
  _kc_anatomy_page_show_empty_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIAGRAM_ID]);
}

/* Returns: %TRUE if @id names a diagram, now shown */
static gboolean
show_diagram_by_id (KcAnatomyPage *self,
                    const char    *id)
{
  GObject *diagram = id && self->library ? kc_library_lookup (self->library, id) : NULL;

  if (!KC_IS_ANATOMY_DIAGRAM (diagram))
    return FALSE;

  show_diagram (self, KC_ANATOMY_DIAGRAM (diagram));
  return TRUE;
}

static void
build_switcher (KcAnatomyPage *self)
{
  GListModel *diagrams = kc_library_get_diagrams (self->library);

  kc_remove_children (GTK_WIDGET (self->diagram_switcher));

  for (guint i = 0; i < g_list_model_get_n_items (diagrams); i++)
    {
      g_autoptr(KcAnatomyDiagram) diagram = g_list_model_get_item (diagrams, i);
      GtkWidget *button = gtk_toggle_button_new_with_label (kc_item_get_name (KC_ITEM (diagram)));

      /* Ellipsized only below their natural width: the page's columns
       * fold at a width its least width must not exceed, "Lendenwirbelsäule"
       * and all. */
      gtk_label_set_ellipsize (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                               PANGO_ELLIPSIZE_END);
      /* The stateful action makes the buttons a radio group. */
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "anatomy.diagram-id");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s",
                                        kc_item_get_id (KC_ITEM (diagram)));
      gtk_box_append (self->diagram_switcher, button);
    }

  if (g_list_model_get_n_items (diagrams) > 0)
    {
      g_autoptr(KcAnatomyDiagram) first = g_list_model_get_item (diagrams, 0);
      show_diagram (self, first);
    }
}

/* ---- Actions ------------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  KcAnatomyPage *self = KC_ANATOMY_PAGE (widget);

  kc_diagram_view_set_zoom (self->view, kc_diagram_view_get_zoom (self->view) * ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  KcAnatomyPage *self = KC_ANATOMY_PAGE (widget);

  kc_diagram_view_set_zoom (self->view, kc_diagram_view_get_zoom (self->view) / ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  kc_diagram_view_set_zoom (KC_ANATOMY_PAGE (widget)->view, KC_DIAGRAM_ZOOM_MIN);
}

static void
show_diagram_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  kc_anatomy_page_show_diagram (KC_ANATOMY_PAGE (widget), g_variant_get_string (param, NULL));
}

/* ---- Object -------------------------------------------------------------- */

static void
kc_anatomy_page_dispose (GObject *object)
{
  KcAnatomyPage *self = (KcAnatomyPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_ANATOMY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->library);
  g_clear_object (&self->diagram);

  G_OBJECT_CLASS (kc_anatomy_page_parent_class)->dispose (object);
}

static void
kc_anatomy_page_finalize (GObject *object)
{
  KcAnatomyPage *self = (KcAnatomyPage *)object;

  g_clear_pointer (&self->condition_expanders, g_hash_table_unref);

  G_OBJECT_CLASS (kc_anatomy_page_parent_class)->finalize (object);
}

static void
kc_anatomy_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KcAnatomyPage *self = KC_ANATOMY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_LABELS:
      g_value_set_boolean (value, kc_diagram_view_get_show_labels (self->view));
      break;

    case PROP_DIAGRAM_ID:
      /* Never NULL: the property action makes a string state of it. */
      g_value_set_string (value, self->diagram ? kc_item_get_id (KC_ITEM (self->diagram)) : "");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_anatomy_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KcAnatomyPage *self = KC_ANATOMY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_LABELS:
      kc_diagram_view_set_show_labels (self->view, g_value_get_boolean (value));
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_DIAGRAM_ID:
      show_diagram_by_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Start-up builds only the tab that is shown; the others are built when
 * first shown or asked for something. */
static void
ensure_built (KcAnatomyPage *self)
{
  if (self->built || self->library == NULL)
    return;

  self->built = TRUE;
  build_switcher (self);
}

static void
kc_anatomy_page_map (GtkWidget *widget)
{
  ensure_built (KC_ANATOMY_PAGE (widget));
  GTK_WIDGET_CLASS (kc_anatomy_page_parent_class)->map (widget);
}

static void
kc_anatomy_page_class_init (KcAnatomyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_anatomy_page_dispose;
  object_class->finalize = kc_anatomy_page_finalize;
  object_class->get_property = kc_anatomy_page_get_property;
  object_class->set_property = kc_anatomy_page_set_property;
  widget_class->map = kc_anatomy_page_map;

  properties[PROP_SHOW_LABELS] =
    g_param_spec_boolean ("show-labels", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The id of the diagram shown; its switcher buttons are this property's action. */
  properties[PROP_DIAGRAM_ID] =
    g_param_spec_string ("diagram-id", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KC_TYPE_DIAGRAM_VIEW);
  g_type_ensure (KC_TYPE_FOCUS_GROUP);

  gtk_widget_class_set_layout_manager_type (widget_class, KC_TYPE_FOLD_LAYOUT);
  /* A container only: its tab or section names it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-anatomy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KcAnatomyPage, parts_flap);
  gtk_widget_class_bind_template_child (widget_class, KcAnatomyPage, details_flap);
  gtk_widget_class_bind_template_child (widget_class, KcAnatomyPage, diagram_switcher);
  gtk_widget_class_bind_template_child (widget_class, KcAnatomyPage, parts_list);
  gtk_widget_class_bind_template_child (widget_class, KcAnatomyPage, view);
  gtk_widget_class_bind_template_child (widget_class, KcAnatomyPage, details);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_zoom_changed_cb);

  gtk_widget_class_install_action (widget_class, "anatomy.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "anatomy.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "anatomy.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "anatomy.show-diagram", "s",
                                   show_diagram_action);
  gtk_widget_class_install_property_action (widget_class, "anatomy.show-labels", "show-labels");
  gtk_widget_class_install_property_action (widget_class, "anatomy.diagram-id", "diagram-id");

  /* Single keys: the page has no text fields that would want them. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "anatomy.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "anatomy.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "anatomy.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0,
                                       "anatomy.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "anatomy.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, 0, "anatomy.show-labels", NULL);
  kc_fold_layout_class_install_toggle (widget_class);
}

static void
kc_anatomy_page_init (KcAnatomyPage *self)
{
  KcFoldLayout *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_hide_decorations (GTK_WIDGET (self));
  layout = KC_FOLD_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  kc_fold_layout_add_flap (layout, self->parts_flap);
  kc_fold_layout_add_flap (layout, self->details_flap);
  self->condition_expanders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_list_box_set_header_func (self->parts_list, update_header, self, NULL);
  gtk_list_box_set_sort_func (self->parts_list, sort_rows, self, NULL);
}

void
kc_anatomy_page_set_library (KcAnatomyPage *self,
                             KcLibrary     *library)
{
  g_return_if_fail (KC_IS_ANATOMY_PAGE (self));
  g_return_if_fail (KC_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  g_clear_object (&self->diagram);
  self->built = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_built (self);
}

/**
 * kc_anatomy_page_show_diagram:
 *
 * Returns: %TRUE if a diagram with @id exists and is now shown
 */
gboolean
kc_anatomy_page_show_diagram (KcAnatomyPage *self,
                              const char    *id)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PAGE (self), FALSE);

  ensure_built (self);
  return show_diagram_by_id (self, id);
}

/**
 * kc_anatomy_page_show_part:
 *
 * Shows the diagram that has @id and chooses that part.
 *
 * Returns: %TRUE if the part exists
 */
gboolean
kc_anatomy_page_show_part (KcAnatomyPage *self,
                           const char    *id)
{
  GListModel *diagrams;

  g_return_val_if_fail (KC_IS_ANATOMY_PAGE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  ensure_built (self);
  diagrams = kc_library_get_diagrams (self->library);
  for (guint i = 0; i < g_list_model_get_n_items (diagrams); i++)
    {
      g_autoptr(KcAnatomyDiagram) diagram = g_list_model_get_item (diagrams, i);
      GListModel *parts = kc_anatomy_diagram_get_parts (diagram);

      for (guint j = 0; j < g_list_model_get_n_items (parts); j++)
        {
          g_autoptr(KcAnatomyPart) part = g_list_model_get_item (parts, j);

          if (g_strcmp0 (kc_item_get_id (KC_ITEM (part)), id) != 0)
            continue;

          kc_anatomy_page_show_diagram (self, kc_item_get_id (KC_ITEM (diagram)));
          select_part (self, id);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
part_has_condition (KcAnatomyPart *part,
                    const char    *condition_id)
{
  const char * const *ids = kc_anatomy_part_get_condition_ids (part);

  return ids != NULL && g_strv_contains (ids, condition_id);
}

/* The part a condition is best shown on: the first part its picture
 * lights (a herniated disc on the root the bulge presses on), else the
 * first part, in diagram order, that it affects. */
static KcAnatomyPart *
find_part_with_condition (KcAnatomyPage *self,
                          const char    *condition_id)
{
  GListModel *diagrams = kc_library_get_diagrams (self->library);
  KcAnatomyPart *first = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (diagrams); i++)
    {
      g_autoptr(KcAnatomyDiagram) diagram = g_list_model_get_item (diagrams, i);
      GListModel *parts = kc_anatomy_diagram_get_parts (diagram);
      const char * const *lit = NULL;

      kc_anatomy_diagram_find_state (diagram, condition_id, &lit);
      for (guint j = 0; j < g_list_model_get_n_items (parts); j++)
        {
          g_autoptr(KcAnatomyPart) part = g_list_model_get_item (parts, j);

          if (!part_has_condition (part, condition_id))
            continue;
          if (lit != NULL && g_strv_contains (lit, kc_item_get_id (KC_ITEM (part))))
            return part;
          if (first == NULL)
            first = part;
        }
    }

  return first;
}

/**
 * kc_anatomy_page_show_condition:
 *
 * Shows the part a condition is best shown on, with the condition opened
 * and its picture, if the diagram has one, shown.
 *
 * Returns: %TRUE if a part lists the condition
 */
gboolean
kc_anatomy_page_show_condition (KcAnatomyPage *self,
                                const char    *condition_id)
{
  KcAnatomyPart *part;
  GtkWidget *expander;

  g_return_val_if_fail (KC_IS_ANATOMY_PAGE (self), FALSE);
  g_return_val_if_fail (condition_id != NULL, FALSE);

  ensure_built (self);
  part = find_part_with_condition (self, condition_id);
  if (part == NULL || !kc_anatomy_page_show_part (self, kc_item_get_id (KC_ITEM (part))))
    return FALSE;

  expander = g_hash_table_lookup (self->condition_expanders, condition_id);
  if (expander != NULL)
    {
      gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
      gtk_widget_grab_focus (expander);
    }

  return TRUE;
}

const char *
kc_anatomy_page_get_selected_part (KcAnatomyPage *self)
{
  g_return_val_if_fail (KC_IS_ANATOMY_PAGE (self), NULL);
  return kc_diagram_view_get_selected_part (self->view);
}

/* Draws the diagram as shown, its chosen part lit and every part named
 * beside it, into a @width × @height box: for the visit summary. */
void
kc_anatomy_page_draw_diagram (KcAnatomyPage *self,
                              cairo_t       *cr,
                              double         width,
                              double         height)
{
  g_return_if_fail (KC_IS_ANATOMY_PAGE (self));
  kc_diagram_view_render_with_labels (self->view, cr, width, height);
}

static void
page_iface_set_library (KcPage    *page,
                        KcLibrary *library)
{
  kc_anatomy_page_set_library (KC_ANATOMY_PAGE (page), library);
}

static gboolean
page_iface_show_item (KcPage *page,
                      KcItem *item)
{
  const char *id = kc_item_get_id (item);

  switch (kc_item_get_kind (item))
    {
    case KC_ITEM_KIND_ANATOMY_DIAGRAM:
      return kc_anatomy_page_show_diagram (KC_ANATOMY_PAGE (page), id);
    case KC_ITEM_KIND_ANATOMY_PART:
      return kc_anatomy_page_show_part (KC_ANATOMY_PAGE (page), id);
    case KC_ITEM_KIND_CONDITION:
      return kc_anatomy_page_show_condition (KC_ANATOMY_PAGE (page), id);
    default:
      return FALSE;
    }
}

static void
page_iface_init (KcPageInterface *iface)
{
  iface->set_library = page_iface_set_library;
  iface->show_item = page_iface_show_item;
}
