/* kc-fold-layout.c: a page whose side columns fold away on a narrow window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page's side columns (places, parts, filters, explanation, details)
 * are AdwFlaps.  libadwaita 1.2 folds a flap only when its children's
 * minimum widths no longer fit, so the picture would first be squeezed
 * down to its minimum; these pages fold every column at one width
 * instead, decided when the page is allocated.  Otherwise the layout is
 * GtkBinLayout's: every child gets the whole page.  A folded column is
 * shown over the picture by its toggle button or key (F9 for the start
 * column, Shift+F9 for the end one, bound by the window) and hidden by
 * Escape, a click beside it or the key again.
 */
#define G_LOG_DOMAIN "kc-widgets"

#include "config.h"

#include "kc-fold-layout.h"

struct _KcFoldLayout
{
  GtkLayoutManager parent_instance;

  GPtrArray *flaps;  /* of AdwFlap, owned */
};

G_DEFINE_FINAL_TYPE (KcFoldLayout, kc_fold_layout, GTK_TYPE_LAYOUT_MANAGER)

static void
kc_fold_layout_measure (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        GtkOrientation    orientation,
                        int               for_size,
                        int              *minimum,
                        int              *natural,
                        int              *minimum_baseline,
                        int              *natural_baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0, child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
  /* Folded, a page could be as narrow as its picture; but GTK 4.8 gives
   * a window the height its content wants at the narrowest width it
   * allows, and the banners' text, wrapped that narrow, made the window
   * taller than a 600-pixel screen. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (*minimum, KC_FOLD_MIN_WIDTH);
      *natural = MAX (*natural, *minimum);
    }
}

static void
kc_fold_layout_allocate (GtkLayoutManager *manager,
                         GtkWidget        *widget,
                         int               width,
                         int               height,
                         int               baseline)
{
  KcFoldLayout *self = KC_FOLD_LAYOUT (manager);
  AdwFlapFoldPolicy policy = width < KC_FOLD_WIDTH ? ADW_FLAP_FOLD_POLICY_ALWAYS
                                                   : ADW_FLAP_FOLD_POLICY_NEVER;

  /* Before the flaps are allocated, so they are laid out folded at once. */
  for (guint i = 0; i < self->flaps->len; i++)
    {
      AdwFlap *flap = g_ptr_array_index (self->flaps, i);

      if (adw_flap_get_fold_policy (flap) != policy)
        adw_flap_set_fold_policy (flap, policy);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_should_layout (child))
        gtk_widget_allocate (child, width, height, baseline, NULL);
    }
}

static void
kc_fold_layout_finalize (GObject *object)
{
  KcFoldLayout *self = (KcFoldLayout *)object;

  g_clear_pointer (&self->flaps, g_ptr_array_unref);

  G_OBJECT_CLASS (kc_fold_layout_parent_class)->finalize (object);
}

static void
kc_fold_layout_class_init (KcFoldLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->finalize = kc_fold_layout_finalize;
  layout_class->measure = kc_fold_layout_measure;
  layout_class->allocate = kc_fold_layout_allocate;
}

static void
kc_fold_layout_init (KcFoldLayout *self)
{
  self->flaps = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * kc_fold_layout_add_flap:
 * @flap: a side column of the page @self lays out
 *
 * Folds @flap below %KC_FOLD_WIDTH and unfolds it from there on.
 */
void
kc_fold_layout_add_flap (KcFoldLayout *self,
                         AdwFlap      *flap)
{
  g_return_if_fail (KC_IS_FOLD_LAYOUT (self));
  g_return_if_fail (ADW_IS_FLAP (flap));

  /* At once: a fold follows the window's width, and an animated one
   * would lay the page out twice, squeezed first. */
  adw_flap_set_fold_duration (flap, 0);
  g_ptr_array_add (self->flaps, g_object_ref (flap));
}

static void
focus_column_cb (GtkWidget *column)
{
  g_signal_handlers_disconnect_by_func (column, focus_column_cb, NULL);
  gtk_widget_child_focus (column, GTK_DIR_TAB_FORWARD);
}

/* Shows a folded column over the picture, with the focus in it once it
 * is there, or hides it again, the focus back on the picture's side; an
 * unfolded column is always shown, so nothing happens then. */
static void
toggle_flap (AdwFlap *flap)
{
  GtkWidget *column = adw_flap_get_flap (flap);

  if (!adw_flap_get_folded (flap))
    return;

  g_signal_handlers_disconnect_by_func (column, focus_column_cb, NULL);
  if (adw_flap_get_reveal_flap (flap))
    {
      adw_flap_set_reveal_flap (flap, FALSE);
      gtk_widget_child_focus (adw_flap_get_content (flap), GTK_DIR_TAB_FORWARD);
      return;
    }

  adw_flap_set_reveal_flap (flap, TRUE);
  if (gtk_widget_get_mapped (column))
    focus_column_cb (column);
  else
    g_signal_connect (column, "map", G_CALLBACK (focus_column_cb), NULL);
}

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  KcFoldLayout *self = KC_FOLD_LAYOUT (gtk_widget_get_layout_manager (widget));
  GtkPackType position = g_str_equal (g_variant_get_string (param, NULL), "end")
                         ? GTK_PACK_END : GTK_PACK_START;

  for (guint i = 0; i < self->flaps->len; i++)
    {
      AdwFlap *flap = g_ptr_array_index (self->flaps, i);

      if (adw_flap_get_flap_position (flap) == position)
        toggle_flap (flap);
    }
}

/**
 * kc_fold_layout_class_install_toggle:
 *
 * Installs "fold.toggle" on a page laid out by a #KcFoldLayout: it shows
 * or hides a folded column, its parameter "start" or "end". The window
 * binds it to F9 and Shift+F9, so the keys work wherever the focus is.
 */
void
kc_fold_layout_class_install_toggle (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "fold.toggle", "s", toggle_action);
}
