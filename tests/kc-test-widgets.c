/* kc-test-widgets.c: finding widgets in a window, for the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "kc-test-widgets.h"

/* Returns: (transfer full): the bundled content, loaded */
KcLibrary *
kc_test_bundled_library (void)
{
  KcLibrary *library = kc_library_new ();

  kc_library_add_bundled (library);
  kc_library_load (library);

  return library;
}

/* Returns: (transfer none) (nullable): @widget or the first widget under
 * it, depth first, that is a @type */
GtkWidget *
kc_test_find_by_type (GtkWidget *widget,
                      GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kc_test_find_by_type (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Returns: (transfer none) (nullable): @widget or the first widget under
 * it, depth first, with @css_class */
GtkWidget *
kc_test_find_by_css_class (GtkWidget  *widget,
                           const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kc_test_find_by_css_class (child, css_class);
      if (found != NULL)
        return found;
    }

  return NULL;
}
