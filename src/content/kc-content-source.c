/* kc-content-source.c: one queued content file, and the gates it passes alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A source is a bundled resource, one of the user's files, or bytes given
 * directly.  Staging takes it through the gates that need no other file:
 * read (size-capped), parse (safely), validate (RELAX NG; bundled files
 * were validated when built) and read into a KcContentFile.  Sources do not share anything while staged, so a large
 * library is staged on several cores; the library then checks the files
 * against each other in queue order, so the result and the order of the
 * problems never depend on which thread finished first.
 */
#define G_LOG_DOMAIN "kc-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kc-anatomy-reader.h"
#include "kc-bodymap-reader.h"
#include "kc-conditions-reader.h"
#include "kc-content-source.h"
#include "kc-exercises-reader.h"
#include "kc-faq-reader.h"
#include "kc-glossary-reader.h"
#include "kc-problem.h"
#include "kc-xml.h"

#define SCHEMA_RESOURCE_DIR RESOURCE_PREFIX "/schema/"

/* Below this many sources, staging in the calling thread is quicker than
 * starting threads that each compile the schemas again. */
#define MIN_SOURCES_FOR_THREADS 16
#define MAX_THREADS 8

typedef struct
{
  const char *root;
  const char *schema;
  KcContentReader read;
} KcContentKind;

static const KcContentKind content_kinds[] = {
  { "anatomy", SCHEMA_RESOURCE_DIR "anatomy.rng", kc_anatomy_reader_read },
  { "bodymap", SCHEMA_RESOURCE_DIR "bodymap.rng", kc_bodymap_reader_read },
  { "conditions", SCHEMA_RESOURCE_DIR "conditions.rng", kc_conditions_reader_read },
  { "exercises", SCHEMA_RESOURCE_DIR "exercises.rng", kc_exercises_reader_read },
  { "faq", SCHEMA_RESOURCE_DIR "faq.rng", kc_faq_reader_read },
  { "glossary", SCHEMA_RESOURCE_DIR "glossary.rng", kc_glossary_reader_read },
};

struct _KcContentSource
{
  char *resource;   /* a bundled file, or */
  GFile *file;      /* one of the user's, or */
  GBytes *bytes;    /* contents given directly (tests, fuzzing) */
  char *display_name;
};

KcContentSource *
kc_content_source_new_resource (const char *resource,
                                const char *display_name)
{
  KcContentSource *self = g_new0 (KcContentSource, 1);

  self->resource = g_strdup (resource);
  self->display_name = g_strdup (display_name);
  return self;
}

KcContentSource *
kc_content_source_new_file (GFile *file)
{
  KcContentSource *self = g_new0 (KcContentSource, 1);

  self->file = g_object_ref (file);
  self->display_name = g_file_get_parse_name (file);
  return self;
}

KcContentSource *
kc_content_source_new_bytes (const char *display_name,
                             GBytes     *bytes)
{
  KcContentSource *self = g_new0 (KcContentSource, 1);

  self->bytes = g_bytes_ref (bytes);
  self->display_name = g_strdup (display_name);
  return self;
}

void
kc_content_source_free (KcContentSource *self)
{
  g_free (self->resource);
  g_clear_object (&self->file);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_free (self->display_name);
  g_free (self);
}

static const KcContentKind *
find_kind (xmlNode *root)
{
  for (guint i = 0; i < G_N_ELEMENTS (content_kinds); i++)
    {
      if (kc_xml_node_is (root, content_kinds[i].root))
        return &content_kinds[i];
    }

  return NULL;
}

static char *
describe_known_kinds (void)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (content_kinds); i++)
    g_string_append_printf (names, "%s<%s>", i > 0 ? ", " : "", content_kinds[i].root);

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static GBytes *
read_source (KcContentSource *self,
             GPtrArray       *problems)
{
  if (self->resource != NULL)
    return kc_xml_load_resource (self->resource, self->display_name, problems);
  if (self->bytes != NULL)
    return g_bytes_ref (self->bytes);
  return kc_xml_load_file (self->file, self->display_name, problems);
}

