/* kc-body-map-page.c: the Body map tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two questions on one map.  "Where does it start?": one place is chosen,
 * and the places its pain can be felt light up, with arrows.  "Where does
 * it hurt?": any number of places are chosen, and the places the pain can
 * come from light up, the most common causes first in the explanation.  The list of
 * places in the sidebar is the keyboard's way in; the map is the mouse's.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-anatomy-part.h"
#include "content/kc-referrals.h"
#include "kc-body-map-explanation.h"
#include "kc-body-map-page-private.h"
#include "kc-body-map-sheet.h"
#include "widgets/kc-diagram-view.h"
#include "widgets/kc-accessible.h"

static void page_iface_init (KcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KcBodyMapPage, kc_body_map_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KC_TYPE_PAGE, page_iface_init))

enum {
  PROP_0,
  PROP_MODE,
  PROP_VIEWS,
  PROP_PEN,
  PROP_PEN_COLOR,
  PROP_SHOW_ALL_ARROWS,
  PROP_SHOW_DERMATOMES,
  PROP_DERMATOME_ROOT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
_kc_body_map_page_is_start_mode (KcBodyMapPage *self)
{
  return self->mode == KC_BODY_MAP_MODE_START;
}

/* ---- Views, pen, warnings ------------------------------------------------ */

static void
apply_views (KcBodyMapPage *self)
{
  gtk_widget_set_visible (self->front_box, g_strcmp0 (self->views, "back") != 0);
  gtk_widget_set_visible (self->back_box, g_strcmp0 (self->views, "front") != 0);
}

/* ---- Actions ------------------------------------------------------------- */

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  _kc_body_map_page_set_chosen (KC_BODY_MAP_PAGE (widget), NULL);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  _kc_body_map_page_print_or_report (KC_BODY_MAP_PAGE (widget), NULL);
}

static void
dismiss_message_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  gtk_revealer_set_reveal_child (KC_BODY_MAP_PAGE (widget)->message_revealer, FALSE);
}

static void
show_warnings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gtk_menu_button_popup (KC_BODY_MAP_PAGE (widget)->warnings_button);
}

/* ---- Object -------------------------------------------------------------- */

static void
kc_body_map_page_dispose (GObject *object)
{
  KcBodyMapPage *self = (KcBodyMapPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_BODY_MAP_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->answer);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (kc_body_map_page_parent_class)->dispose (object);
}

static void
kc_body_map_page_finalize (GObject *object)
{
  KcBodyMapPage *self = (KcBodyMapPage *)object;

  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  g_clear_pointer (&self->views, g_free);
  g_clear_pointer (&self->dermatome_root, g_free);
  g_clear_pointer (&self->drawn_on, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_body_map_page_parent_class)->finalize (object);
}

static void
kc_body_map_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KcBodyMapPage *self = KC_BODY_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_string (value, kc_vocabulary_to_word (KC_TYPE_BODY_MAP_MODE, self->mode));
      break;

    case PROP_VIEWS:
      g_value_set_string (value, self->views);
      break;

    case PROP_PEN:
      g_value_set_boolean (value, self->pen);
      break;

    case PROP_PEN_COLOR:
      g_value_set_string (value, kc_vocabulary_to_word (KC_TYPE_PEN_COLOR, self->pen_color));
      break;

    case PROP_SHOW_ALL_ARROWS:
      g_value_set_boolean (value, self->show_all_arrows);
      break;

    case PROP_SHOW_DERMATOMES:
      g_value_set_boolean (value, self->show_dermatomes);
      break;

    case PROP_DERMATOME_ROOT:
      g_value_set_string (value, self->dermatome_root ? self->dermatome_root : "");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Only the pen's own colours: any other is a programmer's mistake. */
