/* test-plan.c: plans, their files, and nothing lost
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <string.h>

#include "content/kc-library.h"
#include "content/kc-problem.h"
#include "kc-test-library.h"
#include "kc-test-plan.h"
#include "plan/kc-plan-file-private.h"
#include "plan/kc-plan-saver.h"
#include "plan/kc-plan-store.h"

static KcLibrary *library;

typedef KcTestPlanFolder Fixture;

static GDate
date_of (int year,
         int month,
         int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

static void
on_changed_cb (KcPlan *plan,
               guint  *count)
{
  (*count)++;
}

static void
test_model_edits (void)
{
  KcDose dose = { 3, 10, 0, 0 };
  KcDose other = { 2, 8, 5, 0 };
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Mrs Example");
  g_autoptr(KcPlanItem) removed = NULL;
  guint changes = 0;
  KcPlanItem *item;

  g_signal_connect (plan, "changed", G_CALLBACK (on_changed_cb), &changes);

  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 0, "plank", &dose);
  item = kc_plan_add_item (plan, 0, "walking", &dose);
  g_assert_cmpuint (kc_plan_get_n_items (plan), ==, 3);

  kc_plan_move_item (plan, 0, 2, 0);
  g_autoptr(KcPlanItem) first = g_list_model_get_item (kc_plan_get_day (plan, 0), 0);
  g_assert_cmpstr (kc_plan_item_get_exercise_id (first), ==, "walking");

  /* Editing a dose in place is a change to save. */
  changes = 0;
  kc_plan_item_set_dose (item, &other);
  g_assert_cmpuint (changes, ==, 1);

  /* Remove, then undo by putting it back where it was. */
  removed = kc_plan_remove_item (plan, 0, 1);
  g_assert_cmpstr (kc_plan_item_get_exercise_id (removed), ==, "bridge");
  g_assert_cmpuint (kc_plan_get_n_items (plan), ==, 2);
  kc_plan_insert_item (plan, 0, 1, removed);
  g_assert_cmpuint (kc_plan_get_n_items (plan), ==, 3);

  kc_plan_set_patient (plan, "A. Patient");
  g_assert_cmpuint (changes, >=, 4);
}

static void
test_from_template_and_duplicate (void)
{
  g_autoptr(KcPlanTemplate) template =
    g_list_model_get_item (kc_library_get_plan_templates (library), 0);
  g_autoptr(KcPlan) plan = kc_plan_new_from_template (template, library);
  g_autoptr(KcPlan) copy = NULL;
  g_autoptr(KcPlanItem) item = NULL;

  g_assert_cmpstr (kc_plan_get_name (plan), ==, kc_item_get_name (KC_ITEM (template)));
  g_assert_cmpuint (kc_plan_get_n_items (plan), >=, 7);

  /* An item with no dose of its own gets the exercise's default. */
  item = g_list_model_get_item (kc_plan_get_day (plan, 0), 0);
  g_assert_false (kc_dose_is_empty (kc_plan_item_get_dose (item)));

  copy = kc_plan_duplicate (plan);
  g_assert_cmpstr (kc_plan_get_id (copy), !=, kc_plan_get_id (plan));
  g_assert_cmpuint (kc_plan_get_n_items (copy), ==, kc_plan_get_n_items (plan));
  g_assert_true (g_str_has_suffix (kc_plan_get_name (copy), kc_plan_get_name (plan)));
}

static KcPlan *
sample_plan (void)
{
  KcDose dose = { 3, 10, 5, 0 };
  KcDose walk = { 0, 0, 0, 20 };
  KcPlan *plan = kc_plan_new (NULL, "Back & knee <week 1>");
  GDate monday = date_of (2026, 11, 23);
  GDate tuesday = date_of (2026, 11, 24);

  kc_plan_set_patient (plan, "Zoë \"Z\" O'Brien");
  kc_plan_set_notes (plan, "Stop if pain spreads down the leg.\nSee you in 2 weeks.");
  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 0, "walking", &walk);
  kc_plan_add_item (plan, 2, "plank", &dose);
  kc_plan_set_done (plan, &monday, "bridge", TRUE);
  kc_plan_set_pain (plan, &monday, 6);
  kc_plan_set_pain (plan, &tuesday, 4);

  return plan;
}

