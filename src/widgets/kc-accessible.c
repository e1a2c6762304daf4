/* kc-accessible.c: what GTK 4.8 gets wrong for screen readers, put right
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-accessible.h"

/**
 * kc_accessible_fix_mnemonic_names:
 * @widget: a widget and its descendants, usually a template just built
 *
 * GTK 4.8 names a button with a mnemonic ("_Got It") twice: by its label
 * text, underscore and all, and again by its label child, which labels
 * it for the mnemonic.  A screen reader said "underscore Got It Got It".
 * The label child alone names it.
 */
void
kc_accessible_fix_mnemonic_names (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_BUTTON (widget) &&
      gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kc_accessible_fix_mnemonic_names (child);
}