static void
set_pen_color (KcBodyMapPage *self,
               const char    *nick)
{
  int color;

  if (!kc_vocabulary_from_word (KC_TYPE_PEN_COLOR, nick, &color))
    {
      g_critical ("Body map: no pen is “%s”", nick ? nick : "(null)");
      return;
    }

  if ((KcPenColor)color == self->pen_color)
    return;

  self->pen_color = color;
  _kc_body_map_page_apply_pen (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEN_COLOR]);
}

static void
kc_body_map_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KcBodyMapPage *self = KC_BODY_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODE:
      kc_body_map_page_set_mode (self, g_value_get_string (value));
      break;

    case PROP_VIEWS:
      g_free (self->views);
      self->views = g_value_dup_string (value);
      apply_views (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_PEN:
      self->pen = g_value_get_boolean (value);
      _kc_body_map_page_apply_pen (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_PEN_COLOR:
      set_pen_color (self, g_value_get_string (value));
      break;

    case PROP_SHOW_ALL_ARROWS:
      if (self->show_all_arrows == g_value_get_boolean (value))
        break;
      self->show_all_arrows = g_value_get_boolean (value);
      _kc_body_map_page_update_arrows (self);
      g_object_notify_by_pspec (object, pspec);
      break;

    case PROP_SHOW_DERMATOMES:
      kc_body_map_page_set_show_dermatomes (self, g_value_get_boolean (value));
      break;

    case PROP_DERMATOME_ROOT:
      kc_body_map_page_set_dermatome_root (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kc_body_map_page_map (GtkWidget *widget)
{
  _kc_body_map_page_ensure_built (KC_BODY_MAP_PAGE (widget));
  GTK_WIDGET_CLASS (kc_body_map_page_parent_class)->map (widget);
}

static void
kc_body_map_page_class_init (KcBodyMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_body_map_page_dispose;
  object_class->finalize = kc_body_map_page_finalize;
  object_class->get_property = kc_body_map_page_get_property;
  object_class->set_property = kc_body_map_page_set_property;
  widget_class->map = kc_body_map_page_map;

  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL, "start",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEWS] =
    g_param_spec_string ("views", NULL, NULL, "both",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PEN] =
    g_param_spec_boolean ("pen", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PEN_COLOR] =
    g_param_spec_string ("pen-color", NULL, NULL, "red",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Kept by the page, which lives as long as the app: not a setting. */
  properties[PROP_SHOW_ALL_ARROWS] =
    g_param_spec_boolean ("show-all-arrows", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Both kept while the app runs, as the arrows are. */
  properties[PROP_SHOW_DERMATOMES] =
    g_param_spec_boolean ("show-dermatomes", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "l2" … "s1" (KcNerveRoot's words), or "" for every root at once. */
  properties[PROP_DERMATOME_ROOT] =
    g_param_spec_string ("dermatome-root", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KC_TYPE_DIAGRAM_VIEW);
  g_type_ensure (KC_TYPE_FOCUS_GROUP);

  gtk_widget_class_set_layout_manager_type (widget_class, KC_TYPE_FOLD_LAYOUT);
  /* A container only: its tab or section names it. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-body-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, places_flap);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, explanation_flap);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, explanation_toggle);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, explanation_toggle_content);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, mode_hint);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, regions_list);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, places_group);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, pen_tools);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, pen_colors);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, warnings_button);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, front_box);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, back_box);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, front_caption);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, back_caption);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, front_view);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, back_view);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, legend);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, explanation);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, dermatome_key);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, dermatome_roots);
  gtk_widget_class_bind_template_child (widget_class, KcBodyMapPage, dermatome_details);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_part_activated_cb",
                                                G_CALLBACK (_kc_body_map_page_on_part_activated));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stroke_added_cb",
                                                G_CALLBACK (_kc_body_map_page_on_stroke_added_cb));

  gtk_widget_class_install_property_action (widget_class, "bodymap.mode", "mode");
  gtk_widget_class_install_property_action (widget_class, "bodymap.views", "views");
  gtk_widget_class_install_property_action (widget_class, "bodymap.pen", "pen");
  gtk_widget_class_install_property_action (widget_class, "bodymap.pen-color", "pen-color");
  gtk_widget_class_install_property_action (widget_class, "bodymap.show-all-arrows",
                                            "show-all-arrows");
  gtk_widget_class_install_property_action (widget_class, "bodymap.show-dermatomes",
                                            "show-dermatomes");
  gtk_widget_class_install_property_action (widget_class, "bodymap.dermatome-root",
                                            "dermatome-root");
  gtk_widget_class_install_action (widget_class, "bodymap.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "bodymap.undo-drawing", NULL,
                                   _kc_body_map_page_undo_drawing_action);
  gtk_widget_class_install_action (widget_class, "bodymap.clear-drawing", NULL,
                                   _kc_body_map_page_clear_drawing_action);
  gtk_widget_class_install_action (widget_class, "bodymap.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "bodymap.dismiss-message", NULL,
                                   dismiss_message_action);
  gtk_widget_class_install_action (widget_class, "bodymap.show-warnings", NULL,
                                   show_warnings_action);

  kc_fold_layout_class_install_toggle (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "bodymap.undo-drawing", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "bodymap.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, 0, "bodymap.pen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, 0, "bodymap.show-warnings", NULL);
}

/* libadwaita's buttons are bold: "Where does it start?" and "Clear
 * Choice" (German) would widen the column past its 220 px, and the page
 * past 1024 px while presenting. Their labels wrap instead. */
static void
wrap_button_labels (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))))
    {
      GtkLabel *label = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)));

      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_justify (label, GTK_JUSTIFY_CENTER);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    wrap_button_labels (child);
}

static void
kc_body_map_page_init (KcBodyMapPage *self)
{
  KcFoldLayout *layout;

  self->chosen = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  self->mode = KC_BODY_MAP_MODE_START;
  self->views = g_strdup ("both");
  self->dermatome_root = NULL;
  self->drawn_on = g_ptr_array_new ();
  self->pen_color = KC_PEN_COLOR_RED;

  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
  gtk_label_set_label (self->front_caption, kc_body_map_view_caption (0));
  gtk_label_set_label (self->back_caption, kc_body_map_view_caption (1));
  wrap_button_labels (self->sidebar);
  kc_accessible_hide_closed_revealer (self->message_revealer);
  layout = KC_FOLD_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  kc_fold_layout_add_flap (layout, self->places_flap);
  kc_fold_layout_add_flap (layout, self->explanation_flap);

  _kc_body_map_page_init_places (self);
  _kc_body_map_page_build_pen_colors (self);
}

static void
load_views (KcBodyMapPage *self)
{
  GListModel *views = kc_library_get_body_views (self->library);
  GListModel *regions = kc_library_get_regions (self->library);

  for (guint i = 0; i < g_list_model_get_n_items (views) && i < 2; i++)
    {
      g_autoptr(KcBodyView) view = g_list_model_get_item (views, i);
      KcDiagramView *widget = i == 0 ? self->front_view : self->back_view;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;

      if (!kc_diagram_view_load_resource (widget, kc_body_view_get_svg_resource (view), &error))
        g_critical ("Body map %s: %s", kc_item_get_id (KC_ITEM (view)), error->message);

      /* Translators: what a screen reader says for the picture, e.g. "Body map: Front" */
      name = g_strdup_printf (_("Body map: %s"), kc_item_get_name (KC_ITEM (view)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

      for (guint j = 0; j < g_list_model_get_n_items (regions); j++)
        {
          g_autoptr(KcBodyRegion) region = g_list_model_get_item (regions, j);
          kc_diagram_view_set_part_name (widget, kc_item_get_id (KC_ITEM (region)),
                                         kc_item_get_name (KC_ITEM (region)));
        }
    }
}

/* Start-up builds only the tab that is shown; the others are built when
 * first shown or asked for something. */
void
_kc_body_map_page_ensure_built (KcBodyMapPage *self)
{
  if (self->built || self->library == NULL)
    return;

  self->built = TRUE;
  load_views (self);
  _kc_body_map_page_build_warnings (self);
  _kc_body_map_page_build_dermatome_key (self);
  _kc_body_map_page_build_list (self);
  _kc_body_map_page_update_legend (self);
  _kc_body_map_page_update (self);
}

void
kc_body_map_page_set_library (KcBodyMapPage *self,
                              KcLibrary     *library)
{
  g_return_if_fail (KC_IS_BODY_MAP_PAGE (self));
  g_return_if_fail (KC_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  self->built = FALSE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _kc_body_map_page_ensure_built (self);
}

/* "start" (where does it start?) or "hurt" (where does it hurt?) */
void
kc_body_map_page_set_mode (KcBodyMapPage *self,
                           const char    *mode)
{
  int value;

  g_return_if_fail (KC_IS_BODY_MAP_PAGE (self));
  g_return_if_fail (kc_vocabulary_from_word (KC_TYPE_BODY_MAP_MODE, mode, &value));

  if ((KcBodyMapMode)value == self->mode)
    return;

  self->mode = value;
  g_ptr_array_set_size (self->chosen, 0);

  if (self->built)
    {
      _kc_body_map_page_build_list (self);
      _kc_body_map_page_update_legend (self);
      _kc_body_map_page_update (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

/**
 * kc_body_map_page_choose:
 * @regions: (nullable): the places to choose; in "start" mode, the first
 *
 * Chooses places as a click or the list would.
 */
void
kc_body_map_page_choose (KcBodyMapPage      *self,
                         const char * const *regions)
{
  g_return_if_fail (KC_IS_BODY_MAP_PAGE (self));

  _kc_body_map_page_ensure_built (self);

  if (_kc_body_map_page_is_start_mode (self) && regions != NULL && regions[0] != NULL)
    {
      const char *first[] = { regions[0], NULL };
      _kc_body_map_page_set_chosen (self, first);
    }
  else
    _kc_body_map_page_set_chosen (self, regions);
}

/**
 * kc_body_map_page_dup_lit_regions:
 * @role: "source", "referred" or "hurt"
 *
 * Returns: (transfer full): the regions lit up in that role
 */
char **
kc_body_map_page_dup_lit_regions (KcBodyMapPage *self,
                                  const char    *role)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  GPtrArray *places;
  int wanted;

  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), NULL);
  g_return_val_if_fail (kc_vocabulary_from_word (KC_TYPE_REFERRAL_ROLE, role, &wanted), NULL);

  _kc_body_map_page_ensure_built (self);

  places = self->answer ? kc_referral_answer_get_places (self->answer) : NULL;
  for (guint i = 0; places != NULL && i < places->len; i++)
    {
      const KcLitPlace *place = g_ptr_array_index (places, i);

      if ((int)place->role == wanted)
        g_strv_builder_add (ids, place->region);
    }

  return g_strv_builder_end (ids);
}

/* What a screen reader hears about the current answer. */
const char *
kc_body_map_page_get_summary (KcBodyMapPage *self)
{
  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), NULL);

  _kc_body_map_page_ensure_built (self);
  return self->answer ? kc_referral_answer_get_summary (self->answer) : NULL;
}

KcDiagramView *
_kc_body_map_page_get_view (KcBodyMapPage *self,
                            guint          index)
{
  return index == 0 ? self->front_view : self->back_view;
}

/* Shows @text above the map until it is closed. */
static void
show_message (KcBodyMapPage *self,
              const char    *text)
{
  gtk_label_set_label (self->message_label, text);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

/**
 * _kc_body_map_page_print_or_report:
 * @export_pdf: (nullable): as for kc_body_map_page_print()
 *
 * Prints the handout, and tells the user if that failed, as the Plans tab
 * does: a failed print is not a programmer's mistake to log.
 */
void
_kc_body_map_page_print_or_report (KcBodyMapPage *self,
                                   const char    *export_pdf)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (kc_body_map_page_print (self, parent, export_pdf, &error))
    return;

  message = g_strdup_printf (_("The body map could not be printed: %s"), error->message);
  show_message (self, message);
}

/**
 * kc_body_map_page_show_part:
 *
 * Answers "where does it start?" for the place an anatomy part is in:
 * for the L4 nerve root, the lower back.  A nerve root also shows its
 * dermatome on the overlay.
 *
 * Returns: %TRUE if the body map knows the part
 */
gboolean
kc_body_map_page_show_part (KcBodyMapPage *self,
                            const char    *part_id)
{
  KcPainSource *source;
  GObject *part;
  KcNerveRoot root;
  gboolean is_root;

  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), FALSE);

  _kc_body_map_page_ensure_built (self);

  /* A nerve root: its skin on the overlay, whether or not it is a source. */
  part = kc_library_lookup (self->library, part_id);
  is_root = KC_IS_ANATOMY_PART (part) && kc_anatomy_part_get_root (KC_ANATOMY_PART (part), &root);
  if (is_root)
    {
      kc_body_map_page_set_dermatome_root (self,
                                           kc_vocabulary_to_word (KC_TYPE_NERVE_ROOT, root));
      kc_body_map_page_set_show_dermatomes (self, TRUE);
    }

  source = kc_referrals_source_for_part (self->library, part_id);
  if (source == NULL)
    return is_root;

  kc_body_map_page_set_mode (self, "start");
  kc_body_map_page_choose (self, kc_pain_source_get_start_regions (source));
  return TRUE;
}