static void
assert_same_plan (KcPlan *a,
                  KcPlan *b)
{
  GDate monday = date_of (2026, 11, 23);
  GDate tuesday = date_of (2026, 11, 24);

  g_assert_cmpstr (kc_plan_get_id (a), ==, kc_plan_get_id (b));
  g_assert_cmpstr (kc_plan_get_name (a), ==, kc_plan_get_name (b));
  g_assert_cmpstr (kc_plan_get_patient (a), ==, kc_plan_get_patient (b));
  g_assert_cmpstr (kc_plan_get_notes (a), ==, kc_plan_get_notes (b));

  for (guint day = 0; day < KC_N_WEEKDAYS; day++)
    {
      GListModel *da = kc_plan_get_day (a, day);
      GListModel *db = kc_plan_get_day (b, day);

      g_assert_cmpuint (g_list_model_get_n_items (da), ==, g_list_model_get_n_items (db));
      for (guint i = 0; i < g_list_model_get_n_items (da); i++)
        {
          g_autoptr(KcPlanItem) ia = g_list_model_get_item (da, i);
          g_autoptr(KcPlanItem) ib = g_list_model_get_item (db, i);

          g_assert_cmpstr (kc_plan_item_get_exercise_id (ia), ==,
                           kc_plan_item_get_exercise_id (ib));
          g_assert_true (kc_dose_equal (kc_plan_item_get_dose (ia), kc_plan_item_get_dose (ib)));
        }
    }

  g_assert_true (kc_plan_get_done (b, &monday, "bridge"));
  g_assert_false (kc_plan_get_done (b, &monday, "walking"));
  g_assert_cmpint (kc_plan_get_pain (b, &monday), ==, 6);
  g_assert_cmpint (kc_plan_get_pain (b, &tuesday), ==, 4);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(KcPlan) plan = sample_plan ();
  g_autofree char *path = kc_test_plan_path (fixture, "plan.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) loaded = NULL;

  g_assert_true (kc_plan_save_to_file (plan, file, &error));
  g_assert_no_error (error);
  loaded = kc_plan_load_file (file, library, &error);
  g_assert_no_error (error);
  assert_same_plan (plan, loaded);
}

/* A writer that dies half-way, as a crash or a full disk would: it leaves
 * a half-written temporary file and never renames it. */
static gboolean
failing_writer (const char  *path,
                const char  *contents,
                gsize        length,
                GError     **error)
{
  g_autofree char *temp = g_strconcat (path, ".half-written", NULL);

  g_file_set_contents (temp, contents, length / 2, NULL);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  return FALSE;
}

static void
test_failed_save_keeps_old_file (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcPlan) plan = sample_plan ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strconcat (kc_plan_get_id (plan), ".xml", NULL);
  g_autofree char *path = kc_test_plan_path (fixture, name);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KcPlan) reloaded = NULL;

  g_assert_true (kc_plan_store_add (store, plan, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  _kc_plan_file_set_writer (failing_writer);
  kc_plan_set_name (plan, "A new name that does not reach the disk");
  kc_plan_store_flush (store);   /* saved a moment ago: the save waits */

  /* The edit is kept in memory and the user is told. */
  g_assert_nonnull (kc_plan_store_get_save_error (store));
  g_assert_nonnull (strstr (kc_plan_store_get_save_error (store), "No space left"));
  g_assert_cmpstr (kc_plan_get_name (plan), ==, "A new name that does not reach the disk");

  /* The file on disk is the complete old version. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  reloaded = kc_plan_load_file (file, library, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kc_plan_get_name (reloaded), ==, "Back & knee <week 1>");

  /* A later save succeeds and clears the message. */
  _kc_plan_file_set_writer (NULL);
  kc_plan_set_notes (plan, "saved at last");
  kc_plan_store_flush (store);
  g_assert_null (kc_plan_store_get_save_error (store));
  g_clear_object (&reloaded);
  reloaded = kc_plan_load_file (file, library, &error);
  g_assert_cmpstr (kc_plan_get_name (reloaded), ==, "A new name that does not reach the disk");
}

/* The folder cannot be written at all (it is a file): the plan stays in
 * memory, and once the folder is usable the next save succeeds. */
static void
test_unwritable_folder (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *blocked = kc_test_plan_path (fixture, "blocked");
  g_autoptr(GFile) folder = g_file_new_for_path (blocked);
  g_autoptr(KcPlanStore) store = kc_plan_store_new (folder, library);
  g_autoptr(KcPlan) plan = sample_plan ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (blocked, "not a folder", -1, NULL));
  g_assert_false (kc_plan_store_add (store, plan, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (kc_plan_store_get_save_error (store));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 1);

  g_unlink (blocked);
  kc_plan_set_name (plan, "Retried");
  kc_plan_store_flush (store);
  g_assert_null (kc_plan_store_get_save_error (store));
}

/* Counted after the write: writes run on a worker thread, and a count
 * the main thread sees must mean the file is there. */
static int n_writes_done;

static gboolean
counting_writer (const char  *path,
                 const char  *contents,
                 gsize        length,
                 GError     **error)
{
  gboolean written = g_file_set_contents (path, contents, (gssize)length, error);

  g_atomic_int_inc (&n_writes_done);
  return written;
}

static guint
writes_done (void)
{
  return (guint)g_atomic_int_get (&n_writes_done);
}

static char *
notes_on_disk (Fixture *fixture,
               KcPlan  *plan)
{
  g_autofree char *name = g_strconcat (kc_plan_get_id (plan), ".xml", NULL);
  g_autofree char *path = kc_test_plan_path (fixture, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) loaded = kc_plan_load_file (file, library, &error);

  g_assert_no_error (error);
  return g_strdup (kc_plan_get_notes (loaded));
}

static gboolean
set_flag_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Typing changes a plan at every key: it is saved at once, then at most
 * once a second with everything typed meanwhile, and nothing waiting is
 * lost when the store goes (the app closing). */
static void
test_typing_saved_once_a_second (Fixture       *fixture,
                                 gconstpointer  data)
{
  KcPlanStore *store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcPlan) plan = sample_plan ();
  g_autoptr(KcPlan) other = sample_plan ();
  static const char typed[] = "Ice after the walk";
  g_autofree char *notes = NULL;
  gboolean waited = FALSE;

  _kc_plan_file_set_writer (counting_writer);
  g_atomic_int_set (&n_writes_done, 0);
  g_assert_true (kc_plan_store_add (store, plan, NULL));
  g_assert_cmpuint (writes_done (), ==, 1);

  for (gsize i = 1; i <= strlen (typed); i++)
    {
      g_autofree char *so_far = g_strndup (typed, i);
      kc_plan_set_notes (plan, so_far);
    }
  g_assert_cmpuint (writes_done (), ==, 1);

  /* Within the second, once, with the whole text. */
  g_timeout_add (3000, set_flag_cb, &waited);
  while (writes_done () == 1 && !waited)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (waited);
  g_assert_cmpuint (writes_done (), ==, 2);
  notes = notes_on_disk (fixture, plan);
  g_assert_cmpstr (notes, ==, typed);

  /* A plan removed while its save waits is not written again. */
  kc_plan_set_notes (plan, "about to go");
  g_assert_true (kc_plan_store_remove (store, plan, NULL));
  kc_plan_store_flush (store);
  g_assert_cmpuint (writes_done (), ==, 2);

  /* What waits is saved when the store goes. */
  g_assert_true (kc_plan_store_add (store, other, NULL));
  g_assert_cmpuint (writes_done (), ==, 3);
  kc_plan_set_notes (other, "typed just before closing");
  g_assert_cmpuint (writes_done (), ==, 3);
  g_object_unref (store);
  g_assert_cmpuint (writes_done (), ==, 4);
  g_clear_pointer (&notes, g_free);
  notes = notes_on_disk (fixture, other);
  g_assert_cmpstr (notes, ==, "typed just before closing");

  _kc_plan_file_set_writer (NULL);
}


