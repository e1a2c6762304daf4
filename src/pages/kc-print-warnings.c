/* kc-print-warnings.c: the warning-sign tiers on a printed page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One card for every handout that prints them: the body-map sheet and
 * the plan booklet.
 */
#define G_LOG_DOMAIN "kc-pages"

#include "config.h"

#include <glib/gi18n.h>

#include "content/kc-warning-signs.h"
#include "kc-print-warnings.h"

/**
 * kc_print_warnings_add:
 * @tiers: (nullable) (element-type KcWarningSigns): most urgent first
 *
 * Adds the tiers in a box: in capitals, as on the screen's cards, so the
 * urgency survives a black-and-white printer.
 */
void
kc_print_warnings_add (KcPrintFlow *flow,
                       GPtrArray   *tiers)
{
  kc_print_flow_begin_box (flow);
  kc_print_flow_add_text (flow, KC_PRINT_STYLE_HEADING, _("Warning signs"));
  for (guint i = 0; tiers != NULL && i < tiers->len; i++)
    {
      KcWarningSigns *tier = g_ptr_array_index (tiers, i);
      g_autofree char *heading = g_utf8_strup (kc_warning_signs_get_heading (tier), -1);
      const char * const *signs = kc_warning_signs_get_signs (tier);
      /* Translators: a tier in the printed handout, e.g. "EMERGENCY: Call 999 … now." */
      g_autofree char *text = g_strdup_printf (_("%s: %s"), heading,
                                               kc_warning_signs_get_action (tier));

      kc_print_flow_add_text (flow, KC_PRINT_STYLE_SUBHEADING, text);
      for (guint j = 0; signs[j] != NULL; j++)
        kc_print_flow_add_text (flow, KC_PRINT_STYLE_BULLET, signs[j]);
    }
  kc_print_flow_end_box (flow);
}
