/* kc-reference.c: a guideline or paper that backs an item's claims
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A citation as the content file writes it, in its own language: it is
 * never translated, so a reader can find exactly what was cited.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include "kc-reference.h"

struct _KcReference
{
  gatomicrefcount ref_count;
  char *text;
  char *url;   /* nullable */
  char *doi;   /* nullable */
};

G_DEFINE_BOXED_TYPE (KcReference, kc_reference, kc_reference_ref, kc_reference_unref)

/**
 * kc_reference_new:
 * @text: the citation: authors, title, journal or publisher, year
 * @url: (nullable): where to read it
 * @doi: (nullable): its DOI, without "https://doi.org/"
 */
KcReference *
kc_reference_new (const char *text,
                  const char *url,
                  const char *doi)
{
  KcReference *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (KcReference, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->text = g_strdup (text);
  self->url = g_strdup (url);
  self->doi = g_strdup (doi);

  return self;
}

KcReference *
kc_reference_ref (KcReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kc_reference_unref (KcReference *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->text);
  g_free (self->url);
  g_free (self->doi);
  g_free (self);
}

const char *
kc_reference_get_text (KcReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

/* Returns: (nullable): the address the content gives, if any */
const char *
kc_reference_get_url (KcReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->url;
}

/* Returns: (nullable): the DOI, e.g. "10.1111/j.1526-4637.2006.00153.x" */
const char *
kc_reference_get_doi (KcReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->doi;
}

/**
 * kc_reference_dup_link:
 *
 * A DOI resolves for as long as the paper exists, so it wins over a URL.
 *
 * Returns: (transfer full) (nullable): the address to open, or %NULL
 */
char *
kc_reference_dup_link (KcReference *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->doi != NULL)
    return g_strconcat ("https://doi.org/", self->doi, NULL);
  return g_strdup (self->url);
}