/* A slow disk: each write takes a while, and the writer notes what it
 * wrote, on which thread, and whether two writes ever overlapped. */
static struct
{
  GMutex lock;
  GPtrArray *written;     /* of the contents, in the order written */
  GThread *thread;        /* the last thread that wrote */
  int writing;
  gboolean overlapped;
  gboolean started;
  gboolean finished;
  guint delay_ms;
} slow;

static gboolean
slow_writer (const char  *path,
             const char  *contents,
             gsize        length,
             GError     **error)
{
  gboolean ok;

  g_mutex_lock (&slow.lock);
  slow.started = TRUE;
  slow.thread = g_thread_self ();
  if (++slow.writing > 1)
    slow.overlapped = TRUE;
  g_mutex_unlock (&slow.lock);

  g_usleep (slow.delay_ms * 1000);
  ok = g_file_set_contents (path, contents, (gssize)length, error);

  g_mutex_lock (&slow.lock);
  slow.writing--;
  g_ptr_array_add (slow.written, g_strndup (contents, length));
  slow.finished = TRUE;
  g_mutex_unlock (&slow.lock);

  return ok;
}

static void
slow_writer_reset (guint delay_ms)
{
  g_clear_pointer (&slow.written, g_ptr_array_unref);
  slow.written = g_ptr_array_new_with_free_func (g_free);
  slow.thread = NULL;
  slow.writing = 0;
  slow.overlapped = FALSE;
  slow.started = FALSE;
  slow.finished = FALSE;
  slow.delay_ms = delay_ms;
  _kc_plan_file_set_writer (slow_writer);
}