/**
 * kc_body_map_page_show_source:
 *
 * Answers "where does it start?" for a pain source, e.g. the hip joint.
 *
 * Returns: %TRUE if the body map knows the source
 */
gboolean
kc_body_map_page_show_source (KcBodyMapPage *self,
                              const char    *source_id)
{
  GObject *item;

  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), FALSE);

  _kc_body_map_page_ensure_built (self);

  item = kc_library_lookup (self->library, source_id);
  if (!KC_IS_PAIN_SOURCE (item))
    return FALSE;

  kc_body_map_page_set_mode (self, "start");
  kc_body_map_page_choose (self, kc_pain_source_get_start_regions (KC_PAIN_SOURCE (item)));
  return TRUE;
}

/**
 * kc_body_map_page_show_region:
 *
 * Answers "where does it hurt?" for one place.
 *
 * Returns: %TRUE if the body map knows the place
 */
gboolean
kc_body_map_page_show_region (KcBodyMapPage *self,
                              const char    *region_id)
{
  const char *regions[] = { region_id, NULL };

  g_return_val_if_fail (KC_IS_BODY_MAP_PAGE (self), FALSE);

  _kc_body_map_page_ensure_built (self);

  if (kc_library_lookup_region (self->library, region_id) == NULL)
    return FALSE;

  kc_body_map_page_set_mode (self, "hurt");
  kc_body_map_page_choose (self, regions);
  return TRUE;
}

static void
page_iface_set_library (KcPage    *page,
                        KcLibrary *library)
{
  kc_body_map_page_set_library (KC_BODY_MAP_PAGE (page), library);
}

static gboolean
page_iface_show_item (KcPage *page,
                      KcItem *item)
{
  const char *id = kc_item_get_id (item);

  switch (kc_item_get_kind (item))
    {
    case KC_ITEM_KIND_PAIN_SOURCE:
      return kc_body_map_page_show_source (KC_BODY_MAP_PAGE (page), id);
    case KC_ITEM_KIND_BODY_REGION:
      return kc_body_map_page_show_region (KC_BODY_MAP_PAGE (page), id);
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
