/* kc-problems-dialog.c: which content files were skipped, and why
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-problem.h"
#include "kc-problems-dialog.h"
#include "widgets/kc-accessible.h"

struct _KcProblemsDialog
{
  GtkWindow parent_instance;

  /* Template widgets */
  GtkListBox *list;

  /* Owned references */
  GListModel *problems;
};

G_DEFINE_FINAL_TYPE (KcProblemsDialog, kc_problems_dialog, GTK_TYPE_WINDOW)

static GtkWidget *
create_problem_row (gpointer item,
                    gpointer user_data)
{
  KcProblem *problem = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *place;
  GtkWidget *message;
  g_autofree char *where = NULL;

  if (kc_problem_get_line (problem) > 0)
    /* Translators: where a problem is: a file name and a line number */
    where = g_strdup_printf (_("%s, line %u"), kc_problem_get_file (problem),
                             kc_problem_get_line (problem));
  else
    where = g_strdup (kc_problem_get_file (problem));

  place = gtk_label_new (where);
  gtk_label_set_xalign (GTK_LABEL (place), 0);
  gtk_label_set_wrap (GTK_LABEL (place), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (place), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (place), TRUE);
  gtk_widget_add_css_class (place, "heading");

  message = gtk_label_new (kc_problem_get_message (problem));
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_selectable (GTK_LABEL (message), TRUE);

  gtk_box_append (GTK_BOX (box), place);
  gtk_box_append (GTK_BOX (box), message);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  return box;
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  KcProblemsDialog *self = KC_PROBLEMS_DIALOG (widget);
  g_autoptr(GString) report = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (self->problems); i++)
    {
      g_autoptr(KcProblem) problem = g_list_model_get_item (self->problems, i);
      g_autofree char *line = kc_problem_to_string (problem);

      g_string_append_printf (report, "%s\n", line);
    }

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), report->str);
}

static void
kc_problems_dialog_dispose (GObject *object)
{
  KcProblemsDialog *self = (KcProblemsDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KC_TYPE_PROBLEMS_DIALOG);
  g_clear_object (&self->problems);

  G_OBJECT_CLASS (kc_problems_dialog_parent_class)->dispose (object);
}

static void
kc_problems_dialog_class_init (KcProblemsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kc_problems_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/kc-problems-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KcProblemsDialog, list);

  gtk_widget_class_install_action (widget_class, "problems.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
kc_problems_dialog_init (KcProblemsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kc_accessible_fix_mnemonic_names (GTK_WIDGET (self));
}

KcProblemsDialog *
kc_problems_dialog_new (GtkWindow  *parent,
                        GListModel *problems)
{
  KcProblemsDialog *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (problems), NULL);

  self = g_object_new (KC_TYPE_PROBLEMS_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->problems = g_object_ref (problems);
  gtk_list_box_bind_model (self->list, problems, create_problem_row, NULL, NULL);

  return self;
}