static gboolean
slow_flag (gboolean *flag)
{
  gboolean value;

  g_mutex_lock (&slow.lock);
  value = *flag;
  g_mutex_unlock (&slow.lock);
  return value;
}

static void
on_finished_cb (KcPlanSaver  *saver,
                const char   *path,
                const char   *name,
                const GError *error,
                GPtrArray    *names)
{
  g_assert_no_error (error);
  g_ptr_array_add (names, g_strdup (name));
}

/* Versions of one file queued faster than the disk takes them: written
 * one at a time, in the order queued, the newest last; a version that
 * waits is replaced by a newer one, never written after it. */
static void
test_saves_in_order (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KcPlanSaver) saver = kc_plan_saver_new ();
  g_autofree char *path = kc_test_plan_path (fixture, "one.xml");
  g_autofree char *other_path = kc_test_plan_path (fixture, "other.xml");
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *on_disk = NULL;
  int last = -1;

  slow_writer_reset (20);
  g_signal_connect (saver, "finished", G_CALLBACK (on_finished_cb), names);

  for (int i = 0; i < 30; i++)
    {
      g_autofree char *text = g_strdup_printf ("version %02d", i);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

      kc_plan_saver_queue (saver, path, bytes, text);
      if (i % 10 == 0)
        {
          g_autoptr(GBytes) other = g_bytes_new_static ("other", 5);
          kc_plan_saver_queue (saver, other_path, other, "other");
        }
      g_usleep (3000);
    }
  g_assert_true (kc_plan_saver_is_busy (saver));

  g_assert_true (kc_plan_saver_wait (saver, NULL, NULL));
  g_assert_false (kc_plan_saver_is_busy (saver));
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, "version 29");

  /* Two files may be written at once; one file never is. */
  g_assert_cmpuint (slow.written->len, <, 30 + 3);
  for (guint i = 0; i < slow.written->len; i++)
    {
      const char *text = g_ptr_array_index (slow.written, i);
      int n;

      if (g_str_equal (text, "other"))
        continue;
      g_assert_true (sscanf (text, "version %d", &n) == 1);
      g_assert_cmpint (n, >, last);
      last = n;
    }
  g_assert_cmpint (last, ==, 29);
  g_assert_true (slow.thread != g_thread_self ());

  /* Waiting reported the newest write of each file, on this thread. */
  g_assert_cmpuint (names->len, >=, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (names, "version 29", g_str_equal, NULL));
  _kc_plan_file_set_writer (NULL);
}

/* The worker makes the file from a snapshot taken when the save was
 * queued: all of the plan, log included, and no edit made after. */
static void
test_saver_writes_snapshot (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(KcPlanSaver) saver = kc_plan_saver_new ();
  g_autofree char *path = kc_test_plan_path (fixture, "snap.xml");
  g_autoptr(KcPlan) plan = kc_plan_new ("snap", "Before");
  g_autoptr(KcPlan) snapshot = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  KcDose dose = { 2, 10, 0, 0 };
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_MARCH, 2026);
  kc_plan_set_patient (plan, "Ann");
  kc_plan_set_notes (plan, "Slowly.");
  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_set_done (plan, &date, "bridge", TRUE);
  kc_plan_set_pain (plan, &date, 3);
  expected = kc_plan_to_xml (plan);
  g_assert_nonnull (strstr (expected, "pain=\"3\""));

  snapshot = kc_plan_snapshot (plan);
  kc_plan_saver_queue_plan (saver, path, snapshot, kc_plan_get_name (plan));
  kc_plan_set_name (plan, "After");
  kc_plan_add_item (plan, 1, "plank", &dose);
  kc_plan_set_pain (plan, &date, 7);
  g_assert_true (kc_plan_saver_wait (saver, path, NULL));

  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);
}

