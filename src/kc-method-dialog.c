/* kc-method-dialog.c: who the content is for and how it was checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "How We Wrote This" window of the primary menu.  libadwaita's
 * AdwAboutWindow would hold this, but we do not use libadwaita yet.
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-method-dialog.h"

struct _KcMethodDialog
{
  GtkWindow parent_instance;

  /* Template widgets */
  GtkLabel *reviewed_label;
};

G_DEFINE_FINAL_TYPE (KcMethodDialog, kc_method_dialog, GTK_TYPE_WINDOW)

static void
kc_method_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KC_TYPE_METHOD_DIALOG);

  G_OBJECT_CLASS (kc_method_dialog_parent_class)->dispose (object);
}

static void
kc_method_dialog_class_init (KcMethodDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_method_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-method-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KcMethodDialog, reviewed_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kc_method_dialog_init (KcMethodDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The oldest review is the one a reader should trust the whole text to. */
static GDateTime *
oldest_review (KcLibrary *library)
{
  GHashTableIter iter;
  gpointer reviewed;
  GDateTime *oldest = NULL;

  g_hash_table_iter_init (&iter, kc_library_get_reviewed_dates (library));
  while (g_hash_table_iter_next (&iter, NULL, &reviewed))
    {
      if (reviewed != NULL && (oldest == NULL || g_date_time_compare (reviewed, oldest) < 0))
        oldest = reviewed;
    }

  return oldest;
}

KcMethodDialog *
kc_method_dialog_new (GtkWindow *parent,
                      KcLibrary *library)
{
  KcMethodDialog *self;
  GDateTime *reviewed;

  g_return_val_if_fail (KC_IS_LIBRARY (library), NULL);

  self = g_object_new (KC_TYPE_METHOD_DIALOG, "transient-for", parent, NULL);

  reviewed = oldest_review (library);
  if (reviewed != NULL)
    {
      g_autofree char *date = g_date_time_format (reviewed, "%Y-%m-%d");
      /* TRANSLATORS: %s is a date such as 2026-12-02 */
      g_autofree char *text = g_strdup_printf (_("The content was last reviewed on %s."), date);

      gtk_label_set_text (self->reviewed_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->reviewed_label), TRUE);
    }

  return self;
}
