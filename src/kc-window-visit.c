/* kc-window-visit.c: printing the visit summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The summary gathers what the tabs show at the end of a consultation:
 * the body map as chosen and drawn, the anatomy part last chosen, the
 * plan open in the planner.  A tab never opened showed nothing and is not
 * made for it.  The clinician types the next steps first; the page itself
 * is laid out in kc-visit-summary.c.
 */
#define G_LOG_DOMAIN "kc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-window-private.h"
#include "pages/kc-visit-summary.h"
#include "widgets/kc-print.h"

/* One print of the summary, alive as long as its print operation */
typedef struct
{
  KcVisit visit;            /* its pointers owned by the fields below */
  KcBodyMapPage *body_map;
  KcAnatomyPage *anatomy;
  char *next_steps;
  KcPrintFlow *flow;
} VisitPrint;

static void
visit_print_free (VisitPrint *print)
{
  g_clear_object (&print->visit.library);
  g_clear_pointer (&print->visit.date, g_date_time_unref);
  g_clear_object (&print->visit.brand);
  g_clear_object (&print->visit.answer);
  g_clear_object (&print->visit.part);
  g_clear_object (&print->visit.plan);
  g_clear_object (&print->body_map);
  g_clear_object (&print->anatomy);
  g_clear_pointer (&print->next_steps, g_free);
  g_clear_object (&print->flow);
  g_free (print);
}

/* Columns 0 and 1 are the body map's views if it is shown, the next the
 * anatomy diagram. */
static void
draw_figure (cairo_t  *cr,
             guint     column,
             double    width,
             double    height,
             gpointer  user_data)
{
  VisitPrint *print = user_data;

  if (print->visit.answer != NULL && column < 2)
    kc_body_map_page_draw_view (print->body_map, column, cr, width, height);
  else if (print->anatomy != NULL)
    kc_anatomy_page_draw_diagram (print->anatomy, cr, width, height);
}

static VisitPrint *
visit_print_new (KcWindow   *self,
                 const char *next_steps)
{
  VisitPrint *print = g_new0 (VisitPrint, 1);
  KcPage *body_map = _kc_window_peek_page (self, "bodymap");
  KcPage *anatomy = _kc_window_peek_page (self, "anatomy");
  KcPage *exercises = _kc_window_peek_page (self, "exercises");
  const char *part_id = anatomy != NULL
                          ? kc_anatomy_page_get_selected_part (KC_ANATOMY_PAGE (anatomy)) : NULL;
  KcReferralAnswer *answer = body_map != NULL
                               ? kc_body_map_page_get_answer (KC_BODY_MAP_PAGE (body_map)) : NULL;
  KcPlan *plan = exercises != NULL
                   ? kc_exercises_page_get_plan (KC_EXERCISES_PAGE (exercises)) : NULL;
  KcAnatomyPart *part = part_id != NULL ? kc_library_lookup_part (self->library, part_id) : NULL;

  print->next_steps = g_strdup (next_steps);
  print->visit.library = g_object_ref (self->library);
  print->visit.date = g_date_time_new_now_local ();
  print->visit.brand = kc_print_dup_brand ();
  print->visit.next_steps = print->next_steps;
  print->visit.draw_figure = draw_figure;
  print->visit.figure_data = print;
  if (answer != NULL)
    {
      print->visit.answer = g_object_ref (answer);
      print->body_map = g_object_ref (KC_BODY_MAP_PAGE (body_map));
    }
  if (part != NULL)
    {
      print->visit.part = g_object_ref (part);
      print->anatomy = g_object_ref (KC_ANATOMY_PAGE (anatomy));
    }
  g_set_object (&print->visit.plan, plan);

  return print;
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   VisitPrint        *print)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  g_clear_object (&print->flow);
  print->flow = kc_visit_summary_fit (&print->visit, pango, gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, 1);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 VisitPrint        *print)
{
  kc_print_flow_draw_page (print->flow, gtk_print_context_get_cairo_context (context), 0);
}

/**
 * kc_window_print_visit_summary:
 * @next_steps: (nullable): what the clinician typed for the box at the foot
 * @export_pdf: (nullable): a PDF file to write without a dialog
 *
 * Prints one page of what the tabs show now.
 */
gboolean
kc_window_print_visit_summary (KcWindow    *self,
                               const char  *next_steps,
                               const char  *export_pdf,
                               GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  VisitPrint *print;

  g_return_val_if_fail (KC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->library != NULL, FALSE);

  operation = gtk_print_operation_new ();
  print = visit_print_new (self, next_steps);
  kc_print_set_name (operation, _("Visit summary"));
  kc_print_ask_patient (operation, print->visit.brand, FALSE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb), print,
                         (GClosureNotify)(void (*) (void))visit_print_free, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), print);

  return kc_print_run (operation, GTK_WINDOW (self), export_pdf, error);
}

/* Keeps the next steps within what the page has room for. */
static void
on_next_steps_changed_cb (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  if (gtk_text_buffer_get_char_count (buffer) <= KC_VISIT_NEXT_STEPS_MAX)
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &start, KC_VISIT_NEXT_STEPS_MAX);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
}

static void
on_summary_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        GtkTextBuffer    *buffer)
{
  KcWindow *self = KC_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (g_strcmp0 (response, "print") != 0)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!kc_window_print_visit_summary (self, text, NULL, &error))
    g_warning ("The visit summary could not be printed: %s", error->message);
}

static GtkWidget *
next_steps_editor (GtkTextBuffer *buffer)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new_with_buffer (buffer);

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  g_object_set (view, "top-margin", 6, "bottom-margin", 6, "left-margin", 6, "right-margin", 6,
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Next steps"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_widget_add_css_class (scrolled, "card");

  return scrolled;
}

static void
print_visit_summary_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  AdwMessageDialog *dialog;

  if (KC_WINDOW (widget)->library == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (widget),
                                                       _("Print Visit Summary"),
                                                       _("One page with the body map, the "
                                                         "anatomy part, the plan’s exercises "
                                                         "and the warning signs. Add the next "
                                                         "steps for the patient (optional).")));
  g_signal_connect (buffer, "changed", G_CALLBACK (on_next_steps_changed_cb), NULL);
  adw_message_dialog_set_extra_child (dialog, next_steps_editor (buffer));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "print", _("_Print…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "print", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "print");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_summary_response_cb),
                         g_object_ref (buffer), (GClosureNotify)(void (*) (void))g_object_unref,
                         0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_kc_window_class_init_visit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print-visit-summary", NULL,
                                   print_visit_summary_action);
}