/* One file only, so that overlapping writes are the same file's. */
static void
test_one_write_at_a_time (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(KcPlanSaver) saver = kc_plan_saver_new ();
  g_autofree char *path = kc_test_plan_path (fixture, "one.xml");

  slow_writer_reset (10);
  for (int i = 0; i < 20; i++)
    {
      g_autofree char *text = g_strdup_printf ("v%d", i);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

      kc_plan_saver_queue (saver, path, bytes, text);
      g_usleep (4000);
    }
  kc_plan_saver_wait (saver, path, NULL);
  g_assert_false (slow.overlapped);
  g_assert_cmpstr (g_ptr_array_index (slow.written, slow.written->len - 1), ==, "v19");
  _kc_plan_file_set_writer (NULL);
}

/* An edit's save runs on another thread while the window goes on; the
 * flush on quit waits for it, and for what still waits its turn. */
static void
test_flush_waits (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcPlan) plan = sample_plan ();
  g_autofree char *notes = NULL;
  gint64 deadline;

  g_assert_true (kc_plan_store_add (store, plan, NULL));
  slow_writer_reset (300);

  /* The next save is due within a second; the main loop goes on while
   * the disk is busy with it. */
  kc_plan_set_notes (plan, "first");
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!slow_flag (&slow.started) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_true (slow_flag (&slow.started));
  g_assert_false (slow_flag (&slow.finished));
  g_assert_true (slow.thread != g_thread_self ());

  /* An edit made meanwhile waits for its turn; flushing writes it after
   * the one under way and returns once both are on disk. */
  kc_plan_set_notes (plan, "second");
  kc_plan_store_flush (store);
  g_assert_cmpuint (slow.written->len, ==, 2);
  g_assert_false (slow.overlapped);
  notes = notes_on_disk (fixture, plan);
  g_assert_cmpstr (notes, ==, "second");
  g_assert_null (kc_plan_store_get_save_error (store));
  _kc_plan_file_set_writer (NULL);
}

static void
test_corrupt_kept_aside (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char broken[] = "<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"x\">\n<name>Half";
  g_autofree char *broken_path = kc_test_plan_path (fixture, "broken.xml");
  g_autofree char *kept_path = g_build_filename (fixture->dir, "kept-aside", "broken.xml", NULL);
  g_autoptr(KcPlanStore) writer_store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcPlanStore) store = NULL;
  g_autoptr(KcPlan) good = sample_plan ();
  g_autoptr(KcProblem) problem = NULL;
  g_autofree char *kept = NULL;
  gsize kept_length;

  g_assert_true (kc_plan_store_add (writer_store, good, NULL));
  g_assert_true (g_file_set_contents (broken_path, broken, sizeof broken - 1, NULL));

  store = kc_plan_store_new (fixture->folder, library);
  kc_plan_store_load (store);

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_problems (store)), ==, 1);
  problem = g_list_model_get_item (kc_plan_store_get_problems (store), 0);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "kept-aside"));

  /* Moved, byte for byte; nothing left where it was. */
  g_assert_false (g_file_test (broken_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (kept_path, &kept, &kept_length, NULL));
  g_assert_cmpuint (kept_length, ==, sizeof broken - 1);
  g_assert_cmpmem (kept, kept_length, broken, sizeof broken - 1);
}

static void
test_newer_version_left_alone (Fixture       *fixture,
                               gconstpointer  data)
{
  static const char future[] =
    "<?xml version=\"1.0\"?>\n<plan format=\"99\" id=\"future\"><name>From 2030</name>"
    "<hologram/></plan>\n";
  g_autofree char *path = kc_test_plan_path (fixture, "future.xml");
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);
  g_autoptr(KcProblem) problem = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (path, future, -1, NULL));
  kc_plan_store_load (store);

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 0);
  problem = g_list_model_get_item (kc_plan_store_get_problems (store), 0);
  g_assert_nonnull (strstr (kc_problem_get_message (problem), "newer version"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, future);
}