/* The four gates; %NULL when one refused the file. */
static KcContentFile *
stage (KcContentSource *self,
       GPtrArray       *problems)
{
  g_autoptr(KcContentFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  const KcContentKind *kind;
  xmlNode *root;

  bytes = read_source (self, problems);
  if (bytes == NULL)
    return NULL;

  doc = kc_xml_parse (bytes, self->display_name, problems);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  kind = find_kind (root);
  if (kind == NULL)
    {
      g_autofree char *known = describe_known_kinds ();
      g_autofree char *message =
        g_strdup_printf (_("This is not a Kinetic Chain content file: it starts with <%s>, "
                           "but content files start with one of %s."),
                         (const char *)root->name, known);
      g_ptr_array_add (problems, kc_problem_new (self->display_name,
                                                 (guint)MAX (xmlGetLineNo (root), 0),
                                                 KC_CONTENT_ERROR_UNKNOWN_KIND, message));
      return NULL;
    }

  /* A bundled file passed xmllint against its schema when it was built in
   * (data/meson.build), and cannot have changed since: checking it again
   * cost start-up about 10 ms. */
  if (self->resource == NULL &&
      !kc_xml_validate (doc, kind->schema, self->display_name, problems))
    return NULL;

  file = kc_content_file_new (self->display_name, self->resource != NULL);
  file->reviewed = kc_xml_node_dup_date (root, "reviewed");
  if (!kind->read (file, root, problems))
    return NULL;

  return g_steal_pointer (&file);
}

typedef struct
{
  GPtrArray *sources;
  KcContentStaged *staged;
} StageJob;

static void
stage_one (StageJob *job,
           guint     index)
{
  KcContentStaged *staged = &job->staged[index];

  staged->problems = g_ptr_array_new_with_free_func (g_object_unref);
  staged->file = stage (g_ptr_array_index (job->sources, index), staged->problems);
}

static void
stage_in_pool_cb (gpointer data,
                  gpointer user_data)
{
  stage_one (user_data, GPOINTER_TO_UINT (data) - 1);
}

/* KC_LOAD_THREADS caps the threads, for the benchmark (one thread is
 * what a single-core machine gets) and for debugging. */
static guint
count_threads (guint n_sources)
{
  const char *cap = g_getenv ("KC_LOAD_THREADS");
  guint n = g_get_num_processors ();

  if (cap != NULL)
    n = MIN (n, (guint)g_ascii_strtoull (cap, NULL, 10));
  if (n_sources < MIN_SOURCES_FOR_THREADS)
    return 1;

  return CLAMP (n, 1, MAX_THREADS);
}

/**
 * kc_content_sources_stage:
 * @sources: (element-type KcContentSource): what to stage
 *
 * Stages every source, several at once when there are many and the
 * machine has the cores.
 *
 * Returns: (transfer full): one result per source, in the same order;
 *   free with kc_content_staged_free()
 */
KcContentStaged *
kc_content_sources_stage (GPtrArray *sources)
{
  StageJob job = { sources, g_new0 (KcContentStaged, MAX (sources->len, 1)) };
  guint n_threads = count_threads (sources->len);
  GThreadPool *pool;

  /* libxml2 is set up once, here, before any thread uses it. */
  kc_xml_init ();
  /* Exclusive: the threads end with the pool, and with them their copies
   * of the compiled schemas (kc_xml_validate). */
  pool = n_threads > 1 ? g_thread_pool_new (stage_in_pool_cb, &job, (int)n_threads, TRUE, NULL)
                       : NULL;
  if (pool == NULL)
    {
      for (guint i = 0; i < sources->len; i++)
        stage_one (&job, i);
      return job.staged;
    }

  for (guint i = 0; i < sources->len; i++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);

  return job.staged;
}

void
kc_content_staged_free (KcContentStaged *staged,
                        guint            n_staged)
{
  for (guint i = 0; i < n_staged; i++)
    {
      g_clear_pointer (&staged[i].file, kc_content_file_free);
      g_clear_pointer (&staged[i].problems, g_ptr_array_unref);
    }
  g_free (staged);
}
