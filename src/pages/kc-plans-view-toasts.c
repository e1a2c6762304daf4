/* kc-plans-view-toasts.c: the planner's confirmations and its Undo
 *
 * A deleted plan, a deleted patient with their plans and an exercise
 * removed from a day can be brought back
 * from a toast (or with Ctrl+Z while it shows); an export says where the
 * file went. One thing at a time can be undone: a new toast replaces the
 * last, and what it could have undone is let go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-plans-view-private.h"

static void
forget_undo (KcPlansView *self)
{
  g_clear_object (&self->deleted);
  g_clear_object (&self->removed);
  g_clear_object (&self->removed_patient);
}

static void
on_toast_dismissed_cb (AdwToast    *toast,
                       KcPlansView *self)
{
  /* Undo, if taken, ran first; a toast replaced by a newer one leaves
   * the newer one's state alone. */
  if (self->toast != toast)
    return;

  forget_undo (self);
  g_clear_object (&self->toast);
}

static void
show_toast (KcPlansView *self,
            AdwToast    *toast)
{
  if (self->toast != NULL)
    {
      g_autoptr(AdwToast) old = g_steal_pointer (&self->toast);
      adw_toast_dismiss (old);
    }

  self->toast = g_object_ref (toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self, 0);
  /* The overlay takes a reference of its own (transfer full). */
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (toast));
}

static AdwToast *
new_undo_toast (const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "plans.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  return toast;
}

/* Deleting is done; the toast offers it back. */
void
_kc_plans_view_toast_deleted (KcPlansView *self,
                              KcPlan      *plan)
{
  g_autofree char *title = g_strdup_printf (_("“%s” was deleted"), kc_plan_get_name (plan));
  g_autoptr(AdwToast) toast = new_undo_toast (title);

  show_toast (self, toast);
  self->deleted = g_object_ref (plan);
}

/* A patient and all their plans are deleted; the toast offers them back. */
void
_kc_plans_view_toast_patient_deleted (KcPlansView   *self,
                                      KcPlanRemoval *removal)
{
  guint n_plans = kc_plan_removal_get_n_plans (removal);
  g_autofree char *title =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u plan were deleted",
                                  "%s and %u plans were deleted", n_plans),
                     kc_plan_removal_get_patient (removal), n_plans);
  g_autoptr(AdwToast) toast = new_undo_toast (title);

  show_toast (self, toast);
  g_set_object (&self->removed_patient, removal);
}

/* Every file back as it was; a plan whose file cannot be written back
 * is kept in a new one, and the message says so. */
static void
restore_patient (KcPlansView   *self,
                 KcPlanRemoval *removal)
{
  g_autoptr(GError) error = NULL;

  if (!kc_plan_store_restore (self->store, removal, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not every plan came back as it was: %s"),
                                                  error->message);
      _kc_plans_view_show_message (self, message);
    }
  if (kc_plan_removal_get_n_plans (removal) > 0)
    kc_plans_view_select (self, kc_plan_removal_get_plan (removal, 0));
}

/* A toast that only tells. */
void
_kc_plans_view_toast (KcPlansView *self,
                      const char  *title)
{
  g_autoptr(AdwToast) toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 8);
  show_toast (self, toast);
}

void
_kc_plans_view_toast_exported (KcPlansView *self,
                               GFile       *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Saved to “%s”"), name);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(AdwToast) toast = adw_toast_new (title);

  if (folder != NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);

      adw_toast_set_button_label (toast, _("_Open Folder"));
      adw_toast_set_detailed_action_name (toast, "plans.open-folder");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }
  show_toast (self, toast);
}

static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(KcPlanItem) item = NULL;
  g_autofree char *title = NULL;
  g_autoptr(AdwToast) toast = NULL;
  KcItem *exercise;
  guint weekday, position;

  g_variant_get (param, "(uu)", &weekday, &position);
  if (self->plan == NULL || (item = kc_plan_remove_item (self->plan, weekday, position)) == NULL)
    return;

  exercise = KC_ITEM (kc_library_lookup (self->library, kc_plan_item_get_exercise_id (item)));
  /* Translators: a toast, e.g. "Bridge removed from Monday" */
  title = g_strdup_printf (_("%s removed from %s"),
                           exercise != NULL ? kc_item_get_name (exercise)
                                            : kc_plan_item_get_exercise_id (item),
                           _kc_weekday_name (weekday));
  toast = new_undo_toast (title);
  show_toast (self, toast);
  self->removed = g_steal_pointer (&item);
  self->removed_day = weekday;
  self->removed_position = position;
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KcPlansView *self = KC_PLANS_VIEW (widget);
  g_autoptr(KcPlan) plan = g_steal_pointer (&self->deleted);
  g_autoptr(KcPlanItem) item = g_steal_pointer (&self->removed);
  g_autoptr(KcPlanRemoval) removal = g_steal_pointer (&self->removed_patient);

  if (self->toast != NULL)
    {
      g_autoptr(AdwToast) toast = g_steal_pointer (&self->toast);
      adw_toast_dismiss (toast);
    }

  if (plan != NULL)
    _kc_plans_view_add_and_select (self, plan);
  else if (removal != NULL)
    restore_patient (self, removal);
  else if (item != NULL && self->plan != NULL)
    kc_plan_insert_item (self->plan, self->removed_day, self->removed_position, item);
}

static void
open_folder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), g_variant_get_string (param, NULL),
                GDK_CURRENT_TIME);
}

/* Before another plan is shown: an item's Undo belongs to its plan. */
void
_kc_plans_view_forget_removed (KcPlansView *self)
{
  g_clear_object (&self->removed);
}

void
_kc_plans_view_dispose_toasts (KcPlansView *self)
{
  forget_undo (self);
  g_clear_object (&self->toast);
}

void
_kc_plans_view_class_init_toasts (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plans.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "plans.remove-item", "(uu)",
                                   remove_item_action);
  gtk_widget_class_install_action (widget_class, "plans.open-folder", "s", open_folder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "plans.undo", NULL);
}