static void
test_import_conflicts (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *exported_path = kc_test_plan_path (fixture, "for-the-patient.xml");
  g_autoptr(GFile) exported = g_file_new_for_path (exported_path);
  g_autoptr(GFile) folder = g_file_get_child (fixture->folder, "plans");
  g_autoptr(KcPlanStore) store = kc_plan_store_new (folder, library);
  g_autoptr(KcPlan) plan = sample_plan ();
  g_autoptr(GError) error = NULL;
  KcPlan *imported;

  g_assert_true (kc_plan_store_add (store, plan, NULL));
  g_assert_true (kc_plan_store_export (store, plan, exported, &error));

  /* The same plan again: refused, so that the app can ask. */
  g_assert_null (kc_plan_store_import (store, exported, FALSE, &error));
  g_assert_error (error, KC_PLAN_ERROR, KC_PLAN_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 1);

  /* Keep both. */
  imported = kc_plan_store_import_copy (store, exported, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kc_plan_get_id (imported), !=, kc_plan_get_id (plan));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 2);

  /* Replace. */
  imported = kc_plan_store_import (store, exported, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kc_plan_get_id (imported), ==, kc_plan_get_id (plan));
  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 2);
}

static void
test_import_bad_files (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct {
    const char *xml;
    int code;
    const char *needle;
  } cases[] = {
    { "<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"a\">\n<name>x</name>\n<day name=\"funday\"/>\n"
      "</plan>\n", KC_PLAN_ERROR_INVALID, "funday" },
    { "<?xml version=\"1.0\"?>\n<html/>\n", KC_PLAN_ERROR_INVALID, "not a Kinetic Chain plan" },
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE plan [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<plan format=\"1\" id=\"a\"><name>&x;</name></plan>\n", KC_PLAN_ERROR_INVALID, "DOCTYPE" },
  };
  g_autoptr(KcPlanStore) store = kc_plan_store_new (fixture->folder, library);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("bad-%u.xml", i);
      g_autofree char *path = kc_test_plan_path (fixture, name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_set_contents (path, cases[i].xml, -1, NULL));
      g_assert_null (kc_plan_store_import (store, file, FALSE, &error));
      g_test_message ("%s", error->message);
      g_assert_error (error, KC_PLAN_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].needle));
      g_assert_nonnull (strstr (error->message, name));
    }

  g_assert_cmpuint (g_list_model_get_n_items (kc_plan_store_get_plans (store)), ==, 0);
}

/* Adherence and pain, week by week. */
static void
test_week_figures (void)
{
  KcDose dose = { 1, 1, 0, 0 };
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, "Weeks");
  GDate week1 = date_of (2026, 11, 16);   /* a Monday */
  GDate week2 = date_of (2026, 11, 23);
  GDate wednesday1 = date_of (2026, 11, 18);
  GDate monday2 = week2;
  guint done, planned;
  double pain;

  kc_plan_add_item (plan, 0, "bridge", &dose);
  kc_plan_add_item (plan, 0, "plank", &dose);
  kc_plan_add_item (plan, 2, "walking", &dose);
  kc_plan_add_item (plan, 2, "bridge", &dose);

  kc_plan_set_done (plan, &week1, "bridge", TRUE);
  kc_plan_set_done (plan, &week1, "plank", TRUE);
  kc_plan_set_done (plan, &wednesday1, "walking", TRUE);
  kc_plan_set_pain (plan, &week1, 7);
  kc_plan_set_pain (plan, &wednesday1, 5);
  /* A tick for something not planned that day does not count. */
  kc_plan_set_done (plan, &monday2, "walking", TRUE);
  kc_plan_set_pain (plan, &monday2, 3);

  kc_plan_get_week_figures (plan, &week1, &done, &planned, &pain);
  g_assert_cmpuint (planned, ==, 4);
  g_assert_cmpuint (done, ==, 3);
  g_assert_cmpfloat_with_epsilon (pain, 6.0, 1e-9);

  kc_plan_get_week_figures (plan, &week2, &done, &planned, &pain);
  g_assert_cmpuint (planned, ==, 4);
  g_assert_cmpuint (done, ==, 0);
  g_assert_cmpfloat_with_epsilon (pain, 3.0, 1e-9);

  /* Unticking is remembered too. */
  kc_plan_set_done (plan, &week1, "plank", FALSE);
  kc_plan_get_week_figures (plan, &week1, &done, &planned, &pain);
  g_assert_cmpuint (done, ==, 2);
}

/* Found by fuzzing: a year before 1000 was written as "226-11-23", which
 * no file reads back, so a re-saved plan would have been kept aside. */
static void
test_regression_year_0226 (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", "plan",
                                                   "regression-year-0226.xml", NULL);
  g_autoptr(GFile) input = g_file_new_for_path (source);
  g_autofree char *path = kc_test_plan_path (fixture, "resaved.xml");
  g_autoptr(GFile) output = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = kc_plan_load_file (input, NULL, &error);
  g_autoptr(KcPlan) again = NULL;
  g_autofree char *xml = NULL;

  g_assert_no_error (error);
  g_assert_true (kc_plan_save_to_file (plan, output, &error));
  again = kc_plan_load_file (output, NULL, &error);
  g_assert_no_error (error);
  xml = kc_plan_to_xml (again);
  g_assert_nonnull (strstr (xml, "day=\"0226-11-23\""));
}

/* Found by fuzzing: a tick for an exercise that is not in the plan left
 * an empty day in the file, which the next load dropped, so the file
 * changed on every save. What is written must read back the same. */
static void
test_regression_tick_of_removed_exercise (Fixture       *fixture,
                                          gconstpointer  data)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", "plan",
                                                   "regression-tick-of-removed-exercise.xml",
                                                   NULL);
  g_autoptr(GFile) input = g_file_new_for_path (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(KcPlan) plan = kc_plan_load_file (input, NULL, &error);
  g_autoptr(KcPlan) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *xml = NULL;
  g_autofree char *xml_again = NULL;

  g_assert_no_error (error);
  xml = kc_plan_to_xml (plan);
  g_assert_null (strstr (xml, "<date"));

  bytes = g_bytes_new (xml, strlen (xml));
  again = kc_plan_from_bytes (bytes, "again.xml", NULL, &error);
  g_assert_no_error (error);
  xml_again = kc_plan_to_xml (again);
  g_assert_cmpstr (xml, ==, xml_again);
}

/* Kill a process again and again while it saves: the file is always the
 * complete old or the complete new plan, never a mix or half of one. */
static void
test_killed_while_saving (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = kc_test_plan_path (fixture, "plan.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KcPlan) a = kc_plan_new ("same-plan", "Version A");
  g_autoptr(KcPlan) b = kc_plan_new ("same-plan", "Version B");
  g_autoptr(GString) long_notes = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (1);

  /* Big enough that a write takes more than one system call. */
  for (guint i = 0; i < 2000; i++)
    g_string_append (long_notes, "Stop if pain spreads down the leg. ");
  kc_plan_set_notes (a, long_notes->str);
  kc_plan_set_notes (b, "short");
  g_assert_true (kc_plan_save_to_file (a, file, NULL));

  for (guint round = 0; round < 25; round++)
    {
      g_autoptr(KcPlan) loaded = NULL;
      g_autoptr(GError) error = NULL;
      pid_t child = fork ();

      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          for (guint i = 0;; i++)
            kc_plan_save_to_file (i % 2 ? a : b, file, NULL);
        }

      g_usleep (g_rand_int_range (rand, 1000, 30000));
      kill (child, SIGKILL);
      waitpid (child, NULL, 0);

      loaded = kc_plan_load_file (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_str_equal (kc_plan_get_name (loaded), "Version A") ||
                     g_str_equal (kc_plan_get_name (loaded), "Version B"));
      g_assert_cmpstr (kc_plan_get_notes (loaded), ==,
                       g_str_equal (kc_plan_get_name (loaded), "Version A") ? long_notes->str
                                                                            : "short");
    }

  g_rand_free (rand);
}

/* What the model keeps, the file can hold: an over-long note is cut to
 * the limit, and the plan saves and loads. */
static void
test_long_texts_clamped (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = kc_test_plan_path (fixture, "long.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KcPlan) plan = kc_plan_new (NULL, NULL);
  g_autoptr(KcPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_strnfill (KC_PLAN_MAX_NOTES + 50, 'x');
  g_autofree char *long_name = g_strnfill (KC_PLAN_MAX_NAME + 10, 'n');

  kc_plan_set_notes (plan, huge);
  kc_plan_set_name (plan, long_name);
  g_assert_cmpuint (strlen (kc_plan_get_notes (plan)), ==, KC_PLAN_MAX_NOTES);
  g_assert_cmpuint (strlen (kc_plan_get_name (plan)), ==, KC_PLAN_MAX_NAME);

  g_assert_true (kc_plan_save_to_file (plan, file, &error));
  loaded = kc_plan_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kc_plan_get_notes (loaded), ==, kc_plan_get_notes (plan));
}

/* Records of sessions are kept in order, copied, carried by a snapshot
 * (what the saver writes) but not by a duplicate (a new plan has done
 * nothing yet), and every one announces a change, so it is saved. */
static void
test_records (void)
{
  g_autoptr(KcPlan) plan = kc_plan_new ("records", "Records");
  g_autoptr(KcPlan) snapshot = NULL;
  g_autoptr(KcPlan) duplicate = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (2, G_DATE_DECEMBER, 2026);
  g_autoptr(KcExerciseRecord) bridge = kc_exercise_record_new (date, "bridge");
  g_autoptr(KcExerciseRecord) plank = kc_exercise_record_new (date, "side-plank");
  GPtrArray *records;
  guint changes = 0;

  g_assert_cmpint (bridge->pain, ==, KC_EXERCISE_RECORD_NO_PAIN);
  g_assert_cmpint (bridge->settled, ==, KC_SETTLED_UNKNOWN);
  g_signal_connect (plan, "changed", G_CALLBACK (on_changed_cb), &changes);

  bridge->sets_done = 3;
  bridge->reps_done = 30;
  bridge->pain = 4;
  plank->skipped = TRUE;
  g_assert_true (kc_plan_add_record (plan, bridge));
  g_assert_true (kc_plan_add_record (plan, plank));
  g_assert_cmpuint (changes, ==, 2);

  /* The plan holds copies: changing ours afterwards changes nothing there. */
  bridge->pain = 9;
  records = kc_plan_get_records (plan);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (((KcExerciseRecord *)records->pdata[0])->exercise_id, ==, "bridge");
  g_assert_cmpint (((KcExerciseRecord *)records->pdata[0])->pain, ==, 4);
  g_assert_cmpuint (((KcExerciseRecord *)records->pdata[0])->reps_done, ==, 30);
  g_assert_true (((KcExerciseRecord *)records->pdata[1])->skipped);

  snapshot = kc_plan_snapshot (plan);
  records = kc_plan_get_records (snapshot);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (((KcExerciseRecord *)records->pdata[1])->exercise_id, ==, "side-plank");
  g_assert_cmpint (g_date_compare (&((KcExerciseRecord *)records->pdata[1])->date, date), ==, 0);

  duplicate = kc_plan_duplicate (plan);
  g_assert_cmpuint (kc_plan_get_records (duplicate)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  library = kc_test_bundled_library ();

#define ADD KC_TEST_ADD_WITH_FOLDER

  g_test_add_func ("/plan/model-edits", test_model_edits);
  g_test_add_func ("/plan/template-and-duplicate", test_from_template_and_duplicate);
  g_test_add_func ("/plan/week-figures", test_week_figures);
  g_test_add_func ("/plan/records", test_records);
  ADD ("/plan/file/round-trip", test_round_trip);
  ADD ("/plan/file/failed-save-keeps-old", test_failed_save_keeps_old_file);
  ADD ("/plan/file/unwritable-folder", test_unwritable_folder);
  ADD ("/plan/store/typing-saved-once-a-second", test_typing_saved_once_a_second);
  ADD ("/plan/store/saves-in-order", test_saves_in_order);
  ADD ("/plan/store/one-write-at-a-time", test_one_write_at_a_time);
  ADD ("/plan/saver/writes-snapshot", test_saver_writes_snapshot);
  ADD ("/plan/store/flush-waits", test_flush_waits);
  ADD ("/plan/store/corrupt-kept-aside", test_corrupt_kept_aside);
  ADD ("/plan/store/newer-version-left-alone", test_newer_version_left_alone);
  ADD ("/plan/store/import-conflicts", test_import_conflicts);
  ADD ("/plan/store/import-bad-files", test_import_bad_files);
  ADD ("/plan/file/regression-year-0226", test_regression_year_0226);
  ADD ("/plan/file/regression-tick-of-removed-exercise", test_regression_tick_of_removed_exercise);
  ADD ("/plan/file/killed-while-saving", test_killed_while_saving);
  ADD ("/plan/file/long-texts-clamped", test_long_texts_clamped);

#undef ADD

  status = g_test_run ();
  g_clear_object (&library);

  return status;
}
